import AuditRecords

extension TerminationCheck {
    /// What the agency pays back when the merchant terminates on a ground the contract attaches a
    /// refund to (连续 2 个月未达 80% 目标，甲方可无责解约，退还 50% 服务费): a share of the fees of the
    /// months the ground names.
    public struct Refund: Sendable, Hashable {
        public var share: Double
        public var basis: Contract.RefundBasis
        /// The months the ground names, in order, each with the fee the share is taken of.
        public var months: [RefundMonth]

        public init(share: Double, basis: Contract.RefundBasis, months: [RefundMonth]) {
            self.share = share
            self.basis = basis
            self.months = months
        }

        /// The fees of the months whose fee is known, added up.
        public var fees: Money { months.reduce(.zero) { $0 + ($1.fee ?? .zero) } }

        /// `share` of `fees`, to the fen.
        public var amount: Money { Money(cents: Int64((Double(fees.cents) * share).rounded())) }

        /// The months named whose fee is not known (not settled): left out of `fees`.
        public var unsettledMonths: [YearMonth] { months.filter { $0.fee == nil }.map(\.month) }
    }

    /// A month a refund is counted on, with its fee; nil when the month was not settled.
    public struct RefundMonth: Sendable, Hashable {
        public var month: YearMonth
        public var fee: Money?
        public init(month: YearMonth, fee: Money?) {
            self.month = month
            self.fee = fee
        }
    }

    /// The refund the contract attaches to `standing`'s clause, counted on the months its evidence
    /// names; nil when the contract attaches none.
    static func refund(for standing: ClauseStanding, history: [MonthStanding], contract: Contract) -> Refund? {
        guard let term = contract.termination.refunds.first(where: { $0.ground == standing.clause.kind }) else {
            return nil
        }
        var named: [YearMonth] = []
        for e in standing.evidence {
            switch e {
            case .fakeOrders(let month, _, _): named.append(month)
            case .month(let m): named.append(m.month)
            case .stageMissed(_, let from, let to, _):
                named += history.map(\.month).filter { from <= $0 && $0 <= to }
            }
        }
        let byMonth = Dictionary(history.map { ($0.month, $0) }, uniquingKeysWith: { _, last in last })
        let months = Set(named).sorted().map { month -> RefundMonth in
            let s = byMonth[month]
            switch term.basis {
            case .fees: return RefundMonth(month: month, fee: s?.payable)
            case .baseFee: return RefundMonth(month: month, fee: s.map(\.baseFee))
            }
        }
        return Refund(share: term.share, basis: term.basis, months: months)
    }
}

extension TerminationCheck.Clause {
    /// The clause as contract.json's `termination.refunds[].ground` names it.
    public var kind: Contract.GroundKind {
        switch self {
        case .fakeOrders: return .fakeOrders
        case .trialMissed: return .trialMissed
        case .monthsBelowRedLine: return .monthsBelowRedLine
        case .monthsBelow: return .monthsBelow
        case .stagesMissed: return .stagesMissed
        }
    }
}
