import AuditMeasure
import AuditRecords
import MonthlyAudit

/// report.md: the Chinese monthly audit for the review meeting with the agency.
public struct MarkdownReport: ReportRenderer {
    public let fileName = "report.md"
    /// Orders listed per anomaly before the rest are left to anomalies.csv.
    public var orderIDsShown = 10
    /// Rejected rows listed before the rest are left to rejects.csv.
    public var rejectsShown = 20

    public init() {}

    public func render(_ r: MonthAuditResult, options: ReportOptions) -> [UInt8] {
        var md = ""
        func line(_ s: String = "") { md += s + "\n" }
        // Everything from the data goes through these two (the store's files, the contract's
        // names, and every sentence that embeds them); the report's own markup does not.
        func cell(_ s: String) -> String { MarkdownText.tableCell(s) }
        func text(_ s: String) -> String { MarkdownText.escaped(s) }
        func sentences(_ s: [String]) -> String { s.map(text).joined(separator: "；") }

        line("# 托管审计报告：\(text(r.storeName)) \(r.month)")
        line()
        var meta = "平台：" + r.platforms.map(\.displayName).joined(separator: "、")
        if !r.agencyName.isEmpty { meta += " ｜ 托管方：\(text(r.agencyName))" }
        meta += " ｜ 合同阶段：\(r.stage.map { "\(text($0.name))（\($0.from)～\($0.to)）" } ?? "无")"
        line(meta)
        line()
        line("## 结论")
        line()
        let summary = r.summary
        let reasons = MonthStatusWording.reasons(r)
        let status = MonthStatusWording.name(summary.status)
        // The reasons name files and cells from the exports: escaped like any text from outside.
        if summary.status == .complete {
            line("- 本月状态：\(status)" + (reasons.isEmpty ? "，按导出结算。" : "：" + sentences(reasons) + "。"))
        } else if reasons.count == 1 {
            line("- **本月状态：\(status)**：" + text(reasons[0]) + "。")
        } else {
            line("- **本月状态：\(status)**：")
            for reason in reasons { line("  - \(text(reason))。") }
        }
        if summary.targets == 0 {
            line("- 本月没有合同目标可对比。")
        } else {
            line(
                "- 目标达成 \(summary.targetsMet)/\(summary.targets) 项；综合达成率 \(summary.overallAttainment.map { DisplayNumber.percent($0) } ?? "-")（各项封顶 100% 后平均）。"
            )
        }
        let found = summary.anomalies
        line("- 异常：高 \(found.high) 项，中 \(found.medium) 项，低 \(found.low) 项。")
        let orders = summary.suspiciousOrders
        if orders.total > 0 {
            line(
                "- 涉及订单 \(orders.total) 单（风险高 \(orders.high)、中 \(orders.medium)、低 \(orders.low)），"
                    + "逐单清单与依据见 suspicious-orders.csv，可交运营方与平台核实。")
        }
        if let payable = summary.payable {
            line(
                "- 本月应付托管费 \(DisplayNumber.money(payable))（基础费 \(DisplayNumber.money(r.settlement.baseFee))，扣减 \(DisplayNumber.money(r.settlement.deduction))，奖励 \(DisplayNumber.money(r.settlement.bonus))，提成 \(DisplayNumber.money(r.settlement.commission))）。"
            )
        }
        if summary.mayTerminate {
            line("- **满足无责解约条件**：" + sentences(r.termination.grounds.map(TerminationWording.sentence)) + "。")
        } else {
            line("- 未触发解约条款。" + sentences(r.termination.warnings.map(TerminationWording.sentence)))
        }
        line()

        line("## 目标对比表")
        line()
        let targeted = r.findings
        if targeted.isEmpty {
            line("（合同没有覆盖本月的阶段）")
        } else {
            line("| 目标项 | 目标值 | 实际值 | 达成率 | 差异原因 | 改进措施 |")
            line("|---|---|---|---|---|---|")
            for f in targeted {
                let m = f.metric
                let actual = m.actual.map { MetricWording.value($0, m.key) } ?? "无数据"
                let attainment = m.attainment.map { (m.isMet == true ? "✅ " : "❌ ") + DisplayNumber.percent($0) } ?? "-"
                line(
                    "| \(cell(MetricWording.name(m))) | \(Wording.target(m)) | \(actual) | \(attainment) | \(cell(TargetFindingWording.reason(f, platform: r.platform))) | \(cell(TargetFindingWording.action(f, platform: r.platform))) |"
                )
            }
        }
        line()
        let others = r.metrics.filter { $0.target == nil && $0.actual != nil }
        if !others.isEmpty {
            line(
                "其他指标："
                    + others.map { "\($0.key.displayName) \(MetricWording.value($0.actual!, $0.key))" }.joined(
                        separator: "，") + "。")
            line()
        }
        if let b = r.platformBreakdown { platformTable(b, line: line) }
        claimsSection(r, options: options, line: line)

        line("## 费用结算")
        line()
        if !r.settlement.withheld.isEmpty {
            line(
                "暂不结算（见「结论」）：没有计算扣减、奖励和提成。合同约定的基础服务费为 \(DisplayNumber.money(r.settlement.baseFee))。"
            )
            line()
        } else if let payable = r.settlement.payable {
            line("| 项目 | 金额 | 说明 |")
            line("|---|---|---|")
            line("| 基础服务费 | \(DisplayNumber.money(r.settlement.baseFee)) | 合同约定 |")
            line(
                "| 未达标扣减 | -\(DisplayNumber.money(r.settlement.deduction)) | 按综合达成率 \(r.settlement.overallAttainment.map { DisplayNumber.percent($0) } ?? "-") 的缺口比例扣减 |"
            )
            line("| 超额奖励 | \(DisplayNumber.money(r.settlement.bonus)) | 全部达标且综合达成率达到约定时发放 |")
            line(
                "| 销售提成 | \(DisplayNumber.money(r.settlement.commission)) | 按剔除疑似刷单后的销售额 \(DisplayNumber.money(r.settlement.commissionBase)) 阶梯计算 |"
            )
            line("| **应付合计** | **\(DisplayNumber.money(payable))** | |")
            line()
        }

        line("## 异常与证据")
        line()
        if r.anomalies.isEmpty {
            line("未发现异常。")
        } else {
            line("| 严重度 | 规则 | 日期 | 对象 | 证据 |")
            line("|---|---|---|---|---|")
            let wording = AnomalyWording(masker: options.masker, trafficPlatform: r.trafficPlatform)
            for a in r.anomalies {
                var subject = a.source ?? a.campaign ?? ""
                if !a.orderIDs.isEmpty {
                    let shown = a.orderIDs.prefix(orderIDsShown).joined(separator: " ")
                    subject =
                        "\(a.orderIDs.count) 单：\(shown)"
                        + (a.orderIDs.count > orderIDsShown ? " …（全部见 anomalies.csv）" : "")
                }
                line(
                    "| \(a.severity.displayName) | \(a.rule.chineseName) | \(Wording.dates(a.dates)) | \(cell(subject)) | \(cell(wording.chinese(a))) |"
                )
            }
        }
        line()

        settlingSection(r, options: options, line: line)
        line("## 诊断三步法")
        line()
        line("1. **看执行**：" + sentences(r.diagnosis.execution.map(ThreeStepDiagnosisWording.sentence)))
        line("2. **看配合**：" + sentences(r.diagnosis.cooperation.map(ThreeStepDiagnosisWording.sentence)))
        let market = r.diagnosis.market.map { ThreeStepDiagnosisWording.sentence($0, platforms: r.platforms) }
        line("3. **看市场**：" + sentences(market))
        line()

        line("## 数据核对")
        line()
        line("每一行都有去向：读取 = 接受 + 拒绝 + 跳过。")
        line()
        line("| 文件 | 类型 | 编码 | 读取 | 接受 | 拒绝 | 跳过（汇总/空行/重复/明细/重复表头） | 月外 |")
        line("|---|---|---|---|---|---|---|---|")
        for i in r.inputs {
            let c = i.counts
            line(
                "| \(cell(i.file)) | \(i.kind.displayName) | \(cell(i.container.map { Wording.containerName($0, sheets: i.sheets) } ?? Wording.encodingName(i.encoding))) | \(c.read) | \(c.accepted) | \(c.rejected) | \(c.skipped)（\(c.skippedSummary)/\(c.skippedBlank)/\(c.skippedDuplicate)/\(c.skippedBreakdown)/\(c.skippedRepeatedHeader)） | \(i.outsideMonth) |"
            )
        }
        let t = r.totalCounts
        line(
            "| **合计** | | | \(t.read) | \(t.accepted) | \(t.rejected) | \(t.skipped) | \(r.inputs.reduce(0) { $0 + $1.outsideMonth }) |"
        )
        line()
        for i in r.inputs { for n in i.notes { line("- \(text(i.file))：\(text(ImportNoteWording.sentence(n)))") } }
        for f in r.ignoredFiles { line("- 未读取 \(text(f.file))：\(text(IgnoredFileWording.reason(f)))") }
        if !r.rejects.isEmpty {
            line()
            line("被拒绝的行（全部见 rejects.csv）：")
            line()
            for x in r.rejects.sorted(by: { $0.location < $1.location }).prefix(rejectsShown) {
                let column = x.column == nil ? "" : RejectedRowWording.column(x) + " "
                line("- \(text(x.location.description))：\(text(column + RejectedRowWording.reason(x)))")
            }
            if r.rejects.count > rejectsShown { line("- …另有 \(r.rejects.count - rejectsShown) 行") }
        }
        if !r.warnings.isEmpty {
            line()
            line("## 提示")
            line()
            for w in r.warnings { line("- \(text(MonthWarningWording.sentence(w)))") }
        }
        line()
        line(
            options.masker.reveal
                ? "> 本报告使用了 --reveal-pii：买家姓名、手机号、地址未打码，请勿外传。"
                : "> 买家姓名、手机号、地址已打码（需要原文时加 --reveal-pii）。")
        return Array(md.utf8)
    }

    /// 各平台数据: a store on several platforms, each platform's figures beside the store's total.
    func platformTable(_ b: PlatformBreakdown, line: (String) -> Void) {
        line("## 各平台数据")
        line("")
        line("本月的导出来自 \(b.platforms.count) 个平台：合同目标默认按全店合计判定，写明平台的目标按该平台的数据判定（见 README「合同」）。")
        line("")
        line("| 指标 | " + b.platforms.map(\.platform.displayName).joined(separator: " | ") + " | 全店合计 |")
        line("|---|" + String(repeating: "---|", count: b.platforms.count + 1))
        for (i, total) in b.total.enumerated() {
            let cells = b.platforms.map { $0.metrics.indices.contains(i) ? $0.metrics[i].actual : nil } + [total.actual]
            guard cells.contains(where: { $0 != nil }) else { continue }
            line(
                "| \(total.key.displayName) | "
                    + cells.map { $0.map { MetricWording.value($0, total.key) } ?? "-" }.joined(separator: " | ") + " |"
            )
        }
        line("")
        if b.hasTraffic {
            line(
                "流量导出（生意参谋 店铺来源）的表头不写平台：计入\(b.trafficPlatform.displayName)，按\(b.trafficPlatform.displayName)的来源分类表计算自然流量占比；其他平台的访客类指标为「-」。"
            )
            line("")
        }
    }
}
