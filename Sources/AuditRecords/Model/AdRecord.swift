/// Spend and attributed sales of one promotion campaign (计划) on one day.
public struct AdRecord: Sendable, Hashable {
    public var day: CalendarDay
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
        spend: Money, attributedSales: Money, attributedOrders: Int = 0, location: RowLocation
    ) {
        self.day = day
        self.campaignID = campaignID
        self.campaignName = campaignName
        self.impressions = impressions
        self.clicks = clicks
        self.spend = spend
        self.attributedSales = attributedSales
        self.attributedOrders = attributedOrders
        self.location = location
    }

    /// `计划名称 (计划ID)`, or the name alone.
    public var campaignLabel: String { campaignID.isEmpty ? campaignName : "\(campaignName) (\(campaignID))" }
}
