import AuditMeasure
import AuditRecords

extension RuleID {
    public static let trafficSourceSurge = RuleID("traffic-source-surge", chinese: "流量来源暴涨", english: "Traffic source surge", subject: .days)
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
    /// When the other sources together are up this much the same day, it is a store-wide surge.
    public var storeWideRatio = 1.8

    public init() {}

    public func detect(in data: MonthData, context: DetectionContext) -> [Anomaly] {
        let days = Array(Set(data.traffic.map(\.day))).sorted()
        guard days.count >= 7 else { return [] }
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
                let ownKind = day.weekday >= 5 ? (weekendDays >= 4 ? weekendBase : allBase) : (days.count - weekendDays >= 4 ? weekdayBase : allBase)
                let base = ownKind
                let threshold = max(base.median * minRatio, base.median + minDeviations * max(base.spread, 1))
                guard v >= threshold, v - base.median >= Double(minExtraVisitors) else { continue }
                let ratio = v / max(base.median, 1)
                let buyers = series[day]?.buyers ?? 0
                let conversion = Double(buyers) / v
                let expectedBuyers = v * typicalConversion
                let collapsed = typicalConversion > 0 && expectedBuyers >= 2 && conversion < typicalConversion * 0.3
                let othersRatio = others[i] / max(othersBase.median, 1)
                let storeWide = othersRatio >= storeWideRatio
                var severity: Severity
                if storeWide { severity = .low } else if ratio >= 5 && (collapsed || buyers == 0) { severity = .high } else if ratio >= 5 || collapsed { severity = .medium } else { severity = .low }
                if storeWide && ratio >= othersRatio * 2.5 { severity = .medium }
                var evidence = "\(source) 在 \(day) 有 \(DisplayNumber.count(Int(v))) 访客，是本月该来源\(day.weekday >= 5 ? "周末" : "工作日")日中位数 \(DisplayNumber.fixed(base.median, decimals: 0)) 的 \(DisplayNumber.fixed(ratio, decimals: 1)) 倍；"
                evidence += "当天支付买家 \(buyers) 人（转化 \(DisplayNumber.percent(conversion, decimals: 2))，该来源平时 \(DisplayNumber.percent(typicalConversion, decimals: 2))）"
                if collapsed {
                    evidence += "，流量涨而转化塌陷，疑似刷流量/机器流量"
                } else if buyers == 0 && ratio >= 5 {
                    evidence += "，暴涨的访客没有带来一个支付买家，疑似刷流量/机器流量"
                }
                if storeWide { evidence += "；其他来源同日也上涨到 \(DisplayNumber.fixed(othersRatio, decimals: 1)) 倍，属全店同涨（大促/活动）" }
                evidence += "（规则：≥ 中位数 ×\(DisplayNumber.fixed(minRatio, decimals: 0)) 且 ≥ 中位数 + \(DisplayNumber.fixed(minDeviations, decimals: 0))×稳健标准差）"
                found.append(Anomaly(rule: id, severity: severity, dates: [day], source: source.description, evidence: evidence))
            }
        }
        return found
    }
}
