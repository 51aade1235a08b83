import Foundation
import Testing

@testable import AuditContract
@testable import AuditMeasure
@testable import AuditRecords
@testable import AuditReport

/// 「连续 2 个月未达 80% 目标，甲方可无责解约，退还 50% 服务费」: the refund is a share of the fees of
/// the months the ground names, carried by the ground into the verdict and its wording.
@Suite struct RefundClauseTests {
    static func contract(refunds: String) throws -> Contract {
        let text = ContractParserTests.example.replacingOccurrences(
            of: "\"missBelow\": 0.8}", with: "\"missBelow\": 0.8, \"refunds\": \(refunds)}")
        return try ContractParser.parse(Data(text.utf8))
    }

    static func month(_ ym: String, _ attainment: Double, payable: Int?, judged: Bool = true)
        -> TerminationCheck.MonthStanding
    {
        TerminationCheck.MonthStanding(
            month: YearMonth(ym)!, stageName: "第2-3月 增长期", overallAttainment: judged ? attainment : nil,
            allTargetsMet: false, isJudged: judged, payable: payable.map { Money(yuan: $0) },
            baseFee: Money(yuan: 5000))
    }

    /// Worked by hand: July 90% (paid ¥9,000.00), August 75% (paid ¥6,250.00 + ¥3,000.00 commission =
    /// ¥9,250.00), September 70% (paid ¥8,500.00). Two months in a row below 80% (August and
    /// September) hold the clause; the refund is 50% of August's and September's fees:
    /// (9,250 + 8,500) × 0.5 = ¥8,875.00. July is not named. On the base fee instead: (5,000 + 5,000)
    /// × 0.5 = ¥5,000.00.
    @Test func theRefundIsAShareOfTheFeesOfTheMonthsTheGroundNames() throws {
        let c = try Self.contract(refunds: "[{\"ground\": \"monthsBelow\", \"share\": 0.5}]")
        let h = [
            Self.month("2025-07", 0.9, payable: 9000), Self.month("2025-08", 0.75, payable: 9250),
            Self.month("2025-09", 0.7, payable: 8500),
        ]
        let clauses = TerminationCheck.clauses(history: h, contract: c)
        let below = try #require(clauses.first { $0.clause == .monthsBelow(threshold: 0.8, months: 2) })
        #expect(below.status == .holds)
        let refund = try #require(below.refund)
        #expect(refund.months.map(\.month.description) == ["2025-08", "2025-09"])
        #expect(refund.fees == Money(yuan: 17_750))
        #expect(refund.amount == Money(yuan: 8875))
        // The red line (60%) is not met and carries no refund; the verdict takes the refund along.
        #expect(clauses.filter { $0.clause != below.clause }.allSatisfy { $0.refund == nil })
        let verdict = Verdict.decide(clauses: clauses, history: h, contract: c, lastMonthMetrics: [])
        #expect(verdict.refund == refund)
        #expect(
            RefundWording.line(verdict, .chinese)
                == "依合同「连续 2 个月综合达成率低于 80%」条款的退款约定：退还 2025-08、2025-09 服务费（¥9,250.00 + ¥8,500.00 = ¥17,750.00）的 50%，即 ¥8,875.00。"
        )
        #expect(
            RefundWording.line(verdict, .english)
                == "Under the refund term of the contract's clause “Overall attainment below 80% for 2 months in a row”: a refund of 50% of the fees of 2025-08, 2025-09 (¥9,250.00 + ¥8,500.00 = ¥17,750.00): ¥8,875.00."
        )
        let message = VerdictWording.message(
            verdict, storeName: "店", agencyName: "托管", from: YearMonth("2025-07")!, to: YearMonth("2025-09")!,
            .chinese)
        #expect(message.contains("即 ¥8,875.00。请于解约后按约退还。"))
        #expect(!message.contains("合同未写明解约时的退款条款"))

        let onBase = try Self.contract(refunds: "[{\"ground\": \"monthsBelow\", \"share\": 0.5, \"of\": \"baseFee\"}]")
        let base = TerminationCheck.clauses(history: h, contract: onBase).compactMap(\.refund)
        #expect(base.map(\.amount) == [Money(yuan: 5000)])
    }

    /// A month named but not settled is listed apart and left out of the sum; without a refund
    /// term the verdict says the contract writes none.
    @Test func anUnsettledMonthIsNotCounted() throws {
        let c = try Self.contract(refunds: "[{\"ground\": \"stagesMissed\", \"share\": 0.3}]")
        var h = [Self.month("2025-07", 0.7, payable: 4000), Self.month("2025-08", 0.9, payable: 6000)]
        h[0].stageName = "第1月 适应期"
        h.append(Self.month("2025-09", 0.9, payable: nil, judged: false))
        // Stage 1 (July) missed, stage 2 (August missed, September withheld) missed: two in a row.
        let clauses = TerminationCheck.clauses(history: h, contract: c)
        let stages = try #require(clauses.first { $0.clause == .stagesMissed(stages: 2) })
        #expect(stages.status == .holds)
        let refund = try #require(stages.refund)
        #expect(refund.months.map(\.fee) == [Money(yuan: 4000), Money(yuan: 6000), nil])
        #expect(refund.unsettledMonths == [YearMonth("2025-09")!])
        // (4,000 + 6,000) × 30% = ¥3,000.00.
        #expect(refund.amount == Money(yuan: 3000))
        #expect(RefundWording.amount(refund, .chinese).hasSuffix("即 ¥3,000.00（2025-09 未结算，其服务费未计入；结算后应退金额随之增加）"))

        let none = try Self.contract(refunds: "[]")
        let verdict = Verdict.decide(
            clauses: TerminationCheck.clauses(history: h, contract: none), history: h, contract: none,
            lastMonthMetrics: [])
        #expect(verdict.kind == .terminate)
        #expect(verdict.refund == nil)
        #expect(RefundWording.line(verdict, .chinese).hasPrefix("合同未写明解约时的退款条款"))
    }

    @Test(arguments: [
        (
            "[{\"ground\": \"monthsBelw\", \"share\": 0.5}]",
            "contract.json: termination.refunds[0].ground: 未知取值 \"monthsBelw\"（可用：fakeOrders, trialMissed, monthsBelowRedLine, monthsBelow, stagesMissed）（第 11 行）"
        ),
        (
            "[{\"ground\": \"monthsBelow\", \"share\": 50}]",
            "contract.json: termination.refunds[0].share: 应为 0 到 1 之间的比例（50% 写作 0.5），实际是 50（第 11 行）"
        ),
        (
            "[{\"ground\": \"monthsBelow\", \"share\": 0.5}, {\"ground\": \"monthsBelow\", \"share\": 0.3}]",
            "contract.json: termination.refunds[1].ground: 与同一列表的第 1 项重复：每条解约条款只能约定一次退款（第 11 行）"
        ),
        (
            "{\"ground\": \"monthsBelow\"}",
            "contract.json: termination.refunds: 应为列表 […]，实际是对象 {…}（第 11 行）"
        ),
    ])
    func wrongRefundsNameTheirPathAndSeedClause(refunds: String, message: String) throws {
        let error = try #require(throws: ContractError.self) { try Self.contract(refunds: refunds) }
        #expect(
            ContractErrorWording.sentence(error, in: .chinese)
                == message + "。对应合同条款「连续 2 个月未达 80% 目标，甲方可无责解约，退还 50% 服务费」")
    }

    @Test func aRefundOnASwitchedOffGroundIsAnError() throws {
        let text = ContractParserTests.example.replacingOccurrences(
            of: "\"missBelow\": 0.8}",
            with:
                "\"missBelow\": 0.8, \"redLine\": null, \"refunds\": [{\"ground\": \"monthsBelowRedLine\", \"share\": 1}]}"
        )
        let error = try #require(throws: ContractError.self) { try ContractParser.parse(Data(text.utf8)) }
        #expect(error.path == "termination.refunds[0].ground")
        #expect(error.problem == .groundNotInContract(ground: "monthsBelowRedLine"))
    }

    /// Terminating on a ground without a refund, when the contract writes one for another clause:
    /// the line names the clause it is written for, and that it is not met.
    @Test func aRefundOnAnotherClauseIsNamedAsNotMet() throws {
        let c = try Self.contract(refunds: "[{\"ground\": \"monthsBelow\", \"share\": 0.5}]")
        var h = [Self.month("2025-08", 0.95, payable: 9000)]
        h[0].highFakeOrders = .init(groups: 1, orders: 5)
        let clauses = TerminationCheck.clauses(history: h, contract: c)
        #expect(clauses.first { $0.clause == .monthsBelow(threshold: 0.8, months: 2) }?.refundTerm?.share == 0.5)
        let verdict = Verdict.decide(clauses: clauses, history: h, contract: c, lastMonthMetrics: [])
        #expect(verdict.clause == .fakeOrders && verdict.refund == nil)
        #expect(
            RefundWording.line(verdict, clauses: clauses, .chinese)
                == "合同只约定了以下条款的退款：「连续 2 个月综合达成率低于 80%」时退还 50%，均未满足；本次解约所依据的条款没有退款约定：已付服务费如何退还，需双方协商。")
        EveryMessageInBothLanguagesTests.check("refund not met") { RefundWording.line(verdict, clauses: clauses, $0) }
        #expect(RefundWording.term(c.termination.refunds[0], .chinese) == "（退还 50% 服务费）")
    }
}
