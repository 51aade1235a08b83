import AuditRecords

/// Gathers the month's findings per order: each order named by any finding once, with its level
/// and the findings behind it (as Shopify's fraud analysis lists an order's indicators).
public enum OrderRiskAssessment {
    /// Orders named by `anomalies` (in report order), most risky first, then by order id.
    ///
    /// An order's level is the highest severity of the findings naming it, raised one level (low
    /// to medium, medium to high) when findings of two different rules name it. The search-brushing
    /// rule does not count as a second rule: it names the orders of other findings on the same
    /// day, so it adds no evidence about the order itself.
    public static func assess(_ anomalies: [Anomaly]) -> [OrderRisk] {
        var byOrder: [String: [Int]] = [:]
        // Copies that disagree are about the exports, not about the orders being fake.
        for (i, a) in anomalies.enumerated() where a.rule.subject != .exports {
            for id in a.orderIDs { byOrder[id, default: []].append(i) }
        }
        var risks: [OrderRisk] = byOrder.map { id, findings in
            let highest = findings.map { anomalies[$0].severity }.max()!
            let independentRules = Set(findings.map { anomalies[$0].rule }.filter { $0 != .searchBrushing })
            let corroborated = independentRules.count >= 2
            let level = corroborated ? highest.raised : highest
            return OrderRisk(orderID: id, level: level, corroborated: corroborated, findings: findings.sorted())
        }
        risks.sort { ($0.level, $1.orderID) > ($1.level, $0.orderID) }
        return risks
    }
}

extension Severity {
    /// One level up; high stays high.
    var raised: Severity {
        switch self {
        case .low: return .medium
        case .medium, .high: return .high
        }
    }
}
