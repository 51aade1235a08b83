import AuditContract
import AuditDiagnose
import AuditMeasure
import AuditRecords
import MonthlyAudit

/// report.html: the month as a merchant looks at it and brings to the meeting with the agency.
///
/// One self-contained file (inline CSS and SVG, no script, nothing fetched) that opens by
/// double-click, prints on A4 and reads on a phone. Status is carried by text and an icon of its
/// own shape as well as colour; the charts have their figures in a table beneath them.
public struct HTMLReport: ReportRenderer {
    public let fileName = "report.html"
    /// Orders listed per finding before the rest are left to anomalies.csv.
    public var orderIDsShown = 10
    /// Rejected rows listed before the rest are left to rejects.csv.
    public var rejectsShown = 20

    public init() {}

    public func render(_ r: MonthAuditResult, options: ReportOptions) -> [UInt8] {
        let words = MonthPageWords(language: options.language)
        let say = HTMLSentences(result: r, options: options)
        func e(_ s: String) -> String { HTMLText.escaped(s) }
        var b = ""
        let anchor = { (k: Int) in "anomaly-\(k + 1)" }

        b += "<header>\n<h1>\(e(words.title(store: r.storeName, month: r.month.description)))</h1>\n"
        var meta =
            e(words.platform + words.colon)
            + r.platforms.map { e(say.platform($0)) }.joined(separator: e(words.listSeparator))
        if !r.agencyName.isEmpty { meta += e(words.bar + words.agency + words.colon + r.agencyName) }
        meta += e(words.bar + words.stage + words.colon)
        meta +=
            r.stage.map { e($0.name + words.parenthesized(words.span($0.from.description, $0.to.description))) }
            ?? e(words.noStage)
        b += "<p class=\"meta\">\(meta)</p>\n"
        b += statusBlock(r, words: words, say: say)
        b += "</header>\n"

        b += "<section class=\"first\" id=\"conclusion\">\n<h2>\(e(words.conclusion))</h2>\n<ul>\n"
        let summary = r.summary
        if summary.targets == 0 {
            b += "<li>\(e(words.noTargets))</li>\n"
        } else {
            b +=
                "<li>\(e(words.targetsMet(summary.targetsMet, summary.targets, overall: summary.overallAttainment.map { DisplayNumber.percent($0) } ?? "-")))</li>\n"
        }
        b +=
            "<li>\(e(words.anomalies(high: summary.anomalies.high, medium: summary.anomalies.medium, low: summary.anomalies.low)))</li>\n"
        if summary.suspiciousOrders.total > 0 {
            b += "<li>\(e(words.suspiciousOrders(summary.suspiciousOrders.total)))</li>\n"
        }
        if let payable = summary.payable { b += "<li>\(e(words.payable(DisplayNumber.money(payable))))</li>\n" }
        b += "</ul>\n"
        b += targetTable(r, words: words, say: say)
        b += claims(r, words: words, options: options)
        b += "</section>\n"

        b += "<section id=\"daily\">\n<h2>\(e(words.daily))</h2>\n"
        b += MonthCharts(result: r, words: words, sentences: say, anchor: anchor).html
        b += "</section>\n"

        b += "<section id=\"findings\">\n<h2>\(e(words.findings))</h2>\n"
        b += findings(r, words: words, say: say, anchor: anchor)
        b += "</section>\n"

        b += "<section id=\"settlement\">\n<h2>\(e(words.settlement))</h2>\n"
        b += settlement(r, words: words, options: options)
        b += service(r, options: options)
        b += profit(r, options: options)
        b += clauseChecks(r, options: options)
        b += "<h3>\(e(words.termination))</h3>\n<ul>\n"
        if r.termination.mayTerminate {
            for g in r.termination.grounds { b += "<li><strong>⚠ \(e(say.ground(g)))</strong></li>\n" }
            // The refund the contract attaches to a ground that holds, as of this month.
            if r.verdict.refund != nil {
                b +=
                    "<li class=\"refund\">\(e(RefundWording.line(r.verdict, clauses: r.clauses, options.language)))</li>\n"
            }
        } else {
            b += "<li>\(e(words.noTermination))</li>\n"
        }
        for w in r.termination.warnings { b += "<li>\(e(say.warning(w)))</li>\n" }
        b += "</ul>\n"
        b += "<h3>\(e(words.diagnosis))</h3>\n<ol>\n"
        for (name, lines, work) in [
            (words.execution, say.execution, say.agencyWork), (words.cooperation, say.cooperation, []),
            (words.market, say.market, []),
        ] {
            let sub = work.isEmpty ? "" : "<ul>" + work.map { "<li>\(e($0))</li>" }.joined() + "</ul>"
            b +=
                "<li><strong>\(e(name))</strong>\(e(words.colon))\(lines.map(e).joined(separator: e(words.clauseSeparator)))\(sub)</li>\n"
        }
        b += "</ol>\n</section>\n"

        b += "<section id=\"coverage\">\n<h2>\(e(words.cannotShow))</h2>\n"
        b += settling(r, words: words, options: options)
        b += cannotShow(r, words: words, say: say)
        b += accounting(r, words: words, say: say)
        b += "</section>\n"
        b += "<footer><p class=\"note\">\(e(options.masker.reveal ? words.revealed : words.masked))</p></footer>\n"
        return HTMLPage(
            language: options.language, title: words.title(store: r.storeName, month: r.month.description), body: b
        ).bytes
    }

    /// The month's status in one line, with an icon of its own shape for each status.
    func statusBlock(_ r: MonthAuditResult, words: MonthPageWords, say: HTMLSentences) -> String {
        func e(_ s: String) -> String { HTMLText.escaped(s) }
        let icon: String
        switch r.status {
        case .complete: icon = "✔"
        case .withheld: icon = "⏸"
        case .unusable: icon = "✖"
        }
        var s =
            "<div class=\"status\" id=\"status\"><strong>\(icon) \(e(words.monthStatus + words.colon + say.statusName(r.status)))</strong>"
        let reasons = say.statusReasons
        if r.status == .complete {
            s += e(words.comma + words.settledOnExports)
            if let payable = r.summary.payable { s += e(words.comma + words.payable(DisplayNumber.money(payable))) }
            if !reasons.isEmpty { s += e(words.clauseSeparator + reasons.joined(separator: words.clauseSeparator)) }
        } else {
            s += e(words.colon + reasons.joined(separator: words.clauseSeparator))
        }
        s += e(words.stop)
        if r.termination.mayTerminate { s += "<br><strong>⚠ \(e(words.mayTerminate))</strong>" }
        let t = r.totalCounts
        s +=
            "<br>\(e(words.coverage + words.colon))\(e(words.coverageLine(files: r.inputs.count, read: t.read, accepted: t.accepted, rejected: t.rejected, skipped: t.skipped)))"
        let timeUnknown = r.inputs.reduce(0) { $0 + $1.timeUnknownOrders }
        if timeUnknown > 0 { s += e(words.clauseSeparator + words.timeUnknown(timeUnknown)) }
        if r.daily.ordersWithMaskedPhone > 0 {
            s += e(words.clauseSeparator + words.maskedPhones(r.daily.ordersWithMaskedPhone))
        }
        return s + "</div>\n"
    }

    /// How a target stands: met, within 10% of it, missed, or unknown without a figure.
    enum Standing: String {
        case met, near, missed, unknown

        init(_ m: MetricValue) {
            guard let a = m.attainment else {
                self = .unknown
                return
            }
            self = a >= 1 - 1e-9 ? .met : a >= 0.9 ? .near : .missed
        }

        var icon: String {
            switch self {
            case .met: return "✔"
            case .near: return "◆"
            case .missed: return "✖"
            case .unknown: return "?"
            }
        }

        func name(_ w: MonthPageWords) -> String {
            switch self {
            case .met: return w.met
            case .near: return w.near
            case .missed: return w.missed
            case .unknown: return w.unknown
            }
        }
    }

    /// An attainment bar: the share of the target reached, capped at the bar's end, with a tick at 100%.
    static func bar(_ attainment: Double, standing: Standing) -> String {
        let filled = DisplayNumber.fixed(min(1.2, max(0, attainment)) / 1.2 * 90, decimals: 1)
        let hundred = DisplayNumber.fixed(90 / 1.2, decimals: 1)
        let style = ["met": "own", "near": "paid", "missed": "over", "unknown": "other"][standing.rawValue]!
        return
            "<svg class=\"attain\" viewBox=\"0 0 90 10\" aria-hidden=\"true\"><rect class=\"other\" fill-opacity=\"0.25\" "
            + "width=\"90\" height=\"10\"/><rect class=\"\(style)\" data-attainment=\"\(DisplayNumber.fixed(attainment, decimals: 4))\" "
            + "width=\"\(filled)\" height=\"10\"/><line class=\"axis\" x1=\"\(hundred)\" x2=\"\(hundred)\" y1=\"0\" y2=\"10\"/></svg>"
    }

    func targetTable(_ r: MonthAuditResult, words: MonthPageWords, say: HTMLSentences) -> String {
        func e(_ s: String) -> String { HTMLText.escaped(s) }
        var s = "<h3 id=\"targets\">\(e(words.targetTable))</h3>\n"
        guard !r.findings.isEmpty else { return s + "<p>\(e(words.noStageCovers))</p>\n" }
        s += "<div class=\"scroll\"><table class=\"targets\"><thead><tr>"
        for h in [
            words.metric, words.targetValue, words.actual, words.withoutFakes, words.attainment, words.gapReason,
            words.correctiveAction,
        ] {
            s += "<th>\(e(h))</th>"
        }
        s += "</tr></thead><tbody>\n"
        for f in r.findings {
            let m = f.metric
            let standing = Standing(m)
            s +=
                "<tr class=\"target\" data-standing=\"\(standing.rawValue)\" data-metric=\"\(m.key.rawValue)\"><td>\(e(say.metricName(m)))</td>"
            // A target with a baseline says what it grows from.
            let basis = r.targetBases.first {
                $0.metric == m.key && $0.platform == m.platform && $0.item == m.item
            }
            s +=
                "<td class=\"num\">\(e(say.target(m)))"
                + (basis.map {
                    "<br><span class=\"basis\">\(e(TargetBasisWording.suffix($0, in: say.language)))</span>"
                }
                    ?? "") + "</td>"
            s += "<td class=\"num\">\(e(m.actual.map { say.value($0, m.key) } ?? words.noData))</td>"
            s += "<td class=\"num\">\(e(m.actualExcludingSuspicious.map { say.value($0, m.key) } ?? "-"))</td>"
            s += "<td class=\"num \(standing.rawValue)\">"
            if let a = m.attainment { s += Self.bar(a, standing: standing) + " " + DisplayNumber.percent(a) + "<br>" }
            s += "\(standing.icon) \(e(standing.name(words)))</td>"
            s += "<td>\(e(say.reason(f)))</td><td>\(e(say.action(f)))</td></tr>\n"
        }
        s += "</tbody></table></div>\n"
        // A per-item target taken whole: how many of its items met their figure.
        let itemTargets = ItemTargetSummary.summaries(r.metrics)
        if !itemTargets.isEmpty {
            s +=
                "<ul class=\"item-targets\">\n"
                + itemTargets.map {
                    "<li data-metric=\"\($0.metric.rawValue)\">\(e(ItemTargetWording.line($0, in: say.language) + words.stop))</li>\n"
                }.joined() + "</ul>\n"
        }
        if let stage = r.stage,
            let later = TargetBasisWording.deferred(r.deferredTargets, judgedIn: stage.to, in: say.language)
        {
            s += "<p class=\"deferred\">\(e(later))</p>\n"
        }
        let others = r.metrics.filter { $0.target == nil && $0.actual != nil }
        if !others.isEmpty {
            s +=
                "<p>\(e(words.otherMetrics + words.colon))"
                + others.map { e("\(say.metricName($0.key)) \(say.value($0.actual!, $0.key))") }.joined(
                    separator: e(words.comma))
                + "</p>\n"
        }
        return s
    }

    func findings(_ r: MonthAuditResult, words: MonthPageWords, say: HTMLSentences, anchor: (Int) -> String) -> String {
        func e(_ s: String) -> String { HTMLText.escaped(s) }
        guard !r.anomalies.isEmpty else { return "<p>\(e(words.noFindings))</p>\n" }
        var s = "<div class=\"scroll\"><table class=\"findings\"><thead><tr>"
        for h in [words.severity, words.rule, words.dates, words.subject, words.evidence] { s += "<th>\(e(h))</th>" }
        s += "</tr></thead><tbody>\n"
        for (k, a) in r.anomalies.enumerated() {
            let icon = a.severity == .high ? "▲" : a.severity == .medium ? "●" : "○"
            var subject = a.source ?? a.campaign ?? ""
            if !a.orderIDs.isEmpty {
                subject =
                    words.orders(a.orderIDs.count) + words.colon
                    + a.orderIDs.prefix(orderIDsShown).joined(separator: " ")
                if a.orderIDs.count > orderIDsShown { subject += " " + words.allInCSV }
            }
            s +=
                "<tr class=\"anchor finding sev-\(a.severity.rawValue)\" id=\"\(anchor(k))\" data-rule=\"\(a.rule.rawValue)\">"
            s += "<td>\(icon) \(e(say.severity(a.severity)))</td><td>\(e(say.ruleName(a.rule)))</td>"
            s += "<td>\(e(say.dates(a.dates)))</td><td>\(e(subject))</td><td>\(e(say.evidence(a)))</td></tr>\n"
        }
        return s + "</tbody></table></div>\n"
    }

    func settlement(_ r: MonthAuditResult, words: MonthPageWords, options: ReportOptions) -> String {
        func e(_ s: String) -> String { HTMLText.escaped(s) }
        let st = r.settlement
        guard let payable = st.payable else {
            return
                "<p>\(e(words.withheldNote)) \(e(words.baseFee + words.colon))\(DisplayNumber.money(st.baseFee))</p>\n"
        }
        var s =
            "<table class=\"settlement\"><thead><tr><th>\(e(words.item))</th><th class=\"num\">\(e(words.amount))</th></tr></thead><tbody>\n"
        s += "<tr><td>\(e(words.baseFee))</td><td class=\"num\">\(DisplayNumber.money(st.baseFee))</td></tr>\n"
        // Which clause took the deduction (proportional, per point, flat, the trial's share).
        s +=
            "<tr class=\"deduction\"><td>\(e(words.deduction))<br><span class=\"note\">"
            + "\(e(DeductionWording.note(st, in: options.language)))</span></td>"
            + "<td class=\"num\">-\(DisplayNumber.money(st.deduction))</td></tr>\n"
        s += "<tr><td>\(e(words.bonus))</td><td class=\"num\">\(DisplayNumber.money(st.bonus))</td></tr>\n"
        s +=
            "<tr><td>\(e(words.commission + words.parenthesized(words.commissionBase(DisplayNumber.money(st.commissionBase)))))</td><td class=\"num\">\(DisplayNumber.money(st.commission))</td></tr>\n"
        // Service terms (manual.csv's typed-in figures) take their own deduction off the fee.
        if st.serviceDeduction != .zero {
            s +=
                "<tr><td>\(e(words.serviceDeduction))</td><td class=\"num\">-\(DisplayNumber.money(st.serviceDeduction))</td></tr>\n"
        }
        s +=
            "<tr class=\"total\"><td>\(e(words.total))</td><td class=\"num\">\(DisplayNumber.money(payable))</td></tr>\n"
        return s + "</tbody></table>\n"
    }

    /// Coverage, apart from the verdict: what could not be measured stays unknown.
    func cannotShow(_ r: MonthAuditResult, words: MonthPageWords, say: HTMLSentences) -> String {
        func e(_ s: String) -> String { HTMLText.escaped(s) }
        var items: [String] = []
        for f in r.findings where f.metric.actual == nil {
            items.append(words.unmeasured(say.metricName(f.metric)) + words.colon + say.reason(f))
        }
        for w in r.warnings { items.append(say.monthWarning(w)) }
        for f in r.ignoredFiles { items.append(words.notRead + " " + f.file + words.colon + say.ignored(f)) }
        guard !items.isEmpty else { return "<p>\(e(words.cannotShowNone))</p>\n" }
        return "<ul>\n" + items.map { "<li>\(e($0))</li>\n" }.joined() + "</ul>\n"
    }

    func accounting(_ r: MonthAuditResult, words: MonthPageWords, say: HTMLSentences) -> String {
        func e(_ s: String) -> String { HTMLText.escaped(s) }
        var s =
            "<h3>\(e(words.accounting))</h3>\n<p>\(e(words.accountingNote))</p>\n<div class=\"scroll\"><table class=\"inputs\"><thead><tr>"
        for h in [words.file, words.kind, words.format] { s += "<th>\(e(h))</th>" }
        for h in [words.read, words.accepted, words.rejected, words.skipped, words.outsideMonth] {
            s += "<th class=\"num\">\(e(h))</th>"
        }
        s += "</tr></thead><tbody>\n"
        for i in r.inputs {
            let c = i.counts
            s += "<tr><td>\(e(i.file))</td><td>\(e(say.kind(i.kind)))</td><td>\(e(say.container(i)))</td>"
            s +=
                [c.read, c.accepted, c.rejected, c.skipped, i.outsideMonth].map { "<td class=\"num\">\($0)</td>" }
                .joined() + "</tr>\n"
        }
        let t = r.totalCounts
        s += "<tr class=\"total\"><td>\(e(words.sum))</td><td></td><td></td>"
        s += [t.read, t.accepted, t.rejected, t.skipped, r.inputs.reduce(0) { $0 + $1.outsideMonth }].map {
            "<td class=\"num\">\($0)</td>"
        }.joined()
        s += "</tr>\n</tbody></table></div>\n"
        let notes = r.inputs.flatMap { i in i.notes.map { i.file + words.colon + say.note($0) } }
        if !notes.isEmpty { s += "<ul class=\"note\">\n" + notes.map { "<li>\(e($0))</li>\n" }.joined() + "</ul>\n" }
        if !r.rejects.isEmpty {
            s += "<h3>\(e(words.rejectedRows))</h3>\n<ul>\n"
            for x in r.rejects.sorted(by: { $0.location < $1.location }).prefix(rejectsShown) {
                s += "<li>\(e(x.location.description + words.colon + say.rejectReason(x)))</li>\n"
            }
            if r.rejects.count > rejectsShown { s += "<li>\(e(words.moreRows(r.rejects.count - rejectsShown)))</li>\n" }
            s += "</ul>\n"
        }
        return s
    }
}
