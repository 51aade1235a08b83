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
        case fakeOrders, monthsBelowRedLine, monthsBelow, stagesMissed
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

    /// A month's promotion budget: an amount (每月有 5000 元推广预算) or a share of the month's sales
    /// target (推广预算按月销目标 ×15% 预留).
    public enum AdBudget: Sendable, Hashable {
        case amount(Money)
        case shareOfSalesTarget(Double)
    }
}
