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

    /// Commission is paid on sales without the suspected fake orders; what those orders would have
    /// added is kept as a figure of its own (the period's "commission not paid on suspected fakes").
    @Test func theCommissionTheSuspectedFakeOrdersWouldAddIsKept() throws {
        let c = try ContractParser.parse(Data(ContractParserTests.example.utf8))
        let metrics = [MetricValue(key: .gmv, actual: 150_000, actualExcludingSuspicious: 120_000, target: 80_000)]
        let s = Settlement.compute(metrics: metrics, contract: c)
        #expect(s.commissionBase == Money(yuan: 120_000))
        #expect(s.commission == Money(yuan: 3000 + 1000))
        #expect(s.salesIncludingSuspected == Money(yuan: 150_000))
        #expect(s.commissionOnSuspected == Money(yuan: (3000 + 2500) - (3000 + 1000)))
        let withheld = Settlement.withheld([.noUsableExport], contract: c)
        #expect(withheld.commissionOnSuspected == .zero)
    }
}
