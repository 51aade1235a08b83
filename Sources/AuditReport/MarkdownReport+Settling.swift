import AuditDetect
import MonthlyAudit

extension MarkdownReport {
    /// 尚未稳定的数据: the figures still moving when the exports were taken, the red-line runs not
    /// called for it and when to run the month again. Nothing when every figure had settled.
    func settlingSection(_ r: MonthAuditResult, options: ReportOptions, line: (String) -> Void) {
        let s = r.settling
        guard !s.isSettled else { return }
        let language = options.language
        let stop = language == .english ? "." : "。"
        line(language == .english ? "## Figures not settled yet" : "## 尚未稳定的数据")
        line("")
        for w in s.windows { line("- " + MarkdownText.escaped(SettlingWording.window(w, language: language)) + stop) }
        for a in s.heldFindings {
            line(
                "- "
                    + MarkdownText.escaped(
                        SettlingWording.held(a, redLineDays: r.limits.roiRedLineDays, language: language)) + stop)
        }
        if let day = s.rerunOn { line("- " + SettlingWording.rerun(day, language: language)) }
        line("")
    }
}
