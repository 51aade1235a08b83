import ExportContainers
import Foundation
import Testing

@testable import AgencyAuditSample
@testable import AuditImport
@testable import AuditRecords

/// Every kind of export read in two halves gives exactly the records one read gives: orders,
/// 子订单 line items, traffic, ads and 售后明细 refunds, from a CSV and from an xlsx sheet. (A merge
/// that kept only the first half's line items once turned 6,000 子订单 rows into 2,969 records
/// while the row counts said every row was accepted.)
@Suite struct HalvesImportTests {
    /// A kind's header and its `i`-th data row; every 53rd row has a bad amount (a reject).
    struct Shape: Sendable, CustomTestStringConvertible {
        var kind: ExportKind
        var header: [String]
        var row: @Sendable (Int) -> [String]
        var testDescription: String { kind.rawValue }
    }

    static func amount(_ i: Int) -> String { i % 53 == 7 ? "12..50" : "\(10 + i % 90).50" }
    static func day(_ i: Int) -> String { "2025-09-\(String(format: "%02d", 1 + i % 28))" }

    static let shapes: [Shape] = [
        Shape(
            kind: .orders,
            header: ["订单编号", "买家会员名", "买家实际支付金额", "订单状态", "收货人姓名", "收货地址", "联系手机", "订单付款时间", "宝贝标题", "退款金额"],
            row: { i in
                [
                    "\(3_812_004_000_000 + i)", "tb_\(i)", amount(i), "交易成功", "买家\(i % 40)", "浙江省杭州市西湖区文三路\(i % 300)号",
                    "139\(String(format: "%08d", i))", day(i) + " 10:00:00", "连衣裙\(i % 7)", "0.00",
                ]
            }),
        Shape(
            kind: .lineItems,
            header: ["子订单编号", "主订单编号", "商品标题", "商品价格", "购买数量", "退款状态", "退款金额", "商品ID", "商家编码"],
            row: { i in
                [
                    "\(9_000_000 + i)", "\(3_812_004_000_000 + i / 2)", "法式碎花连衣裙\(i % 11)", amount(i), "\(1 + i % 3)",
                    "没有申请退款",
                    "0", "\(600_000 + i % 13)", "SKU-\(i % 13)",
                ]
            }),
        Shape(
            kind: .traffic,
            header: ["统计日期", "一级来源", "二级来源", "访客数", "浏览量", "支付买家数", "支付金额"],
            row: { i in
                [day(i), i % 2 == 0 ? "淘内免费" : "付费流量", "来源\(i)", "\(100 + i)", "\(300 + i)", "\(i % 9)", amount(i)]
            }),
        Shape(
            kind: .ads,
            header: ["日期", "计划名称", "计划ID", "花费", "总成交金额", "展现量", "点击量"],
            row: { i in
                [day(i), "计划\(i)", "\(70_000 + i)", amount(i), "\(200 + i).00", "\(5000 + i)", "\(50 + i % 40)"]
            }),
        Shape(
            kind: .refunds,
            header: ["服务单号", "订单号", "申请时间", "退款金额"],
            row: { i in ["\(5_000_000 + i)", "\(3_812_004_000_000 + i)", day(i) + " 12:00:00", amount(i)] }),
    ]

    static let rows = 4_000

    /// The records of an export, comparable whichever way it was read (a line item's title by
    /// text: each half keeps a title list of its own).
    struct Records: Equatable {
        var kind: ExportKind
        var orders: [OrderRecord]
        var lineItems: [String]
        var traffic: [TrafficRecord]
        var ads: [AdRecord]
        var refunds: [RefundRecord]
        var rejects: [RejectedRow]
        var counts: RowCounts
        var notes: [ImportNote]

        init(_ e: ImportedExport) {
            kind = e.kind
            orders = e.orderRecords
            lineItems = e.lineItems.map { item in
                let title = item.titleIndex >= 0 ? e.lineItemTitles[Int(item.titleIndex)] : "-"
                return
                    "\(item.orderIDKey) \(item.subOrderKey) \(item.itemKey) \(item.unitPrice) \(item.itemIDKey) \(item.quantity) \(title)"
            }
            traffic = e.traffic
            ads = e.ads
            refunds = e.refunds
            rejects = e.rejects
            counts = e.counts
            notes = e.notes
        }
    }

    static func check(whole: ImportedExport, halves: ImportedExport, shape: Shape) {
        #expect(whole.parts == 1)
        #expect(halves.parts == 2)
        #expect(whole.kind == shape.kind)
        let w = Records(whole)
        #expect(Records(halves) == w)
        // Every row is a record or a reject: none silently missing from either read.
        let records = w.orders.count + w.lineItems.count + w.traffic.count + w.ads.count + w.refunds.count
        #expect(records == whole.counts.accepted)
        #expect(whole.counts.accepted + whole.counts.rejected == rows)
        #expect(whole.counts.rejected == (0..<rows).count { $0 % 53 == 7 })
    }

    @Test(arguments: shapes)
    func aCSVReadInHalvesGivesWhatOneReadGives(shape: Shape) throws {
        let lines = [shape.header] + (0..<Self.rows).map(shape.row)
        let bytes = Array((lines.map { $0.joined(separator: ",") }.joined(separator: "\n") + "\n").utf8)
        let file = "exports/2025-09/\(shape.kind).csv"
        let whole = try #require(try ExportImporter.read(MemoryByteSource(bytes), file: file, chunkSize: 8192))
        let halves = try #require(
            try ExportImporter.read(splitting: MemoryByteSource(bytes), file: file, chunkSize: 8192, minimumSize: 0))
        Self.check(whole: whole, halves: halves, shape: shape)
        if shape.kind == .orders { #expect(halves.orders == whole.orders) }
    }

    @Test(arguments: shapes)
    func anXLSXSheetReadInHalvesGivesWhatOneReadGives(shape: Shape) throws {
        let folder = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("export.xlsx").path
        let writer = try XLSXWriter(
            path: path, options: XLSXWriter.Options(timestamp: ArchiveTimestamp(year: 2025, month: 9, day: 30)))
        writer.beginSheet(name: "Sheet1")
        for row in [shape.header] + (0..<Self.rows).map(shape.row) { writer.row(row.map(XLSXCell.text)) }
        writer.endSheet()
        try writer.close()
        let bytes = MemoryBytes(try [UInt8](Data(contentsOf: URL(fileURLWithPath: path))))
        func read(splitThreshold: Int) throws -> ImportedExport {
            let result = ExportFileImporter(splitThreshold: splitThreshold).read(
                file: "exports/2025-09/x.xlsx", bytes: bytes)
            #expect(result.ignored.isEmpty)
            return try #require(result.exports.first)
        }
        let whole = try read(splitThreshold: .max)
        let halves = try read(splitThreshold: 0)
        Self.check(whole: whole, halves: halves, shape: shape)
        if shape.kind == .orders { #expect(halves.orders == whole.orders) }
    }
}
