import AuditMeasure
import AuditRecords

extension ClauseReview {
    /// Each item's price changes over the contract's limit (单价调整超过 10% 需商家审批), with the
    /// approval that covers each.
    ///
    /// An item is its 商品ID or 商家编码 (never its title: rewriting titles is the agency's job). Its
    /// price on a day is the day's most common 商品价格 (the list price of its 子订单), or where the
    /// exports give none the most common paid ÷ quantity over a day of at least
    /// `minimumPaidOrders` orders (one coupon does not move it). A change is between two days in a
    /// row with a price.
    public struct PriceChangeCheck: Sendable, Hashable {
        /// The share a price may move between days without approval.
        public var limit: Double
        /// Every change over the limit, by day then item.
        public var changes: [PriceChange]
        /// Items with a price on at least two days: what could be compared.
        public var itemsCompared: Int
        /// Paid orders with no 商品ID or 商家编码: not compared.
        public var ordersWithoutItemID: Int

        /// Orders a day needs for a price taken from what buyers paid.
        public static let minimumPaidOrders = 3

        static func check(_ data: MonthData, limit: Double, approvals: [MerchantApproval]?, readBack: OrderReadBack)
            -> PriceChangeCheck
        {
            // (item, day, price and whether it is a list price) → orders: one flat table.
            var counts = CountTable()
            var firstOrder: [UInt64: Int] = [:]
            var withoutID = 0
            let paid = data.paidOrders
            for i in paid.indices {
                let o = paid[i]
                guard let time = o.paidAt else { continue }
                guard o.itemIDKey != 0 else {
                    withoutID += 1
                    continue
                }
                let list = o.listPrice > .zero
                guard list || o.quantity > 0 else { continue }
                let cents = list ? o.listPrice.cents : o.paidAmount.cents / Int64(o.quantity)
                if firstOrder[o.itemIDKey] == nil { firstOrder[o.itemIDKey] = i }
                counts.add(
                    CountKey(
                        o.itemIDKey, UInt64(truncatingIfNeeded: time.day.ordinal),
                        UInt64(bitPattern: cents) << 1 | (list ? 1 : 0)))
            }
            var byItem: [UInt64: [Int: [(cents: Int64, list: Bool, count: Int)]]] = [:]
            for e in counts.entries {
                let cents = Int64(bitPattern: e.key.c >> 1)
                byItem[e.key.a, default: [:]][Int(truncatingIfNeeded: e.key.b), default: []].append(
                    (cents, e.key.c & 1 == 1, e.count))
            }
            var found:
                [(item: UInt64, before: Money, beforeDay: CalendarDay, after: Money, day: CalendarDay, list: Bool)] =
                    []
            var compared = 0
            for (item, days) in byItem {
                let prices = days.sorted { $0.key < $1.key }.compactMap { day, entries -> (CalendarDay, Money, Bool)? in
                    Self.price(of: entries).map { (CalendarDay(ordinal: day), $0.price, $0.list) }
                }
                if prices.count >= 2 { compared += 1 }
                for (a, b) in zip(prices, prices.dropFirst()) where a.1 > .zero {
                    let change = Double(b.1.cents) / Double(a.1.cents) - 1
                    if abs(change) > limit + 1e-9 {
                        found.append((item, a.1, a.0, b.1, b.0, a.2 && b.2))
                    }
                }
            }
            found.sort { ($0.day, $0.item) < ($1.day, $1.item) }
            let items = Array(Set(found.map(\.item))).sorted()
            let full = readBack.orders(items.compactMap { firstOrder[$0].map { paid[$0] } })
            var titles: [UInt64: String] = [:]
            for (k, order) in zip(items.filter { firstOrder[$0] != nil }, full) { titles[k] = order.itemTitle }
            let changes = found.map { f -> PriceChange in
                var approval: Approval = approvals == nil ? .notChecked : .notApproved
                if let a = approvals?.filter({
                    $0.subject == .price && $0.itemIDKey == f.item && $0.day <= f.day
                        && ($0.value.map { Money(roundingYuan: $0) == f.after } ?? true)
                }).max(by: { ($0.day, $0.line) < ($1.day, $1.line) }) {
                    approval = .approved(line: a.line, day: a.day, value: a.value)
                }
                return PriceChange(
                    itemIDKey: f.item, itemID: Self.shownID(f.item), title: titles[f.item] ?? "", before: f.before,
                    beforeDay: f.beforeDay, after: f.after, day: f.day, fromListPrice: f.list, approval: approval)
            }
            return PriceChangeCheck(
                limit: limit, changes: changes, itemsCompared: compared, ordersWithoutItemID: withoutID)
        }

        /// A day's price: the most common list price when the day has one, else the most common
        /// paid ÷ quantity over at least `minimumPaidOrders` orders (on a tie, the lower price).
        static func price(of entries: [(cents: Int64, list: Bool, count: Int)]) -> (price: Money, list: Bool)? {
            let listed = entries.filter(\.list)
            let pool = listed.isEmpty ? entries : listed
            if listed.isEmpty, pool.reduce(0, { $0 + $1.count }) < minimumPaidOrders { return nil }
            guard let mode = pool.max(by: { ($0.count, $1.cents) < ($1.count, $0.cents) }) else { return nil }
            return (Money(cents: mode.cents), !listed.isEmpty)
        }

        /// The 商品ID as digits when the key is one (ids are numbers of up to 13 digits; a 商家编码
        /// is keyed by its text's hash, which cannot be shown).
        static func shownID(_ key: UInt64) -> String? { key < 10_000_000_000_000 ? String(key) : nil }
    }

    /// An item's price moving over the limit between two days with a price.
    public struct PriceChange: Sendable, Hashable {
        public var itemIDKey: UInt64
        /// The 商品ID as digits; nil when the item is known by a 商家编码 only.
        public var itemID: String?
        /// The item's title as the export writes it (read back from its first order).
        public var title: String
        public var before: Money
        public var beforeDay: CalendarDay
        public var after: Money
        /// The day the new price is first seen.
        public var day: CalendarDay
        /// Both prices are list prices (商品价格), not paid ÷ quantity.
        public var fromListPrice: Bool
        public var approval: Approval

        /// after / before − 1: +0.25 for a 25% rise.
        public var change: Double { Double(after.cents) / Double(before.cents) - 1 }
    }
}
