import AuditMeasure
import AuditRecords

extension RuleID {
    public static let searchBrushing = RuleID(
        "search-brushing", chinese: "搜索刷单", english: "Search brushing", subject: .days)
}

/// 手淘搜索 traffic rising on the same day as a suspected fake-order cluster: brushing through
/// search (buyers told to search a keyword and click through to lift the item's ranking).
///
/// Runs after the other rules, because its evidence is their findings together with the traffic.
public struct SearchBrushingRule: Sendable {
    public let id = RuleID.searchBrushing
    /// Search visitors at least this many times the usual day of the same kind.
    public var minRatio = 1.3
    /// …and at least this many robust standard deviations above it: a store whose search traffic
    /// swings by a third from day to day does not get a finding each time a fake-order day lands
    /// on a good search day.
    public var minDeviations = 3.0
    /// Days of search traffic the month needs before any day is judged.
    public var minDays = 7
    /// Other days of the same kind (weekday or weekend) needed to compare a day with its own kind only.
    public var minSameKindDays = 4

    public init() {}

    public func detect(in data: MonthData, findings: [Anomaly]) -> [Anomaly] {
        var search: [CalendarDay: Int] = [:]
        for r in data.traffic where r.source.isSearch { search[r.day, default: 0] += r.visitors }
        let days = search.keys.sorted()
        guard days.count >= minDays else { return [] }
        let clusters = findings.filter { $0.isSuspectedFakeOrder() }
        var byDay: [CalendarDay: [Anomaly]] = [:]
        for c in clusters { for d in c.dates { byDay[d, default: []].append(c) } }
        return byDay.keys.sorted().compactMap { day in
            guard let v = search[day] else { return nil }
            let sameKind = days.filter { ($0.weekday >= 5) == (day.weekday >= 5) && $0 != day }.map {
                Double(search[$0]!)
            }
            let base = RobustBaseline(
                sameKind.count >= minSameKindDays ? sameKind : days.filter { $0 != day }.map { Double(search[$0]!) })
            let usual = base.median
            guard usual > 0, Double(v) >= max(usual * minRatio, usual + minDeviations * base.spread) else { return nil }
            let orders = Array(Set(byDay[day]!.flatMap(\.orderIDs))).sorted()
            let rules = Array(Set(byDay[day]!.map(\.rule))).sorted()
            let facts = [
                Fact(.visitors, .count(v)), Fact(.usualVisitors, .number(usual)),
                Fact(.visitorRatio, .ratio(Double(v) / usual)),
                Fact(.orders, .count(orders.count)), Fact(.corroboratingRules, .list(rules.map { .rule($0) })),
                Fact(.minRatio, .ratio(minRatio)), Fact(.minDeviations, .number(minDeviations)),
            ]
            return Anomaly(rule: id, severity: .high, dates: [day], orderIDs: orders, source: "手淘搜索", facts: facts)
        }
    }
}
