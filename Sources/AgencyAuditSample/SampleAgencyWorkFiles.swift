import Foundation

/// The files that show the agency's own work (看执行), in the shapes of diagnosis-exports.md:
/// 生意参谋's 客服绩效 report (§1d, MED) and 千牛's 单品立减导出 (§2b, LOW-MED). Both are `.xlsx`
/// with the header on row 0; the file names follow the sources where they give one.
enum SampleAgencyWorkFiles {
    /// 客服绩效's columns, with the export's own mix of full- and half-width brackets in `（秒)`.
    static let serviceHeader = [
        "旺旺昵称", "询单人数", "询单最终付款人数", "询单最终付款转化率", "首次响应时长（秒)", "平均响应时长（秒)", "客户满意率", "旺旺回复率",
        "询单最终付款金额", "成功退款金额",
    ]
    /// The six summary rows under the agents, in the export's order.
    static let summaryLabels = ["汇总值", "平均值", "全店汇总值", "全店平均值", "同行同层优秀", "同行同层均值"]

    /// One agent's (or a summary row's) figures.
    struct ServiceFigures {
        var inquiries: Int
        var paying: Int
        var firstResponse: Double
        var averageResponse: Double
        var amountCents: Int
    }

    /// Writes 客服绩效 for a month: the agents' rows and the six summary rows.
    static func writeService(
        root: URL, folder: String, from: SampleDay, to: SampleDay, agents: [(String, ServiceFigures)],
        peerAverage: ServiceFigures, peerTop: ServiceFigures
    ) throws -> SampleExpectation.FileRows {
        let name = "\(folder)/客服/自制报表-报表查看-客服绩效_\(from.compact)_\(to.compact)_全部.xlsx"
        let writer = try openWorkbook(root: root, name: name, taken: to.next)
        writer.beginSheet(name: "Sheet1")
        writer.row(serviceHeader.map(XLSXCell.text))
        func row(_ label: String, _ f: ServiceFigures) {
            let rate = f.inquiries > 0 ? Double(f.paying) / Double(f.inquiries) : 0
            writer.row([
                .text(label), .number(String(f.inquiries)), .number(String(f.paying)),
                .text(twoDecimals(rate * 100) + "%"), .number(twoDecimals(f.firstResponse)),
                .number(twoDecimals(f.averageResponse)), .text("98.50%"), .text("99.20%"),
                .number(ExportNumber.money(f.amountCents)), .number("0.00"),
            ])
        }
        for (label, f) in agents { row(label, f) }
        let total = ServiceFigures(
            inquiries: agents.reduce(0) { $0 + $1.1.inquiries }, paying: agents.reduce(0) { $0 + $1.1.paying },
            firstResponse: agents.reduce(0) { $0 + $1.1.firstResponse } / Double(agents.count),
            averageResponse: agents.reduce(0) { $0 + $1.1.averageResponse } / Double(agents.count),
            amountCents: agents.reduce(0) { $0 + $1.1.amountCents })
        var mean = total
        mean.inquiries = total.inquiries / agents.count
        mean.paying = total.paying / agents.count
        mean.amountCents = total.amountCents / agents.count
        for (label, f) in zip(summaryLabels, [total, mean, total, mean, peerTop, peerAverage]) { row(label, f) }
        writer.endSheet()
        try writer.close()
        let rows = agents.count + summaryLabels.count
        return SampleExpectation.FileRows(
            file: name, kind: "customerService", encoding: "xlsx", read: rows, accepted: rows, rejected: 0, skipped: 0)
    }

    /// One activity with the items entered in it.
    struct Activity {
        var id: String
        var name: String
        var start: SampleDay
        var end: SampleDay
        var items: [(id: String, title: String)]
    }

    static let activityHeader = [
        "活动ID", "活动名称", "SKU级别", "开始时间", "结束时间", "活动状态", "商品ID", "商品名称", "SKUID", "SKU名称", "立减值",
    ]

    /// Writes 单品立减导出 for a month: one row per item of each activity.
    static func writeActivities(root: URL, folder: String, last: SampleDay, activities: [Activity]) throws
        -> SampleExpectation.FileRows
    {
        let name = "\(folder)/营销活动/单品立减导出_\(last.next.compact).xlsx"
        let writer = try openWorkbook(root: root, name: name, taken: last.next)
        writer.beginSheet(name: "Sheet1")
        writer.row(activityHeader.map(XLSXCell.text))
        var rows = 0
        for a in activities {
            for (k, item) in a.items.enumerated() {
                writer.row([
                    .text(a.id), .text(a.name), .text("否"), .text(a.start.iso + " 00:00:00"),
                    .text(a.end.iso + " 23:59:59"),
                    .text("已结束"), .text(item.id), .text(item.title), .text(String(5_000_000_000_000 + k)), .text("默认"),
                    .number("5.00"),
                ])
                rows += 1
            }
        }
        writer.endSheet()
        try writer.close()
        return SampleExpectation.FileRows(
            file: name, kind: "activityItems", encoding: "xlsx", read: rows, accepted: rows, rejected: 0, skipped: 0)
    }

    /// `12.34`, as the export writes its figures.
    static func twoDecimals(_ v: Double) -> String { ExportNumber.money(Int((v * 100).rounded())) }

    private static func openWorkbook(root: URL, name: String, taken: SampleDay) throws -> XLSXWriter {
        let url = root.appendingPathComponent(name)
        try SampleStoreFolder.makeParent(of: url)
        return try XLSXWriter(
            path: url.path,
            options: .init(
                timestamp: ArchiveTimestamp(year: taken.year, month: taken.month, day: taken.day, hour: 9, minute: 40)))
    }

    /// 抖店 飞鸽 客服表现's columns (diagnosis-exports.md §5), the agent's column first (its name is not given).
    static let feigeHeader = [
        "客服", "客服在线天数", "接待会话量", "待回复会话量", "已接待人数", "转出会话量", "有效评价数", "有效好评数", "有效差评数", "全天不满意率",
        "全天满意率", "全天平响时长", "全天首响时长", "全天3分钟回复率", "询单人数", "下单人数", "支付人数", "退款人数", "客服询单支付额", "退款金额",
        "退款后销售额", "询单转化率",
    ]

    /// Writes 飞鸽 客服表现 for a month: three agents (one with no reply times, `--`), then
    /// `店铺汇总值` (no reply times) and `店铺平均值`, durations as text (`1分5秒`, `7小时41分52秒`).
    static func writeFeige(root: URL, folder: String, from: SampleDay, to: SampleDay) throws
        -> SampleExpectation.FileRows
    {
        let name = "\(folder)/飞鸽_客服表现_\(from.compact)-\(to.compact).xlsx"
        let writer = try openWorkbook(root: root, name: name, taken: to.next)
        writer.beginSheet(name: "客服表现")
        writer.row(feigeHeader.map(XLSXCell.text))
        let rows: [[String]] = [
            [
                "小雨", "31", "1200", "3", "1150", "12", "300", "290", "4", "1.33%", "96.67%", "2分30秒", "25秒", "92.00%",
                "400", "120", "110", "6", "16500.00", "820.00", "15680.00", "27.50%",
            ],
            [
                "阿峰", "30", "900", "8", "870", "20", "210", "196", "7", "3.33%", "93.33%", "3分10秒", "1分5秒", "85.00%",
                "300", "70", "63", "5", "9450.00", "700.00", "8750.00", "21.00%",
            ],
            [
                "夜班客服", "12", "80", "0", "80", "0", "10", "10", "0", "0.00%", "100.00%", "--", "--", "-", "20", "4",
                "4", "0", "600.00", "0.00", "600.00", "20.00%",
            ],
            [
                "店铺汇总值", "31", "2180", "11", "2100", "32", "520", "496", "11", "2.12%", "95.38%", "-", "-", "89.00%",
                "720", "194", "177", "11", "26550.00", "1520.00", "25030.00", "24.58%",
            ],
            [
                "店铺平均值", "24", "727", "4", "700", "11", "173", "165", "4", "2.12%", "95.38%", "2分50秒", "45秒", "88.50%",
                "240", "65", "59", "4", "8850.00", "506.67", "8343.33", "24.58%",
            ],
        ]
        for r in rows { writer.row(r.map(XLSXCell.text)) }
        writer.endSheet()
        try writer.close()
        return SampleExpectation.FileRows(
            file: name, kind: "customerService", encoding: "xlsx", read: rows.count, accepted: rows.count, rejected: 0,
            skipped: 0)
    }

    /// Writes 拼多多's 客服数据 for a month (diagnosis-exports.md §3; header texts inferred): 客服_服务数据
    /// as an `.xlsx` with two title rows above the header and a row a day (average human response in
    /// seconds), and 客服_销售数据 as a BIFF `.xls` under an `.xlsx` name, one row for the period.
    static func writePinduoduoService(root: URL, folder: String, from: SampleDay, days: Int) throws
        -> [SampleExpectation.FileRows]
    {
        let last = SampleDay(year: from.year, month: from.month, day: days)
        let serviceName = "\(folder)/客服数据/客服_服务数据.xlsx"
        let writer = try openWorkbook(root: root, name: serviceName, taken: last.next)
        writer.beginSheet(name: "服务数据")
        writer.row([.text("客服数据 · 服务数据")])
        writer.row([.text("统计周期：\(from.iso) ~ \(last.iso)")])
        writer.row(
            [
                "统计日期", "咨询人数", "需人工回复人数", "人工接待人数", "3分钟人工回复率(8-23点)", "30秒应答率(8-23点)", "平均人工响应时长", "低分订单数",
                "纠纷退款数",
            ].map(XLSXCell.text))
        for d in 1...days {
            let day = SampleDay(year: from.year, month: from.month, day: d)
            let asked = 100 + d % 7 * 9
            writer.row([
                .text(day.iso), .number(String(asked)), .number(String(asked * 8 / 10)),
                .number(String(asked * 8 / 10)),
                .text("97.50%"), .text("88.00%"), .number(String(14 + d % 5)), .number("0"), .number("0"),
            ])
        }
        writer.endSheet()
        try writer.close()
        let salesName = "\(folder)/客服数据/客服_销售数据.xlsx"
        let rows: [[BIFF8Cell]] = [
            [.text("客服数据 · 销售数据")], [.text("统计周期：\(from.iso) ~ \(last.iso)")],
            ["咨询人数", "询单人数", "最终成团人数", "询单转化率", "客服销售额", "客服可提升销售额"].map(BIFF8Cell.text),
            [.number(3_400), .number(1_200), .number(312), .text("26.00%"), .number(28_080), .number(4_500)],
        ]
        try BIFF8Writer.write(sheets: [(name: "销售数据", rows: rows)], to: root.appendingPathComponent(salesName))
        return [
            SampleExpectation.FileRows(
                file: serviceName, kind: "customerService", encoding: "xlsx", read: days, accepted: days, rejected: 0,
                skipped: 0),
            SampleExpectation.FileRows(
                file: salesName, kind: "customerService", encoding: "xls", read: 1, accepted: 1, rejected: 0, skipped: 0
            ),
        ]
    }
}
