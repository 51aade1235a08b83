import AuditMeasure
import AuditRecords

extension RuleID {
    public static let trafficConversionCollapse = RuleID(
        "traffic-conversion-collapse", chinese: "流量涨转化塌", english: "Traffic up, conversion collapsed", subject: .days)
}

/// A day when the whole store's visitors jump while its conversion collapses: traffic that was
/// bought or sent by bots, spread over many sources so no single source looks like a surge.
public struct TrafficConversionCollapseRule: DetectionRule {
    public let id = RuleID.trafficConversionCollapse
    /// Visitors at least this many times the month's median day…
    public var minVisitorRatio = 1.5
    /// …while conversion is at most this share of the month's median conversion.
    public var maxConversionShare = 0.6
    /// …and the day's visitors at least this many above the median day.
    public var minExtraVisitors = 100
    /// From this many times the median day's visitors on, a finding is high (below, medium).
    public var highVisitorRatio = 2.0
    /// Days of traffic the month needs before any day is judged.
    public var minDays = 7

    public init() {}

    public func detect(in data: MonthData, context: DetectionContext) -> [Anomaly] {
        var visitors: [CalendarDay: Int] = [:]
        var buyers: [CalendarDay: Int] = [:]
        for r in data.traffic {
            visitors[r.day, default: 0] += r.visitors
            buyers[r.day, default: 0] += r.payingBuyers
        }
        let days = visitors.keys.filter { visitors[$0]! > 0 }.sorted()
        guard days.count >= minDays else { return [] }
        let usualVisitors = RobustBaseline.median(days.map { Double(visitors[$0]!) })
        let usualConversion = RobustBaseline.median(days.map { Double(buyers[$0] ?? 0) / Double(visitors[$0]!) })
        guard usualVisitors > 0, usualConversion > 0 else { return [] }
        return days.compactMap { day in
            let v = Double(visitors[day]!)
            let b = buyers[day] ?? 0
            let ratio = v / usualVisitors
            let conversion = Double(b) / v
            guard ratio >= minVisitorRatio, conversion <= usualConversion * maxConversionShare,
                v - usualVisitors >= Double(minExtraVisitors)
            else { return nil }
            let facts = [
                Fact(.visitors, .count(Int(v))), Fact(.usualVisitors, .number(usualVisitors)),
                Fact(.visitorRatio, .ratio(ratio)),
                Fact(.conversion, .ratio(conversion)), Fact(.usualConversion, .ratio(usualConversion)),
                Fact(.minVisitorRatio, .ratio(minVisitorRatio)), Fact(.maxConversionShare, .ratio(maxConversionShare)),
                Fact(.minExtraVisitors, .count(minExtraVisitors)), Fact(.highVisitorRatio, .ratio(highVisitorRatio)),
            ]
            return Anomaly(rule: id, severity: ratio >= highVisitorRatio ? .high : .medium, dates: [day], facts: facts)
        }
    }
}
