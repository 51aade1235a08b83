import AuditContract
import AuditRecords
import MonthlyAudit

extension MarkdownReport {
    /// 合同条款检查: the promotion budget, the per-campaign daily limit and the price changes, each
    /// item over a limit with its approval, and the lines of approvals.csv that could not be used.
    /// Nothing when the contract writes none of these clauses.
    func clausesSection(_ r: MonthAuditResult, options: ReportOptions, line: (String) -> Void) {
        let review = r.clauseReview
        guard !review.isEmpty else { return }
        let language = options.language
        let english = language == .english
        line("## " + ClauseReviewWording.heading(in: language))
        line("")
        for l in ClauseReviewWording.lines(review, files: r.approvalsFiles, in: language) {
            line("- " + MarkdownText.escaped(l) + (english ? "." : "。"))
        }
        for p in r.approvalProblems {
            line("- " + MarkdownText.escaped(ClauseReviewWording.problem(p, in: language)))
        }
        line("")
        let rows = ClauseReviewWording.rows(review, in: language)
        guard !rows.isEmpty else { return }
        line("| " + ClauseReviewWording.columns(in: language).joined(separator: " | ") + " |")
        line("|---|---|---|---|---|")
        for row in rows {
            let cells = [row.day.description, row.clause, row.subject, row.figures, row.approval]
            line("| " + cells.map(MarkdownText.tableCell).joined(separator: " | ") + " |")
        }
        line("")
    }
}
