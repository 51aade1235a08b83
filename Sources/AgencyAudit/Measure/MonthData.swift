/// The typed records of one audited month, after duplicates and out-of-month rows are set aside.
public struct MonthData: Sendable {
    public var month: YearMonth
    /// Every accepted order of the month's order files, each id once.
    public let orders: [Order]
    /// Traffic rows dated inside the month, each (day, source) once.
    public var traffic: [TrafficRecord]
    /// Ad rows dated inside the month, each (day, campaign) once.
    public var ads: [AdRecord]

    /// Orders whose payment time falls in the month: the ones the metrics count.
    public let paidOrders: [Order]

    public init(month: YearMonth, orders: [Order], traffic: [TrafficRecord], ads: [AdRecord]) {
        self.month = month
        self.orders = orders
        self.traffic = traffic
        self.ads = ads
        paidOrders = orders.filter { $0.paidAt.map { month.contains($0.day) } ?? false }
    }
}
