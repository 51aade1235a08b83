import Testing

@testable import AuditContract
@testable import AuditRecords
@testable import AuditReport

@Suite struct TerminationWordingTests {
    static func months(_ pairs: [(String, Double?)]) -> [TerminationCheck.MonthAttainment] {
        pairs.map { TerminationCheck.MonthAttainment(month: YearMonth($0.0)!, attainment: $0.1) }
    }

    static let grounds: [(TerminationCheck.Ground, String)] = [
        (.fakeOrders(groups: 2, orders: 4), "发现 2 组高度疑似刷单（共 4 单）；刷单属违规，核实后可立即解约并追责"),
        (
            .consecutiveMonthsBelow(months: months([("2025-08", 0.7), ("2025-09", 0.75)]), threshold: 0.8),
            "连续 2 个月综合达成率低于 80%（2025-08 70.0%，2025-09 75.0%）：可无责解约"
        ),
        (
            .consecutiveMonthsBelow(
                months: months([("2025-07", 0.5), ("2025-08", 0.55), ("2025-09", nil)]), threshold: 0.8),
            "连续 3 个月综合达成率低于 80%（2025-07 50.0%，2025-08 55.0%，2025-09 0.0%）：可无责解约"
        ),
        (
            .consecutiveMonthsBelowRedLine(
                months: months([("2025-07", 0.5), ("2025-08", 0.55), ("2025-09", 0.5)]), redLine: 0.6),
            "连续 3 个月综合达成率低于红线 60%"
        ),
        (.consecutiveStagesMissed(stages: ["第1月 适应期", "第2-3月 增长期"]), "连续 2 个阶段未达标（第1月 适应期、第2-3月 增长期）：可无责解约"),
    ]

    @Test(arguments: grounds)
    func ground(ground: TerminationCheck.Ground, sentence: String) {
        #expect(TerminationWording.sentence(ground, in: .chinese) == sentence)
    }

    @Test func warning() {
        let w = TerminationCheck.Warning.monthsBelow(
            months: Self.months([("2025-09", 0.75)]), threshold: 0.8, monthsNeeded: 2)
        #expect(TerminationWording.sentence(w, in: .chinese) == "本月综合达成率低于 80%；下月仍低于则满足连续 2 个月的解约条件")
    }
}
