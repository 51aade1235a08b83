import Foundation
import Testing

@testable import AgencyAudit
@testable import AuditImport

/// A file read in two halves on two threads must give exactly what one start-to-end read gives.
@Suite struct SplitImportTests {
    static let header =
        #""订单编号","买家会员名","买家实际支付金额","订单状态","买家留言","收货人姓名","收货地址 ","联系手机","订单创建时间","订单付款时间 ","宝贝标题 ","宝贝总数量","物流单号 ","退款金额""#

    /// An order report of `rows` rows with a title line, quoted notes holding commas, quotes and
    /// line breaks, blank lines, rows with a bad amount or too few fields, and a 合计 row.
    static func orderReport(rows: Int, lineEnd: String = "\n", bigNoteAt: Int? = nil) -> String {
        var lines = ["示例女装旗舰店 订单报表 2025-09", header]
        for i in 0..<rows {
            let day = 1 + i % 28
            let note: String
            if i == bigNoteAt {
                // A note with hundreds of line breaks: the middle of the file falls inside its quotes.
                note = "\"" + (0..<3000).map { "第\($0)行，\"\"备注\"\"" }.joined(separator: "\n") + "\""
            } else {
                note = i % 7 == 0 ? "\"快点发货,谢谢\"\"老板\"\"\n第二行\"" : ""
            }
            let amount = i % 97 == 5 ? "12..50" : "\"¥1,\(100 + i % 900).50\""
            var row =
                "=\"38120049763\(String(format: "%08d", i))\",tb_\(880000 + i),\(amount),交易成功,\(note),买家\(i % 50),"
                + "浙江省 杭州市 西湖区 文三路\(i % 300)号\(i % 9)幢(310012),'139\(String(format: "%08d", i)),"
                + "2025-09-\(String(format: "%02d", day)) 10:\(String(format: "%02d", i % 60)):00,2025-09-\(String(format: "%02d", day)) 10:\(String(format: "%02d", i % 60)):30,"
                + "法式碎花连衣裙\(i % 5),1,=\"77345\(i)\",0.00"
            if i % 211 == 3 { row = "=\"38120049763\(String(format: "%08d", i))\",tb_x,1.00" }
            lines.append(row)
            if i % 301 == 0 { lines.append("") }
        }
        lines.append("合计,,,,,,,,,,,,,")
        return lines.joined(separator: lineEnd) + lineEnd
    }

    /// The physical line each generated order row starts on, by row number (`orderReport`'s
    /// layout): LF, CRLF and a lone CR each end a line, inside quotes or not.
    static func rows(of text: String) -> [Int: Int] {
        var result: [Int: Int] = [:]
        var line = 1
        var inQuotes = false
        var atStart = true
        var afterCR = false
        for ch in text.unicodeScalars {
            if atStart, !inQuotes, ch == "=" {
                result[result.count] = line
            }
            atStart = false
            if ch == "\"" { inQuotes.toggle() }
            if ch == "\r" || ch == "\n" && !afterCR {
                line += 1
            }
            if ch == "\r" || ch == "\n" { atStart = true }
            afterCR = ch == "\r"
        }
        return result
    }

    static func compare(_ bytes: [UInt8], expectParts: Int) throws {
        let whole = try #require(
            try ExportImporter.read(
                MemoryByteSource(bytes, maxChunk: 4096), file: "exports/2025-09/订单.csv", chunkSize: 8192))
        let split = try #require(
            try ExportImporter.read(
                splitting: MemoryByteSource(bytes, maxChunk: 4096), file: "exports/2025-09/订单.csv",
                chunkSize: 8192, minimumSize: 0))
        #expect(split.parts == expectParts)
        #expect(whole.parts == 1)
        #expect(split.orders == whole.orders)
        #expect(split.rejects == whole.rejects)
        #expect(split.counts == whole.counts)
        #expect(split.notes == whole.notes)
        #expect(split.encoding == whole.encoding)
        #expect(split.bytes == whole.bytes)
        #expect(split.bytes == bytes.count)
        #expect(whole.counts.rejected > 2)
        #expect(whole.counts.read == whole.counts.accepted + whole.counts.rejected + whole.counts.skipped)
    }

    @Test(arguments: ["utf-8", "utf-8-bom", "gb18030"], ["\n", "\r\n"])
    func halvesGiveWhatOneReadGives(encoding: String, lineEnd: String) throws {
        let text = Self.orderReport(rows: 1500, lineEnd: lineEnd)
        let bytes = encoding == "gb18030" ? Fixtures.gb18030(text) : Fixtures.utf8(text, bom: encoding == "utf-8-bom")
        #expect(bytes.count > 2 * (64 << 10))
        try Self.compare(bytes, expectParts: 2)
    }

    /// An old Mac file (lines end with a lone CR) is cut after one, and a note holding a lone CR
    /// in an LF file stays one field: either way the halves give what one read gives, at the
    /// lines an editor shows.
    @Test(arguments: ["\r", "\n"])
    func aFileWithLoneCRsIsSplitAtARecordBoundary(lineEnd: String) throws {
        var text = Self.orderReport(rows: 1500, lineEnd: lineEnd)
        if lineEnd == "\n" {
            text = text.replacingOccurrences(of: "\"\"老板\"\"\n第二行", with: "\"\"老板\"\"\r第二行")
            #expect(text.contains("老板\"\"\r第二行"))
        }
        let bytes = Fixtures.utf8(text)
        try Self.compare(bytes, expectParts: 2)
        let whole = try #require(try ExportImporter.read(MemoryByteSource(bytes), file: "exports/2025-09/订单.csv"))
        let lines = Self.rows(of: text)
        #expect(whole.orders.map(\.location.line) == whole.orders.map { lines[Int($0.id.suffix(8))!]! })
    }

    @Test func aCutInsideAQuotedLineBreakFallsBackToOneRead() throws {
        let text = Self.orderReport(rows: 400, bigNoteAt: 200)
        let bytes = Fixtures.utf8(text)
        // The note of row 200 covers the middle of the file, so the first line end after it is quoted.
        let middle = bytes.count / 2
        let noteStart = try #require(bytes.indices.first { bytes[$0...].starts(with: Array("第0行".utf8)) })
        let noteEnd = try #require(bytes.indices.first { bytes[$0...].starts(with: Array("第2999行".utf8)) })
        #expect(noteStart < middle && middle < noteEnd)
        try Self.compare(bytes, expectParts: 1)
    }

    @Test func aSmallFileIsReadInOnePart() throws {
        let bytes = Fixtures.utf8(Self.orderReport(rows: 200))
        try Self.compare(bytes, expectParts: 1)
    }

    @Test func aFileWithoutAHeaderIsStillNotAnExport() throws {
        let bytes = Fixtures.utf8(String(repeating: "a,b,c\n", count: 60_000))
        #expect(try ExportImporter.read(splitting: MemoryByteSource(bytes), file: "x.csv", minimumSize: 0) == nil)
    }

    /// Random reports: notes with line breaks and quotes anywhere, broken rows, blank lines. Wherever
    /// the cut lands, the halves give what one read gives (or the file is read in one pass).
    @Test(arguments: 1...6)
    func randomReportsGiveWhatOneReadGives(seed: UInt64) throws {
        var rng = TestRandom(seed: seed)
        var lines = ["示例女装旗舰店 订单报表", Self.header]
        for i in 0..<1_200 {
            let note: String
            switch rng.next() % 6 {
            case 0: note = "\"第一行\n第二行\r\n第三行,有逗号\""
            case 1: note = "\"他说\"\"好\"\"\""
            default: note = ""
            }
            var row =
                "=\"3812\(100_000 + i)\",tb_\(i),\(rng.next() % 500).50,交易成功,\(note),买家,浙江省杭州市西湖区文三路\(i)号,"
                + "'139\(10_000_000 + i),2025-09-0\(1 + i % 9) 10:00:00,2025-09-0\(1 + i % 9) 10:00:30,连衣裙,1,,0"
            if rng.next() % 40 == 0 { row = String(row.prefix(30)) }
            lines.append(row)
            if rng.next() % 50 == 0 { lines.append("") }
        }
        try Self.compareOrFallBack(Fixtures.utf8(lines.joined(separator: rng.next() % 2 == 0 ? "\n" : "\r\n") + "\n"))
    }

    /// Like `compare`, for inputs where the cut may or may not land on a record boundary.
    static func compareOrFallBack(_ bytes: [UInt8]) throws {
        let whole = try #require(
            try ExportImporter.read(MemoryByteSource(bytes), file: "exports/2025-09/订单.csv", chunkSize: 8192))
        let split = try #require(
            try ExportImporter.read(
                splitting: MemoryByteSource(bytes), file: "exports/2025-09/订单.csv",
                chunkSize: 8192, minimumSize: 0))
        #expect(split.orders == whole.orders)
        #expect(split.rejects == whole.rejects)
        #expect(split.counts == whole.counts)
        #expect(whole.counts.read == whole.counts.accepted + whole.counts.rejected + whole.counts.skipped)
    }
}
