import AuditRecords

extension ThreeStepDiagnosis {
    /// 看执行: what the exports show about the agency keeping the contract's terms.
    public enum ExecutionFinding: Sendable, Hashable {
        /// Days of promotion spend over the contract's daily limit.
        case spendOverLimit(days: Int)
        /// Runs of ROI under the red line, and the days they cover.
        case roiBelowRedLine(runs: Int, days: Int)
        /// Groups of suspected fake orders (high or medium) and the distinct orders in them.
        case suspectedFakeOrders(groups: Int, orders: Int)
        /// Days without any promotion spend before the last day with some: a plan may have stopped.
        case daysWithoutSpend(days: [CalendarDay])
        /// Price changes between the month's product-list snapshots over the contract's limit with
        /// no approval in approvals.csv, and the items they touch: the agency's breach.
        case snapshotPriceChangesWithoutApproval(changes: Int, items: Int)
        /// None of the above.
        case noBreachFound
        /// The store's customer service from its customer-service exports, against the peer tier
        /// and the contract's first-response limit.
        case customerService(CustomerServiceCheck)
        /// No customer-service export this month, though `platform`'s back office gives one; the
        /// late first replies typed into manual.csv, when there are.
        case customerServiceDownloadMissing(platform: Platform, typedInLateReplies: Int?)
        /// The activities the store's items ran in, week by week.
        case activityWeeks(ActivityWeeks)
        /// No activity export this month: `platform`'s (千牛 营销活动) when its back office gives one, else
        /// nil (the contract asks for weekly activities on a platform with no export of them);
        /// `weeklyRequired` when the contract asks for them.
        case activityDownloadMissing(platform: Platform?, weeklyRequired: Bool)
        /// The month's promotion spend per campaign, its ROI against the red line and the month before.
        case promotionSpend(PromotionSpend)
    }

    /// 看配合: what the exports show about the merchant's part.
    public enum CooperationFinding: Sendable, Hashable {
        /// An item's unit price (the most common of a day with 3+ orders) moved by `change` between
        /// its lowest and highest day, more than `priceChangeNeedingApproval`.
        case unitPriceChanged(
            item: String, lowest: Money, lowestOn: CalendarDay, highest: Money, highestOn: CalendarDay, change: Double)
        /// No price change; creative deliveries are not in the exports.
        case noPriceChangeSeen
        /// An item that normally sells sold nothing for days while the store kept selling.
        case stockOut(StockOut)
        /// An item that sold normally stopped selling before the month's end and did not return:
        /// taken down on purpose, or out of stock and not restocked (the merchant says which).
        case itemStopped(ItemStopped)
        /// The part of a missed sales or orders target the month's stock-outs account for.
        case stockOutsBehindTarget(StockOutImpact)
        /// An item's refunds in 千牛's 退款管理 export for goods never shipped, the buyer naming 缺货.
        case stockOutRefunds(StockOutRefunds)
        /// An item 商品_全部 shows 下架 from a day to the month's end: taken down on purpose, no stock-out.
        case itemTakenDown(ItemTakenDown)
        /// An item at stock 0 in a product-list snapshot, outside any stock-out run found otherwise.
        case snapshotStockZero(SnapshotStockZero)
        /// An item's price between two product-list snapshots, with whose part it is.
        case snapshotPriceChange(SnapshotPriceChange)
        /// The month has one product-list snapshot (`day`): a second one is needed to compare.
        case secondSnapshotNeeded(day: CalendarDay)
    }

    /// 看市场: what the exports can say about the market.
    public enum MarketFinding: Sendable, Hashable {
        /// The store's visitors against the previous month, and its free in-platform visitors
        /// (nil when the previous month had none).
        case visitorsChanged(visitorsChange: Double, naturalVisitorsChange: Double?)
        /// The exports hold no category or industry figures to judge the market by.
        case noCategoryData
        /// A missed target's change against the peer tier's (生意参谋 数据概览, 拼多多 概况).
        case peerTier(PeerTierComparison)
        /// The month has overview downloads but `month`, the one before, has none to compare with.
        case peerTierPreviousMonthMissing(month: YearMonth, platform: Platform)
        /// No overview download this month, though `platform`'s back office gives one with the
        /// peer tier: the step names it.
        case peerTierDownloadMissing(platform: Platform)
    }
}
