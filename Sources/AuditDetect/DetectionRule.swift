import AuditMeasure
import AuditRecords

/// One anomaly rule: a pure function from the month's records to findings with evidence.
public protocol DetectionRule: Sendable {
    /// The rule's identity, declared in its own file as a `RuleID` constant.
    var id: RuleID { get }
    func detect(in data: MonthData, context: DetectionContext) -> [Anomaly]
}

/// What rules may consult besides the records: the contract's limits and the privacy setting.
public struct DetectionContext: Sendable {
    public var limits: Contract.Limits
    public var masker: PIIMasker

    public init(limits: Contract.Limits, masker: PIIMasker = PIIMasker()) {
        self.limits = limits
        self.masker = masker
    }
}
