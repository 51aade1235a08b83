/// The typed records of one audited month, after duplicates and out-of-month rows are set aside.
public struct MonthData: Sendable {
    public var month: YearMonth
    /// Every accepted order of the month's order files, each id once.
    public var orders: [Order] { paidOrders + otherOrders }
    /// Traffic rows dated inside the month, each (day, source) once.
    public var traffic: [TrafficRecord]
    /// Ad rows dated inside the month, each (day, campaign) once.
    public var ads: [AdRecord]

    /// Orders whose payment time falls in the month: the ones the metrics count.
    public let paidOrders: [Order]
    /// Unpaid orders and orders paid outside the month (kept apart, so no order is held twice).
    public let otherOrders: [Order]

    public init(month: YearMonth, orders: [Order], traffic: [TrafficRecord], ads: [AdRecord]) {
        self.month = month
        self.traffic = traffic
        self.ads = ads
        var paid: [Order] = [], other: [Order] = []
        paid.reserveCapacity(orders.count)
        for o in orders {
            if let t = o.paidAt, month.contains(t.day) { paid.append(o) } else { other.append(o) }
        }
        paidOrders = paid
        otherOrders = other
    }

    /// Orders already split into paid-in-month and the rest (the assembler does it while deduplicating).
    init(month: YearMonth, paidOrders: [Order], otherOrders: [Order], traffic: [TrafficRecord], ads: [AdRecord]) {
        self.month = month
        self.paidOrders = paidOrders
        self.otherOrders = otherOrders
        self.traffic = traffic
        self.ads = ads
    }

    public var hasOrders: Bool { !paidOrders.isEmpty || !otherOrders.isEmpty }
}
