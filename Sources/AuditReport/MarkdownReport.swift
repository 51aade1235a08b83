import AuditContract
import AuditMeasure
import AuditRecords
import MonthlyAudit

/// report.md: the monthly audit for the review meeting with the agency, in the options' language.
///
/// The report's own words stand side by side per language (`pick(chinese:english:)`); every
/// sentence built from the audit's data comes from the `…Wording` types.
public struct MarkdownReport: ReportRenderer {
    public let fileName = "report.md"
    /// Orders listed per anomaly before the rest are left to anomalies.csv.
    public var orderIDsShown = 10
    /// Rejected rows listed before the rest are left to rejects.csv.
    public var rejectsShown = 20

    public init() {}

    public func render(_ r: MonthAuditResult, options: ReportOptions) -> [UInt8] {
        let language = options.language
        func words(_ chinese: String, _ english: String) -> String {
            language.pick(chinese: chinese, english: english)
        }
        var md = ""
        func line(_ s: String = "") { md += s + "\n" }
        // Everything from the data goes through these two (the store's files, the contract's
        // names, and every sentence that embeds them); the report's own markup does not.
        func cell(_ s: String) -> String { MarkdownText.tableCell(s) }
        func text(_ s: String) -> String { MarkdownText.escaped(s) }
        func sentences(_ s: [String]) -> String { s.map(text).joined(separator: language.clauseSeparator) }
        let colon = words("：", ": ")
        let period = words("。", ".")

        line(words("# 托管审计报告：", "# Agency audit report: ") + "\(text(r.storeName)) \(r.month)")
        line()
        var meta =
            words("平台：", "Platform: ")
            + r.platforms.map { $0.name(in: language) }.joined(separator: language.listSeparator)
        if !r.agencyName.isEmpty { meta += words(" ｜ 托管方：", " · Agency: ") + text(r.agencyName) }
        let stage = r.stage.map {
            text($0.name) + words("（\($0.from)～\($0.to)）", " (\($0.from) to \($0.to))")
        }
        meta += words(" ｜ 合同阶段：", " · Contract stage: ") + (stage ?? words("无", "none"))
        line(meta)
        line()
        line(words("## 结论", "## Conclusion"))
        line()
        let summary = r.summary
        let reasons = MonthStatusWording.reasons(r, in: language)
        let status = MonthStatusWording.name(summary.status, in: language)
        let statusLabel = words("本月状态：", "Month status: ") + status
        // The reasons name files and cells from the exports: escaped like any text from outside.
        if summary.status == .complete {
            line(
                "- \(statusLabel)"
                    + (reasons.isEmpty
                        ? words("，按导出结算。", ", settled on the exports.") : colon + sentences(reasons) + period))
        } else if reasons.count == 1 {
            line("- **\(statusLabel)**\(colon)" + text(reasons[0]) + period)
        } else {
            line("- **\(statusLabel)**\(colon)")
            for reason in reasons { line("  - \(text(reason))\(period)") }
        }
        if summary.targets == 0 {
            line(words("- 本月没有合同目标可对比。", "- No contract targets to compare this month."))
        } else {
            let overall = summary.overallAttainment.map { DisplayNumber.percent($0) } ?? "-"
            line(
                words(
                    "- 目标达成 \(summary.targetsMet)/\(summary.targets) 项；综合达成率 \(overall)（各项封顶 100% 后平均）。",
                    "- Targets met: \(summary.targetsMet)/\(summary.targets); overall attainment \(overall) (the mean "
                        + "of the targets' attainments, each capped at 100%)."))
        }
        let found = summary.anomalies
        line(
            words(
                "- 异常：高 \(found.high) 项，中 \(found.medium) 项，低 \(found.low) 项。",
                "- Anomalies: high \(found.high), medium \(found.medium), low \(found.low)."))
        let orders = summary.suspiciousOrders
        if orders.total > 0 {
            line(
                words(
                    "- 涉及订单 \(orders.total) 单（风险高 \(orders.high)、中 \(orders.medium)、低 \(orders.low)），"
                        + "逐单清单与依据见 suspicious-orders.csv，可交运营方与平台核实。",
                    "- Orders involved: \(orders.total) (risk high \(orders.high), medium \(orders.medium), low "
                        + "\(orders.low)); the list order by order, with the grounds, is in suspicious-orders.csv, to "
                        + "check with the agency and the platform."))
        }
        if let payable = summary.payable {
            let s = r.settlement
            let (base, deduction, bonus, commission) = (
                DisplayNumber.money(s.baseFee), DisplayNumber.money(s.deduction), DisplayNumber.money(s.bonus),
                DisplayNumber.money(s.commission)
            )
            let service = DisplayNumber.money(s.serviceDeduction)
            line(
                s.serviceDeduction > .zero
                    ? words(
                        "- 本月应付托管费 \(DisplayNumber.money(payable))（基础费 \(base)，扣减 \(deduction)，奖励 \(bonus)，提成 \(commission)，服务条款扣减 \(service)）。",
                        "- Agency fee payable this month: \(DisplayNumber.money(payable)) (base fee \(base), deduction "
                            + "\(deduction), bonus \(bonus), commission \(commission), service standards deduction \(service))."
                    )
                    : words(
                        "- 本月应付托管费 \(DisplayNumber.money(payable))（基础费 \(base)，扣减 \(deduction)，奖励 \(bonus)，提成 \(commission)）。",
                        "- Agency fee payable this month: \(DisplayNumber.money(payable)) (base fee \(base), deduction "
                            + "\(deduction), bonus \(bonus), commission \(commission))."))
        }
        if summary.mayTerminate {
            line(
                words("- **满足无责解约条件**：", "- **Grounds to terminate the contract without liability**: ")
                    + sentences(r.termination.grounds.map { TerminationWording.sentence($0, in: language) }) + period)
            // The refund the contract attaches to a ground that holds, as of this month.
            if r.verdict.refund != nil {
                line("- " + text(RefundWording.line(r.verdict, clauses: r.clauses, language)))
            }
        } else {
            let warnings = sentences(r.termination.warnings.map { TerminationWording.sentence($0, in: language) })
            line(
                words("- 未触发解约条款。", "- No termination clause is triggered.")
                    + (warnings.isEmpty || language == .chinese ? warnings : " " + warnings + "."))
        }
        line()

        line(words("## 目标对比表", "## Target comparison"))
        line()
        let targeted = r.findings
        if targeted.isEmpty {
            line(words("（合同没有覆盖本月的阶段）", "(no stage of the contract covers this month)"))
        } else {
            line(
                words(
                    "| 目标项 | 目标值 | 实际值 | 达成率 | 差异原因 | 改进措施 |",
                    "| Target | Target value | Actual | Attainment | Reason for the gap | Corrective action |"))
            line("|---|---|---|---|---|---|")
            for f in targeted {
                let m = f.metric
                let actual = m.actual.map { MetricWording.value($0, m.key) } ?? words("无数据", "no data")
                let attainment = m.attainment.map { (m.isMet == true ? "✅ " : "❌ ") + DisplayNumber.percent($0) } ?? "-"
                let reason = TargetFindingWording.reason(f, platform: r.platform, in: language)
                let action = TargetFindingWording.action(f, platform: r.platform, in: language)
                // A target with a baseline says what it grows from.
                let basis = r.targetBases.first {
                    $0.metric == m.key && $0.platform == m.platform && $0.item == m.item
                }
                let target = Wording.target(m) + (basis.map { TargetBasisWording.suffix($0, in: language) } ?? "")
                line(
                    "| \(cell(MetricWording.name(m, in: language))) | \(cell(target)) | \(actual) | \(attainment) | \(cell(reason)) | \(cell(action)) |"
                )
            }
        }
        // A per-item target taken whole: how many of its items met their figure.
        let itemTargets = ItemTargetSummary.summaries(r.metrics)
        if !itemTargets.isEmpty {
            line()
            for s in itemTargets { line("- " + text(ItemTargetWording.line(s, in: language)) + period) }
        }
        if let stage = r.stage,
            let later = TargetBasisWording.deferred(r.deferredTargets, judgedIn: stage.to, in: language)
        {
            line()
            line(text(later))
        }
        line()
        let others = r.metrics.filter { $0.target == nil && $0.actual != nil }
        if !others.isEmpty {
            line(
                words("其他指标：", "Other metrics: ")
                    + others.map { "\($0.key.name(in: language)) \(MetricWording.value($0.actual!, $0.key))" }.joined(
                        separator: words("，", ", ")) + period)
            line()
        }
        if let b = r.platformBreakdown { platformTable(b, language: language, line: line) }
        claimsSection(r, options: options, line: line)

        line(words("## 费用结算", "## Fee settlement"))
        line()
        if !r.settlement.withheld.isEmpty {
            let base = DisplayNumber.money(r.settlement.baseFee)
            line(
                words(
                    "暂不结算（见「结论」）：没有计算扣减、奖励和提成。合同约定的基础服务费为 \(base)。",
                    "Settlement withheld (see “Conclusion”): no deduction, bonus or commission is computed. The "
                        + "contract's base service fee is \(base)."))
            line()
        } else if let payable = r.settlement.payable {
            let s = r.settlement
            line(words("| 项目 | 金额 | 说明 |", "| Item | Amount | Note |"))
            line("|---|---|---|")
            line(
                words("| 基础服务费 | ", "| Base service fee | ") + DisplayNumber.money(s.baseFee)
                    + words(" | 合同约定 |", " | as the contract says |"))
            line(
                words("| 未达标扣减 | -", "| Deduction for missed targets | -") + DisplayNumber.money(s.deduction)
                    + " | \(cell(DeductionWording.note(s, in: language))) |")
            if !r.service.checks.isEmpty {
                line(
                    words("| 服务条款扣减 | -", "| Service standards deduction | -") + DisplayNumber.money(s.serviceDeduction)
                        + words(" | 见「服务条款」（手工录入的服务数据） |", " | see “Service standards” (figures typed in) |"))
            }
            line(
                words("| 超额奖励 | ", "| Over-achievement bonus | ") + DisplayNumber.money(s.bonus)
                    + words(
                        " | 全部达标且综合达成率达到约定时发放 |",
                        " | paid when every target is met and overall attainment reaches the agreed level |"))
            let commissionBase = DisplayNumber.money(s.commissionBase)
            line(
                words("| 销售提成 | ", "| Sales commission | ") + DisplayNumber.money(s.commission)
                    + words(
                        " | 按剔除疑似刷单后的销售额 \(commissionBase) 阶梯计算 |",
                        " | tiered on sales excluding suspected fake orders, \(commissionBase) |"))
            line(words("| **应付合计** | **", "| **Total payable** | **") + DisplayNumber.money(payable) + "** | |")
            line()
        }

        serviceSection(r, options: options, line: line)
        profitSection(r, options: options, line: line)
        clausesSection(r, options: options, line: line)

        line(words("## 异常与证据", "## Anomalies and evidence"))
        line()
        if r.anomalies.isEmpty {
            line(words("未发现异常。", "No anomalies found."))
        } else {
            line(words("| 严重度 | 规则 | 日期 | 对象 | 证据 |", "| Severity | Rule | Dates | Subject | Evidence |"))
            line("|---|---|---|---|---|")
            let wording = AnomalyWording(options: options, trafficPlatform: r.trafficPlatform)
            for a in r.anomalies {
                var subject = a.source ?? a.campaign ?? ""
                if !a.orderIDs.isEmpty {
                    let shown = a.orderIDs.prefix(orderIDsShown).joined(separator: " ")
                    subject =
                        words("\(a.orderIDs.count) 单：", English.count(a.orderIDs.count, "order", "orders") + ": ")
                        + shown
                        + (a.orderIDs.count > orderIDsShown
                            ? words(" …（全部见 anomalies.csv）", " … (all in anomalies.csv)") : "")
                }
                line(
                    "| \(a.severity.name(in: language)) | \(a.rule.name(in: language)) | \(Wording.dates(a.dates, in: language)) | \(cell(subject)) | \(cell(wording.evidence(a))) |"
                )
            }
        }
        line()

        settlingSection(r, options: options, line: line)
        line(words("## 诊断三步法", "## Three-step diagnosis"))
        line()
        // The contract's approval clauses add the agency's breaches to 看执行 and the merchant's
        // approvals to 看配合.
        let execution = ThreeStepDiagnosisWording.execution(r, in: language)
        let cooperation = ThreeStepDiagnosisWording.cooperation(r, in: language)
        // The agency's own work, each from its file (or the download that would show it), one item each.
        let work = ThreeStepDiagnosisWording.agencyWork(r, in: language)
        let market = r.diagnosis.market.map {
            ThreeStepDiagnosisWording.sentence($0, platforms: r.platforms, in: language)
        }
        line(
            words("1. **看执行**：", "1. **Execution**: ")
                + (execution.isEmpty ? words("托管方自己的工作如下", "the agency's own work below") : sentences(execution)))
        for w in work { line("   - " + text(w)) }
        line(words("2. **看配合**：", "2. **Cooperation**: ") + sentences(cooperation))
        line(words("3. **看市场**：", "3. **Market**: ") + sentences(market))
        line()

        line(words("## 数据核对", "## Data check"))
        line()
        line(words("每一行都有去向：读取 = 接受 + 拒绝 + 跳过。", "Every row is accounted for: read = accepted + rejected + skipped."))
        line()
        line(
            words(
                "| 文件 | 类型 | 编码 | 读取 | 接受 | 拒绝 | 跳过（汇总/空行/重复/明细/重复表头） | 月外 |",
                "| File | Kind | Encoding | Read | Accepted | Rejected | Skipped (summary/blank/duplicate/breakdown/"
                    + "repeated header) | Outside the month |"))
        line("|---|---|---|---|---|---|---|---|")
        let open = words("（", " (")
        let close = words("）", ")")
        for i in r.inputs {
            let c = i.counts
            let encoding =
                i.container.map { Wording.containerName($0, sheets: i.sheets, in: language) }
                ?? Wording.encodingName(i.encoding)
            line(
                "| \(cell(i.file)) | \(i.kind.name(in: language)) | \(cell(encoding)) | \(c.read) | \(c.accepted) | \(c.rejected) | \(c.skipped)\(open)\(c.skippedSummary)/\(c.skippedBlank)/\(c.skippedDuplicate)/\(c.skippedBreakdown)/\(c.skippedRepeatedHeader)\(close) | \(i.outsideMonth) |"
            )
        }
        let t = r.totalCounts
        line(
            words("| **合计** |", "| **Total** |")
                + " | | \(t.read) | \(t.accepted) | \(t.rejected) | \(t.skipped) | \(r.inputs.reduce(0) { $0 + $1.outsideMonth }) |"
        )
        line()
        for i in r.inputs {
            for n in i.notes { line("- \(text(i.file))\(colon)\(text(ImportNoteWording.sentence(n, in: language)))") }
        }
        for f in r.ignoredFiles {
            line(
                words("- 未读取 ", "- Not read: ") + text(f.file) + colon
                    + text(IgnoredFileWording.reason(f, in: language)))
        }
        if !r.rejects.isEmpty {
            line()
            line(words("被拒绝的行（全部见 rejects.csv）：", "Rejected rows (all in rejects.csv):"))
            line()
            for x in r.rejects.sorted(by: { $0.location < $1.location }).prefix(rejectsShown) {
                let column = x.column == nil ? "" : RejectedRowWording.column(x, in: language) + words(" ", ": ")
                line(
                    "- \(text(x.location.description))\(colon)\(text(column + RejectedRowWording.reason(x, in: language)))"
                )
            }
            if r.rejects.count > rejectsShown {
                let more = r.rejects.count - rejectsShown
                line(words("- …另有 \(more) 行", "- … and \(English.count(more, "more row", "more rows"))"))
            }
        }
        if !r.warnings.isEmpty {
            line()
            line(words("## 提示", "## Warnings"))
            line()
            for w in r.warnings { line("- \(text(MonthWarningWording.sentence(w, in: language)))") }
        }
        line()
        line(
            options.masker.reveal
                ? words(
                    "> 本报告使用了 --reveal-pii：买家姓名、手机号、地址未打码，请勿外传。",
                    "> This report was written with --reveal-pii: buyer names, phones and addresses are not masked; "
                        + "do not pass it on.")
                : words(
                    "> 买家姓名、手机号、地址已打码（需要原文时加 --reveal-pii）。",
                    "> Buyer names, phones and addresses are masked (add --reveal-pii for the originals)."))
        return Array(md.utf8)
    }

    /// 各平台数据: a store on several platforms, each platform's figures beside the store's total.
    func platformTable(_ b: PlatformBreakdown, language: Language, line: (String) -> Void) {
        func words(_ chinese: String, _ english: String) -> String {
            language.pick(chinese: chinese, english: english)
        }
        line(words("## 各平台数据", "## By platform"))
        line("")
        line(
            words(
                "本月的导出来自 \(b.platforms.count) 个平台：合同目标默认按全店合计判定，写明平台的目标按该平台的数据判定（见 README「合同」）。",
                "This month's exports come from \(b.platforms.count) platforms: the contract's targets are judged on "
                    + "the whole store's totals, and a target that names a platform on that platform's figures (see "
                    + "README, “Contract”)."))
        line("")
        line(
            words("| 指标 | ", "| Metric | ")
                + b.platforms.map { $0.platform.name(in: language) }.joined(separator: " | ")
                + words(" | 全店合计 |", " | Store total |"))
        line("|---|" + String(repeating: "---|", count: b.platforms.count + 1))
        for (i, total) in b.total.enumerated() {
            let cells = b.platforms.map { $0.metrics.indices.contains(i) ? $0.metrics[i].actual : nil } + [total.actual]
            guard cells.contains(where: { $0 != nil }) else { continue }
            line(
                "| \(total.key.name(in: language)) | "
                    + cells.map { $0.map { MetricWording.value($0, total.key) } ?? "-" }.joined(separator: " | ") + " |"
            )
        }
        line("")
        if b.hasTraffic {
            let platform = b.trafficPlatform.name(in: language)
            line(
                words(
                    "流量导出（生意参谋 店铺来源）的表头不写平台：计入\(platform)，按\(platform)的来源分类表计算自然流量占比；其他平台的访客类指标为「-」。",
                    "The traffic export's header names no platform: it is counted as \(platform)'s, with the natural "
                        + "traffic share from \(platform)'s table of sources; the visitor metrics of the other "
                        + "platforms are “-”."))
            line("")
        }
    }
}
