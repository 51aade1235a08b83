import AuditMeasure
import AuditRecords

/// One anomaly rule: a function from the month's records to findings with evidence.
///
/// Pure but for one door: the full orders a finding names (for its evidence) are read back from
/// the exports through `context.readBack`.
public protocol DetectionRule: Sendable {
    /// The rule's identity, declared in its own file as a `RuleID` constant.
    var id: RuleID { get }
    /// Roughly how long the rule takes on a big month, relative to one pass over the orders (1):
    /// the detector starts the longest rules first, so that one long rule does not run alone on
    /// one core at the end while the other cores idle.
    var relativeCost: Int { get }
    /// The rule compares the order export with the traffic export day by day: a month missing some
    /// of its order rows would show differences that are only the gap, so it is not run then.
    var comparesOrdersWithTraffic: Bool { get }
    func detect(in data: MonthData, context: DetectionContext) -> [Anomaly]
}

extension DetectionRule {
    public var relativeCost: Int { 1 }
    public var comparesOrdersWithTraffic: Bool { false }
}

/// What rules may consult besides the records: the contract's limits and the door to the full
/// orders behind the records.
///
/// No privacy setting: rules keep personal values as read, and the reports mask them.
public struct DetectionContext: Sendable {
    public var limits: Contract.Limits
    public var readBack: OrderReadBack

    public init(limits: Contract.Limits, readBack: OrderReadBack = .none) {
        self.limits = limits
        self.readBack = readBack
    }
}
