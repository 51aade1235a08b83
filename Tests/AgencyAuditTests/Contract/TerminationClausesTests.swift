import Foundation
import Testing

@testable import AuditContract
@testable import AuditMeasure
@testable import AuditRecords

/// Each termination clause over a history of months: its status (holds, held earlier, building,
/// clear) and the months, stages or findings behind it, and the verdict drawn from them.
@Suite struct TerminationClausesTests {
    static let first = "第1月 适应期", second = "第2-3月 增长期"

    static func contract(_ edit: (inout Contract) -> Void = { _ in }) throws -> Contract {
        var c = try ContractParser.parse(Data(ContractParserTests.example.utf8))
        edit(&c)
        return c
    }

    static func month(
        _ ym: String, _ attainment: Double?, met: Bool = false, judged: Bool = true, high: Int = 0, medium: Int = 0
    ) -> TerminationCheck.MonthStanding {
        let m = YearMonth(ym)!
        return TerminationCheck.MonthStanding(
            month: m, stageName: m.month == 7 ? first : second, overallAttainment: attainment, allTargetsMet: met,
            isJudged: judged, highFakeOrders: .init(groups: high, orders: high * 4),
            mediumFakeOrders: .init(groups: medium, orders: medium * 3))
    }

    static func standing(_ clauses: [TerminationCheck.ClauseStanding], _ clause: TerminationCheck.Clause) throws
        -> TerminationCheck.ClauseStanding
    {
        try #require(clauses.first { $0.clause == clause })
    }

    static func attained(_ ym: String, _ a: Double) -> TerminationCheck.Evidence {
        .month(.init(month: YearMonth(ym)!, attainment: a))
    }

    @Test func theClausesAreListedStrongestFirstAndOnlyThoseTheContractHas() throws {
        let all = TerminationCheck.clauses(
            history: [Self.month("2025-07", 0.9, met: true)], contract: try Self.contract())
        #expect(
            all.map(\.clause) == [
                .fakeOrders, .monthsBelowRedLine(redLine: 0.6, months: 2), .monthsBelow(threshold: 0.8, months: 2),
                .stagesMissed(stages: 2),
            ])
        let fewer = TerminationCheck.clauses(
            history: [Self.month("2025-07", 0.9)],
            contract: try Self.contract {
                $0.termination.redLine = nil
                $0.termination.consecutiveMissedStages = nil
            })
        #expect(fewer.map(\.clause) == [.fakeOrders, .monthsBelow(threshold: 0.8, months: 2)])
        #expect(all.allSatisfy { $0.status == .clear && $0.evidence.isEmpty })
    }

    @Test func monthsBelowTheLineBuildThenHoldThenAreHeldEarlier() throws {
        let c = try Self.contract()
        let below = TerminationCheck.Clause.monthsBelow(threshold: 0.8, months: 2)
        let h = [Self.month("2025-07", 0.7), Self.month("2025-08", 0.75), Self.month("2025-09", 0.95)]
        let one = try Self.standing(TerminationCheck.clauses(history: Array(h[..<1]), contract: c), below)
        #expect(one.status == .building(count: 1, needed: 2))
        #expect(one.evidence == [Self.attained("2025-07", 0.7)])
        let two = try Self.standing(TerminationCheck.clauses(history: Array(h[..<2]), contract: c), below)
        #expect(two.status == .holds)
        #expect(two.evidence == [Self.attained("2025-07", 0.7), Self.attained("2025-08", 0.75)])
        // The same months TerminationCheck.evaluate names as its ground.
        let check = TerminationCheck.evaluate(history: Array(h[..<2]), contract: c, anomalies: [])
        #expect(
            check.grounds.contains(
                .consecutiveMonthsBelow(
                    months: [
                        .init(month: YearMonth("2025-07")!, attainment: 0.7),
                        .init(month: YearMonth("2025-08")!, attainment: 0.75),
                    ], threshold: 0.8)))
        let after = try Self.standing(TerminationCheck.clauses(history: h, contract: c), below)
        #expect(after.status == .heldEarlier(until: YearMonth("2025-08")!))
        #expect(after.evidence == two.evidence)
    }

    @Test func aWithheldMonthOrAGapInTheMonthsEndsTheRun() throws {
        let c = try Self.contract()
        let below = TerminationCheck.Clause.monthsBelow(threshold: 0.8, months: 2)
        let withheld = [
            Self.month("2025-07", 0.7), Self.month("2025-08", nil, judged: false), Self.month("2025-09", 0.7),
        ]
        #expect(
            try Self.standing(TerminationCheck.clauses(history: withheld, contract: c), below).status
                == .building(count: 1, needed: 2))
        let gap = [Self.month("2025-07", 0.7), Self.month("2025-09", 0.7)]
        #expect(
            try Self.standing(TerminationCheck.clauses(history: gap, contract: c), below).status
                == .building(count: 1, needed: 2))
    }

    @Test func theRedLineIsItsOwnClause() throws {
        let h = [Self.month("2025-08", 0.5), Self.month("2025-09", 0.55)]
        let clauses = TerminationCheck.clauses(history: h, contract: try Self.contract())
        let red = try Self.standing(clauses, .monthsBelowRedLine(redLine: 0.6, months: 2))
        #expect(red.status == .holds)
        #expect(red.evidence == [Self.attained("2025-08", 0.5), Self.attained("2025-09", 0.55)])
    }

    @Test func missedStagesNameEachStageWithItsMonthsAndTheMonthsThatMissed() throws {
        let h = [Self.month("2025-07", 0.9), Self.month("2025-08", 1, met: true), Self.month("2025-09", 0.95)]
        let c = try Self.contract()
        let stages = try Self.standing(TerminationCheck.clauses(history: h, contract: c), .stagesMissed(stages: 2))
        #expect(stages.status == .holds)
        #expect(
            stages.evidence == [
                .stageMissed(
                    name: Self.first, from: YearMonth("2025-07")!, to: YearMonth("2025-07")!,
                    missedMonths: [YearMonth("2025-07")!]),
                .stageMissed(
                    name: Self.second, from: YearMonth("2025-08")!, to: YearMonth("2025-09")!,
                    missedMonths: [YearMonth("2025-09")!]),
            ])
        // Before the second stage ends only the first counts.
        let sofar = try Self.standing(
            TerminationCheck.clauses(history: Array(h[..<2]), contract: c), .stagesMissed(stages: 2))
        #expect(sofar.status == .building(count: 1, needed: 2))
        #expect(
            TerminationCheck.evaluate(history: h, contract: c, anomalies: []).grounds
                == [.consecutiveStagesMissed(stages: [Self.first, Self.second])])
    }

    @Test func highFakeOrdersStandWhateverTheMonthsAfter() throws {
        let h = [Self.month("2025-07", 0.9, high: 2), Self.month("2025-08", 1, met: true, medium: 1)]
        let fake = try Self.standing(TerminationCheck.clauses(history: h, contract: try Self.contract()), .fakeOrders)
        #expect(fake.status == .holds)
        #expect(fake.evidence == [.fakeOrders(month: YearMonth("2025-07")!, groups: 2, orders: 8)])
    }

    @Test func theVerdictTerminatesUnderTheStrongestGroundFirst() throws {
        let c = try Self.contract()
        let h = [Self.month("2025-07", 0.5, high: 1), Self.month("2025-08", 0.55)]
        let clauses = TerminationCheck.clauses(history: h, contract: c)
        let verdict = Verdict.decide(clauses: clauses, history: h, contract: c, lastMonthMetrics: [])
        guard case .terminate(let grounds) = verdict else {
            Issue.record("expected terminate, got \(verdict)")
            return
        }
        #expect(
            grounds.map(\.clause) == [
                .fakeOrders, .monthsBelowRedLine(redLine: 0.6, months: 2), .monthsBelow(threshold: 0.8, months: 2),
            ])
        #expect(verdict.clause == .fakeOrders)
        #expect(verdict.kind == .terminate)
        #expect(verdict.deadline == nil)
    }

    @Test func aMonthBelowTheLineOrMediumFakeOrdersDemandRectificationByTheDeadline() throws {
        let c = try Self.contract { $0.termination.rectificationDays = 10 }
        let metrics = [
            MetricValue(key: .orders, actual: 100, actualExcludingSuspicious: 100, target: 150),
            MetricValue(key: .gmv, actual: 90_000, actualExcludingSuspicious: 90_000, target: 80_000),
        ]
        let h = [Self.month("2025-08", 0.95, medium: 1), Self.month("2025-09", 0.7)]
        let verdict = Verdict.decide(
            clauses: TerminationCheck.clauses(history: h, contract: c), history: h, contract: c,
            lastMonthMetrics: metrics)
        #expect(
            verdict
                == .demandRectification(
                    items: [
                        .monthBelow(
                            month: YearMonth("2025-09")!, attainment: 0.7, threshold: 0.8, missedTargets: [metrics[0]]),
                        .fakeOrders(month: YearMonth("2025-08")!, groups: 1, orders: 3),
                    ],
                    deadline: CalendarDay(year: 2025, month: 10, day: 10)!))
        // The default: 15 days after the month's end.
        let byDefault = Verdict.decide(
            clauses: [], history: [Self.month("2025-02", 0.7)], contract: try Self.contract(), lastMonthMetrics: [])
        #expect(byDefault.deadline == CalendarDay(year: 2025, month: 3, day: 15))
    }

    @Test func nothingToActOnIsContinueAndAWithheldMonthIsNotBelowTheLine() throws {
        let c = try Self.contract()
        for h in [[Self.month("2025-09", 0.85)], [Self.month("2025-09", nil, judged: false)]] {
            let v = Verdict.decide(
                clauses: TerminationCheck.clauses(history: h, contract: c), history: h, contract: c,
                lastMonthMetrics: [])
            #expect(v == .continue)
        }
    }
}
