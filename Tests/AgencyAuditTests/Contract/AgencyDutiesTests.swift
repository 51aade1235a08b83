import Foundation
import Testing

@testable import AuditContract
@testable import AuditDiagnose
@testable import AuditRecords
@testable import AuditReport

/// The agency's duties a contract writes for 看执行: `service.firstResponseSeconds` (首次回复≤30 分钟)
/// and `agencyDuties.weeklyActivity` (每周至少报名 1 次平台活动).
@Suite struct AgencyDutiesTests {
    static func contract(_ extra: String) -> String {
        "{\"store\": {\"name\": \"店\"}, \"fees\": {\"monthlyBase\": 5000}, \(extra) "
            + "\"stages\": [{\"from\": \"2025-09\", \"to\": \"2025-09\", \"targets\": {}}]}"
    }

    @Test func theDutiesAreReadAndBecomeTheTermsOfTheAgencysWork() throws {
        let c = try ContractParser.parse(
            Data(
                Self.contract(
                    "\"service\": {\"perLateFirstResponse\": 50, \"firstResponseSeconds\": 1800}, \"agencyDuties\": {\"weeklyActivity\": true},"
                ).utf8))
        #expect(c.service.firstResponseSeconds == 1800)
        #expect(c.agencyDuties.weeklyActivity)
        let typed = [ManualFigure(metric: .lateFirstResponses, value: 3, source: "", line: 2)]
        let terms = AgencyWorkTerms(contract: c, manual: typed)
        #expect(
            terms
                == AgencyWorkTerms(
                    firstResponseSeconds: 1800, weeklyActivity: true, roiRedLine: nil, typedInLateReplies: 3))
        // Without them: no limit, no weekly duty.
        let plain = try ContractParser.parse(Data(Self.contract("").utf8))
        #expect(plain.service.firstResponseSeconds == nil && !plain.agencyDuties.weeklyActivity)
    }

    @Test func aDutyWrittenWrongNamesItsFieldAndTheSeedClause() throws {
        let notBoolean = try ContractParserTests.error(
            parsing: Self.contract("\"agencyDuties\": {\"weeklyActivity\": \"yes\"},"))
        #expect(notBoolean.path == "agencyDuties.weeklyActivity")
        #expect(notBoolean.problem == .expectedBoolean(found: .text("yes")))
        #expect(ContractErrorWording.sentence(notBoolean, in: .chinese).contains("每周至少报名 1 次平台活动"))
        let negative = try ContractParserTests.error(
            parsing: Self.contract("\"service\": {\"firstResponseSeconds\": -30},"))
        #expect(negative.path == "service.firstResponseSeconds")
        #expect(ContractErrorWording.sentence(negative, in: .chinese).contains("首次回复≤30 分钟"))
        let unknown = try ContractParserTests.error(parsing: Self.contract("\"agencyDuties\": {\"weekly\": true},"))
        #expect(unknown.path == "agencyDuties.weekly")
    }
}
