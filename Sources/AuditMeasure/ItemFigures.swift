import AuditRecords

/// What the month's 子订单 export says of the items a per-item target names: units sold and
/// sales, for orders paid in the month, each item found by its 商品ID or 商家编码 key.
///
/// Sales are the order's paid amount shared among its lines by 商品价格 × 购买数量 (the whole of it
/// on a single-item order, which most are): the 子订单 export gives a list price per line but the
/// order export the amount paid.
public struct ItemFigures: Sendable, Hashable {
    /// Whether the month holds a 子订单 export: without one no item can be measured.
    public var hasLineItems = false
    /// Per item key: the units and the sales.
    public var byKey: [UInt64: Figure] = [:]

    public init(hasLineItems: Bool = false, byKey: [UInt64: Figure] = [:]) {
        self.hasLineItems = hasLineItems
        self.byKey = byKey
    }

    public struct Figure: Sendable, Hashable {
        public var units = 0
        public var sales = Money.zero
        public init(units: Int = 0, sales: Money = .zero) {
            self.units = units
            self.sales = sales
        }
    }

    /// The item's figure for `metric` (`itemUnits` or `itemSales`); nil without a 子订单 export.
    /// An item the export never names sold nothing.
    public func value(_ metric: MetricKey, of key: UInt64) -> Double? {
        guard hasLineItems else { return nil }
        let f = byKey[key] ?? Figure()
        return metric == .itemSales ? f.sales.yuan : Double(f.units)
    }

    /// Adds an order's lines: each line whose 商品ID or 商家编码 is in `wanted` counts once.
    mutating func add(lines: [LineItemRecord], paid: Money, wanted: Set<UInt64>) {
        var listed: Int64 = 0
        for l in lines { listed += l.unitPrice.cents * Int64(l.quantity) }
        for l in lines {
            let key =
                wanted.contains(l.itemIDKey) ? l.itemIDKey : wanted.contains(l.merchantCodeKey) ? l.merchantCodeKey : 0
            guard key != 0 else { continue }
            // The order's payment shared by list value; evenly when the lines carry no price.
            let share =
                listed > 0
                ? Double(l.unitPrice.cents * Int64(l.quantity)) / Double(listed) : 1 / Double(lines.count)
            var f = byKey[key] ?? Figure()
            f.units += Int(l.quantity)
            f.sales.cents += Int64((Double(paid.cents) * share).rounded())
            byKey[key] = f
        }
    }
}
