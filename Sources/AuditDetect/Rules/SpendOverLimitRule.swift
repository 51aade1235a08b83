import AuditMeasure
import AuditRecords

extension RuleID {
    public static let spendOverLimit = RuleID(
        "spend-over-limit", chinese: "推广花费超限额", english: "Ad spend over the daily limit", subject: .days)
}

/// A day whose total ad spend exceeds the contract's approved daily amount.
public struct SpendOverLimitRule: DetectionRule {
    public let id = RuleID.spendOverLimit
    /// Spend above this multiple of the limit is high (up to it, medium).
    public var highOverLimitRatio = 1.5

    public init() {}

    public func detect(in data: MonthData, context: DetectionContext) -> [Anomaly] {
        guard let limit = context.limits.dailyAdSpend, limit.cents > 0 else { return [] }
        var byDay: [CalendarDay: [AdRecord]] = [:]
        // A period total is no day's spend (the month's warnings say the rule could not run on it).
        for r in data.ads where r.isDaily { byDay[r.day, default: []].append(r) }
        var found: [Anomaly] = []
        for day in byDay.keys.sorted() {
            let rows = byDay[day]!
            let spend = rows.reduce(Money.zero) { $0 + $1.spend }
            guard spend > limit else { continue }
            let over = Double(spend.cents) / Double(limit.cents)
            let top = rows.sorted { ($0.spend, $1.campaignLabel) > ($1.spend, $0.campaignLabel) }.prefix(3)
                .map { Fact.Value.group([Fact(.campaign, .text($0.campaignLabel)), Fact(.spend, .money($0.spend))]) }
            let facts = [
                Fact(.spend, .money(spend)), Fact(.dailySpendLimit, .money(limit)), Fact(.overLimitRatio, .ratio(over)),
                Fact(.topCampaigns, .list(Array(top))), Fact(.highOverLimitRatio, .ratio(highOverLimitRatio)),
            ]
            found.append(
                Anomaly(rule: id, severity: over > highOverLimitRatio ? .high : .medium, dates: [day], facts: facts))
        }
        return found
    }
}
