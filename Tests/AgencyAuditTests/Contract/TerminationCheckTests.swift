import Foundation
import Testing

@testable import AgencyAudit
@testable import AuditContract
@testable import AuditDetect
@testable import AuditRecords

@Suite struct TerminationCheckTests {
    typealias S = DiagnosisScenarios
    static let first = "第1月 适应期", second = "第2-3月 增长期"

    /// The documented contract: below 80% in 2 months running, the 60% red line by default, 2 stages missed.
    static func contract() throws -> Contract { try ContractParser.parse(Data(ContractParserTests.example.utf8)) }

    static func standing(_ ym: String, _ stage: String, _ attainment: Double?) -> TerminationCheck.MonthStanding {
        TerminationCheck.MonthStanding(
            month: YearMonth(ym)!, stageName: stage, overallAttainment: attainment, allTargetsMet: false)
    }

    static func attainments(_ history: [TerminationCheck.MonthStanding]) -> [TerminationCheck.MonthAttainment] {
        history.map { TerminationCheck.MonthAttainment(month: $0.month, attainment: $0.overallAttainment) }
    }

    @Test func highFakeOrderGroupsAreAGroundOfTheirOwn() throws {
        let anomalies = [
            S.anomaly(.sameAddressCluster, .high, days: [], orders: ["a", "b", "c"]),
            S.anomaly(.samePhoneCluster, .high, days: [], orders: ["c", "d"]),
            S.anomaly(.sequentialAccounts, .medium, days: [], orders: ["e"]),
            S.anomaly(.spendOverLimit, .high, days: [S.day("2025-09", 1)]),
        ]
        let history = [Self.standing("2025-08", Self.second, 0.7), Self.standing("2025-09", Self.second, 0.75)]
        let check = TerminationCheck.evaluate(history: history, contract: try Self.contract(), anomalies: anomalies)
        // Two high groups of a fake-order rule, sharing order c; the medium group and the spend rule do not count.
        #expect(
            check.grounds == [
                .fakeOrders(groups: 2, orders: 4),
                .consecutiveMonthsBelow(months: Self.attainments(history), threshold: 0.8),
            ])
        #expect(check.warnings.isEmpty)
    }

    @Test func monthsUnderTheRedLineAndMissedStagesAreGroundsToo() throws {
        let history = [
            Self.standing("2025-07", Self.first, 0.5), Self.standing("2025-08", Self.second, 0.55),
            Self.standing("2025-09", Self.second, 0.5),
        ]
        let check = TerminationCheck.evaluate(history: history, contract: try Self.contract(), anomalies: [])
        #expect(
            check.grounds == [
                .consecutiveMonthsBelow(months: Self.attainments(history), threshold: 0.8),
                .consecutiveMonthsBelowRedLine(months: Self.attainments(history), redLine: 0.6),
                .consecutiveStagesMissed(stages: [Self.first, Self.second]),
            ])
    }

    @Test func oneMonthBelowIsAWarning() throws {
        let history = [Self.standing("2025-08", Self.second, 0.9), Self.standing("2025-09", Self.second, 0.75)]
        let check = TerminationCheck.evaluate(history: history, contract: try Self.contract(), anomalies: [])
        #expect(check.grounds.isEmpty)
        #expect(!check.mayTerminate)
        #expect(
            check.warnings == [.monthsBelow(months: Self.attainments([history[1]]), threshold: 0.8, monthsNeeded: 2)])
    }

    @Test func aMonthWithoutMeasurableTargetsBreaksTheRun() throws {
        let history = [Self.standing("2025-08", Self.second, 0.7), Self.standing("2025-09", Self.second, nil)]
        let check = TerminationCheck.evaluate(history: history, contract: try Self.contract(), anomalies: [])
        #expect(check.grounds.isEmpty)
        #expect(check.warnings.isEmpty)
    }
}
