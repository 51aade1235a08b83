import AuditMeasure
import AuditRecords

extension ClauseReview {
    /// Promotion spend in a stage the contract keeps free of it (前 2 个月不投直通车，专注做自然流量):
    /// any spend is a finding, with its days and campaigns.
    public struct PaidPromotionCheck: Sendable, Hashable {
        /// The stage that writes no paid promotion.
        public var stage: String
        /// The month's ad spend (daily rows, or a period total where the report has no days).
        public var spend: Money
        /// The days with spend.
        public var days: [CalendarDay]
        /// Each campaign's spend, most first.
        public var campaigns: [CampaignSpend]

        static func check(_ data: MonthData, stage: Contract.Stage) -> PaidPromotionCheck {
            var byCampaign: [String: Money] = [:]
            var days: Set<CalendarDay> = []
            var spend = Money.zero
            for r in data.ads where r.spend > .zero {
                spend = spend + r.spend
                byCampaign[r.campaignLabel] = (byCampaign[r.campaignLabel] ?? .zero) + r.spend
                if r.isDaily { days.insert(r.day) }
            }
            return PaidPromotionCheck(
                stage: stage.name, spend: spend, days: days.sorted(),
                campaigns: byCampaign.map { CampaignSpend(campaign: $0.key, spend: $0.value) }.sorted {
                    ($0.spend, $1.campaign) > ($1.spend, $0.campaign)
                })
        }
    }
}
