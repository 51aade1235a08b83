import AuditRecords

/// How the reports are written, apart from what the audit found: who may read them (masking).
///
/// A renderer option, not a pipeline parameter: the audit finds the same whatever the reports
/// reveal, and the same results can be rendered masked for the agency and unmasked for the
/// merchant's own records.
public struct ReportOptions: Sendable {
    /// Masks buyer names, phones and addresses unless told to reveal them (`--reveal-pii`).
    public var masker: PIIMasker

    public init(masker: PIIMasker = PIIMasker()) { self.masker = masker }
}
