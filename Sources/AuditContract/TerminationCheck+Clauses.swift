import AuditRecords

extension TerminationCheck {
    /// A termination clause of the contract, with the figures it is written with.
    public enum Clause: Sendable, Hashable {
        /// 刷单: a high-severity fake-order finding is a violation, a ground at once.
        case fakeOrders
        /// 试运营期……卖家有权无条件解约: a month of the trial stage missed a target; the merchant may end
        /// the contract at the trial's end (up to the month after it).
        case trialMissed(stage: String)
        /// Overall attainment below the red line in `months` months in a row.
        case monthsBelowRedLine(redLine: Double, months: Int)
        /// Overall attainment below `threshold` (the contract's `missBelow`) in `months` months in a row.
        case monthsBelow(threshold: Double, months: Int)
        /// `stages` stages missed in a row.
        case stagesMissed(stages: Int)
    }

    /// Where a clause stands after the months audited so far.
    public enum ClauseStatus: Sendable, Hashable {
        /// The ground holds as of the last month audited.
        case holds
        /// The ground held as of `until` and no longer does: the run ended after it.
        case heldEarlier(until: YearMonth)
        /// `count` of the `needed` months or stages in a row so far: more of the same make it a ground.
        case building(count: Int, needed: Int)
        /// Nothing counts towards it.
        case clear
    }

    /// A month, finding or stage that meets a clause (or counts towards it).
    public enum Evidence: Sendable, Hashable {
        /// A month's high-severity fake-order findings.
        case fakeOrders(month: YearMonth, groups: Int, orders: Int)
        /// A month of the run, with its overall attainment.
        case month(MonthAttainment)
        /// A stage missed: its name and months, and its audited months that missed a target.
        case stageMissed(name: String, from: YearMonth, to: YearMonth, missedMonths: [YearMonth])
    }

    /// One clause, its status and the evidence behind the status.
    public struct ClauseStanding: Sendable, Hashable {
        public var clause: Clause
        public var status: ClauseStatus
        /// What meets it (holds), met it (held earlier) or counts towards it (building); empty when clear.
        public var evidence: [Evidence]
        /// What the agency pays back on termination under this clause, when the contract attaches a
        /// refund to it and the clause holds.
        public var refund: Refund?
        /// The refund the contract attaches to this clause (退还 50% 服务费), whatever its status.
        public var refundTerm: Contract.Refund?

        public init(
            clause: Clause, status: ClauseStatus, evidence: [Evidence], refund: Refund? = nil,
            refundTerm: Contract.Refund? = nil
        ) {
            self.clause = clause
            self.status = status
            self.evidence = evidence
            self.refund = refund
            self.refundTerm = refundTerm
        }
    }

    /// Each termination clause the contract has, judged over `history`, strongest first: fake
    /// orders, the red line, months below the line, stages missed.
    ///
    /// A fake-order finding stands once found, whatever the months after it; a run of months or
    /// stages holds only while it reaches the last month (as `evaluate` judges it), and one that
    /// ended earlier is `heldEarlier`, which outranks a new run still `building`.
    ///
    /// - Parameter history: every audited month up to and including the last one, in order.
    public static func clauses(history: [MonthStanding], contract: Contract) -> [ClauseStanding] {
        let terms = contract.termination
        var result: [ClauseStanding] = []
        let fake = history.filter { $0.highFakeOrders.groups > 0 }.map {
            Evidence.fakeOrders(month: $0.month, groups: $0.highFakeOrders.groups, orders: $0.highFakeOrders.orders)
        }
        result.append(ClauseStanding(clause: .fakeOrders, status: fake.isEmpty ? .clear : .holds, evidence: fake))
        if let trial = contract.stages.first(where: { $0.trialPayShare != nil }) {
            result.append(trialStanding(trial, history: history))
        }
        let need = terms.consecutiveMonthsBelow
        if let red = terms.redLine {
            result.append(
                runStanding(
                    .monthsBelowRedLine(redLine: red, months: need), history: history, needed: need,
                    run: { monthsBelow(red, in: $0).map { .month(MonthAttainment($0)) } }))
        }
        result.append(
            runStanding(
                .monthsBelow(threshold: terms.missBelow, months: need), history: history, needed: need,
                run: { monthsBelow(terms.missBelow, in: $0).map { .month(MonthAttainment($0)) } }))
        if let stagesNeeded = terms.consecutiveMissedStages {
            result.append(
                runStanding(
                    .stagesMissed(stages: stagesNeeded), history: history, needed: stagesNeeded,
                    run: { missedStages(in: $0, contract: contract) }))
        }
        // A refund is counted once a clause holds: it is what terminating on it now would give back.
        for i in result.indices {
            result[i].refundTerm = terms.refunds.first { $0.ground == result[i].clause.kind }
            if result[i].status == .holds {
                result[i].refund = refund(for: result[i], history: history, contract: contract)
            }
        }
        return result
    }

    /// The trial clause: it holds from a missed month of the trial stage until the month after the
    /// trial's end (the merchant decides at the trial's end), and was met earlier after that.
    private static func trialStanding(_ trial: Contract.Stage, history: [MonthStanding]) -> ClauseStanding {
        let clause = Clause.trialMissed(stage: trial.name)
        let missed = history.filter {
            trial.from <= $0.month && $0.month <= trial.to && $0.isJudged && !$0.allTargetsMet
        }
        guard let last = history.last, !missed.isEmpty else {
            return ClauseStanding(clause: clause, status: .clear, evidence: [])
        }
        let evidence = missed.map { Evidence.month(MonthAttainment($0)) }
        let status: ClauseStatus = last.month <= trial.to.next ? .holds : .heldEarlier(until: trial.to.next)
        return ClauseStanding(clause: clause, status: status, evidence: evidence)
    }

    /// A clause met by a run reaching the last month: holds, held at an earlier month, building, or clear.
    private static func runStanding(
        _ clause: Clause, history: [MonthStanding], needed: Int, run: ([MonthStanding]) -> [Evidence]
    ) -> ClauseStanding {
        let current = run(history)
        if current.count >= needed { return ClauseStanding(clause: clause, status: .holds, evidence: current) }
        // The latest month up to which the ground held, and the run that met it then.
        for end in history.indices.reversed().dropFirst() {
            let earlier = run(Array(history[...end]))
            if earlier.count >= needed {
                return ClauseStanding(
                    clause: clause, status: .heldEarlier(until: history[end].month), evidence: earlier)
            }
        }
        if !current.isEmpty {
            return ClauseStanding(
                clause: clause, status: .building(count: current.count, needed: needed), evidence: current)
        }
        return ClauseStanding(clause: clause, status: .clear, evidence: [])
    }

    /// The months in a row up to the last one of `history` whose overall attainment is below
    /// `threshold`; a month without one (withheld, no target) ends the run.
    static func monthsBelow(_ threshold: Double, in history: [MonthStanding]) -> [MonthStanding] {
        guard let current = history.last else { return [] }
        var run: [MonthStanding] = []
        var expected = current.month
        for s in history.reversed() {
            guard s.month == expected, (s.overallAttainment ?? 1) < threshold else { break }
            run.insert(s, at: 0)
            expected = expected.previous
        }
        return run
    }

    /// The stages missed in a row up to the last one finished by the end of `history`'s last month.
    ///
    /// A stage counts once its last month has been audited; it is missed when a judged month of it
    /// missed a target, and a stage whose months all met (or were not judged) ends the run.
    static func missedStages(in history: [MonthStanding], contract: Contract) -> [Evidence] {
        guard let current = history.last else { return [] }
        var run: [Evidence] = []
        for stage in contract.stages.reversed() where stage.to <= current.month {
            let months = history.filter { $0.stageName == stage.name && stage.from <= $0.month && $0.month <= stage.to }
            guard !months.isEmpty else { break }
            let missed = months.filter { $0.isJudged && !$0.allTargetsMet }.map(\.month)
            guard !missed.isEmpty else { break }
            run.insert(.stageMissed(name: stage.name, from: stage.from, to: stage.to, missedMonths: missed), at: 0)
        }
        return run
    }
}
