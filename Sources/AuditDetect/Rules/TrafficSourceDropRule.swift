import AuditMeasure
import AuditRecords

extension RuleID {
    public static let trafficSourceDrop = RuleID(
        "traffic-source-drop", chinese: "流量来源骤降", english: "Traffic source drop", subject: .days)
}

/// A large traffic source collapsing on a day to a fraction of its usual visitors: how a search
/// demotion or a platform penalty (often for brushing) shows up in 生意参谋.
public struct TrafficSourceDropRule: DetectionRule {
    public let id = RuleID.trafficSourceDrop
    /// At most this share of the source's usual day…
    public var maxShare = 0.35
    /// …for a source that usually brings at least this many visitors a day.
    public var minUsualVisitors = 100.0
    /// At most this share of the usual day is high (above, medium).
    public var highShare = 0.15
    /// Days of traffic the month needs before any day is judged.
    public var minDays = 7

    public init() {}

    public func detect(in data: MonthData, context: DetectionContext) -> [Anomaly] {
        let days = Array(Set(data.traffic.map(\.day))).sorted()
        guard days.count >= minDays else { return [] }
        var bySource: [TrafficSource: [CalendarDay: Int]] = [:]
        for r in data.traffic { bySource[r.source, default: [:]][r.day, default: 0] += r.visitors }
        var found: [Anomaly] = []
        for source in bySource.keys.sorted() {
            let series = bySource[source]!
            let usual = RobustBaseline.median(days.map { Double(series[$0] ?? 0) })
            guard usual >= minUsualVisitors else { continue }
            for day in days {
                let v = Double(series[day] ?? 0)
                guard v <= usual * maxShare else { continue }
                let facts = [
                    Fact(.visitors, .count(Int(v))), Fact(.usualVisitors, .number(usual)),
                    Fact(.visitorShare, .ratio(v / usual)),
                    Fact(.minUsualVisitors, .number(minUsualVisitors)), Fact(.maxShare, .ratio(maxShare)),
                    Fact(.highShare, .ratio(highShare)),
                ]
                found.append(
                    Anomaly(
                        rule: id, severity: v <= usual * highShare ? .high : .medium, dates: [day],
                        source: source.description, facts: facts))
            }
        }
        return found
    }
}
