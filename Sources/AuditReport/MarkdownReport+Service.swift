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
        line(english ? "## Service standards" : "## 服务条款")
        line("")
        line(
            english
                ? "Figures typed in by the merchant from the back office (manual.csv): not from an export; each says where it was read."
                : "以下数字由商家从后台手工录入（manual.csv），不是导出文件，每项注明来源。")
        line("")
        if !r.service.checks.isEmpty {
            line(english ? "| Clause | Figure | Result | Deduction |" : "| 条款 | 录入值 | 结果 | 扣减 |")
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
                    + (english ? " (no clause of the contract judges it)." : "（合同没有相应条款）。"))
        }
        for p in r.manualProblems {
            listed = true
            line("- " + MarkdownText.escaped(ServiceWording.problem(p, in: language)))
        }
        if r.settlement.serviceDeduction > .zero, r.settlement.serviceDeduction < r.service.deductions {
            listed = true
            line(
                english
                    ? "- The service deductions are capped at the month's fee: \(DisplayNumber.money(r.settlement.serviceDeduction)) of \(DisplayNumber.money(r.service.deductions))."
                    : "- 服务扣减以本月托管费为限：实扣 \(DisplayNumber.money(r.settlement.serviceDeduction))（按条款应扣 \(DisplayNumber.money(r.service.deductions))）。"
            )
        }
        if listed || r.service.checks.isEmpty { line("") }
    }
}
