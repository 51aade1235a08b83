import AuditMeasure
import AuditRecords

/// The contract's spending and approval clauses checked on one month: the promotion budget, the
/// per-campaign daily limit and the price-change limit, each item over a limit with what the
/// merchant approved in writing (`approvals.csv`).
///
/// An approved item is the merchant's decision (看配合); one without an approval is the agency's
/// breach (看执行) and a finding; without approvals.csv nothing can be checked, and the items that
/// would need an approval are listed as such. The findings join the month's anomalies for the
/// reports; the settlement and the diagnosis weigh the exports' figures, not these.
public struct ClauseReview: Sendable, Hashable {
    /// 推广预算: nil when the contract sets none.
    public var budget: BudgetCheck?
    /// 单日超 1000 元的投放计划需商家审批: nil when the contract sets no per-campaign limit.
    public var campaignLimit: CampaignLimitCheck?
    /// 单价调整超过 10% 需商家审批: nil when the contract sets no price-change limit.
    public var priceChanges: PriceChangeCheck?
    /// 满减力度超过 30% 需审批 / 这款产品不参加任何折扣: nil when the contract writes neither.
    public var discounts: DiscountCheck?
    /// 前 2 个月不投直通车: nil unless the month's stage writes no paid promotion.
    public var paidPromotion: PaidPromotionCheck?
    /// Whether the month folder holds approvals.csv.
    public var approvalsRead: Bool
    /// The approvals the file gave (its lines that could be used).
    public var approvalCount: Int
    /// The breaches, as findings with their facts, in report order.
    public var findings: [Anomaly]

    public init(
        budget: BudgetCheck? = nil, campaignLimit: CampaignLimitCheck? = nil, priceChanges: PriceChangeCheck? = nil,
        approvalsRead: Bool = false, approvalCount: Int = 0, findings: [Anomaly] = []
    ) {
        self.budget = budget
        self.campaignLimit = campaignLimit
        self.priceChanges = priceChanges
        self.approvalsRead = approvalsRead
        self.approvalCount = approvalCount
        self.findings = findings
    }

    /// True when the contract writes none of the clauses checked here.
    public var isEmpty: Bool {
        budget == nil && campaignLimit == nil && priceChanges == nil && paidPromotion == nil && discounts == nil
    }

    /// Whether a clause checked here needs the merchant's approvals (the budget does not).
    public var needsApprovals: Bool { campaignLimit != nil || priceChanges != nil || discounts != nil }

    /// How an item over a limit stands with the merchant's approvals.
    public enum Approval: Sendable, Hashable {
        /// approvals.csv approves it: the line, the day it was given and the figure approved.
        case approved(line: Int, day: CalendarDay, value: Double?)
        /// The contract's fast-pass standard lets it through (ROI 预估≥1:2.5 时直接过): the day's ROI.
        case fastPass(roi: Double, standard: Double)
        /// approvals.csv approves nothing that covers it: the agency's breach.
        case notApproved
        /// The month has no approvals.csv: whether it was approved cannot be checked.
        case notChecked

        /// Approved in writing or by the fast-pass standard: the merchant's decision.
        public var isApproved: Bool {
            switch self {
            case .approved, .fastPass: return true
            case .notApproved, .notChecked: return false
            }
        }
    }

    /// The breaches that count towards the verdict: a budget overrun, and each item over a limit
    /// without an approval (or without approvals.csv to show one).
    public var breachCount: Int {
        (budget?.exceededOn != nil ? 1 : 0) + (paidPromotion.map { $0.spend > .zero ? 1 : 0 } ?? 0)
            + (campaignLimit?.days.count { !$0.approval.isApproved } ?? 0)
            + (priceChanges?.changes.count { !$0.approval.isApproved } ?? 0)
            + (discounts?.groups.count { !$0.approval.isApproved } ?? 0)
    }

    /// Checks the month's exports against the clauses `contract` writes.
    ///
    /// - Parameters:
    ///   - stage: the month's stage, whose gmv target a budget written as a share is taken of.
    ///   - approvals: what approvals.csv gave; nil when the month folder has none.
    ///   - readBack: for the titles of the items whose price changed.
    public static func check(
        data: MonthData, contract: Contract, stage: Contract.Stage?, approvals: [MerchantApproval]?,
        readBack: OrderReadBack = .none
    ) -> ClauseReview {
        let limits = contract.limits
        var review = ClauseReview(approvalsRead: approvals != nil, approvalCount: approvals?.count ?? 0)
        if let clause = limits.monthlyAdBudget {
            review.budget = BudgetCheck.check(data, clause: clause, stage: stage)
        }
        if let limit = limits.campaignDailySpend {
            review.campaignLimit = CampaignLimitCheck.check(
                data, limit: limit, fastPassROI: limits.campaignFastPassROI, approvals: approvals)
        }
        if let limit = limits.priceChange {
            review.priceChanges = PriceChangeCheck.check(data, limit: limit, approvals: approvals, readBack: readBack)
        }
        if limits.maxDiscount != nil || !limits.noDiscountItems.isEmpty {
            review.discounts = DiscountCheck.check(data, limits: limits, approvals: approvals, readBack: readBack)
        }
        if let stage, stage.noPaidPromotion { review.paidPromotion = PaidPromotionCheck.check(data, stage: stage) }
        review.findings = review.breaches().sorted(by: Anomaly.reportOrder)
        return review
    }
}
