/// Visitors and buyers of one traffic source on one day, from the 生意参谋 traffic export.
public struct TrafficRecord: Sendable, Hashable {
    public var day: CalendarDay
    public var source: TrafficSource
    public var visitors: Int
    public var pageViews: Int
    public var payingBuyers: Int
    public var paidAmount: Money
    public var location: RowLocation

    public init(
        day: CalendarDay, source: TrafficSource, visitors: Int, pageViews: Int = 0, payingBuyers: Int = 0,
        paidAmount: Money = .zero, location: RowLocation
    ) {
        self.day = day
        self.source = source
        self.visitors = visitors
        self.pageViews = pageViews
        self.payingBuyers = payingBuyers
        self.paidAmount = paidAmount
        self.location = location
    }
}
