import AuditContract
import AuditRecords
import MonthlyAudit

extension MarkdownReport {
    /// 服务条款: each after-sales standard of the contract with the figure typed into manual.csv
    /// (marked as typed in, with its source), whether it is met and what it deducts. Nothing when
    /// the contract writes none and the month folder has no manual.csv.
    func serviceSection(_ r: MonthAuditResult, options: ReportOptions, line: (String) -> Void) {
        guard !r.service.checks.isEmpty || !r.manualFiles.isEmpty else { return }
        let language = options.language
        let english = language == .english
        line("## " + ServiceWording.heading(in: language))
        line("")
        line(ServiceWording.typedInNote(in: language))
        line("")
        if !r.service.checks.isEmpty {
            line("| " + ServiceWording.columns(in: language).joined(separator: " | ") + " |")
            line("|---|---|---|---|")
            for c in r.service.checks {
                let cells = [
                    ServiceWording.clause(c.clause, in: language),
                    ServiceWording.figure(c.figure, metric: c.clause.metric, in: language),
                    ServiceWording.result(c, in: language), DisplayNumber.money(c.deduction),
                ]
                line("| " + cells.map(MarkdownText.tableCell).joined(separator: " | ") + " |")
            }
            line("")
        }
        let judged = Set(r.service.checks.map(\.clause.metric))
        var listed = false
        for f in r.service.figures where !judged.contains(f.metric) {
            listed = true
            line(
                "- " + f.metric.rawValue + (english ? ": " : "：")
                    + MarkdownText.escaped(ServiceWording.figure(f, metric: f.metric, in: language))
                    + ServiceWording.noClause(in: language))
        }
        for p in r.manualProblems {
            listed = true
            line("- " + MarkdownText.escaped(ServiceWording.problem(p, in: language)))
        }
        if r.settlement.serviceDeduction > .zero, r.settlement.serviceDeduction < r.service.deductions {
            listed = true
            line(
                "- "
                    + ServiceWording.capped(
                        taken: r.settlement.serviceDeduction, due: r.service.deductions, in: language))
        }
        if listed || r.service.checks.isEmpty { line("") }
    }
}
