import AuditRecords

extension ExportSchema {
    /// The customer-service exports the diagnosis's 看执行 reads. Summary rows (`全店平均值`,
    /// `同行同层均值`, `店铺汇总值`) are told by their label, never by their position.
    static let customerServices: [ExportSchema] = [
        customerServicePerformance, pinduoduoCustomerService, pinduoduoCustomerSales,
    ]

    static let agentNames = ["旺旺昵称", "旺旺", "客服昵称", "客服名称", "客服账号", "客服"]
    static let customerServiceDates = ["日期", "统计日期", "统计时间"]

    /// 生意参谋 服务 → 客服绩效 (`首次响应时长（秒)`, `平均响应时长（秒)`, 询单最终付款转化率; per 旺旺 rows and
    /// six summary rows; diagnosis-exports.md §1d, MED) and 抖店 飞鸽 客服表现 (`全天首响时长`,
    /// `全天平响时长` as text like `7小时41分52秒`; `店铺汇总值`/`店铺平均值`; §5, MED). Brackets arrive
    /// folded to ASCII (`CellText.headerName`).
    static let customerServicePerformance = ExportSchema(
        kind: .customerService,
        columns: [
            Column(
                key: .firstResponse,
                names: ["首次响应时长(秒)", "首次响应时长", "平均首次响应时长(秒)", "平均首次响应时长", "全天首响时长", "首响时长"],
                required: true),
            Column(
                key: .averageResponse, names: ["平均响应时长(秒)", "平均响应时长", "全天平响时长", "平响时长"], required: true),
            Column(key: .agentName, names: agentNames, required: false),
            Column(key: .date, names: customerServiceDates, required: false),
            Column(key: .inquiries, names: ["询单人数"], required: false),
            Column(
                key: .inquiryConversion, names: ["询单最终付款转化率", "询单->最终付款转化率", "询单转化率", "询单当日付款转化率"],
                required: false),
        ])

    /// 拼多多 客服_服务数据 (统计日期, 咨询人数, …, 平均人工响应时长, 3分钟人工回复率…; data from row 3;
    /// diagnosis-exports.md §3, MED for the file, the header text inferred from the importer's
    /// column meanings). No first-response time and no peer row.
    static let pinduoduoCustomerService = ExportSchema(
        kind: .customerService,
        columns: [
            Column(key: .averageResponse, names: ["平均人工响应时长", "平均人工响应时长(秒)", "人工平均响应时长"], required: true),
            Column(key: .date, names: customerServiceDates, required: true),
            Column(key: .agentName, names: agentNames, required: false),
            Column(key: .inquiries, names: ["询单人数"], required: false),
        ])

    /// 拼多多 客服_销售数据 (咨询人数, 询单人数, 最终成团人数, 询单转化率, 客服销售额; BIFF .xls under an
    /// .xlsx name, data from row 3; diagnosis-exports.md §3, MED for the file, header text inferred).
    static let pinduoduoCustomerSales = ExportSchema(
        kind: .customerService,
        columns: [
            Column(key: .inquiryConversion, names: ["询单转化率"], required: true),
            Column(key: .sales, names: ["客服销售额", "客服销售额(元)"], required: true),
            Column(key: .inquiries, names: ["询单人数"], required: false),
            Column(key: .agentName, names: agentNames, required: false),
            Column(key: .date, names: customerServiceDates, required: false),
        ])

    /// 千牛 营销活动 单品立减导出 (活动ID, 活动名称, start, end, 商品ID …; 1 header row; diagnosis-exports.md
    /// §2b, LOW-MED: one project, the start and end columns' names inferred). 活动商品导出 has no
    /// dates and is not read.
    static let activityItems = ExportSchema(
        kind: .activityItems,
        columns: [
            Column(key: .itemID, names: ["商品ID", "商品id", "宝贝ID", "商品Id"], required: true),
            Column(key: .activityStart, names: ["开始时间", "活动开始时间", "生效开始时间", "开始日期"], required: true),
            Column(key: .activityEnd, names: ["结束时间", "活动结束时间", "生效结束时间", "结束日期"], required: true),
            Column(key: .activityName, names: ["活动名称", "营销活动名称", "活动名"], required: false),
            Column(key: .activityID, names: ["活动ID", "营销ID", "活动id"], required: false),
        ])
}
