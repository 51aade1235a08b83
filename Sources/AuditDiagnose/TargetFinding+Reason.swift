import AuditRecords

extension TargetFinding {
    /// One cause behind a target's figure, with the numbers from the exports that show it.
    ///
    /// Changes are relative to the previous month (-0.15 for a 15% drop); shares are 0…1.
    public enum Reason: Sendable, Hashable {
        /// The month's exports hold nothing to measure the metric from; `export` is the one needed.
        case missingData(export: ExportKind)
        /// Paid orders against the previous month, split into visitors × conversion.
        case ordersChanged(ordersChange: Double, visitorsChange: Double, conversionChange: Double)
        /// Sales against the previous month, split into visitors × conversion × order value.
        case salesChanged(
            salesChange: Double, visitorsChange: Double, conversionChange: Double, orderValueChange: Double)
        /// The factor that pulled the figure down most.
        case gapMainlyFrom(factor: GapDecomposition.Factor)
        /// The traffic source that lost the most visitors against the previous month.
        case biggestSourceDrop(source: TrafficSource, visitors: Int, previousVisitors: Int)
        /// Without a previous month: the visitors the target needs at this month's conversion and order value.
        case visitorsNeeded(conversion: Double, averageOrderValue: Money, neededVisitors: Int, visitors: Int)
        /// Neither a previous month nor traffic figures to split the gap with.
        case gapNotSplit(orders: Int, averageOrderValue: Money?)
        /// The figure includes suspected fake orders (the month's count); without them it is `valueExcludingThem`.
        case includesSuspectedFakeOrders(orders: Int, valueExcludingThem: Double, attainmentExcludingThem: Double?)
        /// 手淘搜索 visitors per day over the month and in each half.
        case searchVisitorsPerDay(perDay: Double, firstHalf: Double, secondHalf: Double)
        /// 手淘搜索 visitors per day in the previous month.
        case previousSearchVisitorsPerDay(perDay: Double)
        /// Free in-platform and paid visitors among all visitors.
        case trafficMix(naturalVisitors: Int, visitors: Int, paidVisitors: Int)
        /// Paying buyers among visitors.
        case payingBuyers(buyers: Int, visitors: Int)
        /// Source-days with a medium or high traffic surge (junk traffic lowers conversion).
        case trafficSurges(sourceDays: Int)
        /// The month's promotion spend and the sales it brought.
        case adSpendAndSales(spend: Money, sales: Money)
        /// The campaign with the lowest ROI.
        case worstCampaign(name: String, roi: Double, spend: Money)
        /// Days of ROI under the contract's red line.
        case daysBelowROIRedLine(days: Int)
        /// Days of spend over the contract's daily limit.
        case daysOverSpendLimit(days: Int)
        /// Refunds and their share of sales.
        case refunds(amount: Money, shareOfSales: Double)
        /// Visitors against the previous month.
        case visitorsChanged(change: Double)
        /// A named item's units against the month it is compared with (its target's baseline
        /// month, else the previous month).
        case itemUnitsChanged(units: Int, comparedUnits: Int, month: YearMonth)
        /// A named item's paid orders and what buyers paid per unit (sales ÷ units), with the
        /// same in the month it is compared with where there is one.
        case itemOrdersAndPrice(
            orders: Int, averagePrice: Money?, comparedOrders: Int?, comparedAveragePrice: Money?, month: YearMonth?)
        /// A named item's price moved between days (`day` is the first at the new price).
        case itemPriceChanged(before: Money, after: Money, day: CalendarDay)
        /// A named item sold nothing from `first` to `last` while the store kept selling (a
        /// stock-out as `StockOutFinder` finds them).
        case itemSoldNothing(first: CalendarDay, last: CalendarDay)
        /// `units` of a named item's `of` units were in suspected fake orders; without them its
        /// figure is `valueExcludingThem`.
        case itemUnitsInSuspectedFakeOrders(
            units: Int, of: Int, valueExcludingThem: Double?, attainmentExcludingThem: Double?)
        /// Nothing more to say: the target was met.
        case targetMet
        /// Nothing more the exports can say: the target was missed.
        case targetMissed
    }
}
