/// The words of index.html's own headings and labels, in both languages side by side; the
/// sentences come from `VerdictWording` and `PeriodWording`, as period.md's do.
struct DossierPageWords {
    var language: Language

    private func pick(_ chinese: String, _ english: String) -> String { language == .english ? english : chinese }

    var colon: String { pick("：", ": ") }
    var stop: String { pick("。", ".") }
    var listSeparator: String { pick("、", ", ") }
    var bar: String { pick(" ｜ ", " | ") }
    func parenthesized(_ s: String) -> String { pick("（\(s)）", " (\(s))") }
    func title(store: String, span: String) -> String {
        pick("合同期审计档案：\(store)（\(span)）", "Contract-period dossier: \(store) (\(span))")
    }
    var platforms: String { pick("平台", "Platforms") }
    var agency: String { pick("托管方", "Agency") }
    func monthsAudited(_ n: Int) -> String { pick("审计月份 \(n) 个", "\(n) months audited") }
    var verdict: String { pick("结论", "Verdict") }
    var grounds: String { pick("满足的解约条款（第一条为主要依据）", "Termination grounds met (the first is the main one)") }
    func rectifyBy(_ deadline: String) -> String {
        pick("需要托管方在 \(deadline) 前书面说明并整改：", "The agency is to explain and put right by \(deadline):")
    }
    var nothingToDo: String {
        pick("没有满足的解约条款，也没有需要整改的月份或发现。", "No termination ground is met and no month or finding needs rectification.")
    }
    var message: String { pick("可直接发给托管方的文字", "A message to send the agency as it is") }
    var weighing: String {
        pick(
            "诊断的权衡（缺口中有多少来自商家或市场）：", "The diagnosis weighed (how much of each miss is the merchant's or the market's):")
    }
    var targets: String { pick("各月目标达成", "Targets month by month") }
    var targetsNote: String {
        pick(
            "每个目标一张小图：柱为各月实际值，横线为当月目标；柱上写数值，颜色与文字同义（✔ 达标、◆ 差距在 10% 内、✖ 未达标）。",
            "One small chart per target: a bar per month for the measured figure, a line across it for that month's target; each bar carries its value, and its colour says what the words say (✔ met, ◆ within 10%, ✖ missed)."
        )
    }
    var overall: String { pick("综合达成率", "Overall attainment") }
    var month: String { pick("月份", "Month") }
    var status: String { pick("状态", "Status") }
    var stage: String { pick("阶段", "Stage") }
    var targetsMet: String { pick("目标达成", "Targets met") }
    var report: String { pick("月报", "Month report") }
    var noData: String { pick("无数据", "no data") }
    var fees: String { pick("费用", "Fees") }
    var feeColumns: [String] {
        language == .english
            ? [
                "Month", "Status", "Base fee", "Deduction", "Service deduction", "Bonus", "Commission", "Payable",
                "Commission not paid on suspected fakes",
            ]
            : ["月份", "状态", "基础服务费", "未达标扣减", "服务条款扣减", "超额奖励", "销售提成", "应付合计", "疑似刷单未计提成"]
    }
    func total(settled: Int) -> String { pick("合计（已结算 \(settled) 个月）", "Total (\(settled) settled)") }
    var findings: String { pick("异常（按月、按规则）", "Findings by month and rule") }
    var noFindings: String { pick("各月均未发现异常。", "No month has a finding.") }
    var rule: String { pick("规则", "Rule") }
    var sum: String { pick("合计", "Total") }
    var suspectedFakeOrders: String { pick("疑似刷单订单（高/中）", "Suspected fake orders (high/medium)") }
    var claims: String { pick("运营方汇报 vs 平台导出", "The agency's report against the platform's exports") }
    var noClaims: String {
        pick(
            "各月文件夹里都没有 agency-claims.csv（运营方汇报的数字）。",
            "No month folder holds an agency-claims.csv (the figures the agency reported).")
    }
    var claimColumns: [String] {
        language == .english
            ? ["Month", "Metric", "Reported", "Exports", "Without suspected fakes", "Overstated by", "Verdict"]
            : ["月份", "指标", "运营方汇报", "平台导出", "剔除疑似刷单后", "夸大幅度", "结论"]
    }
    var clauses: String { pick("解约条款", "Termination clauses") }
    var monthClauses: String { pick("合同条款、利润与服务（各月）", "Contract clauses, profit and service month by month") }
    var noClauseItems: String {
        pick("各月都没有超出合同限额的项目。", "No month has an item over a limit of the contract.")
    }
    var clauseColumns: [String] {
        language == .english
            ? ["Clause", "Status", "Months and findings that meet it or count"]
            : ["条款", "状态", "满足或计入的月份与发现"]
    }
    var diagnosis: String { pick("诊断三步法（全期）", "Three-step diagnosis over the period") }
    var diagnosisColumns: [String] {
        language == .english ? ["Month", "Execution", "Cooperation", "Market"] : ["月份", "看执行", "看配合", "看市场"]
    }
    var footer: String {
        pick(
            "本档案汇总各月审计；每月的证据、订单与数据核对见各月的 report.html。",
            "This dossier gathers the monthly audits; each month's evidence, orders and row accounting are in its report.html."
        )
    }
}
