@testable import AuditContract
@testable import AuditImport
@testable import AuditReport
@testable import MonthlyAudit

extension MonthAuditResult {
    /// The month's warnings as report.md words them.
    var warningSentences: [String] { warnings.map { MonthWarningWording.sentence($0, in: .chinese) } }
}

extension ImportedExport {
    /// The export's notes as report.md words them.
    var noteSentences: [String] { notes.map { ImportNoteWording.sentence($0, in: .chinese) } }
}

extension InputSummary {
    /// The input's notes as report.md words them.
    var noteSentences: [String] { notes.map { ImportNoteWording.sentence($0, in: .chinese) } }
}

extension IgnoredFile {
    /// Why the file was not read, as the report words it.
    var reasonText: String { IgnoredFileWording.reason(self, in: .chinese) }
}

extension ImportError {
    /// The error as the report words it.
    var text: String { ImportErrorWording.sentence(self, in: .chinese) }
}

extension RejectedRow {
    /// `第 7 列「买家实付金额」`, or "" for the row as a whole, as rejects.csv words it.
    var columnText: String { RejectedRowWording.column(self, in: .chinese) }
    /// Why the row was rejected, as rejects.csv words it.
    var reasonText: String { RejectedRowWording.reason(self, in: .chinese) }
}

extension ContractError {
    /// The error as the merchant reads it.
    var description: String { ContractErrorWording.sentence(self, in: .chinese) }
}
