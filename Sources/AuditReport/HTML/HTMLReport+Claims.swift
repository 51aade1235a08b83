import AuditDetect
import AuditRecords
import MonthlyAudit

extension HTMLReport {
    /// What the agency reported (agency-claims.csv) beside what the exports show, with the lines
    /// that could not be used; nothing when the month folder has no claims file.
    func claims(_ r: MonthAuditResult, words: MonthPageWords, options: ReportOptions) -> String {
        guard !r.claimsFiles.isEmpty else { return "" }
        func e(_ s: String) -> String { HTMLText.escaped(s) }
        var s = "<h3 id=\"claims\">\(e(words.claims))</h3>\n"
        s +=
            "<p class=\"note\">\(e(words.claimsNote(files: r.claimsFiles.joined(separator: words.listSeparator), tolerance: DisplayNumber.percent(ClaimCheck().tolerance, decimals: 0))))</p>\n"
        if !r.claims.isEmpty {
            s += "<div class=\"scroll\"><table class=\"claims\"><thead><tr>"
            for h in [
                words.metric, words.claimed, words.exports, words.withoutFakes, words.overstatedBy, words.verdict,
            ] {
                s += "<th>\(e(h))</th>"
            }
            s += "</tr></thead><tbody>\n"
            for c in r.claims {
                func value(_ v: Double?) -> String { v.map { MetricWording.value($0, c.metric) } ?? "-" }
                let icon: String
                switch c.verdict {
                case .consistent: icon = "✔"
                case .overstated: icon = "✖"
                case .unmeasurable: icon = words.unknownIcon
                }
                s += "<tr class=\"claim\" data-metric=\"\(c.metric.rawValue)\" data-verdict=\"\(c.verdict)\">"
                s += "<td>\(e(PeriodWording.metricName(c.metric, platform: nil, item: c.item, options.language)))</td>"
                s += "<td class=\"num\">\(e(value(c.claimed)))</td><td class=\"num\">\(e(value(c.measured)))</td>"
                s += "<td class=\"num\">\(e(value(c.measuredWithoutFakes)))</td>"
                s += "<td class=\"num change\">\(e(c.gap.map(MarkdownReport.claimGap) ?? "-"))</td>"
                s += "<td>\(icon) \(e(ClaimWording.verdict(c.verdict, language: options.language)))</td></tr>\n"
            }
            s += "</tbody></table></div>\n"
        }
        if !r.claimProblems.isEmpty {
            s +=
                "<ul>\n"
                + r.claimProblems.map { "<li>\(e(ClaimWording.problem($0, language: options.language)))</li>\n" }
                .joined()
                + "</ul>\n"
        }
        return s
    }
}
