import Foundation
import Testing

@testable import AgencyAudit
@testable import AuditContract
@testable import AuditMeasure
@testable import AuditRecords

@Suite struct SettlementTests {
    @Test func targetsWithoutDataWithholdTheSettlement() throws {
        let c = try ContractParser.parse(Data(ContractParserTests.example.utf8))
        let metrics = [
            MetricValue(key: .orders, actual: nil, actualExcludingSuspicious: nil, target: 150),
            MetricValue(key: .gmv, actual: 1, actualExcludingSuspicious: 1, target: 10),
            MetricValue(key: .visitors, actual: nil, actualExcludingSuspicious: nil, target: 1000),
            MetricValue(key: .adROI, actual: nil, actualExcludingSuspicious: nil),
        ]
        let s = Settlement.compute(metrics: metrics, contract: c)
        // Only targets count: adROI has no target, gmv has its figure.
        #expect(s.withheld == [.unmeasuredTargets(metrics: [.orders, .visitors])])
        #expect(s.payable == nil)
        #expect(s.baseFee == c.fees.monthlyBase)
    }
}
