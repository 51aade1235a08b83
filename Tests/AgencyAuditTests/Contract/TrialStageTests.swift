import Foundation
import Testing

@testable import AuditContract
@testable import AuditMeasure
@testable import AuditRecords
@testable import AuditReport

/// 「前 1 个月为试运营期，若……，卖家有权无条件解约，只付 80% 服务费」: a trial stage's missed month pays
/// 80% of the base fee (or less, when another clause takes more), and the merchant may end the
/// contract at the trial's end.
@Suite struct TrialStageTests {
    static let contract = """
        {"store": {"name": "店"}, "fees": {"monthlyBase": 5000},
         "stages": [{"name": "试运营", "from": "2025-07", "to": "2025-07", "trial": {"payShare": 0.8}, "targets": {"orders": 100}},
                    {"name": "正式期", "from": "2025-08", "to": "2025-12", "targets": {"orders": 150}}],
         "termination": {"refunds": [{"ground": "trialMissed", "share": 1}]}}
        """

    static func standing(_ ym: String, _ attainment: Double, met: Bool, stage: String) -> TerminationCheck.MonthStanding
    {
        TerminationCheck.MonthStanding(
            month: YearMonth(ym)!, stageName: stage, overallAttainment: attainment, allTargetsMet: met,
            payable: Money(cents: 400_000), baseFee: Money(cents: 500_000))
    }

    /// Worked by hand, base fee 5,000: 95 of 100 orders in the trial month. Proportional 5% = ¥250.00;
    /// the trial term pays 80% = ¥1,000.00 off: the larger applies. 70 of 100: proportional 30% =
    /// ¥1,500.00 beats the trial's ¥1,000.00. 100 of 100: nothing off. In August (no trial): 5%.
    @Test func aMissedTrialMonthPaysItsShare() throws {
        let c = try ContractParser.parse(Data(Self.contract.utf8))
        let july = YearMonth("2025-07")!
        func settle(_ orders: Double, _ month: YearMonth) -> Settlement {
            let target = month == july ? 100.0 : 150.0
            return Settlement.compute(
                metrics: [MetricValue(key: .orders, actual: orders, actualExcludingSuspicious: orders, target: target)],
                contract: c, stage: c.stage(for: month))
        }
        #expect(settle(95, july).deduction == Money(cents: 100_000))
        #expect(settle(95, july).deductions.first?.basis == .trial(payShare: 0.8))
        #expect(
            DeductionWording.note(settle(95, july), in: .chinese).hasPrefix("试运营期有目标未达成，按约定只付基础服务费的 80%（另一条款"))
        #expect(settle(70, july).deduction == Money(cents: 150_000))
        #expect(settle(100, july).deduction == .zero)
        #expect(settle(142.5, YearMonth("2025-08")!).deduction == Money(cents: 25_000))
    }

    /// The trial clause holds from its missed month to the month after the trial, then was met earlier.
    @Test func theTrialClauseHoldsUntilTheMonthAfterTheTrial() throws {
        let c = try ContractParser.parse(Data(Self.contract.utf8))
        var h = [Self.standing("2025-07", 0.95, met: false, stage: "试运营")]
        func trial() -> TerminationCheck.ClauseStanding? {
            TerminationCheck.clauses(history: h, contract: c).first { $0.clause == .trialMissed(stage: "试运营") }
        }
        #expect(trial()?.status == .holds)
        // The refund the contract attaches: 100% of July's fees.
        #expect(trial()?.refund?.amount == Money(cents: 400_000))
        #expect(
            TerminationCheck.evaluate(history: h, contract: c, anomalies: []).grounds == [
                .trialMissed(stage: "试运营", months: [YearMonth("2025-07")!])
            ])
        h.append(Self.standing("2025-08", 1, met: true, stage: "正式期"))
        #expect(trial()?.status == .holds)
        h.append(Self.standing("2025-09", 1, met: true, stage: "正式期"))
        #expect(trial()?.status == .heldEarlier(until: YearMonth("2025-08")!))
        #expect(VerdictWording.clause(.trialMissed(stage: "试运营"), .chinese) == "试运营期「试运营」未达标")
    }

    @Test func aRefundOnTheTrialNeedsATrialStage() throws {
        let text = Self.contract.replacingOccurrences(of: "\"trial\": {\"payShare\": 0.8}, ", with: "")
        let error = try #require(throws: ContractError.self) { try ContractParser.parse(Data(text.utf8)) }
        #expect(error.path == "termination.refunds[0].ground")
        #expect(error.problem == .groundNotInContract(ground: "trialMissed"))
    }
}
