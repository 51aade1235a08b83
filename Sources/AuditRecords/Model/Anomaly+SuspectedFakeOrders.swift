extension Anomaly {
    /// Whether the finding makes its orders suspected fake orders: found by a fake-order rule (its
    /// `RuleID.subject`) at `severity` or above. The one definition the figures "excluding suspected
    /// orders", the diagnosis, the termination terms and the search-brushing rule all use.
    public func isSuspectedFakeOrder(atLeast severity: Severity = .medium) -> Bool {
        rule.findsFakeOrders && self.severity >= severity
    }

    /// The orders named by findings that make them suspected fake orders at `severity` or above.
    public static func suspectedFakeOrderIDs(in anomalies: [Anomaly], atLeast severity: Severity = .medium) -> Set<
        String
    > {
        Set(anomalies.filter { $0.isSuspectedFakeOrder(atLeast: severity) }.flatMap(\.orderIDs))
    }
}
