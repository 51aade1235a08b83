import AuditMeasure
import AuditRecords

extension RuleID {
    public static let ordersBuyersMismatch = RuleID(
        "orders-buyers-mismatch", chinese: "订单多于访客买家", english: "More orders than visiting buyers", subject: .days)
}

/// A day when the order export holds far more paid orders than 生意参谋 counted paying buyers:
/// orders that never came through the store's visits, the way orders injected for brushing do.
///
/// The two exports count differently (one buyer can pay several orders), so each day is
/// compared with the month's own usual ratio of orders to buyers, not with 1.
public struct OrdersBuyersMismatchRule: DetectionRule {
    public let id = RuleID.ordersBuyersMismatch
    public var comparesOrdersWithTraffic: Bool { true }
    /// The day's orders/buyers ratio must exceed the usual one by this factor…
    public var minRatio = 1.35
    /// …and leave at least this many orders unexplained.
    public var minExtraOrders = 8
    /// From this factor over the usual ratio on, a finding is high (below, medium).
    public var highRatio = 1.8
    /// Days with paying buyers the month needs before any day is judged.
    public var minDays = 7

    public init() {}

    public func detect(in data: MonthData, context: DetectionContext) -> [Anomaly] {
        var buyers: [CalendarDay: Int] = [:]
        for r in data.traffic { buyers[r.day, default: 0] += r.payingBuyers }
        guard buyers.count >= minDays else { return [] }
        // Paid orders per day of the month (all paid orders are inside it): an array, not a dictionary.
        let first = data.month.firstDay
        var perDay = [Int](repeating: 0, count: data.month.dayCount)
        for i in data.paidOrders.indices { perDay[data.paidOrders[i].paidAt!.day.ordinal - first.ordinal] += 1 }
        var orders: [CalendarDay: Int] = [:]
        for d in perDay.indices where perDay[d] > 0 { orders[first.adding(days: d)] = perDay[d] }
        let days = buyers.keys.filter { (buyers[$0] ?? 0) > 0 }.sorted()
        let usual = RobustBaseline.median(days.map { Double(orders[$0] ?? 0) / Double(buyers[$0]!) })
        guard usual > 0 else { return [] }
        return days.compactMap { day in
            let b = buyers[day]!
            let n = orders[day] ?? 0
            let expected = Double(b) * usual
            let extra = Double(n) - expected
            guard Double(n) / expected >= minRatio, extra >= Double(minExtraOrders) else { return nil }
            let severity: Severity = Double(n) / expected >= highRatio ? .high : .medium
            let facts = [
                Fact(.paidOrders, .count(n)), Fact(.payingBuyers, .count(b)), Fact(.usualOrdersPerBuyer, .ratio(usual)),
                Fact(.extraOrders, .number(extra)), Fact(.minRatio, .ratio(minRatio)),
                Fact(.minExtraOrders, .count(minExtraOrders)), Fact(.highRatio, .ratio(highRatio)),
            ]
            return Anomaly(rule: id, severity: severity, dates: [day], facts: facts)
        }
    }
}
