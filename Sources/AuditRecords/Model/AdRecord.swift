/// Spend and attributed sales of one promotion campaign (计划) on one day, or over a period when
/// the report writes a range (`20260601~20260630`) instead of a day.
public struct AdRecord: Sendable, Hashable {
    /// The day, or the first day of the period.
    public var day: CalendarDay
    /// The last day of a period total; nil for a day's row. A period total is never a day: daily
    /// rules leave it out, and the month uses it only when its report has no daily rows.
    public var periodEnd: CalendarDay?
    public var campaignID: String
    public var campaignName: String
    public var impressions: Int
    public var clicks: Int
    public var spend: Money
    public var attributedSales: Money
    public var attributedOrders: Int
    public var location: RowLocation

    public init(
        day: CalendarDay, campaignID: String = "", campaignName: String, impressions: Int = 0, clicks: Int = 0,
        spend: Money, attributedSales: Money, attributedOrders: Int = 0, location: RowLocation,
        periodEnd: CalendarDay? = nil
    ) {
        self.day = day
        self.periodEnd = periodEnd
        self.campaignID = campaignID
        self.campaignName = campaignName
        self.impressions = impressions
        self.clicks = clicks
        self.spend = spend
        self.attributedSales = attributedSales
        self.attributedOrders = attributedOrders
        self.location = location
    }

    /// True for a row of one day (not a period total).
    public var isDaily: Bool { periodEnd == nil }

    /// `计划名称 (计划ID)`, or the name alone.
    public var campaignLabel: String { campaignID.isEmpty ? campaignName : "\(campaignName) (\(campaignID))" }
}
