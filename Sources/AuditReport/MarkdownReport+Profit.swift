import AuditContract
import AuditRecords
import MonthlyAudit

extension MarkdownReport {
    /// 利润: gross profit, promotion, the agency's fee and what was left for the merchant, with the
    /// fee check; without a margin, that profit cannot be judged and how to give it.
    func profitSection(_ r: MonthAuditResult, options: ReportOptions, line: (String) -> Void) {
        let language = options.language
        let english = language == .english
        line("## " + ProfitWording.heading(in: language))
        line("")
        let rows = ProfitWording.rows(r.profit, in: language)
        if !rows.isEmpty {
            line("| " + ProfitWording.columns(in: language).joined(separator: " | ") + " |")
            line("|---|---|---|")
            for row in rows {
                let (label, amount) = row.isTotal ? ("**\(row.label)**", "**\(row.amount)**") : (row.label, row.amount)
                line("| \(label) | \(amount) | \(MarkdownText.tableCell(row.note)) |")
            }
            line("")
        }
        for l in ProfitWording.lines(r.profit, in: language) {
            line("- " + MarkdownText.escaped(l) + (english ? "." : "。"))
        }
        for p in r.costProblems {
            line("- " + MarkdownText.escaped(ProfitWording.problem(p, file: r.costsFile ?? "costs.csv", in: language)))
        }
        line("")
    }
}
