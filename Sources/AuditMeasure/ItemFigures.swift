import AuditRecords

/// What the month's 子订单 export says of the items a per-item target names: units sold, sales
/// and orders, for orders paid in the month, each item found by its 商品ID or 商家编码 key.
///
/// Sales are the order's paid amount shared among its lines by 商品价格 × 购买数量 (the whole of it
/// on a single-item order, which most are): the 子订单 export gives a list price per line but the
/// order export the amount paid.
public struct ItemFigures: Sendable, Hashable {
    /// Whether the month holds a 子订单 export: without one no item can be measured.
    public var hasLineItems = false
    /// Per item key: the units, the sales and the orders.
    public var byKey: [UInt64: Figure] = [:]
    /// Each named item's part of each order that holds it: kept so the suspected fake orders,
    /// known only after detection, can be taken out (`excluding(orders:)`). Only orders holding
    /// a named item are kept, 32 bytes each.
    public private(set) var parts: [Part] = []
    /// Each item's title as its first 子订单 line writes it: stock-outs are found by title.
    public var titles: [UInt64: String] = [:]

    public init(hasLineItems: Bool = false, byKey: [UInt64: Figure] = [:]) {
        self.hasLineItems = hasLineItems
        self.byKey = byKey
    }

    public struct Figure: Sendable, Hashable {
        public var units = 0
        public var sales = Money.zero
        /// Paid orders holding the item, each once.
        public var orders = 0
        public init(units: Int = 0, sales: Money = .zero, orders: Int = 0) {
            self.units = units
            self.sales = sales
            self.orders = orders
        }

        /// What buyers paid per unit: sales ÷ units; nil when none sold.
        public var averagePrice: Money? {
            units > 0 ? Money(cents: (sales.cents + Int64(units) / 2) / Int64(units)) : nil
        }
    }

    /// One named item's lines in one order: its units and its share of the payment.
    public struct Part: Sendable, Hashable {
        public var orderIDKey: UInt64
        public var itemKey: UInt64
        public var units: Int32
        public var cents: Int64
    }

    /// The item's figure for `metric` (`itemUnits` or `itemSales`); nil without a 子订单 export.
    /// An item the export never names sold nothing.
    public func value(_ metric: MetricKey, of key: UInt64) -> Double? {
        guard hasLineItems else { return nil }
        let f = figure(of: key)
        return metric == .itemSales ? f.sales.yuan : Double(f.units)
    }

    /// The item's figure; zero when the export never names it.
    public func figure(of key: UInt64) -> Figure { byKey[key] ?? Figure() }

    /// The same figures without the orders whose id keys are `orders` (the suspected fake orders).
    public func excluding(orders: Set<UInt64>) -> ItemFigures {
        guard !orders.isEmpty else { return self }
        var clean = ItemFigures(hasLineItems: hasLineItems)
        clean.titles = titles
        for p in parts where !orders.contains(p.orderIDKey) { clean.take(p) }
        return clean
    }

    /// Adds an order's lines: each line whose 商品ID or 商家编码 is in `wanted` counts once.
    /// - Parameter title: a line's title, noted for the item the first time it is seen.
    mutating func add(
        lines: [LineItemRecord], paid: Money, wanted: Set<UInt64>, orderIDKey: UInt64 = 0,
        title: (LineItemRecord) -> String? = { _ in nil }
    ) {
        var listed: Int64 = 0
        for l in lines { listed += l.unitPrice.cents * Int64(l.quantity) }
        var found: [Part] = []
        for l in lines {
            let key =
                wanted.contains(l.itemIDKey) ? l.itemIDKey : wanted.contains(l.merchantCodeKey) ? l.merchantCodeKey : 0
            guard key != 0 else { continue }
            // The order's payment shared by list value; evenly when the lines carry no price.
            let share =
                listed > 0
                ? Double(l.unitPrice.cents * Int64(l.quantity)) / Double(listed) : 1 / Double(lines.count)
            let cents = Int64((Double(paid.cents) * share).rounded())
            if titles[key] == nil, let t = title(l) { titles[key] = t }
            // Two lines of one item in an order (two SKUs of it) are one part: the order counts once.
            if let i = found.firstIndex(where: { $0.itemKey == key }) {
                found[i].units += l.quantity
                found[i].cents += cents
            } else {
                found.append(Part(orderIDKey: orderIDKey, itemKey: key, units: l.quantity, cents: cents))
            }
        }
        for p in found {
            take(p)
            parts.append(p)
        }
    }

    private mutating func take(_ p: Part) {
        var f = byKey[p.itemKey] ?? Figure()
        f.units += Int(p.units)
        f.sales.cents += p.cents
        f.orders += 1
        byKey[p.itemKey] = f
    }
}
