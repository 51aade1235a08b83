import AuditMeasure
import AuditRecords

extension ClauseReview {
    /// Orders discounted deeper than the contract allows (满减力度超过 30% 需审批), or discounted at all
    /// on an item excluded from discounts (这款产品不参加任何折扣), grouped by day and item.
    ///
    /// An order's discount is 1 − paid ÷ (商品价格 × quantity), the list price from the 子订单 export;
    /// on 拼多多, whose order export carries them, 店铺优惠折扣(元) ÷ 商品总价(元): the store's own
    /// discount (the platform's 平台优惠折扣 and the postage are no part of it). An order with
    /// neither is not compared.
    public struct DiscountCheck: Sendable, Hashable {
        public var maxDiscount: Double?
        /// The excluded items as the contract writes them.
        public var noDiscountItems: [String]
        /// Each day and item with orders over the limit, by day then item.
        public var groups: [DiscountGroup]
        /// Paid orders without a list price (or 拼多多's goods total): not compared.
        public var ordersWithoutListPrice: Int
        /// Paid orders whose depth came from 拼多多's 店铺优惠折扣(元) and 商品总价(元).
        public var ordersWithShopDiscount = 0

        static func check(
            _ data: MonthData, limits: Contract.Limits, approvals: [MerchantApproval]?, readBack: OrderReadBack
        ) -> DiscountCheck {
            let excluded = Set(limits.noDiscountItems.map(\.key).filter { $0 != 0 })
            var byKey:
                [String: (
                    day: CalendarDay, item: UInt64, orders: Int, deepest: Double, first: Int, excluded: Bool,
                    store: Bool
                )] = [:]
            var without = 0
            let paid = data.paidOrders
            /// Counts order `i` discounted by `discount` (0.35 for 35% off) when it is over the limit.
            func consider(_ i: Int, _ discount: Double, store: Bool = false) {
                let o = paid[i]
                guard let time = o.paidAt else { return }
                let isExcluded = o.itemIDKey != 0 && excluded.contains(o.itemIDKey)
                let over = limits.maxDiscount.map { discount > $0 + 1e-9 } ?? false
                guard over || (isExcluded && discount > 0.005) else { return }
                let key = "\(time.day.ordinal)|\(o.itemIDKey)"
                var e = byKey[key] ?? (time.day, o.itemIDKey, 0, 0, i, isExcluded, false)
                e.orders += 1
                e.store = e.store || store
                e.deepest = max(e.deepest, discount)
                byKey[key] = e
            }
            // 拼多多's orders say their store discount: read back, a chunk at a time.
            var shopDiscounted: [Int] = []
            for i in paid.indices where paid[i].paidAt != nil {
                let o = paid[i]
                if o.hasShopDiscount {
                    shopDiscounted.append(i)
                    continue
                }
                guard o.listPrice > .zero else {
                    without += 1
                    continue
                }
                let list = Double(o.listPrice.cents) * Double(max(1, o.quantity))
                consider(i, max(0, 1 - Double(o.paidAmount.cents) / list))
            }
            var withShopDiscount = 0
            for start in stride(from: 0, to: shopDiscounted.count, by: 4096) {
                let chunk = Array(shopDiscounted[start..<min(start + 4096, shopDiscounted.count)])
                for (i, order) in zip(chunk, readBack.orders(chunk.map { paid[$0] })) {
                    guard order.goodsTotal > .zero else {
                        without += 1
                        continue
                    }
                    withShopDiscount += 1
                    consider(i, max(0, Double(order.shopDiscount.cents) / Double(order.goodsTotal.cents)), store: true)
                }
            }
            let found = byKey.values.sorted { ($0.day, $0.item) < ($1.day, $1.item) }
            let full = readBack.orders(found.map { paid[$0.first] })
            let groups = zip(found, full).map { e, order -> DiscountGroup in
                var approval: Approval = approvals == nil ? .notChecked : .notApproved
                if !e.excluded,
                    let a = approvals?.filter({
                        $0.subject == .discount && $0.itemIDKey == e.item && $0.day <= e.day
                            && ($0.value.map { $0 + 1e-9 >= e.deepest } ?? true)
                    }).max(by: { ($0.day, $0.line) < ($1.day, $1.line) })
                {
                    approval = .approved(line: a.line, day: a.day, value: a.value)
                }
                return DiscountGroup(
                    day: e.day, itemIDKey: e.item, itemID: e.item == 0 ? nil : PriceChangeCheck.shownID(e.item),
                    title: order.itemTitle, orders: e.orders, deepest: e.deepest, excludedItem: e.excluded,
                    approval: approval, byStoreDiscount: e.store)
            }
            return DiscountCheck(
                maxDiscount: limits.maxDiscount, noDiscountItems: limits.noDiscountItems.map(\.id), groups: groups,
                ordersWithoutListPrice: without, ordersWithShopDiscount: withShopDiscount)
        }
    }

    /// One day's orders of one item discounted over the limit.
    public struct DiscountGroup: Sendable, Hashable {
        public var day: CalendarDay
        public var itemIDKey: UInt64
        public var itemID: String?
        public var title: String
        public var orders: Int
        /// The deepest discount among them: 0.35 for 35% off.
        public var deepest: Double
        /// The item is one the contract excludes from every discount (no approval covers it).
        public var excludedItem: Bool
        public var approval: Approval
        /// Measured as 拼多多's 店铺优惠折扣(元) ÷ 商品总价(元).
        public var byStoreDiscount = false
    }
}
