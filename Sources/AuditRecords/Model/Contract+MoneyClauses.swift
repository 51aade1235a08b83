/// The clauses that move money beyond the monthly fee: a flat deduction, a refund on termination,
/// a promotion budget.
extension Contract {
    /// 未完成 80%，扣 20% 服务费: overall attainment below `below` takes `share` of the base fee.
    public struct FlatDeduction: Sendable, Hashable {
        public var below: Double
        public var share: Double
        public init(below: Double, share: Double) {
            self.below = below
            self.share = share
        }
    }

    /// A termination ground as contract.json names it: the clause a refund term is attached to.
    public enum GroundKind: String, Sendable, Hashable, CaseIterable {
        case fakeOrders, trialMissed, monthsBelowRedLine, monthsBelow, stagesMissed
    }

    /// What a refund is a share of.
    public enum RefundBasis: String, Sendable, Hashable, CaseIterable {
        /// What the merchant paid for the month: base fee − deduction + bonus + commission.
        case fees
        /// The month's base service fee alone.
        case baseFee
    }

    /// 连续 2 个月未达 80% 目标，甲方可无责解约，退还 50% 服务费: when the merchant terminates on
    /// `ground`, the agency pays back `share` of the fees of the months the ground names.
    public struct Refund: Sendable, Hashable {
        public var ground: GroundKind
        public var share: Double
        public var basis: RefundBasis
        public init(ground: GroundKind, share: Double, basis: RefundBasis = .fees) {
            self.ground = ground
            self.share = share
            self.basis = basis
        }
    }

    /// What a growth target grows from.
    public enum TargetBaseline: Sendable, Hashable {
        /// The figure measured in a month's exports (the month before the contract, by default).
        case month(YearMonth)
        /// A figure written in the contract (月销从 5 万…).
        case figure(Double)
    }

    /// The months a target judges.
    public enum Judged: String, Sendable, Hashable, CaseIterable {
        /// Every month of its stage.
        case eachMonth
        /// Its stage's last month only: "3 个月内" is judged at the end of the three months.
        case stageEnd
    }

    /// The months whose exports give a growth target its baseline: audited for their figures, but
    /// neither settled nor judged nor counted by the termination terms.
    public var baselineMonths: Set<YearMonth> {
        var months: Set<YearMonth> = []
        for stage in stages {
            for t in stage.targets {
                if case .month(let m)? = t.baseline { months.insert(m) }
            }
        }
        return months
    }

    /// A month's promotion budget: an amount (每月有 5000 元推广预算) or a share of the month's sales
    /// target (推广预算按月销目标 ×15% 预留).
    public enum AdBudget: Sendable, Hashable {
        case amount(Money)
        case shareOfSalesTarget(Double)
    }
}
