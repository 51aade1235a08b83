@testable import AuditImport
@testable import AuditReport
@testable import MonthlyAudit

extension MonthAuditResult {
    /// The month's warnings as report.md words them.
    var warningSentences: [String] { warnings.map(MonthWarningWording.sentence) }
}

extension ImportedExport {
    /// The export's notes as report.md words them.
    var noteSentences: [String] { notes.map(ImportNoteWording.sentence) }
}

extension InputSummary {
    /// The input's notes as report.md words them.
    var noteSentences: [String] { notes.map(ImportNoteWording.sentence) }
}
