import Testing

@testable import ExportContainers

/// A row as the tests compare it: its number and its cells' text.
struct ReadRow: Equatable, CustomStringConvertible {
    let number: Int
    let cells: [String]

    init(_ number: Int, _ cells: [String]) {
        self.number = number
        self.cells = cells
    }

    var description: String { "\(number): \(cells)" }
}

enum WorkbookRows {
    static func read(_ workbook: BIFF8Workbook, sheet: Int, from position: Int? = nil) throws -> [ReadRow] {
        var rows: [ReadRow] = []
        try workbook.forEachRow(inSheet: sheet, from: position) {
            rows.append(ReadRow($0.number, $0.strings))
            return true
        }
        return rows
    }

    static func fixture(_ name: String) throws -> BIFF8Workbook {
        try BIFF8Workbook(CompoundFile(MemoryBytes(FixtureFile.biff(name))))
    }

    /// The record ids in a stream, walked by their lengths.
    static func recordIDs(_ stream: [UInt8]) -> Set<UInt16> {
        var ids: Set<UInt16> = []
        var p = 0
        while p + 4 <= stream.count {
            ids.insert(UInt16(stream[p]) | UInt16(stream[p + 1]) << 8)
            p += 4 + (Int(stream[p + 2]) | Int(stream[p + 3]) << 8)
        }
        return ids
    }

    /// The indices of the SST strings whose characters run on into a CONTINUE record, found by a
    /// walk of the records independent of the reader's.
    static func splitStrings(_ stream: [UInt8]) -> [Int] {
        var segments: [ArraySlice<UInt8>] = []
        var p = 0
        while p + 4 <= stream.count {
            let id = Int(stream[p]) | Int(stream[p + 1]) << 8
            let length = Int(stream[p + 2]) | Int(stream[p + 3]) << 8
            let data = stream[(p + 4)..<(p + 4 + length)]
            if id == 0x00FC {
                segments = [data]
            } else if id == 0x003C, !segments.isEmpty {
                segments.append(data)
            } else if !segments.isEmpty {
                break
            }
            p += 4 + length
        }
        var split: [Int] = []
        var s = 0
        var pos = segments.first.map { $0.startIndex + 8 } ?? 0
        var index = 0
        while s < segments.count {
            if pos >= segments[s].endIndex {
                s += 1
                if s < segments.count { pos = segments[s].startIndex }
                continue
            }
            let seg = segments[s]
            let count = Int(seg[pos]) | Int(seg[pos + 1]) << 8
            var flags = seg[pos + 2]
            pos += 3 + (flags & 8 != 0 ? 2 : 0) + (flags & 4 != 0 ? 4 : 0)
            var got = 0
            while true {
                let width = flags & 1 != 0 ? 2 : 1
                let n = min((segments[s].endIndex - pos) / width, count - got)
                got += n
                pos += n * width
                if got == count { break }
                split.append(index)
                s += 1
                flags = segments[s][segments[s].startIndex]
                pos = segments[s].startIndex + 1
            }
            index += 1
        }
        return Array(Set(split)).sorted()
    }
}

@Suite struct BIFF8FixtureTests {
    @Test func sycmLayoutFromLibreOffice() throws {
        let book = try WorkbookRows.fixture("lo-sycm-small.xls")
        #expect(book.sheets == [SheetInfo(name: "店铺来源")])
        #expect(
            try WorkbookRows.read(book, sheet: 0) == [
                ReadRow(1, ["生意参谋 流量 店铺来源"]),
                ReadRow(2, ["统计时间：2025-09-03 ~ 2025-09-03"]),
                ReadRow(3, ["终端：无线"]),
                ReadRow(4, ["注：数据已去重"]),
                ReadRow(6, ["一级来源", "二级来源", "三级来源", "访客数", "下单金额", "下单买家数", "下单转化率", "支付金额"]),
                ReadRow(7, ["淘内免费", "手淘搜索", "-", "5652", "5,652.00", "37", "12.34%", "128.5"]),
                ReadRow(8, ["付费流量", "直通车", "关键词", "1200", "1,024.50", "12", "1.00%", "99.99"]),
                ReadRow(9, ["自主访问", "购物车", "-", "0", "0.00", "0", "0.00%", "0"]),
                ReadRow(10, ["说明：访客数为去重人数"]),
            ])
    }

    @Test func sycmLayoutFromJxl() throws {
        let book = try WorkbookRows.fixture("jxl-sycm.xls")
        #expect(book.sheets == [SheetInfo(name: "店铺来源")])
        #expect(
            try WorkbookRows.read(book, sheet: 0) == [
                ReadRow(1, ["生意参谋 流量 店铺来源"]),
                ReadRow(2, ["统计时间：2025-09-03 ~ 2025-09-03"]),
                ReadRow(3, ["终端：无线"]),
                ReadRow(4, ["注：数据已去重"]),
                ReadRow(6, ["统计日期", "一级来源", "二级来源", "三级来源", "访客数", "下单金额", "下单买家数", "下单转化率", "支付金额"]),
                ReadRow(7, ["2025-09-03", "淘内免费", "手淘搜索", "-", "5652", "5,652.00", "37", "12.34%", "128.5"]),
                ReadRow(8, ["2025-09-03", "付费流量", "直通车", "关键词", "1200", "1,024.50", "12", "1.00%", "99.99"]),
                ReadRow(9, ["2025-09-03", "自主访问", "购物车", "-", "0", "0.00", "0", "0.00%", "0"]),
                ReadRow(11, ["说明：访客数为去重人数"]),
            ])
    }

    @Test func everyCellKindLibreOfficeWrites() throws {
        let file = try CompoundFile(MemoryBytes(FixtureFile.biff("lo-types.xls")))
        // RK, MULRK, NUMBER, BOOLERR, FORMULA, MULBLANK and LABELSST records are all in the fixture.
        #expect(
            WorkbookRows.recordIDs(try #require(try file.stream(named: "Workbook"))).isSuperset(of: [
                0x027E, 0x00BD, 0x0203, 0x0205, 0x0006, 0x00BE, 0x00FD,
            ]))
        let book = try BIFF8Workbook(file)
        #expect(book.sheets == [SheetInfo(name: "类型"), SheetInfo(name: "第二页"), SheetInfo(name: "隐藏", isHidden: true)])
        #expect(!book.isDate1904)
        #expect(
            try WorkbookRows.read(book, sheet: 0) == [
                ReadRow(1, ["文本", "数字", "文本数字", "百分比文本", "日期", "日期时间", "布尔", "公式文本", "公式数字", "公式布尔", "公式错误"]),
                // LibreOffice's headless export caches a string formula's result as 0 and a boolean
                // formula's as the number 1 (its boolean format is not a date): that is what it wrote.
                ReadRow(
                    2,
                    [
                        "中文 text", "5652", "5,652.00", "12.34%", "2025-07-03", "2025-07-03 10:12:45", "TRUE", "0",
                        "11304", "1", "#DIV/0!",
                    ]),
                ReadRow(
                    3,
                    ["1", "2", "3", "-4", "1000000", "0.5", "128.5", "3.14159265358979", "0.00000015", "123456789012"]),
                // Row 4 holds only styled blanks (MULBLANK): no text, so no row.
                ReadRow(5, ["左", "", "", "右"]),
                ReadRow(6, ["前", "", "FALSE"]),
                ReadRow(7, ["😀表情", "café", "Ωmega"]),
            ])
        #expect(
            try WorkbookRows.read(book, sheet: 1) == [ReadRow(1, ["店铺", "日期"]), ReadRow(2, ["旗舰店", "2024-02-29"])])
        #expect(try WorkbookRows.read(book, sheet: 2) == [ReadRow(1, ["看不见"])])
    }

    @Test func formulasAndThe1904DateSystemFromGnumeric() throws {
        let book = try WorkbookRows.fixture("gnumeric-formulas-1904.xls")
        #expect(book.isDate1904)
        #expect(
            try WorkbookRows.read(book, sheet: 0) == [
                ReadRow(1, ["中文", "中文元", "3", "TRUE", "#DIV/0!", ""]),
                ReadRow(2, ["TRUE", "FALSE", "#N/A"]),
                // 44000 days after 1904-01-01, and DATE(2025,7,3) computed in the 1904 system.
                ReadRow(3, ["日期", "2024-06-19", "2025-07-03"]),
            ])
    }

    /// The text make-lo-fixtures.py and JxlFixtures.java write in row `i` of the big SST sheets.
    static let phrases = ["手淘搜索", "直通车关键词", "购物车", "我的淘宝", "万相台无界", "引力魔方", "猜你喜欢", "淘宝客", "品销宝", "超级推荐"]

    static func shortText(_ i: Int) -> String {
        "第\(i)行：" + (0..<(3 + i % 5)).map { phrases[(i + $0) % phrases.count] }.joined(separator: "，") + "。"
    }

    static func longChinese(_ seed: Int, _ length: Int) -> String {
        var text = Array("长文本\(seed)：")
        var k = seed
        while text.count < length {
            text += Array(phrases[k % phrases.count] + "，")
            k += 1
        }
        return String(text.prefix(length - 1)) + "。"
    }

    static func longLatin(_ length: Int) -> String {
        String((0..<length).map { Character(Unicode.Scalar(UInt8(65 + $0 % 26))) })
    }

    @Test(arguments: [("lo-big-sst.xls", [9000, 5000, 5000]), ("jxl-big-sst.xls", [4500, 4200, 4200])])
    func aBigSSTWithStringsCutAtCONTINUEBoundaries(file: String, longLengths: [Int]) throws {
        let compound = try CompoundFile(MemoryBytes(FixtureFile.biff(file)))
        let stream = try #require(try compound.stream(named: "Workbook"))
        #expect(stream.count > CompoundFile.miniStreamCutoff)
        // The three long strings (indices 153–155 of the SST) really cross record boundaries.
        #expect(WorkbookRows.splitStrings(stream) == [153, 154, 155])
        let rows = try WorkbookRows.read(BIFF8Workbook(workbookStream: stream), sheet: 0)
        var expected = [ReadRow(1, ["序号", "来源说明", "访客数"])]
        for i in 1...150 { expected.append(ReadRow(i + 1, [String(i), Self.shortText(i), String(i * 7)])) }
        expected.append(ReadRow(152, ["151", Self.longLatin(longLengths[0]), "0"]))
        expected.append(ReadRow(153, ["152", Self.longChinese(1, longLengths[1]), "0"]))
        expected.append(ReadRow(154, ["153", Self.longChinese(2, longLengths[2]), "0"]))
        #expect(rows.count == expected.count)
        for (row, want) in zip(rows, expected) where row != want {
            Issue.record(
                "row \(want.number) differs: \(row.cells.map { $0.prefix(30) }) vs \(want.cells.map { $0.prefix(30) })")
        }
    }

    @Test(arguments: [
        "lo-sycm-small.xls", "lo-types.xls", "lo-big-sst.xls", "jxl-sycm.xls", "jxl-big-sst.xls",
        "gnumeric-formulas-1904.xls",
    ])
    func eachRowReadsAgainFromItsPosition(file: String) throws {
        let book = try WorkbookRows.fixture(file)
        for sheet in book.sheets.indices {
            var rows: [(number: Int, position: Int, cells: [String])] = []
            try book.forEachRow(inSheet: sheet, from: nil) {
                rows.append(($0.number, $0.position, $0.strings))
                return true
            }
            #expect(!rows.isEmpty)
            #expect(zip(rows, rows.dropFirst()).allSatisfy { $0.number < $1.number })
            for row in rows {
                var again: (number: Int, position: Int, cells: [String])?
                try book.forEachRow(inSheet: sheet, from: row.position) {
                    again = ($0.number, $0.position, $0.strings)
                    return false
                }
                #expect(again?.number == row.number && again?.position == row.position && again?.cells == row.cells)
            }
        }
    }

    @Test func readingStopsWhenTheCallbackSaysSo() throws {
        let book = try WorkbookRows.fixture("lo-big-sst.xls")
        var seen: [Int] = []
        try book.forEachRow(inSheet: 0, from: nil) {
            seen.append($0.number)
            return seen.count < 3
        }
        #expect(seen == [1, 2, 3])
    }
}

@Suite struct BIFF8WorkbookTests {
    typealias B = BIFFStreamBuilder

    private func rows(_ stream: [UInt8], sheet: Int = 0) throws -> [ReadRow] {
        try WorkbookRows.read(BIFF8Workbook(workbookStream: stream), sheet: sheet)
    }

    private func oneSheet(
        sst: [(UInt16, [UInt8])] = [], xfFormats: [UInt16] = [], formats: [(UInt16, String)] = [],
        globals: @escaping (inout B) -> Void = { _ in }, cells: @escaping (inout B) -> Void
    ) -> [UInt8] {
        B.workbook(xfFormats: xfFormats, formats: formats, sstRecords: sst, globals: globals, sheets: [("S", cells)])
    }

    // MARK: Shared strings

    @Test func anSSTCountThatLiesCostsOnlyTheStringsPresent() throws {
        let stream = oneSheet(sst: [B.sst(["甲", "乙"], total: 1 << 31, unique: 1 << 31)]) { b in
            b.labelSST(0, 0, 0)
            b.labelSST(0, 1, 1)
            // Past the two strings present: an empty cell, not a crash.
            b.labelSST(0, 2, 2)
            b.labelSST(0, 3, 0xFFFF_FFFF)
        }
        let book = try BIFF8Workbook(workbookStream: stream)
        #expect(book.sharedStrings.count == 2)
        #expect(try WorkbookRows.read(book, sheet: 0) == [ReadRow(1, ["甲", "乙", "", ""])])
    }

    @Test func aStringCutAtACONTINUEMayChangeFromCompressedToUTF16() throws {
        // "abc" compressed in the SST record, then "中文" as UTF-16 after the CONTINUE's flags byte.
        let sst: [(UInt16, [UInt8])] = [
            (0x00FC, B.u32(2) + B.u32(2) + B.u16(5) + [0] + Array("abc".utf8)),
            (0x003C, [1] + B.utf16(Array("中文".utf16)) + B.string("next")),
        ]
        let book = try BIFF8Workbook(workbookStream: oneSheet(sst: sst) { _ in })
        #expect((0..<book.sharedStrings.count).map(book.sharedStrings.string) == ["abc中文", "next"])
    }

    @Test func richTextRunsAndPhoneticDataAreSkippedAcrossCONTINUE() throws {
        // Flags 0x0D: UTF-16, 2 rich-text runs (8 bytes), 10 bytes of phonetic data; the runs and
        // the phonetic data run on into the CONTINUE with no flags byte of their own.
        let header = B.u16(3) + [0x0D] + B.u16(2) + B.u32(10)
        let sst: [(UInt16, [UInt8])] = [
            (0x00FC, B.u32(2) + B.u32(2) + header + B.utf16(Array("xyz".utf16)) + [1, 2, 3, 4, 5]),
            (0x003C, [6, 7, 8] + [UInt8](repeating: 0xAA, count: 10) + B.string("after")),
        ]
        let book = try BIFF8Workbook(workbookStream: oneSheet(sst: sst) { _ in })
        #expect((0..<book.sharedStrings.count).map(book.sharedStrings.string) == ["xyz", "after"])
    }

    @Test func surrogatePairsJoinAcrossCONTINUEAndLoneOnesBecomeReplacementCharacters() throws {
        let sst: [(UInt16, [UInt8])] = [
            (0x00FC, B.u32(2) + B.u32(2) + B.u16(3) + [1] + B.utf16([0x54C8, 0xD83D])),
            (0x003C, [1] + B.utf16([0xDE00]) + B.u16(4) + [1] + B.utf16([0xDC00, 0x0041, 0xD800, 0xD800])),
        ]
        let book = try BIFF8Workbook(workbookStream: oneSheet(sst: sst) { _ in })
        #expect((0..<book.sharedStrings.count).map(book.sharedStrings.string) == ["哈😀", "\u{FFFD}A\u{FFFD}\u{FFFD}"])
    }

    @Test func compressedStringsAreLatin1() throws {
        let sst = [(UInt16(0x00FC), B.u32(1) + B.u32(1) + B.u16(5) + [0] + [0x63, 0x61, 0x66, 0xE9, 0xFF])]
        let book = try BIFF8Workbook(workbookStream: oneSheet(sst: sst) { _ in })
        #expect(book.sharedStrings.string(0) == "caféÿ")
    }

    @Test func stringLengthsPastTheRecordEndKeepWhatIsThere() throws {
        let stream = oneSheet { b in
            b.record(0x0204, B.cell(0, 0, 15) + B.u16(1000) + [0] + Array("abc".utf8))
            b.record(0x0204, B.cell(0, 1, 15) + B.u16(1000))
        }
        #expect(try rows(stream) == [ReadRow(1, ["abc", ""])])
    }

    // MARK: Numbers

    @Test(arguments: [
        (UInt32(5652 << 2 | 2), "5652"),
        (UInt32(12345 << 2 | 3), "123.45"),
        (UInt32(bitPattern: -4 << 2 | 2), "-4"),
        (UInt32(0x3FE0_0000), "0.5"),
        (UInt32(0x3FF0_0000 | 1), "0.01"),
        (UInt32(0x4059_0000), "100"),
    ])
    func rkNumbers(raw: UInt32, text: String) throws {
        #expect(try rows(oneSheet { $0.rk(0, 0, raw) }) == [ReadRow(1, [text])])
    }

    @Test func mulRKAndMulBlankFillTheirColumns() throws {
        let stream = oneSheet { b in
            b.mulRK(0, 1, [1 << 2 | 2, 250 << 2 | 3, UInt32(bitPattern: -3 << 2 | 2)])
            b.labelSST(1, 0, 0)
            b.mulBlank(1, 1, count: 2)
            b.label(1, 3, "y")
        }
        #expect(try rows(stream) == [ReadRow(1, ["", "1", "2.5", "-3"]), ReadRow(2, ["", "", "", "y"])])
    }

    @Test func dateFormatsTurnNumbersIntoDates() throws {
        // XF 16: built-in 14 (date); 17: custom date and time; 18: built-in 22; 19: a percentage.
        let stream = oneSheet(xfFormats: [14, 170, 22, 10], formats: [(170, "yyyy\\-mm\\-dd hh:mm")]) { b in
            b.number(0, 0, 45841, xf: 16)
            b.number(0, 1, 45841.5, xf: 17)
            b.rk(0, 2, 45841 << 2 | 2, xf: 18)
            b.number(0, 3, 0.1234, xf: 19)
            // A date format on a number no calendar holds: the number.
            b.number(0, 4, -1, xf: 16)
            b.formula(0, 5, result: B.f64(45841.25), xf: 17)
        }
        #expect(
            try rows(stream) == [
                ReadRow(
                    1,
                    ["2025-07-03", "2025-07-03 12:00:00", "2025-07-03 00:00:00", "0.1234", "-1", "2025-07-03 06:00:00"])
            ])
    }

    @Test func the1904DateSystem() throws {
        let stream = oneSheet(
            xfFormats: [14], globals: { $0.record(0x0022, B.u16(1)) }, cells: { $0.number(0, 0, 44000, xf: 16) })
        let book = try BIFF8Workbook(workbookStream: stream)
        #expect(book.isDate1904)
        #expect(try WorkbookRows.read(book, sheet: 0) == [ReadRow(1, ["2024-06-19"])])
    }

    // MARK: Formulas, booleans, errors

    @Test func formulaResultsOfEveryKind() throws {
        let long = String(repeating: "长", count: 5000)
        let stream = oneSheet { b in
            b.formula(0, 0, result: B.f64(11304))
            b.formula(0, 1, result: B.special(0))
            b.record(0x0207, B.string("中文元"))
            b.formula(0, 2, result: B.special(1, 1))
            b.formula(0, 3, result: B.special(2, 0x07))
            b.formula(0, 4, result: B.special(3))
            // A string result longer than a record: the STRING goes on in a CONTINUE with its own flags byte.
            b.formula(0, 5, result: B.special(0))
            let all = B.string(long)
            b.record(0x0207, Array(all.prefix(8001)))
            b.record(0x003C, [1] + Array(all.dropFirst(8001)))
            // A string result whose STRING never comes: no text.
            b.formula(0, 7, result: B.special(0))
            b.boolErr(0, 8, 0, isError: false)
            // A STRING with no formula before it belongs to no cell.
            b.record(0x0207, B.string("stray"))
            b.boolErr(0, 9, 0x2A, isError: true)
        }
        #expect(
            try rows(stream) == [ReadRow(1, ["11304", "中文元", "TRUE", "#DIV/0!", "", long, "", "", "FALSE", "#N/A"])])
    }

    @Test(arguments: [
        (UInt8(0x00), "#NULL!"), (0x07, "#DIV/0!"), (0x0F, "#VALUE!"), (0x17, "#REF!"), (0x1D, "#NAME?"),
        (0x24, "#NUM!"), (0x2A, "#N/A"),
    ])
    func errorValues(code: UInt8, text: String) throws {
        #expect(try rows(oneSheet { $0.boolErr(4, 2, code, isError: true) }) == [ReadRow(5, ["", "", text])])
    }

    // MARK: Rows

    @Test func rowsOfOnlyBlanksAreSkippedAndPositionsPointAtTheFirstCellRecord() throws {
        var firstOfRow3 = 0
        let stream = oneSheet { b in
            b.label(0, 0, "a")
            b.blank(1, 0)
            b.mulBlank(1, 1, count: 3)
            firstOfRow3 = b.offset
            b.blank(2, 0)
            b.label(2, 1, "b")
        }
        let book = try BIFF8Workbook(workbookStream: stream)
        var got: [(Int, Int, [String])] = []
        try book.forEachRow(inSheet: 0, from: nil) {
            got.append(($0.number, $0.position, $0.strings))
            return true
        }
        #expect(got.map(\.0) == [1, 3])
        #expect(got[1].1 == firstOfRow3)
        #expect(got[1].2 == ["", "b"])
    }

    @Test func aRowNumberThatComesBackIsDroppedSoRowsAscend() throws {
        let stream = oneSheet { b in
            b.label(1, 0, "row 2")
            b.label(0, 0, "row 1, too late")
            b.label(2, 0, "row 3")
            b.label(1, 1, "row 2 again")
            b.label(3, 0, "row 4")
        }
        #expect(try rows(stream) == [ReadRow(2, ["row 2"]), ReadRow(3, ["row 3"]), ReadRow(4, ["row 4"])])
    }

    @Test func aSheetWithoutEOFEndsWithTheStreamAndACutRecordIsIgnored() throws {
        var stream = oneSheet { b in
            b.label(0, 0, "kept")
            b.label(1, 0, "also kept")
        }
        stream.removeLast(4)
        stream += B.u16(0x0204) + B.u16(500) + [1, 2, 3]
        #expect(try rows(stream) == [ReadRow(1, ["kept"]), ReadRow(2, ["also kept"])])
    }

    @Test func chartsEmbeddedInASheetAreSkipped() throws {
        let stream = oneSheet { b in
            b.label(0, 0, "before")
            b.bof(0x0020)
            b.label(5, 0, "inside the chart")
            b.eof()
            b.label(1, 0, "after")
        }
        #expect(try rows(stream) == [ReadRow(1, ["before"]), ReadRow(2, ["after"])])
    }

    @Test func onlyWorksheetsAreListed() throws {
        var b = B()
        b.bof(0x0005)
        let slots = [
            b.boundSheet("数据"), b.boundSheet("图表", kind: 2), b.boundSheet("宏", kind: 1),
            b.boundSheet("藏", hidden: true),
        ]
        b.eof()
        for slot in slots {
            b.patchU32(slot, UInt32(b.offset))
            b.bof(0x0010)
            b.eof()
        }
        let book = try BIFF8Workbook(workbookStream: b.bytes)
        #expect(book.sheets == [SheetInfo(name: "数据"), SheetInfo(name: "藏", isHidden: true)])
        #expect(try WorkbookRows.read(book, sheet: 1) == [])
    }

    // MARK: Refused files

    @Test func aFILEPASSRecordMeansEncrypted() {
        let stream = oneSheet(
            globals: { $0.record(0x002F, B.u16(1) + [UInt8](repeating: 0, count: 52)) }, cells: { $0.label(0, 0, "x") })
        #expect(throws: ContainerError.encrypted) { try BIFF8Workbook(workbookStream: stream) }
    }

    @Test func olderBIFFVersionsAreUnsupported() {
        var biff5 = B()
        biff5.bof(0x0005, version: 0x0500)
        #expect(throws: ContainerError.unsupported(.biff5)) {
            try BIFF8Workbook(workbookStream: biff5.bytes)
        }
        var biff4 = B()
        biff4.record(0x0409, B.u16(0) + B.u16(0x0010) + B.u16(0))
        #expect(throws: ContainerError.unsupported(.biff2to4)) {
            try BIFF8Workbook(workbookStream: biff4.bytes)
        }
        #expect(throws: ContainerError.corrupt(.bofMissing)) { try BIFF8Workbook(workbookStream: []) }
        #expect(throws: ContainerError.corrupt(.bofMissing)) {
            try BIFF8Workbook(workbookStream: B.u16(0x0204) + B.u16(4) + [0, 0, 0, 0])
        }
    }

    @Test func aBookStreamIsExcel95() throws {
        var biff5 = B()
        biff5.bof(0x0005, version: 0x0500)
        let file = try CompoundFile(CompoundFileBuilder(streams: [("Book", biff5.bytes)]).build().memory)
        #expect(throws: ContainerError.unsupported(.biff5)) { try BIFF8Workbook(file) }
        let other = try CompoundFile(CompoundFileBuilder(streams: [("WordDocument", [1, 2, 3])]).build().memory)
        #expect(throws: ContainerError.corrupt(.workbookStreamMissing)) { try BIFF8Workbook(other) }
    }

    @Test func sheetOffsetsOutsideTheStreamOrNotAtABOF() throws {
        var stream = oneSheet { $0.label(0, 0, "x") }
        // The BOUNDSHEET's offset field: after the globals BOF (20 bytes), 16 XFs (24 bytes each)
        // and the BOUNDSHEET's own record header.
        let slot = 20 + 16 * 24 + 4
        #expect(Array(stream[(slot - 4)..<(slot - 2)]) == [0x85, 0x00])
        stream.replaceSubrange(slot..<(slot + 4), with: B.u32(0x7FFF_FFFF))
        var book = try BIFF8Workbook(workbookStream: stream)
        #expect(throws: ContainerError.corrupt(.sheetStartOutsideStream)) { try WorkbookRows.read(book, sheet: 0) }
        stream.replaceSubrange(slot..<(slot + 4), with: B.u32(4))
        book = try BIFF8Workbook(workbookStream: stream)
        #expect(throws: ContainerError.corrupt(.sheetStartNotBOF)) { try WorkbookRows.read(book, sheet: 0) }
        #expect(throws: ContainerError.corrupt(.rowPositionOutsideStream)) {
            try WorkbookRows.read(book, sheet: 0, from: stream.count + 1)
        }
        #expect(throws: ContainerError.corrupt(.sheetMissing(index: 1))) { try WorkbookRows.read(book, sheet: 1) }
    }
}
