import AuditMeasure
import AuditRecords

extension ClauseReview {
    /// The month's promotion spend against its budget (推广预算按月销目标 ×15% 预留; 每月有 5000 元推广预算).
    public struct BudgetCheck: Sendable, Hashable {
        public var clause: Contract.AdBudget
        /// The month's sales target a share is taken of; nil for an amount, or when the stage sets no gmv target.
        public var salesTarget: Double?
        /// The budget in yuan; nil when it is a share of a sales target the month does not have.
        public var budget: Money?
        /// The month's ad spend.
        public var spend: Money
        /// The day the spend so far passed the budget; nil when it did not (or the report has no days).
        public var exceededOn: CalendarDay?
        /// The days with spend from `exceededOn` on.
        public var daysOver: [CalendarDay]
        /// The campaigns' spend from `exceededOn` on, most first.
        public var campaignsOver: [CampaignSpend]

        /// Spend above the budget; zero within it.
        public var over: Money { budget.map { max(.zero, spend - $0) } ?? .zero }

        static func check(_ data: MonthData, clause: Contract.AdBudget, stage: Contract.Stage?) -> BudgetCheck {
            var salesTarget: Double?
            let budget: Money?
            switch clause {
            case .amount(let m):
                budget = m
            case .shareOfSalesTarget(let share):
                salesTarget = stage?.targets.first { $0.metric == .gmv }?.value
                budget = salesTarget.map { Money(roundingYuan: $0 * share) }
            }
            let daily = data.ads.filter(\.isDaily)
            // A report of period totals only (京准通's range rows) gives the month's spend but no day.
            let rows = daily.isEmpty ? data.ads : daily
            let spend = rows.reduce(Money.zero) { $0 + $1.spend }
            var check = BudgetCheck(
                clause: clause, salesTarget: salesTarget, budget: budget, spend: spend, exceededOn: nil, daysOver: [],
                campaignsOver: [])
            guard let budget, spend > budget, !daily.isEmpty else { return check }
            var byDay: [CalendarDay: [AdRecord]] = [:]
            for r in daily { byDay[r.day, default: []].append(r) }
            var running = Money.zero
            for day in byDay.keys.sorted() {
                running = running + byDay[day]!.reduce(.zero) { $0 + $1.spend }
                if check.exceededOn == nil, running > budget { check.exceededOn = day }
                if let from = check.exceededOn, day >= from, byDay[day]!.contains(where: { $0.spend > .zero }) {
                    check.daysOver.append(day)
                }
            }
            var byCampaign: [String: Money] = [:]
            for r in daily where r.day >= check.exceededOn! {
                byCampaign[r.campaignLabel, default: .zero] = byCampaign[r.campaignLabel, default: .zero] + r.spend
            }
            check.campaignsOver = byCampaign.filter { $0.value > .zero }
                .map { CampaignSpend(campaign: $0.key, spend: $0.value) }
                .sorted { ($0.spend, $1.campaign) > ($1.spend, $0.campaign) }
            return check
        }
    }

    /// One campaign's spend over some days.
    public struct CampaignSpend: Sendable, Hashable {
        public var campaign: String
        public var spend: Money
        public init(campaign: String, spend: Money) {
            self.campaign = campaign
            self.spend = spend
        }
    }
}
