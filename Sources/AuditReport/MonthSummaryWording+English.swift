import AuditRecords
import MonthlyAudit

extension MonthSummaryWording {
    /// `2025-07  complete  targets met 1/2  anomalies high 0 medium 1  rows read 4568 accepted 3450
    /// rejected 1 skipped 1117  payable ¥15,587.14`.
    static func english(month: YearMonth, _ s: MonthSummary) -> String {
        let attained =
            s.targets > 0 && !s.targetsMeasured ? "targets met: no data" : "targets met \(s.targetsMet)/\(s.targets)"
        let rows = s.rows
        return
            "\(month)  \(MonthStatusWording.name(s.status, in: .english))  \(attained)"
            + "  anomalies high \(s.anomalies.high) medium \(s.anomalies.medium)"
            + "  rows read \(rows.read) accepted \(rows.accepted) rejected \(rows.rejected) skipped \(rows.skipped)"
            + "  payable \(s.payable.map(DisplayNumber.money) ?? "pending")"
            + (s.mayTerminate ? "  grounds to terminate the contract" : "")
    }
}
