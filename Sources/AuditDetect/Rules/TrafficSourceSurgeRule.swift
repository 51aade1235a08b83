import AuditMeasure
import AuditRecords

extension RuleID {
    public static let trafficSourceSurge = RuleID(
        "traffic-source-surge", chinese: "流量来源暴涨", english: "Traffic source surge", subject: .days)
}

/// A traffic source whose visitors on one day jump far above its own robust baseline, the way
/// bought or bot traffic arrives (其他来源 ×8 with no buyers).
///
/// A day when the whole store surges together (a 大促) is reported low: that is a promotion,
/// not one source being inflated.
public struct TrafficSourceSurgeRule: DetectionRule {
    public let id = RuleID.trafficSourceSurge
    /// A surge is at least this many times the source's median day…
    public var minRatio = 3.0
    /// …and this many robust standard deviations above it…
    public var minDeviations = 5.0
    /// …and at least this many extra visitors (small sources jitter).
    public var minExtraVisitors = 50
    /// When the other sources together are up this much the same day, it is a store-wide surge…
    public var storeWideRatio = 1.8
    /// …reported low unless the source rose at least this many times more than the rest (then medium).
    public var beyondStoreWideRatio = 2.5
    /// A surge at least this many times the median day is medium, and high when conversion also
    /// collapsed or no buyer came; below it, a collapse alone makes it medium.
    public var highRatio = 5.0
    /// Conversion has collapsed when it fell below this share of the source's usual conversion…
    public var collapsedConversionShare = 0.3
    /// …where the usual conversion would have brought at least this many buyers.
    public var minExpectedBuyers = 2.0
    /// Days of traffic the month needs before any day is judged.
    public var minDays = 7
    /// Days of the same kind (weekday or weekend) needed to compare a day with its own kind only.
    public var minSameKindDays = 4

    public init() {}

    public func detect(in data: MonthData, context: DetectionContext) -> [Anomaly] {
        let days = Array(Set(data.traffic.map(\.day))).sorted()
        guard days.count >= minDays else { return [] }
        var bySource: [TrafficSource: [CalendarDay: (visitors: Int, buyers: Int)]] = [:]
        var totalByDay: [CalendarDay: Int] = [:]
        for r in data.traffic {
            bySource[r.source, default: [:]][r.day, default: (0, 0)].visitors += r.visitors
            bySource[r.source, default: [:]][r.day, default: (0, 0)].buyers += r.payingBuyers
            totalByDay[r.day, default: 0] += r.visitors
        }
        var found: [Anomaly] = []
        for source in bySource.keys.sorted() {
            let series = bySource[source]!
            let visitors = days.map { Double(series[$0]?.visitors ?? 0) }
            // Weekends draw more visitors than weekdays: compare each day with days of its own kind.
            let weekendBase = RobustBaseline(zip(days, visitors).filter { $0.0.weekday >= 5 }.map(\.1))
            let weekdayBase = RobustBaseline(zip(days, visitors).filter { $0.0.weekday < 5 }.map(\.1))
            let allBase = RobustBaseline(visitors)
            let weekendDays = days.filter { $0.weekday >= 5 }.count
            let conversions = days.compactMap { d -> Double? in
                guard let s = series[d], s.visitors > 0 else { return nil }
                return Double(s.buyers) / Double(s.visitors)
            }
            let typicalConversion = RobustBaseline.median(conversions)
            let others = days.map { Double(totalByDay[$0]! - (series[$0]?.visitors ?? 0)) }
            let othersBase = RobustBaseline(others)

            for (i, day) in days.enumerated() {
                let v = visitors[i]
                let ownKind =
                    day.weekday >= 5
                    ? (weekendDays >= minSameKindDays ? weekendBase : allBase)
                    : (days.count - weekendDays >= minSameKindDays ? weekdayBase : allBase)
                let base = ownKind
                let threshold = max(base.median * minRatio, base.median + minDeviations * max(base.spread, 1))
                guard v >= threshold, v - base.median >= Double(minExtraVisitors) else { continue }
                let ratio = v / max(base.median, 1)
                let buyers = series[day]?.buyers ?? 0
                let conversion = Double(buyers) / v
                let expectedBuyers = v * typicalConversion
                let collapsed =
                    typicalConversion > 0 && expectedBuyers >= minExpectedBuyers
                    && conversion < typicalConversion * collapsedConversionShare
                let othersRatio = others[i] / max(othersBase.median, 1)
                let storeWide = othersRatio >= storeWideRatio
                var severity: Severity
                if storeWide {
                    severity = .low
                } else if ratio >= highRatio && (collapsed || buyers == 0) {
                    severity = .high
                } else if ratio >= highRatio || collapsed {
                    severity = .medium
                } else {
                    severity = .low
                }
                if storeWide && ratio >= othersRatio * beyondStoreWideRatio { severity = .medium }
                var facts = [
                    Fact(.visitors, .count(Int(v))),
                    Fact(day.weekday >= 5 ? .weekendMedianVisitors : .weekdayMedianVisitors, .number(base.median)),
                    Fact(.visitorRatio, .ratio(ratio)), Fact(.payingBuyers, .count(buyers)),
                    Fact(.conversion, .ratio(conversion)),
                    Fact(.usualConversion, .ratio(typicalConversion)),
                ]
                if collapsed {
                    facts.append(Fact(.conversionCollapsed, .flag))
                } else if buyers == 0 && ratio >= highRatio {
                    facts.append(Fact(.surgeWithoutBuyers, .flag))
                }
                if storeWide { facts.append(Fact(.storeWide, .flag)) }
                facts += [
                    Fact(.otherSourcesRatio, .ratio(othersRatio)), Fact(.minRatio, .ratio(minRatio)),
                    Fact(.minDeviations, .number(minDeviations)), Fact(.minExtraVisitors, .count(minExtraVisitors)),
                    Fact(.storeWideRatio, .ratio(storeWideRatio)),
                    Fact(.beyondStoreWideRatio, .ratio(beyondStoreWideRatio)), Fact(.highRatio, .ratio(highRatio)),
                    Fact(.collapsedConversionShare, .ratio(collapsedConversionShare)),
                    Fact(.minExpectedBuyers, .number(minExpectedBuyers)),
                ]
                found.append(
                    Anomaly(rule: id, severity: severity, dates: [day], source: source.description, facts: facts))
            }
        }
        return found
    }
}
