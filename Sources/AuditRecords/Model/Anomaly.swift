/// Something in the exports that breaks a contract limit or looks faked, with the evidence for it.
///
/// The evidence is data: the rule's facts (its figures, the thresholds that fired, personal values
/// unmasked) together with the days and orders. The reports put it into words and mask it.
public struct Anomaly: Sendable, Hashable {
    /// The rule that found it, e.g. `same-address-cluster`.
    public var rule: RuleID
    public var severity: Severity
    public var dates: [CalendarDay]
    public var orderIDs: [String]
    /// `一级来源/二级来源` for traffic rules.
    public var source: String?
    public var campaign: String?
    /// The figures, thresholds and signals that raised it, in the order the rule weighed them.
    public var facts: [Fact]

    public init(
        rule: RuleID, severity: Severity, dates: [CalendarDay], orderIDs: [String] = [],
        source: String? = nil, campaign: String? = nil, facts: [Fact] = []
    ) {
        self.rule = rule
        self.severity = severity
        self.dates = dates
        self.orderIDs = orderIDs
        self.source = source
        self.campaign = campaign
        self.facts = facts
    }

    /// Ordering for reports: most severe first, then by date and rule.
    public static func reportOrder(_ a: Anomaly, _ b: Anomaly) -> Bool {
        if a.severity != b.severity { return a.severity > b.severity }
        let da = a.dates.first?.ordinal ?? 0
        let db = b.dates.first?.ordinal ?? 0
        if da != db { return da < db }
        if a.rule != b.rule { return a.rule < b.rule }
        return (a.orderIDs.first ?? a.source ?? "") < (b.orderIDs.first ?? b.source ?? "")
    }
}
