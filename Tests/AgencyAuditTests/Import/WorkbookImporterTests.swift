import ExportContainers
import Foundation
import Testing

@testable import AgencyAuditSample
@testable import AuditImport
@testable import AuditRecords

/// Workbooks as the importer reads them sheet by sheet: a hidden or very hidden sheet is never
/// data, whatever the container, and each one with text is named as not read.
@Suite struct WorkbookImporterTests {
    static let header = ["订单编号", "买家实际支付金额", "订单状态", "订单付款时间"]

    /// `count` paid orders of `yuan` each, numbered from `first`.
    static func orders(_ count: Int, from first: Int, yuan: Int) -> [[String]] {
        (0..<count).map { ["\(first + $0)", "\(yuan).00", "交易成功", "2025-09-0\(1 + $0 % 9) 10:00:00"] }
    }

    /// A visible sheet of three ¥100 orders, a hidden one of 60 ¥899 orders, a very hidden one of
    /// 5, a hidden note, and an empty hidden sheet: the sheets and their states.
    static let sheets: [(name: String, state: SheetState, rows: [[String]])] = [
        ("订单", .visible, [header] + orders(3, from: 1, yuan: 100)),
        ("补单", .hidden, [header] + orders(60, from: 1001, yuan: 899)),
        ("补单2", .veryHidden, [header] + orders(5, from: 2001, yuan: 899)),
        ("说明", .hidden, [["本表由代运营整理"]]),
        ("空", .hidden, []),
    ]

    static func xlsx(_ sheets: [(name: String, state: SheetState, rows: [[String]])]) throws -> [UInt8] {
        let folder = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("订单.xlsx").path
        let writer = try XLSXWriter(
            path: path, options: XLSXWriter.Options(timestamp: ArchiveTimestamp(year: 2025, month: 10, day: 1)))
        for sheet in sheets {
            writer.beginSheet(name: sheet.name, state: sheet.state)
            for row in sheet.rows { writer.row(row.map { .text($0) }) }
        }
        try writer.close()
        return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    static func xls(_ sheets: [(name: String, state: SheetState, rows: [[String]])]) throws -> [UInt8] {
        try BIFF8Writer.fileBytes(
            sheets: sheets.map { ($0.name, $0.rows.map { $0.map { BIFF8Cell.text($0) } }) }, for: "订单.xls",
            states: sheets.map(\.state))
    }

    /// SpreadsheetML 2003 as Excel saves it: `<x:Visible>` in each hidden sheet's options.
    static func spreadsheetML(_ sheets: [(name: String, state: SheetState, rows: [[String]])]) -> [UInt8] {
        var xml =
            "<?xml version=\"1.0\"?>\n<?mso-application progid=\"Excel.Sheet\"?>\n"
            + "<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\" xmlns:x=\"urn:schemas-microsoft-com:office:excel\""
            + " xmlns:ss=\"urn:schemas-microsoft-com:office:spreadsheet\">\n"
        for sheet in sheets {
            xml += "<Worksheet ss:Name=\"\(sheet.name)\"><Table>\n"
            for row in sheet.rows {
                xml += "<Row>" + row.map { "<Cell><Data ss:Type=\"String\">\($0)</Data></Cell>" }.joined() + "</Row>\n"
            }
            xml += "</Table>"
            switch sheet.state {
            case .visible: break
            case .hidden: xml += "<x:WorksheetOptions><x:Visible>SheetHidden</x:Visible></x:WorksheetOptions>"
            case .veryHidden: xml += "<x:WorksheetOptions><x:Visible>SheetVeryHidden</x:Visible></x:WorksheetOptions>"
            }
            xml += "</Worksheet>\n"
        }
        return Array((xml + "</Workbook>\n").utf8)
    }

    static func read(_ bytes: [UInt8], as name: String) -> FileImportResult {
        ExportFileImporter().read(file: "exports/2025-09/\(name)", bytes: MemoryBytes(bytes))
    }

    /// What each container's reading must give: the visible orders only, every row of them
    /// accounted for, and each hidden sheet with text named with what it holds.
    static func expectHiddenSheetsLeftOut(_ result: FileImportResult, file: String) throws {
        let export = try #require(result.exports.first)
        #expect(result.exports.count == 1)
        #expect(export.sheets == ["订单"])
        #expect(export.orders.map(\.id) == ["1", "2", "3"])
        #expect(export.orders.reduce(Money.zero) { $0 + $1.paidAmount } == Money(yuan: 300))
        #expect(export.counts.read == 3 && export.counts.accepted == 3)
        #expect(export.notes.isEmpty)
        let rule = "平台导出的报表不会隐藏工作表，请核实它的来历；如确需计入，请取消隐藏后再审计"
        #expect(
            result.ignored == [
                IgnoredFile(
                    file: "exports/2025-09/\(file)[补单]", reason: .hiddenSheet(kind: .orders, rows: 60), kind: .orders),
                IgnoredFile(
                    file: "exports/2025-09/\(file)[补单2]", reason: .hiddenSheet(kind: .orders, rows: 5), kind: .orders),
                IgnoredFile(file: "exports/2025-09/\(file)[说明]", reason: .hiddenSheet(kind: nil, rows: 0)),
            ])
        #expect(
            result.ignored.map(\.reasonText) == [
                "隐藏的工作表（订单报表，60 行）：\(rule)", "隐藏的工作表（订单报表，5 行）：\(rule)", "隐藏的工作表",
            ])
        #expect(result.ignored.allSatisfy { !$0.isUnusable })
    }

    @Test func hiddenSheetsOfAnXLSXAreNamedNotCounted() throws {
        try Self.expectHiddenSheetsLeftOut(Self.read(try Self.xlsx(Self.sheets), as: "订单.xlsx"), file: "订单.xlsx")
    }

    @Test func hiddenSheetsOfABIFF8WorkbookAreNamedNotCounted() throws {
        try Self.expectHiddenSheetsLeftOut(Self.read(try Self.xls(Self.sheets), as: "订单.xls"), file: "订单.xls")
    }

    @Test func hiddenSheetsOfSpreadsheetMLAreNamedNotCounted() throws {
        try Self.expectHiddenSheetsLeftOut(Self.read(Self.spreadsheetML(Self.sheets), as: "订单.xml"), file: "订单.xml")
    }

    /// A workbook whose only orders are hidden has no export: the hidden sheets say why, without
    /// the "no header found" line that would send the merchant looking for a wrong column name.
    @Test(arguments: ["xlsx", "xls", "xml"])
    func aWorkbookWithOnlyHiddenOrdersHasNoExport(container: String) throws {
        let sheets = Self.sheets.map { ($0.name, $0.name == "订单" ? SheetState.hidden : $0.state, $0.rows) }
        let bytes =
            switch container {
            case "xlsx": try Self.xlsx(sheets)
            case "xls": try Self.xls(sheets)
            default: Self.spreadsheetML(sheets)
            }
        let result = Self.read(bytes, as: "订单.\(container)")
        #expect(result.exports.isEmpty)
        #expect(
            result.ignored.map(\.file) == ["订单", "补单", "补单2", "说明"].map { "exports/2025-09/订单.\(container)[\($0)]" })
        #expect(result.ignored.first?.reasonText.hasPrefix("隐藏的工作表（订单报表，3 行）") == true)
    }
}
