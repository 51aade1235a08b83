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
        public init(
            month: YearMonth, stageName: String?, overallAttainment: Double?, allTargetsMet: Bool,
            isJudged: Bool = true
        ) {
            self.month = month
            self.stageName = stageName
            self.overallAttainment = overallAttainment
            self.allTargetsMet = allTargetsMet
            self.isJudged = isJudged
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
        guard let current = history.last else { return TerminationCheck(grounds: grounds, warnings: warnings) }

        func trailing(_ predicate: (MonthStanding) -> Bool) -> [MonthStanding] {
            var run: [MonthStanding] = []
            var expected = current.month
            for s in history.reversed() {
                guard s.month == expected, predicate(s) else { break }
                run.insert(s, at: 0)
                expected = expected.previous
            }
            return run
        }
        let need = terms.consecutiveMonthsBelow
        let below = trailing { ($0.overallAttainment ?? 1) < terms.missBelow }
        if below.count >= need {
            grounds.append(.consecutiveMonthsBelow(months: below.map(MonthAttainment.init), threshold: terms.missBelow))
        } else if !below.isEmpty {
            warnings.append(
                .monthsBelow(months: below.map(MonthAttainment.init), threshold: terms.missBelow, monthsNeeded: need))
        }
        if let red = terms.redLine {
            let redRun = trailing { ($0.overallAttainment ?? 1) < red }
            if redRun.count >= need {
                grounds.append(.consecutiveMonthsBelowRedLine(months: redRun.map(MonthAttainment.init), redLine: red))
            }
        }
        if let stagesNeeded = terms.consecutiveMissedStages {
            // A stage counts once its last month has been audited; it is missed if any of its months missed.
            var missedRun: [String] = []
            for stage in contract.stages.reversed() where stage.to <= current.month {
                let months = history.filter {
                    $0.stageName == stage.name && stage.from <= $0.month && $0.month <= stage.to
                }
                guard !months.isEmpty else { break }
                // Missed when a judged month missed; a stage with only met or unjudged months is not.
                if months.contains(where: { $0.isJudged && !$0.allTargetsMet }) {
                    missedRun.insert(stage.name, at: 0)
                } else {
                    break
                }
            }
            if missedRun.count >= stagesNeeded {
                grounds.append(.consecutiveStagesMissed(stages: missedRun))
            }
        }
        return TerminationCheck(grounds: grounds, warnings: warnings)
    }
}
