import AuditContract
import AuditRecords

/// The wording of the termination terms' grounds and warnings: Chinese here, English in
/// `TerminationWording+English.swift`.
enum TerminationWording {
    /// One ground, with its figures.
    static func sentence(_ ground: TerminationCheck.Ground, in language: Language) -> String {
        switch language {
        case .chinese: return chinese(ground)
        case .english: return english(ground)
        }
    }

    /// One warning.
    static func sentence(_ warning: TerminationCheck.Warning, in language: Language) -> String {
        switch language {
        case .chinese: return chinese(warning)
        case .english: return english(warning)
        }
    }

    static func chinese(_ ground: TerminationCheck.Ground) -> String {
        switch ground {
        case .fakeOrders(let groups, let orders):
            return "发现 \(groups) 组高度疑似刷单（共 \(orders) 单）；刷单属违规，核实后可立即解约并追责"
        case .trialMissed(let stage, let months):
            return "试运营期「\(stage)」有 \(months.map(\.description).joined(separator: "、")) 未达标：试运营期满可无条件解约"
        case .consecutiveMonthsBelow(let months, let threshold):
            return "连续 \(months.count) 个月综合达成率低于 \(DisplayNumber.percent(threshold, decimals: 0))（"
                + months.map { "\($0.month) \(DisplayNumber.percent($0.attainment ?? 0))" }.joined(separator: "，")
                + "）：可无责解约"
        case .consecutiveMonthsBelowRedLine(let months, let redLine):
            return "连续 \(months.count) 个月综合达成率低于红线 \(DisplayNumber.percent(redLine, decimals: 0))"
        case .consecutiveStagesMissed(let stages):
            return "连续 \(stages.count) 个阶段未达标（\(stages.joined(separator: "、"))）：可无责解约"
        }
    }

    static func chinese(_ warning: TerminationCheck.Warning) -> String {
        switch warning {
        case .monthsBelow(_, let threshold, let monthsNeeded):
            return "本月综合达成率低于 \(DisplayNumber.percent(threshold, decimals: 0))；下月仍低于则满足连续 \(monthsNeeded) 个月的解约条件"
        }
    }
}
