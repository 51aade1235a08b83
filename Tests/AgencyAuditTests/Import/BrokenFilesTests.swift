import Foundation
import Testing

@testable import AgencyAudit
@testable import AuditImport
@testable import AuditRecords
@testable import AuditReport

/// The corpus of broken files in Fixtures/Broken, each with the exact message a merchant gets.
@Suite struct BrokenFilesTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Broken")

    static func load(_ name: String) throws -> ImportedExport? {
        let bytes = Array(try Data(contentsOf: folder.appendingPathComponent(name)))
        return try ExportImporter.read(MemoryByteSource(bytes, maxChunk: 64), file: "exports/2025-09/\(name)")
    }

    /// `exports/2025-09/x.csv:4：本行有 7 列…` as the report lists a rejected row.
    static func messages(_ e: ImportedExport) -> [String] {
        e.rejects.map { "\($0.location)：\($0.column == nil ? "" : $0.columnText + " ")\($0.reasonText)" }
    }

    @Test(arguments: [
        ("truncated-file.csv", "exports/2025-09/truncated-file.csv:4：本行有 6 列，表头有 13 列（可能有未加引号的逗号，或行被截断）"),
        ("unterminated-quote.csv", "exports/2025-09/unterminated-quote.csv:3：本行有 15 列，表头有 13 列；它跨了 2 行，可能是引号没有闭合"),
        ("unterminated-quote-at-end.csv", "exports/2025-09/unterminated-quote-at-end.csv:3：本行的引号没有闭合，直到文件末尾（文件可能被截断）"),
        ("too-many-fields.csv", "exports/2025-09/too-many-fields.csv:3：本行有 15 列，表头有 13 列（可能有未加引号的逗号，或行被截断）"),
        ("too-few-fields.csv", "exports/2025-09/too-few-fields.csv:3：本行有 4 列，表头有 13 列（可能有未加引号的逗号，或行被截断）"),
        ("negative-amount.csv", "exports/2025-09/negative-amount.csv:3：第 3 列「买家实际支付金额」 金额为负数（-5.00）"),
        ("absurd-amount.csv", "exports/2025-09/absurd-amount.csv:3：第 3 列「买家实际支付金额」 金额大得不合理（123456789012.00）"),
        (
            "impossible-date.csv",
            "exports/2025-09/impossible-date.csv:3：第 9 列「订单付款时间」 应为日期时间（如 2025-08-01 10:00:00），实际是「2025-02-30 10:00:00」"
        ),
    ])
    func badRowIsRejectedWithItsMessageAndTheRestIsRead(file: String, message: String) throws {
        let imported = try #require(try Self.load(file))
        #expect(Self.messages(imported) == [message])
        #expect(imported.counts.rejected == 1)
        #expect(imported.counts.read == imported.counts.accepted + imported.counts.rejected + imported.counts.skipped)
    }

    @Test(arguments: [
        ("duplicated-header.csv", "exports/2025-09/duplicated-header.csv:1: 表头里「订单编号」出现了不止一次，无法确定用哪一列"),
        ("empty.csv", "exports/2025-09/empty.csv: 文件是空的"),
    ])
    func unusableFileIsAnErrorNamingIt(file: String, message: String) {
        do {
            _ = try Self.load(file)
            Issue.record("\(file) should fail")
        } catch {
            #expect((error as? ImportError)?.text == message)
        }
    }

    @Test func headerOnlyIsReadWithANote() throws {
        let imported = try #require(try Self.load("header-only.csv"))
        #expect(imported.counts.read == 0)
        #expect(imported.noteSentences == ["只有表头，没有数据行"])
    }

    @Test func gbkRowInsideAUTF8FileIsReadAsGBK() throws {
        let imported = try #require(try Self.load("mixed-encodings.csv"))
        #expect(imported.encoding == .utf8)
        #expect(imported.counts.accepted == 3)
        #expect(imported.orders.map(\.receiverName) == ["张三", "张三", "张三"])
        #expect(imported.orders[1].address == "浙江省 杭州市 西湖区 文三路2号")
        #expect(imported.noteSentences == ["有 31 个字节不是有效的 UTF-8（文件混用了编码），这些字段已按 GBK 解读，无法解读的字符替换为 �"])
    }

    @Test func utf16FileIsConverted() throws {
        let imported = try #require(try Self.load("utf16.csv"))
        #expect(imported.encoding == .utf16LE)
        #expect(imported.counts.accepted == 2)
        #expect(imported.orders[1].paidAmount == Money(cents: 12800))
    }
}

@Suite struct HugeLineTests {
    /// The row is Chinese text, so the chunks the reader takes end inside its characters: those
    /// halves are dropped with the row, never counted as bytes that are not UTF-8 (which added a
    /// false note about mixed encodings).
    ///
    /// Files are read with a 10 MiB limit in 1 MiB chunks; the same shape at a sixteenth of the
    /// scale (a 64 KiB limit, 4 KiB chunks, which also end inside a three-byte character, and a
    /// row a fifth over the limit across some twenty chunks) tests the same path in milliseconds
    /// instead of seconds.
    @Test func aLineOverTheLimitIsOneRejectedRowAndTheRestIsRead() throws {
        let limit = 64 << 10
        var text = "订单编号,买家实际支付金额,订单状态,订单付款时间\n1,10,交易成功,2025-09-01\n2,\""
        text += String(repeating: "张", count: limit * 6 / 5 / 3)
        text += "\n3,30,交易成功,2025-09-02\n"
        let imported = try #require(
            try ExportImporter.read(
                MemoryByteSource(Array(text.utf8)), file: "big.csv", chunkSize: 4 << 10, maxRecordBytes: limit))
        #expect(imported.orders.map(\.id) == ["1", "3"])
        #expect(imported.counts.rejected == 1)
        #expect(imported.rejects.first?.reasonText == "本行超过 65536 字节（可能是引号没有闭合），已跳过这一行")
        #expect(imported.rejects.first?.location.line == 3)
        #expect(imported.replacedBytes == 0)
        #expect(imported.noteSentences == [])
    }

    /// The limit as the rejection names it: whole MiB as MB (files are read with 10 MB), bytes below one.
    @Test(arguments: [
        (CSVReader<MemoryByteSource>.defaultMaxRecordBytes, "本行超过 10 MB（可能是引号没有闭合），已跳过这一行"),
        (1 << 20, "本行超过 1 MB（可能是引号没有闭合），已跳过这一行"),
        (64 << 10, "本行超过 65536 字节（可能是引号没有闭合），已跳过这一行"),
    ])
    func theLimitIsNamedInTheRejection(maxRecordBytes: Int, defect: String) {
        #expect(RejectedRowWording.reason(.tooLong(limitBytes: maxRecordBytes), in: .chinese) == defect)
    }
}
