import MonthlyAudit

extension HTMLReport {
    /// Figures the exports were taken too early to settle (refunds, ad attribution), the findings
    /// held until they settle and when to run the month again; nothing when every figure settled.
    func settling(_ r: MonthAuditResult, words: MonthPageWords, options: ReportOptions) -> String {
        let s = r.settling
        guard !s.isSettled else { return "" }
        func e(_ s: String) -> String { HTMLText.escaped(s) }
        let language = options.language
        var items = s.windows.map { SettlingWording.window($0, language: language) }
        items += s.heldFindings.map {
            SettlingWording.held($0, redLineDays: r.limits.roiRedLineDays, language: language)
        }
        if let day = s.rerunOn { items.append(SettlingWording.rerun(day, language: language)) }
        return "<h3 id=\"settling\">\(e(words.settling))</h3>\n<ul>\n"
            + items.map { "<li>⏳ \(e($0))</li>\n" }.joined() + "</ul>\n"
    }
}
