@testable import AgencyAudit
@testable import AuditContract
@testable import AuditMeasure
@testable import AuditRecords
import Foundation
import Testing

@Suite struct ContractParserTests {
    static let example = """
    {
      "store": {"name": "示例女装旗舰店", "platform": "taobao"},
      "agency": {"name": "某某电商托管"},
      "fees": {"monthlyBase": 5000, "commissionTiers": [{"upTo": 100000, "rate": 0.03}, {"rate": 0.05}]},
      "limits": {"dailyAdSpend": 500, "roiRedLine": 1.5, "roiRedLineDays": 3},
      "stages": [
        {"name": "第1月 适应期", "from": "2025-07", "to": "2025-07", "targets": {"searchVisitorsPerDay": 500, "orders": 50}},
        {"name": "第2-3月 增长期", "from": "2025-08", "to": "2025-09",
         "targets": {"naturalTrafficShare": 0.4, "orders": 150, "gmv": 80000, "adROI": 4.0}}
      ],
      "termination": {"consecutiveMissedStages": 2, "missBelow": 0.8}
    }
    """

    @Test func theDocumentedExampleParses() throws {
        let c = try ContractParser.parse(Data(Self.example.utf8))
        #expect(c.storeName == "示例女装旗舰店")
        #expect(c.fees.monthlyBase == Money(yuan: 5000))
        #expect(c.fees.commissionTiers.count == 2)
        #expect(c.limits.dailyAdSpend == Money(yuan: 500))
        #expect(c.stages.count == 2)
        #expect(c.stage(for: YearMonth("2025-09")!)?.name == "第2-3月 增长期")
        #expect(c.stage(for: YearMonth("2025-10")!) == nil)
        #expect(c.stages[1].targets.map(\.metric) == [.orders, .gmv, .naturalTrafficShare, .adROI])
        #expect(c.termination.missBelow == 0.8)
    }

    @Test(arguments: [
        ("\"orders\": 150", "\"orderz\": 150", "contract.json: stages[1].targets.orderz: unknown metric (known: orders, gmv,"),
        ("\"from\": \"2025-08\"", "\"from\": \"2025-07\"", "contract.json: stages[1]: overlaps stages[0]"),
        ("\"rate\": 0.03", "\"rate\": 3", "contract.json: fees.commissionTiers[0].rate: expected a share between 0 and 1"),
        ("\"monthlyBase\": 5000", "\"monthlyBase\": \"5000\"", "contract.json: fees.monthlyBase: expected a number"),
        ("\"monthlyBase\": 5000", "\"monthlyBase\": true", "contract.json: fees.monthlyBase: expected a number"),
        ("\"monthlyBase\": 5000", "\"monthlyBase\": 1e30", "contract.json: fees.monthlyBase: is too large"),
        ("\"to\": \"2025-09\"", "\"to\": \"2025-9x\"", "contract.json: stages[1].to: expected a month like \"2025-07\""),
        ("\"agency\"", "\"agencyy\"", "contract.json: agencyy: unknown field"),
        ("\"naturalTrafficShare\": 0.4", "\"naturalTrafficShare\": 40", "contract.json: stages[1].targets.naturalTrafficShare: expected a share"),
    ])
    func wrongFieldsNameTheirPath(original: String, replacement: String, message: String) {
        let broken = Self.example.replacingOccurrences(of: original, with: replacement)
        #expect(broken != Self.example)
        do {
            _ = try ContractParser.parse(Data(broken.utf8))
            Issue.record("expected an error for \(replacement)")
        } catch {
            #expect(error.description.hasPrefix(message), "\(error.description)")
        }
    }

    @Test func invalidJSONIsReported() {
        #expect(throws: ContractError.self) { try ContractParser.parse(Data("{\"store\": ".utf8)) }
    }

    @Test func settlementDeductsInProportionAndComputesTieredCommission() throws {
        let c = try ContractParser.parse(Data(Self.example.utf8))
        let metrics = [
            MetricValue(key: .orders, actual: 120, actualExcludingSuspicious: 120, target: 150),   // 80%
            MetricValue(key: .gmv, actual: 150_000, actualExcludingSuspicious: 150_000, target: 80000), // capped at 100%
        ]
        let s = Settlement.compute(metrics: metrics, contract: c)
        #expect(abs(s.overallAttainment! - 0.9) < 1e-12)
        #expect(s.deduction == Money(yuan: 500))
        #expect(s.commission == Money(yuan: 3000 + 2500))
        #expect(s.payable == Money(yuan: 5000 - 500 + 5500))
    }

    @Test func twoMonthsBelowTheLineAllowTermination() throws {
        let c = try ContractParser.parse(Data(Self.example.utf8))
        let history = [
            TerminationCheck.MonthStanding(month: YearMonth("2025-08")!, stageName: "第2-3月 增长期", overallAttainment: 0.7, allTargetsMet: false),
            TerminationCheck.MonthStanding(month: YearMonth("2025-09")!, stageName: "第2-3月 增长期", overallAttainment: 0.75, allTargetsMet: false),
        ]
        let check = TerminationCheck.evaluate(history: history, contract: c, anomalies: [])
        #expect(check.mayTerminate)
        #expect(check.grounds == [.consecutiveMonthsBelow(months: history.map { .init(month: $0.month, attainment: $0.overallAttainment) },
                                                          threshold: c.termination.missBelow)])
        let oneMonth = TerminationCheck.evaluate(history: [history[1]], contract: c, anomalies: [])
        #expect(!oneMonth.mayTerminate)
        #expect(oneMonth.warnings.count == 1)
    }
}
