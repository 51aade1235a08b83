import AuditMeasure
import AuditRecords

/// One anomaly rule: a function from the month's records to findings with evidence.
///
/// Pure but for one door: the full orders a finding names (for its evidence) are read back from
/// the exports through `context.readBack`.
public protocol DetectionRule: Sendable {
    /// The rule's identity, declared in its own file as a `RuleID` constant.
    var id: RuleID { get }
    func detect(in data: MonthData, context: DetectionContext) -> [Anomaly]
}

/// What rules may consult besides the records: the contract's limits, the privacy setting, and
/// the door to the full orders behind the records.
public struct DetectionContext: Sendable {
    public var limits: Contract.Limits
    public var masker: PIIMasker
    public var readBack: OrderReadBack

    public init(limits: Contract.Limits, masker: PIIMasker = PIIMasker(), readBack: OrderReadBack = .none) {
        self.limits = limits
        self.masker = masker
        self.readBack = readBack
    }
}
