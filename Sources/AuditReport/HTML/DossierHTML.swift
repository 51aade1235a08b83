import AuditContract
import AuditDetect
import AuditMeasure
import AuditRecords
import PeriodAudit

/// index.html: the contract period on one page — the verdict and the message to send the agency,
/// each target month by month as a small chart with its target line, the fees, the findings by
/// month and rule, the agency's claims beside the exports, the termination clauses and the
/// three-step diagnosis; each month linked to its report.html. Self-contained like report.html.
public struct DossierHTML: PeriodRenderer {
    public let fileName = "index.html"
    public init() {}

    public func render(_ d: PeriodDossier, options: ReportOptions) -> [UInt8] {
        guard let first = d.firstMonth, let last = d.lastMonth else { return [] }
        let lang = options.language
        let words = DossierPageWords(language: lang)
        func e(_ s: String) -> String { HTMLText.escaped(s) }
        let span = PeriodWording.period(first, last, lang)
        var b = "<header>\n<h1>\(e(words.title(store: d.storeName, span: span)))</h1>\n"
        var meta =
            e(words.platforms + words.colon)
            + d.platforms.map { e(PeriodWording.platform($0, lang)) }.joined(separator: e(words.listSeparator))
        if !d.agencyName.isEmpty { meta += e(words.bar + words.agency + words.colon + d.agencyName) }
        meta += e(words.bar + words.monthsAudited(d.months.count))
        b += "<p class=\"meta\">\(meta)</p>\n</header>\n"

        b += "<section class=\"first\" id=\"verdict\">\n<h2>\(e(words.verdict))</h2>\n"
        b += verdict(d, words: words, lang: lang, first: first, last: last)
        b += "</section>\n"

        b += "<section id=\"targets\">\n<h2>\(e(words.targets))</h2>\n"
        b += targets(d, words: words, lang: lang)
        b += "</section>\n"

        b += "<section id=\"fees\">\n<h2>\(e(words.fees))</h2>\n" + fees(d, words: words, lang: lang)
        b += "<h3 id=\"findings\">\(e(words.findings))</h3>\n" + findings(d, words: words, lang: lang)
        b += "<h3 id=\"claims\">\(e(words.claims))</h3>\n" + claims(d, words: words, lang: lang)
        b += "</section>\n"

        b += monthClauses(d, words: words, lang: lang)
        b += "<section id=\"clauses\">\n<h2>\(e(words.clauses))</h2>\n" + clauses(d, words: words, lang: lang)
        b += "<h3 id=\"diagnosis\">\(e(words.diagnosis))</h3>\n" + diagnosis(d, words: words, lang: lang)
        b += "</section>\n"
        b += "<footer><p class=\"note\">\(e(words.footer))</p></footer>\n"
        return HTMLPage(language: lang, title: words.title(store: d.storeName, span: span), body: b).bytes
    }

    func verdict(_ d: PeriodDossier, words: DossierPageWords, lang: Language, first: YearMonth, last: YearMonth)
        -> String
    {
        func e(_ s: String) -> String { HTMLText.escaped(s) }
        let icon: String
        switch d.verdict {
        case .terminate: icon = "✖"
        case .demandRectification: icon = "⚠"
        case .continue: icon = "✔"
        }
        var s =
            "<div class=\"status\" data-verdict=\"\(d.verdict.kind.rawValue)\"><strong>\(icon) "
            + "\(e(VerdictWording.headline(d.verdict, lang)))</strong>\n"
        switch d.verdict {
        case .terminate(let grounds):
            s += "<p>\(e(words.grounds))</p>\n<ul>\n"
            s += grounds.map { "<li>\(e(VerdictWording.clauseLine($0, lang)))</li>\n" }.joined()
            s += "<li class=\"refund\">\(e(RefundWording.line(d.verdict, clauses: d.clauses, lang)))</li>\n</ul>\n"
        case .demandRectification(let items, let deadline):
            s += "<p>\(e(words.rectifyBy(deadline.description)))</p>\n<ul>\n"
            s += items.map { "<li>\(e(VerdictWording.item($0, lang)))</li>\n" }.joined() + "</ul>\n"
        case .continue:
            s += "<p>\(e(words.nothingToDo))</p>\n"
        }
        let weighing = d.weighing
        if !weighing.isEmpty {
            s += "<p>\(e(words.weighing))</p>\n<ul class=\"weighing\">\n"
            s += weighing.map { "<li>\(e(VerdictWording.weighing($0, lang)))</li>\n" }.joined() + "</ul>\n"
        }
        let unsettled = d.months.filter { $0.fees.payable == nil }.map(\.month)
        if !unsettled.isEmpty { s += "<p>\(e(VerdictWording.unsettled(unsettled, lang)))</p>\n" }
        // The notice of termination: the earliest end it allows and the last month's fee.
        if let n = d.notice {
            s +=
                "<p class=\"notice\" data-earliest-end=\"\(n.earliestEnd)\">\(e(NoticeWording.line(n, lang) + words.stop))</p>\n"
        }
        s += "</div>\n<h3>\(e(words.message))</h3>\n<pre class=\"message\">"
        s += VerdictWording.messageLines(
            d.verdict, storeName: d.storeName, agencyName: d.agencyName, from: first, to: last, unsettled: unsettled,
            clauses: d.clauses, notice: d.notice, weighing: weighing, lang
        ).map(e).joined(separator: "\n")
        return s + "</pre>\n"
    }

    /// How a month's target stands, as report.html's target table says it.
    static func standing(_ t: PeriodDossier.TargetAttainment) -> (style: String, icon: String) {
        guard let a = t.attainment else { return ("other", "?") }
        if a >= 1 - 1e-9 { return ("own", "✔") }
        return a >= 0.9 ? ("paid", "◆") : ("over", "✖")
    }

    func targets(_ d: PeriodDossier, words: DossierPageWords, lang: Language) -> String {
        func e(_ s: String) -> String { HTMLText.escaped(s) }
        let months = d.months.map(\.month.description)
        var s = "<p class=\"note\">\(e(words.targetsNote))</p>\n<div class=\"multiples\">\n"
        for (k, row) in d.targetRows.enumerated() {
            let cells = d.months.map { m in m.targets.first { $0.row == row } }
            let name = PeriodWording.metricName(row.metric, platform: row.platform, item: row.item, lang)
            let chart = MonthBarsChart(
                id: "target-\(k + 1)", title: name, months: months, values: cells.map { $0?.actual },
                targets: cells.map { $0?.target }, styles: cells.map { $0.map { Self.standing($0).style } ?? "other" },
                label: { MetricWording.value($0, row.metric) })
            s += "<figure class=\"multiple\"><figcaption>\(e(name))</figcaption>\n" + chart.svg
            s += "<table class=\"figures\"><tbody>\n"
            for (m, c) in zip(months, cells) {
                guard let c else {
                    s += "<tr><td>\(m)</td><td class=\"num\">-</td></tr>\n"
                    continue
                }
                let standing = Self.standing(c)
                let actual = c.actual.map { MetricWording.value($0, row.metric) } ?? words.noData
                let line = (row.metric.lowerIsBetter ? "≤ " : "") + MetricWording.value(c.target, row.metric)
                s +=
                    "<tr class=\"target-month\" data-metric=\"\(row.metric.rawValue)\" data-month=\"\(m)\"><td>\(m)</td>"
                    + "<td class=\"num\">\(standing.icon) \(e(actual)) / \(e(line))"
                    + (c.attainment.map { e(words.parenthesized(DisplayNumber.percent($0))) } ?? "")
                    + (c.basis.map { "<br><span class=\"basis\">\(e(TargetBasisWording.suffix($0, in: lang)))</span>" }
                        ?? "")
                    + "</td></tr>\n"
            }
            s += "</tbody></table></figure>\n"
        }
        let overall = MonthBarsChart(
            id: "overall", title: words.overall, months: months,
            values: d.months.map { $0.overallAttainment.map { $0 * 100 } },
            targets: d.months.map { _ in 100 },
            styles: d.months.map { m in
                guard let a = m.overallAttainment else { return "other" }
                return a >= 1 - 1e-9 ? "own" : a >= 0.9 ? "paid" : "over"
            }, label: { DisplayNumber.fixed($0, decimals: 1) + "%" })
        s +=
            "<figure class=\"multiple\"><figcaption>\(e(words.overall))</figcaption>\n" + overall.svg
            + "</figure>\n</div>\n"
        s += "<div class=\"scroll\"><table class=\"months\"><thead><tr>"
        for h in [words.month, words.stage, words.status, words.targetsMet, words.overall, words.report] {
            s += "<th>\(e(h))</th>"
        }
        s += "</tr></thead><tbody>\n"
        for m in d.months {
            s +=
                "<tr><td>\(m.month)</td><td>\(e(m.stage?.name ?? "-"))</td>"
                + "<td>\(e(PeriodWording.status(m.status, lang)))</td><td class=\"num\">\(m.targetsMet)/\(m.targets.count)</td>"
                + "<td class=\"num\">\(m.overallAttainment.map { DisplayNumber.percent($0) } ?? "-")</td>"
                + "<td><a href=\"\(m.month)/report.html\">\(m.month)/report.html</a></td></tr>\n"
        }
        return s + "</tbody></table></div>\n"
    }

    func fees(_ d: PeriodDossier, words: DossierPageWords, lang: Language) -> String {
        func e(_ s: String) -> String { HTMLText.escaped(s) }
        func money(_ m: Money) -> String { DisplayNumber.money(m) }
        func minus(_ m: Money) -> String { m == .zero ? money(m) : "-" + money(m) }
        var s = "<div class=\"scroll\"><table class=\"fees\"><thead><tr>"
        for (i, h) in words.feeColumns.enumerated() {
            s += i < 2 ? "<th>\(e(h))</th>" : "<th class=\"num\">\(e(h))</th>"
        }
        s += "</tr></thead><tbody>\n"
        for m in d.months {
            let f = m.fees
            var cells = [m.month.description, e(PeriodWording.status(m.status, lang)), money(f.base)]
            if let payable = f.payable {
                cells += [
                    minus(f.deduction), minus(f.serviceDeduction), money(f.bonus), money(f.commission), money(payable),
                    money(f.commissionOnSuspected),
                ]
            } else {
                cells += Array(repeating: "-", count: 6)
            }
            s +=
                "<tr>" + cells.enumerated().map { $0 < 2 ? "<td>\($1)</td>" : "<td class=\"num\">\($1)</td>" }.joined()
                + "</tr>\n"
        }
        let t = d.feeTotals
        let total = [
            e(words.total(settled: t.monthsSettled)), "", money(t.base), minus(t.deduction),
            minus(t.serviceDeduction), money(t.bonus),
            money(t.commission),
            money(t.payable), money(t.commissionOnSuspected),
        ]
        s +=
            "<tr class=\"total\">"
            + total.enumerated().map { $0 < 2 ? "<td>\($1)</td>" : "<td class=\"num\">\($1)</td>" }.joined()
        s += "</tr>\n</tbody></table></div>\n"
        // Which clause took each month's deduction (proportional, per point, flat, the trial's share).
        let deducted = d.months.filter { $0.fees.payable != nil && $0.fees.deduction > .zero }
        guard !deducted.isEmpty else { return s }
        s += "<ul class=\"note\">\n"
        for m in deducted {
            s +=
                "<li class=\"deduction\" data-month=\"\(m.month)\">\(m.month)\(e(words.colon + DeductionWording.note(m.settlement, in: lang)))</li>\n"
        }
        return s + "</ul>\n"
    }

    func findings(_ d: PeriodDossier, words: DossierPageWords, lang: Language) -> String {
        func e(_ s: String) -> String { HTMLText.escaped(s) }
        let rules = d.anomalyRules
        guard !rules.isEmpty else { return "<p>\(e(words.noFindings))</p>\n" }
        var s = "<div class=\"scroll\"><table class=\"findings-by-month\"><thead><tr><th>\(e(words.rule))</th>"
        s += d.months.map { "<th class=\"num\">\($0.month)</th>" }.joined() + "</tr></thead><tbody>\n"
        for r in rules {
            s += "<tr data-rule=\"\(r.rawValue)\"><td>\(e(PeriodWording.rule(r, lang)))</td>"
            for m in d.months {
                let t = m.anomalies.first { $0.rule == r }
                s +=
                    "<td class=\"num\">\(e(t.map { PeriodWording.counts(high: $0.high, medium: $0.medium, low: $0.low, lang) } ?? "-"))</td>"
            }
            s += "</tr>\n"
        }
        s += "<tr class=\"total\"><td>\(e(words.sum))</td>"
        for m in d.months {
            let c = m.anomalyCounts
            s += "<td class=\"num\">\(e(PeriodWording.counts(high: c.high, medium: c.medium, low: c.low, lang)))</td>"
        }
        s += "</tr>\n<tr><td>\(e(words.suspectedFakeOrders))</td>"
        s += d.months.map { "<td class=\"num\">\($0.suspectedFakeOrders)</td>" }.joined()
        return s + "</tr>\n</tbody></table></div>\n"
    }

    func claims(_ d: PeriodDossier, words: DossierPageWords, lang: Language) -> String {
        func e(_ s: String) -> String { HTMLText.escaped(s) }
        guard d.months.contains(where: { !$0.claims.isEmpty }) else { return "<p>\(e(words.noClaims))</p>\n" }
        var s = "<div class=\"scroll\"><table class=\"claims\"><thead><tr>"
        s += words.claimColumns.map { "<th>\(e($0))</th>" }.joined() + "</tr></thead><tbody>\n"
        for m in d.months {
            for c in m.claims {
                func value(_ v: Double?) -> String { v.map { MetricWording.value($0, c.metric) } ?? "-" }
                let icon = c.verdict == .consistent ? "✔" : c.verdict == .overstated ? "✖" : "?"
                s +=
                    "<tr class=\"claim\" data-month=\"\(m.month)\" data-verdict=\"\(c.verdict.rawValue)\"><td>\(m.month)</td>"
                    + "<td>\(e(PeriodWording.metricName(c.metric, platform: nil, item: c.item, lang)))</td><td class=\"num\">\(e(value(c.claimed)))</td>"
                    + "<td class=\"num\">\(e(value(c.measured)))</td><td class=\"num\">\(e(value(c.measuredWithoutFakes)))</td>"
                    + "<td class=\"num\">\(e(c.gap.map(MarkdownReport.claimGap) ?? "-"))</td>"
                    + "<td>\(icon) \(e(ClaimWording.verdict(c.verdict, language: lang)))</td></tr>\n"
            }
        }
        return s + "</tbody></table></div>\n"
    }

    func clauses(_ d: PeriodDossier, words: DossierPageWords, lang: Language) -> String {
        func e(_ s: String) -> String { HTMLText.escaped(s) }
        var s = "<div class=\"scroll\"><table class=\"clauses\"><thead><tr>"
        s += words.clauseColumns.map { "<th>\(e($0))</th>" }.joined() + "</tr></thead><tbody>\n"
        for c in d.clauses {
            let status = VerdictWording.status(c.status, lang)
            let evidence = VerdictWording.evidence(c, lang)
            let holds = c.status == .holds
            s +=
                "<tr class=\"clause\" data-holds=\"\(holds)\"><td>\(e(VerdictWording.clause(c.clause, lang)))"
                + (c.refundTerm.map { "<span class=\"refund-term\">\(e(RefundWording.term($0, lang)))</span>" } ?? "")
                + "</td>"
                + "<td>\(holds ? "<strong>⚠ \(e(status))</strong>" : e(status))</td>"
                + "<td>\(e(evidence.isEmpty ? "-" : evidence))</td></tr>\n"
        }
        return s + "</tbody></table></div>\n"
    }

    func diagnosis(_ d: PeriodDossier, words: DossierPageWords, lang: Language) -> String {
        func e(_ s: String) -> String { HTMLText.escaped(s) }
        var s = "<div class=\"scroll\"><table class=\"diagnosis\"><thead><tr>"
        s += words.diagnosisColumns.map { "<th>\(e($0))</th>" }.joined() + "</tr></thead><tbody>\n"
        for m in d.months {
            s +=
                "<tr><td>\(m.month)</td><td>\(e(PeriodWording.execution(m.diagnosis.execution, lang)))</td>"
                + "<td>\(e(PeriodWording.cooperation(m.diagnosis.cooperation, lang)))</td>"
                + "<td>\(e(PeriodWording.market(m.diagnosis.market, lang)))</td></tr>\n"
        }
        s += "</tbody></table></div>\n<ol>\n"
        s += PeriodWording.diagnosisSummary(d, lang).map { "<li>\(e($0))</li>\n" }.joined()
        return s + "</ol>\n"
    }
}
