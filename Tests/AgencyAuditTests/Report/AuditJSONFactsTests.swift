import Testing

@testable import AuditContract
@testable import AuditDiagnose
@testable import AuditRecords
@testable import AuditReport

@Suite struct AuditJSONFactsTests {
    @Test func aReasonIsAnObjectNamedByItsKindWithItsFiguresAsNumbers() {
        let fact = AuditJSON().fact(
            TargetFinding.Reason.ordersChanged(ordersChange: 0.08, visitorsChange: -0.0214, conversionChange: 1.0 / 3))
        #expect(
            fact.rendered() == """
                {
                  "kind": "ordersChanged",
                  "ordersChange": 0.08,
                  "visitorsChange": -0.0214,
                  "conversionChange": 0.333333
                }
                """)
    }

    @Test func aGroundListsItsMonthsAndMoneyIsInYuan() {
        let ground = TerminationCheck.Ground.consecutiveMonthsBelow(
            months: [
                .init(month: YearMonth("2025-08")!, attainment: 0.7),
                .init(month: YearMonth("2025-09")!, attainment: nil),
            ], threshold: 0.8)
        #expect(
            AuditJSON().fact(ground).rendered() == """
                {
                  "kind": "consecutiveMonthsBelow",
                  "months": [
                    {
                      "month": "2025-08",
                      "attainment": 0.7
                    },
                    {
                      "month": "2025-09",
                      "attainment": null
                    }
                  ],
                  "threshold": 0.8
                }
                """)
        let price = ThreeStepDiagnosis.CooperationFinding.unitPriceChanged(
            item: "连衣裙", lowest: Money(cents: 9990), lowestOn: CalendarDay(year: 2025, month: 9, day: 1)!,
            highest: Money(yuan: 120), highestOn: CalendarDay(year: 2025, month: 9, day: 2)!, change: 120 / 99.9 - 1)
        #expect(
            AuditJSON().fact(price).rendered() == """
                {
                  "kind": "unitPriceChanged",
                  "item": "连衣裙",
                  "lowest": 99.9,
                  "lowestOn": "2025-09-01",
                  "highest": 120,
                  "highestOn": "2025-09-02",
                  "change": 0.201201
                }
                """)
    }
}

extension AuditJSONFactsTests {
    @Test func customerServiceIsItsFiguresThePeerRowTheVerdictsAndTheFiles() {
        let check = CustomerServiceCheck(
            store: .init(firstResponseSeconds: 95, averageResponseSeconds: 155, inquiryConversion: 0.147),
            peer: .init(firstResponseSeconds: 22, averageResponseSeconds: nil, inquiryConversion: 0.24),
            limitSeconds: 30,
            files: ["exports/2025-08/cs.xlsx"])
        #expect(
            AuditJSON().fact(ThreeStepDiagnosis.ExecutionFinding.customerService(check)).rendered() == """
                {
                  "kind": "customerService",
                  "store": {"firstResponseSeconds": 95, "averageResponseSeconds": 155, "inquiryConversion": 0.147},
                  "peerAverage": {"firstResponseSeconds": 22, "averageResponseSeconds": null, "inquiryConversion": 0.24},
                  "limitSeconds": 30,
                  "overLimit": true,
                  "slowerThanPeer": true,
                  "lowerConversionThanPeer": true,
                  "files": ["exports/2025-08/cs.xlsx"]
                }
                """)
    }
}
