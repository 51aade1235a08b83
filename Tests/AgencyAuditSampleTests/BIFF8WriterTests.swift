import ExportContainers
import Foundation
import Testing

@testable import AgencyAuditSample

/// Writes workbooks with the sample generator's BIFF8 writer and reads them back with the
/// ExportContainers readers, which share no code with it.
@Suite struct BIFF8WriterTests {
    /// A one-day 生意参谋 file: small enough for the mini stream.
    static let oneDay: [BIFF8Writer.Sheet] = [
        (
            "店铺来源",
            [
                [.text("生意参谋 流量 店铺来源")],
                [.text("统计时间：2025-09-03 ~ 2025-09-03")],
                [], [], [],
                [.text("统计日期"), .text("一级来源"), .text("访客数"), .text("下单金额"), .text("下单转化率"), .text("支付金额")],
                [.date(45903), .text("淘内免费"), .number(5652), .text("5,652.00"), .text("12.34%"), .number(128.5)],
                [.dateTime(45903.5), .text("付费流量"), .number(1200), .text("1,024.50"), .text("1.00%"), .number(99.99)],
                [.text("café 😀"), .empty, .number(-0.125), .empty, .text("")],
                [.empty, .empty],
                [.text("说明：访客数为去重人数")],
            ]
        ),
        ("第二页", [[.text("旗舰店"), .number(1)]]),
    ]

    /// Rows of text as the reader hands them on: (1-based row number, cells).
    private static func read(_ bytes: [UInt8]) throws -> [[(Int, [String])]] {
        let book = try BIFF8Workbook(CompoundFile(MemoryBytes(bytes)))
        return try book.sheets.indices.map { sheet in
            var rows: [(Int, [String])] = []
            try book.forEachRow(inSheet: sheet, from: nil) {
                rows.append(($0.number, $0.strings))
                return true
            }
            return rows
        }
    }

    @Test func aOneDayFileReadsBackCellForCell() throws {
        let bytes = try BIFF8Writer.fileBytes(sheets: Self.oneDay, for: "one-day.xls")
        let sheets = try Self.read(bytes)
        #expect(
            try BIFF8Workbook(CompoundFile(MemoryBytes(bytes))).sheets == [
                SheetInfo(name: "店铺来源"), SheetInfo(name: "第二页"),
            ])
        #expect(sheets.count == 2)
        #expect(sheets[0].map(\.0) == [1, 2, 6, 7, 8, 9, 11])
        #expect(
            sheets[0].map(\.1) == [
                ["生意参谋 流量 店铺来源"],
                ["统计时间：2025-09-03 ~ 2025-09-03"],
                ["统计日期", "一级来源", "访客数", "下单金额", "下单转化率", "支付金额"],
                ["2025-09-03", "淘内免费", "5652", "5,652.00", "12.34%", "128.5"],
                ["2025-09-03 12:00:00", "付费流量", "1200", "1,024.50", "1.00%", "99.99"],
                ["café 😀", "", "-0.125", "", ""],
                ["说明：访客数为去重人数"],
            ])
        #expect(sheets[1].map(\.1) == [["旗舰店", "1"]])
    }

    /// Four hundred rows of Chinese text and two strings longer than a record.
    static func bigSheet() -> [[BIFF8Cell]] {
        let phrases = ["手淘搜索", "直通车关键词", "购物车", "我的淘宝", "万相台无界"]
        var rows: [[BIFF8Cell]] = [[.text("序号"), .text("说明")]]
        for i in 1...400 {
            rows.append([.number(Double(i)), .text("第\(i)行：" + String(repeating: phrases[i % 5], count: 1 + i % 7))])
        }
        rows.append([.number(401), .text(String(repeating: "长", count: 9000))])
        rows.append([.number(402), .text(String(repeating: "L", count: 9000))])
        return rows
    }

    @Test func aBigSSTGoesOnInCONTINUERecordsAndReadsBack() throws {
        let rows = Self.bigSheet()
        let stream = try BIFF8Writer.workbookStream(sheets: [("大", rows)], for: "big.xls")
        // SST, then at least five CONTINUE records, each at most 8,224 bytes of data.
        var p = 0
        var continues = 0
        var sstAt = -1
        var extsstAt = -1
        while p + 4 <= stream.count {
            let id = Int(stream[p]) | Int(stream[p + 1]) << 8
            let length = Int(stream[p + 2]) | Int(stream[p + 3]) << 8
            #expect(length <= 8224)
            if id == 0x00FC { sstAt = p }
            if id == 0x003C { continues += 1 }
            if id == 0x00FF { extsstAt = p }
            p += 4 + length
        }
        #expect(p == stream.count)
        #expect(sstAt > 0 && continues >= 5)
        // Every EXTSST entry points at the length of the string that opens its bucket.
        // The table holds the texts in the order the cells come: 序号 first.
        let texts = rows.flatMap { row in
            row.compactMap { cell -> String? in if case .text(let t) = cell { return t } else { return nil } }
        }
        let strings = rows.compactMap { row -> String? in if case .text(let t) = row[1] { return t } else { return nil }
        }
        let bucket = Int(stream[extsstAt + 4]) | Int(stream[extsstAt + 5]) << 8
        let entries = ((Int(stream[extsstAt + 2]) | Int(stream[extsstAt + 3]) << 8) - 2) / 8
        #expect(entries == (texts.count + bucket - 1) / bucket)
        for k in 0..<entries {
            let e = extsstAt + 6 + 8 * k
            let at = (0..<4).reduce(0) { $0 | Int(stream[e + $1]) << (8 * $1) }
            #expect(Int(stream[at]) | Int(stream[at + 1]) << 8 == texts[k * bucket].utf16.count)
        }
        let book = try BIFF8Workbook(workbookStream: stream)
        var read: [[String]] = []
        try book.forEachRow(inSheet: 0, from: nil) {
            read.append($0.strings)
            return true
        }
        #expect(read.count == rows.count)
        #expect(read.map { $0[1] } == strings)
        #expect(read.dropFirst().map { $0[0] } == (1...402).map(String.init))
    }

    @Test func theOutputIsTheSameByteForByte() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("biff8-writer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = dir.appendingPathComponent("a.xls")
        let b = dir.appendingPathComponent("b.xls")
        try BIFF8Writer.write(sheets: Self.oneDay, to: a)
        try BIFF8Writer.write(sheets: Self.oneDay, to: b)
        let first = try Data(contentsOf: a)
        #expect(first == (try Data(contentsOf: b)))
        #expect(Array(first) == (try BIFF8Writer.fileBytes(sheets: Self.oneDay, for: "again.xls")))
        let big1 = try BIFF8Writer.fileBytes(sheets: [("大", Self.bigSheet())], for: "big.xls")
        #expect(big1 == (try BIFF8Writer.fileBytes(sheets: [("大", Self.bigSheet())], for: "big.xls")))
    }

    /// The first mini FAT sector the header names (ENDOFCHAIN when there is no mini stream).
    private static func firstMiniFATSector(_ file: [UInt8]) -> UInt32 {
        (0..<4).reduce(UInt32(0)) { $0 | UInt32(file[60 + $1]) << (8 * UInt32($1)) }
    }

    @Test func aTinyWorkbookLivesInTheMiniStreamAndABigOneDoesNot() throws {
        let tiny = try BIFF8Writer.fileBytes(sheets: Self.oneDay, for: "tiny.xls")
        let tinyStream = try #require(try CompoundFile(MemoryBytes(tiny)).stream(named: "Workbook"))
        #expect(tinyStream.count < 4096)
        #expect(Self.firstMiniFATSector(tiny) != 0xFFFF_FFFE)
        let big = try BIFF8Writer.fileBytes(sheets: [("大", Self.bigSheet())], for: "big.xls")
        #expect(try #require(try CompoundFile(MemoryBytes(big)).stream(named: "Workbook")).count >= 4096)
        #expect(Self.firstMiniFATSector(big) == 0xFFFF_FFFE)
    }

    @Test func compoundFilesOfManyStreamsAndMoreThan109FATSectorsReadBack() throws {
        // 7.5 MB needs 115 FAT sectors: six of them are listed in a DIFAT sector.
        let large = (0..<7_500_000).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ $0 >> 12) }
        let streams: [(name: String, bytes: [UInt8])] = [
            ("Workbook", large), ("b", [1, 2, 3]), ("Zeta", Array(repeating: 9, count: 4095)),
            ("alpha", []), ("\u{5}SummaryInformation", Array(repeating: 5, count: 5000)),
        ]
        let file = try CompoundFile(MemoryBytes(CompoundFileWriter.bytes(streams: streams, for: "many.bin")))
        #expect(file.streamNames.sorted() == streams.map(\.name).sorted())
        for s in streams { #expect(try file.stream(named: s.name) == s.bytes) }
    }

    static let tooWide: [BIFF8Cell] = Array(repeating: .number(1), count: 257)
    static let tooLong: BIFF8Cell = .text(String(repeating: "x", count: 32_768))
    static let refusals: [(sheets: [BIFF8Writer.Sheet], reason: String)] = [
        ([], "a workbook needs at least one sheet"),
        ([(name: "", rows: [])], "sheet name \"\" must have 1 to 31 characters"),
        ([(name: "a/b", rows: [])], "sheet name \"a/b\" has one of []:*?/\\"),
        ([(name: "表", rows: []), (name: "表", rows: [])], "two sheets are named \"表\""),
        ([(name: "s", rows: [tooWide])], "row 1 of sheet \"s\" has more than 256 columns"),
        ([(name: "s", rows: [[tooLong]])], "a text in row 1 of sheet \"s\" is longer than 32767 characters"),
        ([(name: "s", rows: [[], [BIFF8Cell.number(.nan)]])], "row 2 of sheet \"s\" has a number that is not finite"),
        ([(name: "s", rows: [[BIFF8Cell.date(-1)]])], "row 1 of sheet \"s\" has a date serial below 0"),
    ]

    @Test(arguments: refusals)
    func sheetsBIFF8CannotHoldAreRefused(sheets: [BIFF8Writer.Sheet], reason: String) {
        #expect(throws: SampleGeneratorError.cannotWrite("x.xls", reason: reason)) {
            try BIFF8Writer.fileBytes(sheets: sheets, for: "x.xls")
        }
    }

    @Test func anUnwritablePathIsReported() {
        let url = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)/a.xls")
        #expect(throws: SampleGeneratorError.self) { try BIFF8Writer.write(sheets: Self.oneDay, to: url) }
    }
}
