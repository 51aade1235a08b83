import AuditMeasure
import AuditRecords

extension RuleID {
    public static let roiBelowRedLine = RuleID(
        "roi-below-redline", chinese: "ROI 低于红线", english: "ROI below the red line", subject: .days)
}

/// Daily ad ROI (attributed sales / spend, all campaigns) below the contract's red line for
/// `roiRedLineDays` or more days in a row: the contract says pause and explain.
public struct ROIBelowRedLineRule: DetectionRule {
    public let id = RuleID.roiBelowRedLine
    /// A run of at least this many times the contract's days is high (shorter, medium).
    public var highRunFactor = 2

    public init() {}

    public func detect(in data: MonthData, context: DetectionContext) -> [Anomaly] {
        guard let redLine = context.limits.roiRedLine else { return [] }
        let needed = context.limits.roiRedLineDays
        var byDay: [CalendarDay: (spend: Money, sales: Money)] = [:]
        for r in data.ads where r.isDaily {
            byDay[r.day, default: (.zero, .zero)].spend += r.spend
            byDay[r.day, default: (.zero, .zero)].sales += r.attributedSales
        }
        var found: [Anomaly] = []
        var run: [(CalendarDay, Double, Money, Money)] = []
        func close() {
            defer { run = [] }
            guard run.count >= needed else { return }
            let spend = run.reduce(Money.zero) { $0 + $1.2 }
            let sales = run.reduce(Money.zero) { $0 + $1.3 }
            let daily = run.map { Fact.Value.group([Fact(.day, .day($0.0)), Fact(.roi, .ratio($0.1))]) }
            let facts = [
                Fact(.consecutiveDays, .days(run.count)), Fact(.dailyROI, .list(daily)), Fact(.spend, .money(spend)),
                Fact(.sales, .money(sales)),
                Fact(.roiRedLine, .ratio(redLine)), Fact(.roiRedLineDays, .days(needed)),
                Fact(.highRunDays, .days(needed * highRunFactor)),
            ]
            found.append(
                Anomaly(
                    rule: id, severity: run.count >= needed * highRunFactor ? .high : .medium, dates: run.map(\.0),
                    facts: facts))
        }
        var previous: CalendarDay?
        for day in byDay.keys.sorted() {
            let v = byDay[day]!
            if let p = previous, day.ordinal != p.ordinal + 1 { close() }
            previous = day
            guard v.spend.cents > 0 else {
                close()
                continue
            }
            let roi = Double(v.sales.cents) / Double(v.spend.cents)
            if roi < redLine { run.append((day, roi, v.spend, v.sales)) } else { close() }
        }
        close()
        return found
    }
}
