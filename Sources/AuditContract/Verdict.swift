import AuditMeasure
import AuditRecords

/// What the merchant should do about the agency, judged over the months audited so far, with the
/// evidence for it: terminate, demand rectification in writing, or continue.
///
/// One decision for the console, audit.json, the dossier and the roll-up over stores, so none of
/// them can advise differently. The wording a merchant can send the agency is built in AuditReport.
public enum Verdict: Sendable, Hashable {
    /// A termination ground holds: the contract can be ended without liability under the first
    /// ground's clause; the others are further grounds. A ground the contract attaches a refund to
    /// carries it (`refund`); without one, what the agency pays back is left to the parties (the
    /// wording says so).
    case terminate(grounds: [TerminationCheck.ClauseStanding])
    /// No ground holds, but the last month is below the contract's line, medium fake-order findings
    /// stand, or a month breached a spending or approval clause: demand rectification of `items`
    /// in writing by `deadline`.
    case demandRectification(items: [RectificationItem], deadline: CalendarDay)
    /// Nothing calls for action.
    case `continue`

    /// Something the agency is to put right, with its figures.
    public enum RectificationItem: Sendable, Hashable {
        /// The month's overall attainment is below the contract's `missBelow`; the targets it missed.
        case monthBelow(month: YearMonth, attainment: Double, threshold: Double, missedTargets: [MetricValue])
        /// Medium-severity fake-order findings of the month: not a ground yet, but to be explained.
        case fakeOrders(month: YearMonth, groups: Int, orders: Int)
        /// Breaches of the contract's spending and approval clauses in the month (a budget overrun,
        /// campaign-days or price changes over a limit without the merchant's approval): to be explained.
        case clauseBreaches(month: YearMonth, count: Int)
    }

    /// The verdict's kind, as audit.json and the roll-up name it.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case terminate, demandRectification, `continue`
    }

    public var kind: Kind {
        switch self {
        case .terminate: return .terminate
        case .demandRectification: return .demandRectification
        case .continue: return .continue
        }
    }

    /// The clause a termination is made under; nil for the other verdicts.
    public var clause: TerminationCheck.Clause? {
        guard case .terminate(let grounds) = self else { return nil }
        return grounds.first?.clause
    }

    /// What the agency pays back on termination: the largest refund among the grounds that hold
    /// (the merchant terminates on the ground that gives back most); nil without one.
    public var refund: TerminationCheck.Refund? {
        guard case .terminate(let grounds) = self else { return nil }
        return grounds.compactMap(\.refund).max { $0.amount < $1.amount }
    }

    /// The day rectification is due; nil for the other verdicts.
    public var deadline: CalendarDay? {
        guard case .demandRectification(_, let deadline) = self else { return nil }
        return deadline
    }

    /// The verdict over `history`.
    ///
    /// - Parameters:
    ///   - clauses: `TerminationCheck.clauses` over the same history.
    ///   - history: every audited month up to and including the last one, in order.
    ///   - lastMonthMetrics: the last month's judged figures, for the targets it missed.
    public static func decide(
        clauses: [TerminationCheck.ClauseStanding], history: [TerminationCheck.MonthStanding], contract: Contract,
        lastMonthMetrics: [MetricValue]
    ) -> Verdict {
        let grounds = clauses.filter { $0.status == .holds }
        if !grounds.isEmpty { return .terminate(grounds: grounds) }
        guard let last = history.last else { return .continue }
        var items: [RectificationItem] = []
        let threshold = contract.termination.missBelow
        if last.isJudged, let attainment = last.overallAttainment, attainment < threshold {
            let missed = lastMonthMetrics.filter { $0.target != nil && $0.isMet == false }
            items.append(
                .monthBelow(month: last.month, attainment: attainment, threshold: threshold, missedTargets: missed))
        }
        for s in history where s.mediumFakeOrders.groups > 0 {
            items.append(
                .fakeOrders(month: s.month, groups: s.mediumFakeOrders.groups, orders: s.mediumFakeOrders.orders))
        }
        for s in history where s.clauseBreaches > 0 {
            items.append(.clauseBreaches(month: s.month, count: s.clauseBreaches))
        }
        guard !items.isEmpty else { return .continue }
        return .demandRectification(
            items: items, deadline: last.month.lastDay.adding(days: contract.termination.rectificationDays))
    }
}
