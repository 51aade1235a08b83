import AuditDetect
import AuditRecords

/// Whether the contract's termination terms are triggered, judged over the months audited so far.
public struct TerminationCheck: Sendable, Hashable {
    /// One month's standing, kept for the months after it.
    public struct MonthStanding: Sendable, Hashable {
        public var month: YearMonth
        public var stageName: String?
        public var overallAttainment: Double?
        public var allTargetsMet: Bool
        public init(month: YearMonth, stageName: String?, overallAttainment: Double?, allTargetsMet: Bool) {
            self.month = month
            self.stageName = stageName
            self.overallAttainment = overallAttainment
            self.allTargetsMet = allTargetsMet
        }
    }

    /// Grounds for terminating without liability, each one sentence with the figures.
    public var grounds: [String]
    /// Warnings that are not yet grounds (one month below the line).
    public var warnings: [String]

    public var mayTerminate: Bool { !grounds.isEmpty }

    /// - Parameter history: every audited month up to and including the current one, in order.
    public static func evaluate(history: [MonthStanding], contract: Contract, anomalies: [Anomaly]) -> TerminationCheck {
        var grounds: [String] = []
        var warnings: [String] = []
        let terms = contract.termination
        let fakeOrderRules = Detector.fakeOrderRuleIDs
        let fake = anomalies.filter { $0.severity == .high && fakeOrderRules.contains($0.rule) }
        if !fake.isEmpty {
            let n = Set(fake.flatMap(\.orderIDs)).count
            grounds.append("发现 \(fake.count) 组高度疑似刷单（共 \(n) 单）；刷单属违规，核实后可立即解约并追责")
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
            grounds.append("连续 \(below.count) 个月综合达成率低于 \(DisplayNumber.percent(terms.missBelow, decimals: 0))（"
                + below.map { "\($0.month) \(DisplayNumber.percent($0.overallAttainment ?? 0))" }.joined(separator: "，") + "）：可无责解约")
        } else if !below.isEmpty {
            warnings.append("本月综合达成率低于 \(DisplayNumber.percent(terms.missBelow, decimals: 0))；下月仍低于则满足连续 \(need) 个月的解约条件")
        }
        if let red = terms.redLine {
            let redRun = trailing { ($0.overallAttainment ?? 1) < red }
            if redRun.count >= need {
                grounds.append("连续 \(redRun.count) 个月综合达成率低于红线 \(DisplayNumber.percent(red, decimals: 0))")
            }
        }
        if let stagesNeeded = terms.consecutiveMissedStages {
            // A stage counts once its last month has been audited; it is missed if any of its months missed.
            var missedRun: [String] = []
            for stage in contract.stages.reversed() where stage.to <= current.month {
                let months = history.filter { $0.stageName == stage.name && stage.from <= $0.month && $0.month <= stage.to }
                guard !months.isEmpty else { break }
                if months.contains(where: { !$0.allTargetsMet }) { missedRun.insert(stage.name, at: 0) } else { break }
            }
            if missedRun.count >= stagesNeeded {
                grounds.append("连续 \(missedRun.count) 个阶段未达标（\(missedRun.joined(separator: "、"))）：可无责解约")
            }
        }
        return TerminationCheck(grounds: grounds, warnings: warnings)
    }
}
