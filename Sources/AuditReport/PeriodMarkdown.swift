import AuditContract
import AuditMeasure
import AuditRecords
import PeriodAudit

/// period.md: every audited month of the contract period side by side, the termination clauses,
/// the three-step diagnosis over the period, and the verdict with a message to send the agency.
public struct PeriodMarkdown: PeriodRenderer {
    public let fileName = "period.md"
    public init() {}

    public func render(_ d: PeriodDossier, options: ReportOptions) -> [UInt8] {
        guard let first = d.firstMonth, let last = d.lastMonth else { return [] }
        let zh = options.language == .chinese
        let lang = options.language
        var md = ""
        func line(_ s: String = "") { md += s + "\n" }
        // Names from the contract and titles from the exports go through these; the page's own
        // markup does not.
        func cell(_ s: String) -> String { MarkdownText.tableCell(s) }
        func text(_ s: String) -> String { MarkdownText.escaped(s) }
        func row(_ cells: [String]) { line("| " + cells.joined(separator: " | ") + " |") }
        func rule(_ columns: Int) { line("|" + String(repeating: "---|", count: columns)) }
        let months = d.months.map(\.month.description)
        let span = PeriodWording.period(first, last, lang)

        line(
            zh ? "# 合同期审计档案：\(text(d.storeName))（\(span)）" : "# Contract-period dossier: \(text(d.storeName)) (\(span))"
        )
        line()
        var meta =
            (zh ? "平台：" : "Platforms: ")
            + d.platforms.map { PeriodWording.platform($0, lang) }.joined(separator: zh ? "、" : ", ")
        if !d.agencyName.isEmpty { meta += zh ? " ｜ 托管方：\(text(d.agencyName))" : " | Agency: \(text(d.agencyName))" }
        meta += zh ? " ｜ 审计月份：\(d.months.count) 个" : " | Months audited: \(d.months.count)"
        line(meta)
        line()

        line(zh ? "## 结论" : "## Verdict")
        line()
        line("**" + VerdictWording.headline(d.verdict, lang) + "**")
        line()
        switch d.verdict {
        case .terminate(let grounds):
            line(zh ? "满足的解约条款（第一条为主要依据）：" : "Termination grounds met (the first is the main one):")
            line()
            for g in grounds { line("- " + text(VerdictWording.clauseLine(g, lang))) }
            line("- " + text(RefundWording.line(d.verdict, clauses: d.clauses, lang)))
        case .demandRectification(let items, let deadline):
            line(zh ? "需要托管方在 \(deadline) 前书面说明并整改：" : "The agency is to explain and put right by \(deadline):")
            line()
            for i in items { line("- " + text(VerdictWording.item(i, lang))) }
        case .continue:
            line(
                zh
                    ? "没有满足的解约条款，也没有需要整改的月份或发现。"
                    : "No termination ground is met and no month or finding needs rectification.")
        }
        let weighing = d.weighing
        if !weighing.isEmpty {
            line()
            line(
                zh
                    ? "诊断的权衡（缺口中有多少来自商家或市场）："
                    : "The diagnosis weighed (how much of each miss is the merchant's or the market's):")
            line()
            for w in weighing { line("- " + text(VerdictWording.weighing(w, lang))) }
        }
        let unsettled = d.months.filter { $0.fees.payable == nil }.map(\.month)
        if !unsettled.isEmpty { line("- " + VerdictWording.unsettled(unsettled, lang)) }
        if let n = d.notice { line("- " + NoticeWording.line(n, lang) + (zh ? "。" : ".")) }
        line()
        line(zh ? "可直接发给托管方的文字：" : "A message to send the agency as it is:")
        line()
        // The message's own line breaks stay; any a name from the contract holds is shown as `\n`.
        let message = VerdictWording.messageLines(
            d.verdict, storeName: d.storeName, agencyName: d.agencyName, from: first, to: last, unsettled: unsettled,
            clauses: d.clauses, notice: d.notice, weighing: weighing,
            lang
        ).map(ControlCharacters.visible).joined(separator: "\n")
        let fence = Self.fence(for: message)
        line(fence + "text")
        line(message)
        line(fence)
        line()

        line(zh ? "## 各月目标达成" : "## Targets month by month")
        line()
        row([zh ? "目标项" : "Target"] + months)
        rule(months.count + 1)
        for target in d.targetRows {
            let cells = d.months.map { m -> String in
                guard let t = m.targets.first(where: { $0.row == target }) else { return "-" }
                return Self.attainment(t, lang)
            }
            row(
                [cell(PeriodWording.metricName(target.metric, platform: target.platform, item: target.item, lang))]
                    + cells)
        }
        row(
            [zh ? "**综合达成率**" : "**Overall attainment**"]
                + d.months.map { $0.overallAttainment.map { DisplayNumber.percent($0) } ?? "-" })
        row([zh ? "目标达成" : "Targets met"] + d.months.map { "\($0.targetsMet)/\($0.targets.count)" })
        row([zh ? "阶段" : "Stage"] + d.months.map { cell($0.stage?.name ?? "-") })
        row([zh ? "状态" : "Status"] + d.months.map { PeriodWording.status($0.status, lang) })
        line()
        line(
            zh
                ? "单元格：实际值 / 目标值（达成率），✅ 达成，❌ 未达成；综合达成率为各项封顶 100% 后的平均；暂不结算的月份不计达成率，原因见该月 report.md。"
                : "Cells: measured / target (attainment), ✅ met, ❌ missed; overall attainment is the mean with each target capped at 100%; a withheld month has none (its report.md says why)."
        )
        line()

        fees(d, lang: lang, line: line, row: row, rule: rule)
        anomalies(d, lang: lang, line: line, row: row, rule: rule)
        claims(d, lang: lang, line: line, row: row, rule: rule)

        line(zh ? "## 解约条款" : "## Termination clauses")
        line()
        row(zh ? ["条款", "状态", "满足或计入的月份与发现"] : ["Clause", "Status", "Months and findings that meet it or count"])
        rule(3)
        for c in d.clauses {
            let status = VerdictWording.status(c.status, lang)
            let evidence = VerdictWording.evidence(c, lang)
            row([
                VerdictWording.clause(c.clause, lang) + (c.refundTerm.map { RefundWording.term($0, lang) } ?? ""),
                c.status == .holds ? "**\(status)**" : status,
                evidence.isEmpty ? "-" : cell(evidence),
            ])
        }
        line()

        line(zh ? "## 诊断三步法（全期）" : "## Three-step diagnosis over the period")
        line()
        row(zh ? ["月份", "看执行", "看配合", "看市场"] : ["Month", "Execution", "Cooperation", "Market"])
        rule(4)
        for m in d.months {
            row([
                m.month.description, cell(PeriodWording.execution(m.diagnosis.execution, lang)),
                cell(PeriodWording.cooperation(m.diagnosis.cooperation, lang)),
                cell(PeriodWording.market(m.diagnosis.market, lang)),
            ])
        }
        line()
        for (i, s) in PeriodWording.diagnosisSummary(d, lang).enumerated() { line("\(i + 1). " + text(s)) }
        line()
        line(
            zh
                ? "> 本档案汇总各月审计；每月的证据、订单与数据核对见 `<YYYY-MM>/report.md`。"
                : "> This dossier gathers the monthly audits; each month's evidence, orders and row accounting are in `<YYYY-MM>/report.md`."
        )
        return Array(md.utf8)
    }

    /// `✅ 1,600 / 1,500（106.7%）`: a target's figure against its line.
    static func attainment(_ t: PeriodDossier.TargetAttainment, _ language: Language) -> String {
        let zh = language == .chinese
        let line = (t.metric.lowerIsBetter ? "≤ " : "") + MetricWording.value(t.target, t.metric)
        guard let actual = t.actual else { return (zh ? "无数据 / " : "no data / ") + line }
        let mark = t.met == true ? "✅ " : t.met == false ? "❌ " : ""
        let share = t.attainment.map { DisplayNumber.percent($0) } ?? "-"
        return mark + MetricWording.value(actual, t.metric) + " / " + line + (zh ? "（\(share)）" : " (\(share))")
    }

    /// The fee table: each month's settlement, and the settled months added up.
    func fees(
        _ d: PeriodDossier, lang: Language, line: (String) -> Void, row: ([String]) -> Void, rule: (Int) -> Void
    ) {
        let zh = lang == .chinese
        func money(_ m: Money) -> String { DisplayNumber.money(m) }
        func minus(_ m: Money) -> String { m == .zero ? money(m) : "-" + money(m) }
        line(zh ? "## 费用" : "## Fees")
        line("")
        let t = d.feeTotals
        // The service standards' column only where one took something, so other dossiers read as before.
        let service = t.serviceDeduction > .zero
        func serviceCell(_ m: Money) -> [String] { service ? [minus(m)] : [] }
        row(
            zh
                ? ["月份", "状态", "基础服务费", "未达标扣减"] + (service ? ["服务条款扣减"] : [])
                    + ["超额奖励", "销售提成", "应付合计", "疑似刷单未计提成"]
                : ["Month", "Status", "Base fee", "Deduction"] + (service ? ["Service deduction"] : [])
                    + ["Bonus", "Commission", "Payable", "Commission not paid on suspected fakes"])
        rule(service ? 9 : 8)
        for m in d.months {
            let f = m.fees
            guard let payable = f.payable else {
                row(
                    [m.month.description, PeriodWording.status(m.status, lang), money(f.base), "-"]
                        + (service ? ["-"] : []) + ["-", "-", "-", "-"])
                continue
            }
            row(
                [m.month.description, PeriodWording.status(m.status, lang), money(f.base), minus(f.deduction)]
                    + serviceCell(f.serviceDeduction)
                    + [money(f.bonus), money(f.commission), money(payable), money(f.commissionOnSuspected)])
        }
        row(
            [
                zh ? "**合计**（已结算 \(t.monthsSettled) 个月）" : "**Total** (\(t.monthsSettled) settled)", "",
                money(t.base), minus(t.deduction),
            ] + serviceCell(t.serviceDeduction)
                + [money(t.bonus), money(t.commission), "**\(money(t.payable))**", money(t.commissionOnSuspected)])
        line("")
        line(
            zh
                ? "提成按剔除疑似刷单后的销售额计算；最后一列是疑似刷单订单的销售额若计入会多出的提成：托管方按全部销售额开票时，这部分应扣回。"
                    + (t.monthsWithheld > 0 ? "暂不结算的 \(t.monthsWithheld) 个月不计入合计（补齐导出、重新审计后再结算）。" : "")
                : "Commission is on sales excluding suspected fake orders; the last column is what those orders' sales would add: "
                    + "to be taken back if the agency invoices on all sales."
                    + (t.monthsWithheld > 0
                        ? " The \(t.monthsWithheld) withheld month(s) are not in the total (complete the exports and audit again)."
                        : "")
        )
        line("")
    }

    /// Findings by month and rule, with the suspected fake orders per month.
    func anomalies(
        _ d: PeriodDossier, lang: Language, line: (String) -> Void, row: ([String]) -> Void, rule: (Int) -> Void
    ) {
        let zh = lang == .chinese
        line(zh ? "## 异常（按月、按规则）" : "## Findings by month and rule")
        line("")
        let rules = d.anomalyRules
        guard !rules.isEmpty else {
            line(zh ? "各月均未发现异常。" : "No month has a finding.")
            line("")
            return
        }
        row([zh ? "规则" : "Rule"] + d.months.map(\.month.description))
        rule(d.months.count + 1)
        for r in rules {
            row(
                [PeriodWording.rule(r, lang)]
                    + d.months.map { m in
                        guard let t = m.anomalies.first(where: { $0.rule == r }) else { return "-" }
                        return PeriodWording.counts(high: t.high, medium: t.medium, low: t.low, lang)
                    })
        }
        row(
            [zh ? "**合计**" : "**Total**"]
                + d.months.map {
                    PeriodWording.counts(
                        high: $0.anomalyCounts.high, medium: $0.anomalyCounts.medium, low: $0.anomalyCounts.low, lang)
                })
        row([zh ? "疑似刷单订单（高/中）" : "Suspected fake orders (high/medium)"] + d.months.map { "\($0.suspectedFakeOrders)" })
        line("")
    }

    /// What the agency reported, month by month, beside what the exports show.
    func claims(
        _ d: PeriodDossier, lang: Language, line: (String) -> Void, row: ([String]) -> Void, rule: (Int) -> Void
    ) {
        let zh = lang == .chinese
        line(zh ? "## 运营方汇报 vs 平台导出" : "## The agency's report against the platform's exports")
        line("")
        guard d.months.contains(where: { !$0.claims.isEmpty }) else {
            line(
                zh
                    ? "各月文件夹里都没有 agency-claims.csv（运营方汇报的数字）。"
                    : "No month folder holds an agency-claims.csv (the figures the agency reported).")
            line("")
            return
        }
        row(
            zh
                ? ["月份", "指标", "运营方汇报", "平台导出", "剔除疑似刷单后", "夸大幅度", "结论"]
                : ["Month", "Metric", "Reported", "Exports", "Without suspected fakes", "Overstated by", "Verdict"])
        rule(7)
        for m in d.months {
            for c in m.claims {
                func value(_ v: Double?) -> String { v.map { MetricWording.value($0, c.metric) } ?? "-" }
                let mark = c.verdict == .consistent ? "✅ " : c.verdict == .overstated ? "❌ " : "— "
                row([
                    m.month.description, PeriodWording.metricName(c.metric, platform: nil, item: c.item, lang),
                    value(c.claimed), value(c.measured),
                    value(c.measuredWithoutFakes), c.gap.map(MarkdownReport.claimGap) ?? "-",
                    mark + ClaimWording.verdict(c.verdict, language: lang),
                ])
            }
        }
        line("")
    }

    /// A code fence longer than any run of backticks in `text`, so the text cannot close it.
    static func fence(for text: String) -> String {
        var longest = 0
        var run = 0
        for c in text {
            run = c == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        return String(repeating: "`", count: max(3, longest + 1))
    }
}
