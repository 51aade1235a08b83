@testable import AuditReport
@testable import MonthlyAudit

extension MonthAuditResult {
    /// The month's warnings as report.md words them.
    var warningSentences: [String] { warnings.map(MonthWarningWording.sentence) }
}
