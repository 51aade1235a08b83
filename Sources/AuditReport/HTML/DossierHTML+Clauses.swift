import AuditContract
import AuditRecords
import PeriodAudit

extension DossierHTML {
    /// The contract's spending and approval clauses, the profit and the service standards of
    /// every month, in the words report.md and report.html use for one month; nothing when the
    /// contract writes none of them and no month can say anything about profit.
    func monthClauses(_ d: PeriodDossier, words: DossierPageWords, lang: Language) -> String {
        let checked = d.months.filter { !$0.clauseReview.isEmpty }
        let served = d.months.filter { !$0.service.checks.isEmpty }
        var s = "<section id=\"month-clauses\">\n<h2>\(HTMLText.escaped(words.monthClauses))</h2>\n"
        if !checked.isEmpty { s += clauseChecks(checked, words: words, lang: lang) }
        s += profit(d.months, words: words, lang: lang)
        if !served.isEmpty { s += service(served, words: words, lang: lang) }
        return s + "</section>\n"
    }

    /// Each month's breaches and approvals, then every item over a limit with its month.
    func clauseChecks(_ months: [PeriodDossier.Month], words: DossierPageWords, lang: Language) -> String {
        func e(_ s: String) -> String { HTMLText.escaped(s) }
        var s = "<h3 id=\"clause-checks\">\(e(ClauseReviewWording.heading(in: lang)))</h3>\n<ul>\n"
        for m in months {
            let said = [
                ClauseReviewWording.execution(m.clauseReview, in: lang),
                ClauseReviewWording.cooperation(m.clauseReview, in: lang),
            ].compactMap { $0 }
            guard !said.isEmpty else { continue }
            s += "<li>\(m.month)\(e(words.colon + said.joined(separator: lang.clauseSeparator)))</li>\n"
        }
        s += "</ul>\n"
        let rows = months.flatMap { m in ClauseReviewWording.rows(m.clauseReview, in: lang).map { (m.month, $0) } }
        guard !rows.isEmpty else { return s + "<p>\(e(words.noClauseItems))</p>\n" }
        s += "<div class=\"scroll\"><table class=\"clause-checks\"><thead><tr><th>\(e(words.month))</th>"
        s += ClauseReviewWording.columns(in: lang).map { "<th>\(e($0))</th>" }.joined() + "</tr></thead><tbody>\n"
        for (month, row) in rows {
            s += "<tr class=\"clause-check\" data-month=\"\(month)\" data-day=\"\(row.day)\"><td>\(month)</td>"
            s += [row.day.description, row.clause, row.subject, row.figures, row.approval].map { "<td>\(e($0))</td>" }
                .joined()
            s += "</tr>\n"
        }
        return s + "</tbody></table></div>\n"
    }

    /// Each month's profit table and its fee check, month by month.
    func profit(_ months: [PeriodDossier.Month], words: DossierPageWords, lang: Language) -> String {
        func e(_ s: String) -> String { HTMLText.escaped(s) }
        var s = "<h3 id=\"profit\">\(e(ProfitWording.heading(in: lang)))</h3>\n"
        let rows = months.flatMap { m in ProfitWording.rows(m.profit, in: lang).map { (m.month, $0) } }
        if !rows.isEmpty {
            let columns = ProfitWording.columns(in: lang)
            s +=
                "<div class=\"scroll\"><table class=\"profit\"><thead><tr><th>\(e(words.month))</th>"
                + "<th>\(e(columns[0]))</th><th class=\"num\">\(e(columns[1]))</th><th>\(e(columns[2]))</th></tr></thead><tbody>\n"
            for (month, row) in rows {
                s += row.isTotal ? "<tr class=\"total\" data-month=\"\(month)\">" : "<tr data-month=\"\(month)\">"
                s +=
                    "<td>\(month)</td><td>\(e(row.label))</td><td class=\"num\">\(e(row.amount))</td><td>\(e(row.note))</td></tr>\n"
            }
            s += "</tbody></table></div>\n"
        }
        // Without a margin each month says the same: once is enough.
        var said: Set<String> = []
        var items: [String] = []
        for m in months {
            for l in ProfitWording.lines(m.profit, in: lang) {
                if m.profit.grossProfit == nil {
                    if said.insert(l).inserted { items.append(l) }
                } else {
                    items.append(m.month.description + words.colon + l)
                }
            }
        }
        if !items.isEmpty { s += "<ul>\n" + items.map { "<li>\(e($0))</li>\n" }.joined() + "</ul>\n" }
        return s
    }

    /// Each month's after-sales standards on the figures typed in, marked as typed in.
    func service(_ months: [PeriodDossier.Month], words: DossierPageWords, lang: Language) -> String {
        func e(_ s: String) -> String { HTMLText.escaped(s) }
        var s = "<h3 id=\"service\">\(e(ServiceWording.heading(in: lang)))</h3>\n"
        s += "<p class=\"note\">✎ \(e(ServiceWording.typedInNote(in: lang)))</p>\n"
        s += "<div class=\"scroll\"><table class=\"service\"><thead><tr><th>\(e(words.month))</th>"
        s +=
            ServiceWording.columns(in: lang).enumerated().map {
                $0 == 3 ? "<th class=\"num\">\(e($1))</th>" : "<th>\(e($1))</th>"
            }.joined() + "</tr></thead><tbody>\n"
        for m in months {
            for c in m.service.checks {
                s +=
                    "<tr class=\"service-check\" data-month=\"\(m.month)\" data-metric=\"\(c.clause.metric.rawValue)\"><td>\(m.month)</td>"
                    + "<td>\(e(ServiceWording.clause(c.clause, in: lang)))</td>"
                    + "<td class=\"typed-in\">\(e(ServiceWording.figure(c.figure, metric: c.clause.metric, in: lang)))</td>"
                    + "<td>\(e(ServiceWording.result(c, in: lang)))</td>"
                    + "<td class=\"num\">\(e(DisplayNumber.money(c.deduction)))</td></tr>\n"
            }
        }
        return s + "</tbody></table></div>\n"
    }
}
