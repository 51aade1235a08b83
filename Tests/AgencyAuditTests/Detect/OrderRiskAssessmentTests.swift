import AuditDetect
import AuditRecords
import Testing

/// Per-order risk: each order once, at the highest severity naming it, raised when two rules agree.
@Suite struct OrderRiskAssessmentTests {
    static func finding(_ rule: RuleID, _ severity: Severity, _ orders: [String]) -> Anomaly {
        Anomaly(rule: rule, severity: severity, dates: [], orderIDs: orders)
    }

    @Test func eachOrderOnceAtItsHighestSeverityWithItsFindings() {
        let anomalies = [
            Self.finding(.sameAddressCluster, .high, ["A", "B"]),
            Self.finding(.sameAddressCluster, .low, ["C"]),
            Self.finding(.sameAddressCluster, .medium, ["B", "D"]),
        ]
        let risks = OrderRiskAssessment.assess(anomalies)
        #expect(risks.map(\.orderID) == ["A", "B", "D", "C"])
        #expect(risks.map(\.level) == [.high, .high, .medium, .low])
        #expect(risks.first { $0.orderID == "B" }?.findings == [0, 2])
        // Two findings of one rule are not two rules agreeing.
        #expect(risks.allSatisfy { !$0.corroborated })
    }

    @Test(arguments: [(Severity.low, Severity.medium), (.medium, .high), (.high, .high)])
    func twoRulesAgreeingRaiseTheLevelOneStep(highest: Severity, expected: Severity) {
        let anomalies = [
            Self.finding(.sameAddressCluster, highest, ["A"]), Self.finding(.sequentialAccounts, .low, ["A"]),
        ]
        let risk = OrderRiskAssessment.assess(anomalies)[0]
        #expect(risk.level == expected)
        #expect(risk.corroborated)
        #expect(risk.rules(in: anomalies) == [.sameAddressCluster, .sequentialAccounts])
    }

    @Test func searchBrushingNamingTheSameOrdersIsNoSecondRule() {
        let anomalies = [
            Self.finding(.sameAddressCluster, .medium, ["A"]), Self.finding(.searchBrushing, .high, ["A"]),
        ]
        let risk = OrderRiskAssessment.assess(anomalies)[0]
        // Its own severity still counts; it only does not raise the level as corroboration.
        #expect(risk.level == .high && !risk.corroborated)
        #expect(OrderRiskAssessment.assess([Self.finding(.trafficSourceSurge, .high, [])]).isEmpty)
    }
}
