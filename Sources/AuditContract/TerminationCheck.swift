import AuditRecords

/// Whether the contract's termination terms are triggered, judged over the months audited so far.
public struct TerminationCheck: Sendable, Hashable {
    /// One month's standing, kept for the months after it.
    public struct MonthStanding: Sendable, Hashable {
        public var month: YearMonth
        public var stageName: String?
        public var overallAttainment: Double?
        public var allTargetsMet: Bool
        /// False for a month whose settlement was withheld: it neither met nor missed anything, so
        /// it cannot start or continue a run of missed months or stages.
        public var isJudged: Bool
        /// The month's high-severity fake-order findings: a violation that stands once found.
        public var highFakeOrders: FindingCount
        /// The month's medium fake-order findings: a written explanation is due.
        public var mediumFakeOrders: FindingCount
        /// What the merchant pays for the month under the contract; nil when it was not settled.
        public var payable: Money?
        /// The month's base service fee.
        public var baseFee: Money
        /// Breaches of the contract's spending and approval clauses (`ClauseReview.breachCount`):
        /// the agency is to explain them in writing.
        public var clauseBreaches: Int
        public init(
            month: YearMonth, stageName: String?, overallAttainment: Double?, allTargetsMet: Bool,
            isJudged: Bool = true, highFakeOrders: FindingCount = FindingCount(),
            mediumFakeOrders: FindingCount = FindingCount(), payable: Money? = nil, baseFee: Money = .zero,
            clauseBreaches: Int = 0
        ) {
            self.clauseBreaches = clauseBreaches
            self.payable = payable
            self.baseFee = baseFee
            self.month = month
            self.stageName = stageName
            self.overallAttainment = overallAttainment
            self.allTargetsMet = allTargetsMet
            self.isJudged = isJudged
            self.highFakeOrders = highFakeOrders
            self.mediumFakeOrders = mediumFakeOrders
        }
    }

    /// Groups of findings and the distinct orders they name.
    public struct FindingCount: Sendable, Hashable {
        public var groups: Int
        public var orders: Int
        public init(groups: Int = 0, orders: Int = 0) {
            self.groups = groups
            self.orders = orders
        }

        /// The fake-order findings of exactly `severity` among `anomalies`.
        public init(fakeOrdersIn anomalies: [Anomaly], severity: Severity) {
            let found = anomalies.filter { $0.rule.findsFakeOrders && $0.severity == severity }
            self.init(groups: found.count, orders: Set(found.flatMap(\.orderIDs)).count)
        }
    }

    /// Grounds for terminating without liability, each with the figures that fired it.
    public var grounds: [Ground]
    /// Warnings that are not yet grounds (months below the line, too few in a row so far).
    public var warnings: [Warning]

    public var mayTerminate: Bool { !grounds.isEmpty }

    /// - Parameter history: every audited month up to and including the current one, in order.
    public static func evaluate(history: [MonthStanding], contract: Contract, anomalies: [Anomaly]) -> TerminationCheck
    {
        var grounds: [Ground] = []
        var warnings: [Warning] = []
        let terms = contract.termination
        let fake = anomalies.filter { $0.isSuspectedFakeOrder(atLeast: .high) }
        if !fake.isEmpty {
            grounds.append(.fakeOrders(groups: fake.count, orders: Set(fake.flatMap(\.orderIDs)).count))
        }
        guard !history.isEmpty else { return TerminationCheck(grounds: grounds, warnings: warnings) }
        if let trial = clauses(history: history, contract: contract).first(where: {
            if case .trialMissed = $0.clause { return $0.status == .holds } else { return false }
        }), case .trialMissed(let name) = trial.clause {
            let months = trial.evidence.compactMap { e -> YearMonth? in
                if case .month(let m) = e { return m.month } else { return nil }
            }
            grounds.append(.trialMissed(stage: name, months: months))
        }
        let need = terms.consecutiveMonthsBelow
        let below = monthsBelow(terms.missBelow, in: history)
        if below.count >= need {
            grounds.append(.consecutiveMonthsBelow(months: below.map(MonthAttainment.init), threshold: terms.missBelow))
        } else if !below.isEmpty {
            warnings.append(
                .monthsBelow(months: below.map(MonthAttainment.init), threshold: terms.missBelow, monthsNeeded: need))
        }
        if let red = terms.redLine {
            let redRun = monthsBelow(red, in: history)
            if redRun.count >= need {
                grounds.append(.consecutiveMonthsBelowRedLine(months: redRun.map(MonthAttainment.init), redLine: red))
            }
        }
        if let stagesNeeded = terms.consecutiveMissedStages {
            let missedRun = missedStages(in: history, contract: contract).compactMap { evidence -> String? in
                guard case .stageMissed(let name, _, _, _) = evidence else { return nil }
                return name
            }
            if missedRun.count >= stagesNeeded {
                grounds.append(.consecutiveStagesMissed(stages: missedRun))
            }
        }
        return TerminationCheck(grounds: grounds, warnings: warnings)
    }
}
