import AuditRecords

/// How the reports are written, apart from what the audit found: who may read them (masking) and
/// in which language.
///
/// A renderer option, not a pipeline parameter: the audit finds the same whatever the reports
/// reveal, and the same results can be rendered masked for the agency and unmasked for the
/// merchant's own records.
public struct ReportOptions: Sendable {
    /// Masks buyer names, phones and addresses unless told to reveal them (`--reveal-pii`).
    public var masker: PIIMasker
    /// Chinese unless told otherwise (`--lang en`).
    public var language: Language

    public init(masker: PIIMasker = PIIMasker(), language: Language = .chinese) {
        self.masker = masker
        self.language = language
    }
}
