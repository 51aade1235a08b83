import AuditMeasure
import AuditRecords
import Dispatch

/// Runs every registered rule over a month and returns their findings in report order.
public struct Detector: Sendable {
    public var rules: [any DetectionRule]

    public init(rules: [any DetectionRule] = Detector.standardRules) { self.rules = rules }

    /// The standard rules but those that compare orders with traffic: for a month missing order rows.
    public static var rulesForIncompleteOrders: [any DetectionRule] {
        standardRules.filter { !$0.comparesOrdersWithTraffic }
    }

    /// The registry: the rules a monthly audit runs. Adding a rule = adding its file under Rules/
    /// (the rule and its `RuleID`), its tests, and one line here.
    public static let standardRules: [any DetectionRule] = [
        SameAddressClusterRule(),
        SamePhoneClusterRule(),
        SequentialAccountsRule(),
        ShippedWithoutLogisticsRule(),
        TrafficSourceSurgeRule(),
        TrafficSourceDropRule(),
        TrafficConversionCollapseRule(),
        OrdersBuyersMismatchRule(),
        SpendOverLimitRule(),
        ROIBelowRedLineRule(),
        LinkedOrdersRule(),
        WaybillBatchRule(),
    ]

    /// Runs the rules side by side (they are independent and share nothing but the read-back, which is thread-safe); the result does not depend on timing.
    public func detect(in data: MonthData, context: DetectionContext) -> [Anomaly] {
        let rules = self.rules
        let found = ParallelSlots<[Anomaly]>(repeating: [], count: rules.count)
        // Longest first (ties in registry order): the short rules fill the other core meanwhile.
        let schedule = rules.indices.sorted { (-rules[$0].relativeCost, $0) < (-rules[$1].relativeCost, $1) }
        DispatchQueue.concurrentPerform(iterations: rules.count) { n in
            let i = schedule[n]
            found.set(i, rules[i].detect(in: data, context: context))
        }
        let findings = found.values.flatMap { $0 }
        let corroborated = SearchBrushingRule().detect(in: data, findings: findings)
        let conflicts = ConflictingCopies.findings(data.conflictingCopies)
        return (findings + corroborated + conflicts).sorted(by: Anomaly.reportOrder)
    }

    /// Every rule's identity, the corroborating search-brushing rule (run after the others) last.
    public static let registeredRuleIDs: [RuleID] = standardRules.map(\.id) + [SearchBrushingRule().id]
}
