/// The words of report.html's own headings, labels and legends, in both languages side by side;
/// the sentences come from the wording types the other reports use (`HTMLSentences`).
struct MonthPageWords {
    var language: Language

    private func pick(_ chinese: String, _ english: String) -> String { language == .english ? english : chinese }

    // Punctuation: full-width in Chinese, ASCII in English.
    var colon: String { pick("：", ": ") }
    var listSeparator: String { pick("、", ", ") }
    var clauseSeparator: String { pick("；", "; ") }
    var comma: String { pick("，", ", ") }
    var bar: String { pick(" ｜ ", " | ") }
    var stop: String { pick("。", ".") }
    var legendGap: String { pick("　", "   ") }
    func parenthesized(_ s: String) -> String { pick("（\(s)）", " (\(s))") }
    func span(_ from: String, _ to: String) -> String { pick("\(from)～\(to)", "\(from) to \(to)") }
    /// The icon of a standing or verdict that is not known: a question mark of the page's script.
    var unknownIcon: String { pick("？", "?") }

    func title(store: String, month: String) -> String {
        pick("托管审计报告：\(store) \(month)", "Agency audit: \(store) \(month)")
    }
    var platform: String { pick("平台", "Platform") }
    var agency: String { pick("托管方", "Agency") }
    var stage: String { pick("合同阶段", "Contract stage") }
    var noStage: String { pick("无", "none") }
    var monthStatus: String { pick("本月状态", "This month") }
    var settledOnExports: String { pick("按导出结算", "settled on the platform's exports") }
    var mayTerminate: String { pick("满足无责解约条件", "A ground to terminate without liability is met") }
    var noTermination: String { pick("未触发解约条款", "No termination clause is triggered") }
    var coverage: String { pick("数据覆盖", "Data coverage") }
    func coverageLine(files: Int, read: Int, accepted: Int, rejected: Int, skipped: Int) -> String {
        pick(
            "文件 \(files) 个；行：读取 \(read)，接受 \(accepted)，拒绝 \(rejected)，跳过 \(skipped)",
            "\(files) files; rows: \(read) read, \(accepted) accepted, \(rejected) rejected, \(skipped) skipped")
    }
    func timeUnknown(_ n: Int) -> String {
        pick("支付时间未知的订单 \(n) 单（按订单号日期计入）", "\(n) orders without a payment time (dated from the order number)")
    }
    func maskedPhones(_ n: Int) -> String {
        pick(
            "手机号被平台打码的订单 \(n) 单（按可见数字归组）",
            "\(n) orders with a phone masked by the platform (grouped by its visible digits)")
    }

    var conclusion: String { pick("结论", "Conclusion") }
    func targetsMet(_ met: Int, _ of: Int, overall: String) -> String {
        pick(
            "目标达成 \(met)/\(of) 项；综合达成率 \(overall)（各项封顶 100% 后平均）",
            "\(met) of \(of) targets met; overall attainment \(overall) (each capped at 100%, averaged)")
    }
    var noTargets: String { pick("本月没有合同目标可对比", "No contract target covers this month") }
    func anomalies(high: Int, medium: Int, low: Int) -> String {
        pick("异常：高 \(high) 项，中 \(medium) 项，低 \(low) 项", "Findings: \(high) high, \(medium) medium, \(low) low")
    }
    func suspiciousOrders(_ n: Int) -> String {
        pick("涉及订单 \(n) 单，逐单清单见 suspicious-orders.csv", "\(n) orders named, listed one by one in suspicious-orders.csv")
    }
    func payable(_ fee: String) -> String { pick("本月应付托管费 \(fee)", "Fee payable this month: \(fee)") }

    var targetTable: String { pick("目标对比表", "Targets against results") }
    var metric: String { pick("目标项", "Target") }
    var targetValue: String { pick("目标值", "Target value") }
    var actual: String { pick("实际值", "Actual") }
    var withoutFakes: String { pick("剔除疑似刷单", "Without suspected fakes") }
    var attainment: String { pick("达成率", "Attainment") }
    var gapReason: String { pick("差异原因", "Reason for the gap") }
    var correctiveAction: String { pick("改进措施", "Corrective action") }
    var noData: String { pick("无数据", "no data") }
    var met: String { pick("达标", "met") }
    var near: String { pick("差距在 10% 内", "within 10%") }
    var missed: String { pick("未达标", "missed") }
    var unknown: String { pick("无法判定", "unknown") }
    var noStageCovers: String { pick("合同没有覆盖本月的阶段", "The contract has no stage covering this month") }
    var otherMetrics: String { pick("其他指标", "Other figures") }

    var claims: String { pick("运营方汇报 vs 平台导出", "The agency's report against the platform's exports") }
    func claimsNote(files: String, tolerance: String) -> String {
        pick(
            "运营方汇报的数字（\(files)）与平台导出对照：汇报比导出、或比剔除疑似刷单后的数字好 \(tolerance) 以上记为夸大（见「异常与证据」）。",
            "The figures the agency reported (\(files)) beside the exports': a report more than \(tolerance) better than the exports, or than the figure without suspected fake orders, is overstated (see the findings)."
        )
    }
    var claimed: String { pick("运营方汇报", "Reported") }
    var exports: String { pick("平台导出", "Exports") }
    var overstatedBy: String { pick("夸大幅度", "Overstated by") }
    var verdict: String { pick("结论", "Verdict") }
    var daily: String { pick("每日走势", "Day by day") }
    var day: String { pick("日期", "Day") }
    var people: String { pick("人", "visitors") }
    var yuan: String { pick("元", "yuan") }
    var ordersUnit: String { pick("单", "orders") }
    var visitorsChart: String { pick("每日访客（按来源分组）", "Daily visitors by source group") }
    var free: String { pick("免费（自然）", "Free (natural)") }
    var paid: String { pick("付费", "Paid") }
    var own: String { pick("自主访问", "Own") }
    var other: String { pick("其他", "Other") }
    var spendChart: String { pick("每日推广花费与合同日限额", "Daily ad spend against the contract's limit") }
    var spend: String { pick("花费", "Spend") }
    var overLimit: String { pick("超出限额", "Over the limit") }
    func limit(_ v: String) -> String { pick("日限额 \(v)", "daily limit \(v)") }
    var roiChart: String { pick("每日推广 ROI 与红线", "Daily ad ROI against the red line") }
    var roi: String { pick("ROI", "ROI") }
    func redLine(_ v: String) -> String { pick("红线 \(v)", "red line \(v)") }
    var breachRun: String { pick("低于红线的连续天数（阴影）", "Run of days below the red line (shaded)") }
    var ordersChart: String { pick("每日支付订单（疑似刷单单列）", "Daily paid orders, suspected fake orders apart") }
    var cleanOrders: String { pick("正常订单", "Other orders") }
    var fakeOrders: String { pick("疑似刷单（斜线）", "Suspected fake (hatched)") }
    var waterfallChart: String {
        pick("销售额变化拆解（访客 × 转化率 × 客单价）", "Sales change split (visitors × conversion × order value)")
    }
    func previousSales(_ month: String) -> String { pick("\(month) 销售额", "\(month) sales") }
    func currentSales(_ month: String) -> String { pick("\(month) 销售额", "\(month) sales") }
    var visitorsFactor: String { pick("访客", "Visitors") }
    var conversionFactor: String { pick("转化率", "Conversion") }
    var orderValueFactor: String { pick("客单价", "Order value") }
    var change: String { pick("较上月", "Month on month") }
    var amount: String { pick("金额", "Amount") }
    var platformChart: String { pick("各平台销售额占比", "Each platform's share of sales") }
    var share: String { pick("占比", "Share") }
    var sales: String { pick("销售额", "Sales") }
    var markedDays: String { pick("▼ 标记的日期有异常，点击查看证据", "▼ marks a day with a finding; follow it to the evidence") }
    func chartDescription(_ what: String, days: Int, marked: Int) -> String {
        pick(
            "\(what)：\(days) 天，标记异常 \(marked) 天；数据见下表。",
            "\(what): \(days) days, \(marked) marked with findings; figures in the table below.")
    }
    var noTraffic: String { pick("本月没有流量导出，无法画访客走势。", "No traffic export this month: no visitor chart.") }
    var noAds: String { pick("本月没有推广报表，无法画花费与 ROI。", "No promotion report this month: no spend or ROI chart.") }
    var noOrders: String { pick("本月没有订单报表。", "No order report this month.") }
    var noLimit: String { pick("合同没有约定日限额。", "The contract sets no daily spend limit.") }
    var noRedLine: String { pick("合同没有约定 ROI 红线。", "The contract sets no ROI red line.") }

    var findings: String { pick("异常与证据", "Findings and evidence") }
    var noFindings: String { pick("未发现异常。", "No findings.") }
    var severity: String { pick("严重度", "Severity") }
    var rule: String { pick("规则", "Rule") }
    var dates: String { pick("日期", "Dates") }
    var subject: String { pick("对象", "Subject") }
    var evidence: String { pick("证据", "Evidence") }
    func orders(_ n: Int) -> String { pick("\(n) 单", "\(n) orders") }
    var allInCSV: String { pick("…（全部见 anomalies.csv）", "… (all in anomalies.csv)") }

    var settlement: String { pick("费用结算", "Fee settlement") }
    var withheldNote: String {
        pick(
            "暂不结算（见本月状态）：没有计算扣减、奖励和提成。",
            "Settlement withheld (see this month's status): no deduction, bonus or commission computed.")
    }
    var item: String { pick("项目", "Item") }
    var baseFee: String { pick("基础服务费", "Base service fee") }
    var deduction: String { pick("未达标扣减", "Deduction for missed targets") }
    var bonus: String { pick("超额奖励", "Bonus") }
    var commission: String { pick("销售提成", "Sales commission") }
    func commissionBase(_ v: String) -> String {
        pick("按剔除疑似刷单后的销售额 \(v) 计算", "on sales without suspected fakes, \(v)")
    }
    var serviceDeduction: String { pick("服务条款扣减", "Service-terms deduction") }
    var total: String { pick("应付合计", "Total payable") }
    var termination: String { pick("解约条款", "Termination terms") }
    var diagnosis: String { pick("诊断三步法", "Three-step diagnosis") }
    var execution: String { pick("看执行", "The agency's execution") }
    var cooperation: String { pick("看配合", "The merchant's part") }
    var market: String { pick("看市场", "The market") }
    var settling: String { pick("尚未稳定的数据", "Figures not settled yet") }
    var cannotShow: String { pick("本月文件无法说明的", "What this month's files could not show") }
    var cannotShowNone: String { pick("本月的导出足以判定每个目标。", "This month's exports are enough to judge every target.") }
    func unmeasured(_ metric: String) -> String {
        pick("\(metric)：无法判定（既不算达标也不算未达标）", "\(metric): unknown (neither met nor missed)")
    }
    var accounting: String { pick("数据核对", "Every row accounted for") }
    var accountingNote: String {
        pick("每一行都有去向：读取 = 接受 + 拒绝 + 跳过。", "Every row has a fate: read = accepted + rejected + skipped.")
    }
    var file: String { pick("文件", "File") }
    var kind: String { pick("类型", "Kind") }
    var format: String { pick("格式", "Format") }
    var read: String { pick("读取", "Read") }
    var accepted: String { pick("接受", "Accepted") }
    var rejected: String { pick("拒绝", "Rejected") }
    var skipped: String { pick("跳过", "Skipped") }
    var outsideMonth: String { pick("月外", "Other months") }
    var sum: String { pick("合计", "Total") }
    var notRead: String { pick("未读取", "Not read") }
    var rejectedRows: String { pick("被拒绝的行（全部见 rejects.csv）", "Rejected rows (all in rejects.csv)") }
    func moreRows(_ n: Int) -> String { pick("…另有 \(n) 行", "… and \(n) more") }
    var notices: String { pick("提示", "Notices") }
    var masked: String {
        pick(
            "买家姓名、手机号、地址已打码（需要原文时加 --reveal-pii）。",
            "Buyer names, phones and addresses are masked (--reveal-pii shows them).")
    }
    var revealed: String {
        pick(
            "本报告使用了 --reveal-pii：买家姓名、手机号、地址未打码，请勿外传。",
            "Made with --reveal-pii: buyer names, phones and addresses are not masked; do not pass it on.")
    }
}
