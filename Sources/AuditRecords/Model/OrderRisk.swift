/// One order named by findings: how risky it is and which findings say so.
///
/// The list a merchant hands to the agency and to the platform (suspicious-orders.csv): each
/// order once, with every indicator that raised it, rather than one row per finding.
public struct OrderRisk: Sendable, Hashable {
    public var orderID: String
    /// The highest severity of the findings that name it, raised one level when findings of two
    /// different rules agree on it.
    public var level: Severity
    /// Whether findings of two different rules name it (which raises its level, unless it is high already).
    public var corroborated: Bool
    /// The findings that name it, as indices into the month's anomalies (in report order).
    public var findings: [Int]
    /// The full order (masked when rendered), when it could be read back.
    public var order: Order?

    public init(orderID: String, level: Severity, corroborated: Bool, findings: [Int], order: Order? = nil) {
        self.orderID = orderID
        self.level = level
        self.corroborated = corroborated
        self.findings = findings
        self.order = order
    }

    /// The rules of its findings, each once, in report order.
    public func rules(in anomalies: [Anomaly]) -> [RuleID] {
        var seen = Set<RuleID>()
        return findings.map { anomalies[$0].rule }.filter { seen.insert($0).inserted }
    }
}
