import AuditContract
import AuditRecords

extension TerminationWording {
    static func english(_ ground: TerminationCheck.Ground) -> String {
        switch ground {
        case .fakeOrders(let groups, let orders):
            return
                "\(English.count(groups, "group", "groups")) of highly suspected fake orders found (\(English.count(orders, "order", "orders")) in all); fake orders breach "
                + "the contract: once verified, the contract can be terminated at once and the agency held liable"
        case .trialMissed(let stage, let months):
            return "the trial stage “\(stage)” missed targets in \(months.map(\.description).joined(separator: ", ")): "
                + "the contract can be ended without conditions at the trial's end"
        case .consecutiveMonthsBelow(let months, let threshold):
            return "overall attainment below \(DisplayNumber.percent(threshold, decimals: 0)) for \(months.count) "
                + "consecutive months ("
                + months.map { "\($0.month) \(DisplayNumber.percent($0.attainment ?? 0))" }.joined(separator: ", ")
                + "): the contract can be terminated without liability"
        case .consecutiveMonthsBelowRedLine(let months, let redLine):
            return "overall attainment below the red line of \(DisplayNumber.percent(redLine, decimals: 0)) for "
                + "\(months.count) consecutive months"
        case .consecutiveStagesMissed(let stages):
            return "targets missed in \(stages.count) consecutive stages (\(stages.joined(separator: ", "))): "
                + "the contract can be terminated without liability"
        }
    }

    static func english(_ warning: TerminationCheck.Warning) -> String {
        switch warning {
        case .monthsBelow(_, let threshold, let monthsNeeded):
            let line = DisplayNumber.percent(threshold, decimals: 0)
            return "overall attainment this month is below \(line); if next month's is below it too, the ground of "
                + "\(monthsNeeded) consecutive months below \(line) for terminating the contract is met"
        }
    }
}
