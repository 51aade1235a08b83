import ExportContainers
import Foundation
import Testing

@testable import AgencyAuditSample
@testable import AuditImport
@testable import AuditRecords

/// Store overview downloads as the back offices hand them out (diagnosis-exports.md §1b and §3,
/// both MED): 生意参谋's 数据概览 zip of one workbook a day, and 拼多多's 交易概况 / 商品概况 workbooks.
/// Every column is found by its name; the tests move columns about and rename the lead ones.
@Suite struct ShopOverviewImportTests {
    /// A workbook of one sheet whose rows are text cells.
    static func workbook(sheet: String, _ rows: [[String]]) throws -> [UInt8] {
        let folder = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("book.xlsx").path
        let writer = try XLSXWriter(
            path: path, options: XLSXWriter.Options(timestamp: ArchiveTimestamp(year: 2025, month: 9, day: 2)))
        writer.beginSheet(name: sheet)
        for row in rows { writer.row(row.map { .text($0) }) }
        try writer.close()
        return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// A zip of workbooks with GBK names and no UTF-8 flag, as 生意参谋 hands the download out.
    static func gbkZip(_ entries: [(name: String, bytes: [UInt8])]) throws -> [UInt8] {
        let folder = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("download.zip").path
        let zip = try ZipWriter(path: path, modified: ArchiveTimestamp(year: 2025, month: 9, day: 2), gbkNames: true)
        for e in entries { try zip.addEntry(name: e.name, method: .deflated, data: e.bytes) }
        try zip.close()
        return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    static func read(_ bytes: [UInt8], as name: String) -> FileImportResult {
        ExportFileImporter().read(file: "exports/2025-08/\(name)", bytes: MemoryBytes(bytes))
    }

    /// 数据概览's header: six lead columns whose names no source gives, then each metric four times.
    static let sycmHeader =
        ["终端", "类目", "粒度", "层级", "统计区间", "生成于"]
        + ["访客数", "支付转化率", "客单价", "支付金额", "支付买家数"].flatMap {
            ["\($0)（本店）", "\($0)环比", "\($0)（同行同层平均）", "\($0)（同行同层优秀）"]
        }

    static func sycmRow(day: Int, visitors: Int, peerVisitors: Int, exported: String) -> [String] {
        ["所有终端", "女装", "日", "第五层级", "2025-08-0\(day)|2025-08-0\(day)", exported]
            + ["\(visitors)", "-3.20%", "\(peerVisitors)", "\(peerVisitors * 3)"]
            + ["2.50%", "+1.00%", "2.10%", "3.40%"]
            + ["150.00", "-", "160.00", "224.00"]
            + ["9,375.00", "-", "8,500.00", "30,000.00"]
            + ["\(visitors / 40)", "-", "53", "160"]
    }

    @Test func aZipOfDailyWorkbooksGivesOneDayEachWithTheStoreAndThePeerTier() throws {
        let days = try (1...2).map { d in
            (
                name: "数据概览_2025-08-0\(d)-20250902_093012.xlsx",
                bytes: try Self.workbook(
                    sheet: "数据概览",
                    [
                        Self.sycmHeader,
                        Self.sycmRow(day: d, visitors: 2500 + d, peerVisitors: 2600, exported: "2025-09-02 09:30:12"),
                    ])
            )
        }
        let result = Self.read(try Self.gbkZip(days), as: "首页数据概览.zip")
        #expect(result.ignored.isEmpty)
        #expect(result.exports.count == 2)
        // The GBK entry name is read as Chinese, not as code page 437.
        #expect(result.exports.map(\.file).first == "exports/2025-08/首页数据概览.zip/数据概览_2025-08-01-20250902_093012.xlsx")
        for (k, export) in result.exports.enumerated() {
            #expect(export.kind == .shopOverview)
            #expect(export.platform == .taobao)
            #expect(export.counts.read == 1 && export.counts.accepted == 1)
            let row = try #require(export.overview.first)
            #expect(row.day == CalendarDay(year: 2025, month: 8, day: k + 1))
            #expect(
                row.exportedAt
                    == LocalTime(day: CalendarDay(year: 2025, month: 9, day: 2)!, hour: 9, minute: 30, second: 12))
            #expect(export.exportedAtInside == row.exportedAt)
            #expect(
                row.figure(.visitors)
                    == ShopOverviewRecord.Figure(
                        metric: .visitors, store: Double(2501 + k), peerAverage: 2600, peerTop: 7800))
            #expect(
                row.figure(.conversion)
                    == ShopOverviewRecord.Figure(metric: .conversion, store: 0.025, peerAverage: 0.021, peerTop: 0.034))
            #expect(row.figure(.sales)?.store == 9375)
            #expect(row.figure(.payingBuyers)?.peerAverage == 53)
        }
    }

    @Test func columnsAreFoundByNameWhereverTheyStand() throws {
        // Peer columns before the store's, the lead columns moved to the end, half-width brackets.
        let header = ["访客数(同行同层平均)", "访客数(本店)", "访客数环比", "支付转化率(本店)", "日期", "导出时间"]
        let bytes = try Self.workbook(
            sheet: "数据概览", [header, ["3,000", "2,400", "-20.00%", "1.5%", "2025-08-05|2025-08-05", "-"]])
        let export = try #require(Self.read(bytes, as: "概览-20250906_101500.xlsx").exports.first)
        let row = try #require(export.overview.first)
        #expect(row.day == CalendarDay(year: 2025, month: 8, day: 5))
        #expect(
            row.figure(.visitors)
                == ShopOverviewRecord.Figure(metric: .visitors, store: 2400, peerAverage: 3000, peerTop: nil))
        #expect(row.figure(.conversion)?.store == 0.015)
        // No export time in the row: the workbook's name gives it.
        #expect(row.exportedAt == LocalTime(day: CalendarDay(year: 2025, month: 9, day: 6)!, hour: 10, minute: 15))
    }

    @Test func pinduoduosTradeOverviewHasTheStoreOnlyAndAmericanDates() throws {
        let header = [
            "统计时间", "成交金额", "较上周期", "成交订单数", "较上周期", "成交买家数", "较上周期", "成交转化率", "较上周期", "客单价", "较上周期",
        ]
        let rows = [
            header, ["12-29-25", "12,345.60", "+3.2%", "130", "-1%", "120", "0%", "3.10%", "+0.1%", "102.88", "-2%"],
        ]
        let result = Self.read(try Self.workbook(sheet: "Sheet1", rows), as: "交易概况.xlsx")
        let export = try #require(result.exports.first)
        #expect(export.kind == .shopOverview)
        #expect(export.platform == .pinduoduo)
        let row = try #require(export.overview.first)
        #expect(row.day == CalendarDay(year: 2025, month: 12, day: 29))
        #expect(
            row.figure(.sales)
                == ShopOverviewRecord.Figure(metric: .sales, store: 12345.6, peerAverage: nil, peerTop: nil))
        #expect(row.figure(.payingBuyers)?.store == 120)
        #expect(row.figure(.conversion)?.store == 0.031)
        #expect(row.figure(.averageOrderValue)?.store == 102.88)
        #expect(row.exportedAt == nil)
    }

    @Test func pinduoduosGoodsOverviewGivesTheVisitors() throws {
        let header = ["统计时间", "商品访客", "较上", "浏览量", "较上", "成交买家", "较上"]
        let result = Self.read(
            try Self.workbook(sheet: "Sheet1", [header, ["01-05-26", "812", "+2%", "2,030", "+1%", "25", "-3%"]]),
            as: "商品概况.xlsx")
        let row = try #require(result.exports.first?.overview.first)
        #expect(row.day == CalendarDay(year: 2026, month: 1, day: 5))
        #expect(row.figure(.visitors)?.store == 812)
        #expect(row.figure(.payingBuyers)?.store == 25)
    }

    @Test func aFigureThatIsNoNumberRejectsItsRowWithTheColumn() throws {
        let header = ["日期", "访客数(本店)", "访客数(同行同层平均)"]
        let result = Self.read(
            try Self.workbook(sheet: "数据概览", [header, ["2025-08-01", "很多", "3000"], ["2025-08-02", "2400", "3000"]]),
            as: "概览.xlsx")
        let export = try #require(result.exports.first)
        #expect(export.counts.read == 2 && export.counts.accepted == 1 && export.counts.rejected == 1)
        #expect(export.rejects.first?.column?.name == "访客数(本店)")
        #expect(export.overview.map(\.day) == [CalendarDay(year: 2025, month: 8, day: 2)])
    }

    @Test(arguments: [
        ("2025-08-01|2025-08-01", "2025-08-01"), ("2025-08-01 ~ 2025-08-31", "2025-08-01"), ("12-29-25", "2025-12-29"),
        ("1/5/26", "2026-01-05"), ("20250803", "2025-08-03"), ("2025年8月4日", "2025-08-04"), ("45870", "2025-08-01"),
        ("2025-09-02 09:30:12", nil), ("13-01-25", nil), ("全部", nil),
    ])
    func overviewDays(_ text: String, _ expected: String?) {
        #expect(OverviewDate.day(text)?.description == expected)
    }

    @Test(arguments: [
        ("数据概览_2025-08-01-20250902_093012.xlsx", "2025-09-02 09:30:12"),
        ("x-20250906_101500.xlsx", "2025-09-06 10:15:00"),
        ("概况_20250906.xlsx", nil), ("x-20250906_256000.xlsx", nil),
    ])
    func exportTimesFromWorkbookNames(_ name: String, _ expected: String?) {
        #expect(OverviewDate.exportTime(fileName: name)?.description == expected)
    }
}
