import AuditDetect
import AuditRecords
import MonthlyAudit

extension MarkdownReport {
    /// 运营方汇报 vs 平台导出: each figure the agency reported (agency-claims.csv) beside the
    /// exports' figure and the figure without suspected fake orders, with the lines that could not
    /// be used. Nothing when the month folder has no claims file.
    func claimsSection(_ r: MonthAuditResult, options: ReportOptions, line: (String) -> Void) {
        guard !r.claimsFiles.isEmpty else { return }
        let english = options.language == .english
        let files = r.claimsFiles.map(MarkdownText.escaped).joined(separator: english ? ", " : "、")
        let tolerance = DisplayNumber.percent(ClaimCheck().tolerance, decimals: 0)
        line(english ? "## The agency's report vs the platform's exports" : "## 运营方汇报 vs 平台导出")
        line("")
        if english {
            line(
                "The figures the agency reported (\(files)) beside the exports': a report more than \(tolerance) better "
                    + "than the exports, or than the figure without suspected fake orders, is overstated "
                    + "(see “Anomalies and evidence”). Overstated by: how much better the report is, in the metric's "
                    + "better direction.")
        } else {
            line(
                "运营方汇报的数字（\(files)）与平台导出对照：汇报比导出、或比剔除疑似刷单后的数字好 \(tolerance) 以上记为夸大"
                    + "（见「异常与证据」）。夸大幅度：汇报比两者中较不利的一个好多少，按指标的有利方向计。")
        }
        line("")
        if !r.claims.isEmpty {
            line(
                english
                    ? "| Metric | Reported | Exports | Without suspected fakes | Overstated by | Verdict |"
                    : "| 指标 | 运营方汇报 | 平台导出 | 剔除疑似刷单后 | 夸大幅度 | 结论 |")
            line("|---|---|---|---|---|---|")
            for c in r.claims {
                func value(_ v: Double?) -> String { v.map { MetricWording.value($0, c.metric) } ?? "-" }
                let name = PeriodWording.metricName(c.metric, platform: nil, item: c.item, options.language)
                let gap = c.gap.map(Self.claimGap) ?? "-"
                let mark: String
                switch c.verdict {
                case .consistent: mark = "✅ "
                case .overstated: mark = "❌ "
                case .unmeasurable: mark = "— "
                }
                line(
                    "| \(name) | \(value(c.claimed)) | \(value(c.measured)) | \(value(c.measuredWithoutFakes)) | \(gap) | "
                        + mark + ClaimWording.verdict(c.verdict, language: options.language) + " |")
            }
            line("")
        }
        for p in r.claimProblems {
            line("- " + MarkdownText.escaped(ClaimWording.problem(p, language: options.language)))
        }
        if !r.claimProblems.isEmpty { line("") }
    }

    /// `+8.3%`, `-0.4%`, `0.0%` (a gap that rounds to nothing has no sign), `∞` past a figure of 0.
    static func claimGap(_ gap: Double) -> String {
        guard gap.isFinite else { return "∞" }
        return abs(gap) < 0.0005 ? DisplayNumber.percent(0) : DisplayNumber.signedPercent(gap)
    }
}
