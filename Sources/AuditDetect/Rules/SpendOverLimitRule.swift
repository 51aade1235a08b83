import AuditMeasure
import AuditRecords

extension RuleID {
    public static let spendOverLimit = RuleID("spend-over-limit", chinese: "推广花费超限额", english: "Ad spend over the daily limit", subject: .days)
}

/// A day whose total ad spend exceeds the contract's approved daily amount.
public struct SpendOverLimitRule: DetectionRule {
    public let id = RuleID.spendOverLimit

    public init() {}

    public func detect(in data: MonthData, context: DetectionContext) -> [Anomaly] {
        guard let limit = context.limits.dailyAdSpend, limit.cents > 0 else { return [] }
        var byDay: [CalendarDay: [AdRecord]] = [:]
        for r in data.ads { byDay[r.day, default: []].append(r) }
        var found: [Anomaly] = []
        for day in byDay.keys.sorted() {
            let rows = byDay[day]!
            let spend = rows.reduce(Money.zero) { $0 + $1.spend }
            guard spend > limit else { continue }
            let over = Double(spend.cents) / Double(limit.cents)
            let top = rows.sorted { ($0.spend, $1.campaignLabel) > ($1.spend, $0.campaignLabel) }.prefix(3)
                .map { "\($0.campaignLabel) \(DisplayNumber.money($0.spend))" }.joined(separator: "、")
            let evidence = "\(day) 推广总花费 \(DisplayNumber.money(spend))，超过合同日限额 \(DisplayNumber.money(limit))"
                + "（\(DisplayNumber.fixed(over, decimals: 2)) 倍）；花费最多的计划：\(top)。合同要求超限额须商家事先批准，请核对是否有书面批准"
            found.append(Anomaly(rule: id, severity: over > 1.5 ? .high : .medium, dates: [day], evidence: evidence))
        }
        return found
    }
}
