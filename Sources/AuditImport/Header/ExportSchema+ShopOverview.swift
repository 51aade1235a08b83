import AuditRecords

extension ExportSchema {
    /// The store overview downloads the diagnosis compares with the peer tier. Only the columns
    /// that tell the file apart are listed here; `ShopOverviewRowMapper` finds each metric's
    /// columns by name (`OverviewMetric.names` and the 本店 / 同行同层 suffixes), never by position.
    static let shopOverviews: [ExportSchema] = [sycmOverview, pinduoduoTradeOverview, pinduoduoGoodsOverview]

    /// The date column's names. 生意参谋's 数据概览 has six lead columns whose names no source
    /// gives (one holds `2025-08-01|2025-08-01`, another the export time): when none of these
    /// names is there, the mapper finds the date by its shape among the lead columns.
    static let overviewDateNames = ["统计日期", "统计时间", "日期", "日期范围", "统计周期", "时间"]

    /// 生意参谋 首页「数据概览」 sheet: one workbook a day, `访客数（本店）` … `访客数（同行同层优秀）`
    /// for every metric (diagnosis-exports.md §1b, MED). Header names arrive with brackets folded to
    /// ASCII (`CellText.headerName`).
    static let sycmOverview = ExportSchema(
        kind: .shopOverview,
        columns: [
            Column(key: .visitors, names: ["访客数(本店)", "访客数 (本店)"], required: true),
            Column(key: .date, names: overviewDateNames, required: false),
            Column(key: .exportTime, names: ["导出时间", "下载时间", "导出日期"], required: false),
        ])

    /// 拼多多 数据中心 交易概况: `统计时间` (`MM-DD-YY`), then each metric followed by `较上周期`
    /// (diagnosis-exports.md §3, MED). The store's figures only.
    static let pinduoduoTradeOverview = ExportSchema(
        kind: .shopOverview,
        columns: [
            Column(key: .date, names: ["统计时间", "统计日期", "日期"], required: true),
            Column(key: .payingBuyers, names: ["成交转化率"], required: true),
        ])

    /// 拼多多 数据中心 商品概况: `统计时间, 商品访客, 较上, 浏览量, …` (diagnosis-exports.md §3, MED).
    static let pinduoduoGoodsOverview = ExportSchema(
        kind: .shopOverview,
        columns: [
            Column(key: .date, names: ["统计时间", "统计日期", "日期"], required: true),
            Column(key: .visitors, names: ["商品访客", "商品访客数"], required: true),
        ])
}
