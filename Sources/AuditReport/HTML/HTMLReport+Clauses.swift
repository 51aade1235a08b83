import AuditContract
import MonthlyAudit

extension HTMLReport {
    /// 服务条款: each after-sales standard with its typed-in figure (marked as typed in, with its
    /// source), whether it is met and what it deducts, as report.md words it; nothing when the
    /// contract writes none and the month folder has no manual.csv.
    func service(_ r: MonthAuditResult, options: ReportOptions) -> String {
        guard !r.service.checks.isEmpty || !r.manualFiles.isEmpty else { return "" }
        func e(_ s: String) -> String { HTMLText.escaped(s) }
        let language = options.language
        var s = "<h3 id=\"service\">\(e(ServiceWording.heading(in: language)))</h3>\n"
        s += "<p class=\"note\">✎ \(e(ServiceWording.typedInNote(in: language)))</p>\n"
        if !r.service.checks.isEmpty {
            let columns = ServiceWording.columns(in: language)
            s += "<div class=\"scroll\"><table class=\"service\"><thead><tr>"
            s += columns.enumerated().map { $0 == 3 ? "<th class=\"num\">\(e($1))</th>" : "<th>\(e($1))</th>" }.joined()
            s += "</tr></thead><tbody>\n"
            for c in r.service.checks {
                let met = c.met.map { $0 ? "met" : "missed" } ?? "unknown"
                s += "<tr class=\"service-check\" data-metric=\"\(c.clause.metric.rawValue)\" data-standing=\"\(met)\">"
                s += "<td>\(e(ServiceWording.clause(c.clause, in: language)))</td>"
                s +=
                    "<td class=\"typed-in\">\(e(ServiceWording.figure(c.figure, metric: c.clause.metric, in: language)))</td>"
                s += "<td>\(e(ServiceWording.result(c, in: language)))</td>"
                s += "<td class=\"num\">\(e(DisplayNumber.money(c.deduction)))</td></tr>\n"
            }
            s += "</tbody></table></div>\n"
        }
        let judged = Set(r.service.checks.map(\.clause.metric))
        var items = r.service.figures.filter { !judged.contains($0.metric) }.map {
            $0.metric.rawValue + MonthPageWords(language: language).colon
                + ServiceWording.figure($0, metric: $0.metric, in: language) + ServiceWording.noClause(in: language)
        }
        items += r.manualProblems.map { ServiceWording.problem($0, in: language) }
        if r.settlement.serviceDeduction > .zero, r.settlement.serviceDeduction < r.service.deductions {
            items.append(
                ServiceWording.capped(taken: r.settlement.serviceDeduction, due: r.service.deductions, in: language))
        }
        if !items.isEmpty { s += "<ul>\n" + items.map { "<li>\(e($0))</li>\n" }.joined() + "</ul>\n" }
        return s
    }

    /// 利润: gross profit, promotion, the agency's fee and what was left for the merchant, with the
    /// fee check and the campaigns that cost more than they brought; without a margin, why profit
    /// cannot be judged and how to give it.
    func profit(_ r: MonthAuditResult, options: ReportOptions) -> String {
        func e(_ s: String) -> String { HTMLText.escaped(s) }
        let language = options.language
        var s = "<h3 id=\"profit\">\(e(ProfitWording.heading(in: language)))</h3>\n"
        let rows = ProfitWording.rows(r.profit, in: language)
        if !rows.isEmpty {
            let columns = ProfitWording.columns(in: language)
            s +=
                "<table class=\"profit\"><thead><tr><th>\(e(columns[0]))</th><th class=\"num\">\(e(columns[1]))</th>"
                + "<th>\(e(columns[2]))</th></tr></thead><tbody>\n"
            for row in rows {
                s += row.isTotal ? "<tr class=\"total\">" : "<tr>"
                s +=
                    "<td>\(e(row.label))</td><td class=\"num\">\(e(row.amount))</td><td>\(e(row.note))</td></tr>\n"
            }
            s += "</tbody></table>\n"
        }
        var items = ProfitWording.lines(r.profit, in: language)
        items += r.costProblems.map { ProfitWording.problem($0, file: r.costsFile ?? "costs.csv", in: language) }
        if !items.isEmpty { s += "<ul>\n" + items.map { "<li>\(e($0))</li>\n" }.joined() + "</ul>\n" }
        return s
    }

    /// 合同条款检查: the budget, the per-campaign limit, the price changes, the discounts and the
    /// stages without paid promotion, each item over a limit with its approval; nothing when the
    /// contract writes none of these clauses.
    func clauseChecks(_ r: MonthAuditResult, options: ReportOptions) -> String {
        let review = r.clauseReview
        guard !review.isEmpty else { return "" }
        func e(_ s: String) -> String { HTMLText.escaped(s) }
        let language = options.language
        var s = "<h3 id=\"clause-checks\">\(e(ClauseReviewWording.heading(in: language)))</h3>\n<ul>\n"
        for l in ClauseReviewWording.lines(review, files: r.approvalsFiles, in: language) {
            s += "<li>\(e(l + MonthPageWords(language: language).stop))</li>\n"
        }
        for p in r.approvalProblems { s += "<li>\(e(ClauseReviewWording.problem(p, in: language)))</li>\n" }
        s += "</ul>\n"
        let rows = ClauseReviewWording.rows(review, in: language)
        guard !rows.isEmpty else { return s }
        s += "<div class=\"scroll\"><table class=\"clause-checks\"><thead><tr>"
        s += ClauseReviewWording.columns(in: language).map { "<th>\(e($0))</th>" }.joined()
        s += "</tr></thead><tbody>\n"
        for row in rows {
            s += "<tr class=\"clause-check\" data-day=\"\(row.day)\">"
            s += [row.day.description, row.clause, row.subject, row.figures, row.approval].map { "<td>\(e($0))</td>" }
                .joined()
            s += "</tr>\n"
        }
        return s + "</tbody></table></div>\n"
    }
}
