import Testing

@testable import AgencyAudit
@testable import AuditImport

@Suite struct CSVReaderTests {
    @Test(arguments: [1, 2, 3, 7, 64, 1 << 20])
    func quotedFieldsWithCommasQuotesAndNewlinesAtAnyChunkSize(chunk: Int) throws {
        let text = "a,b,c\r\n\"x,1\",\"say \"\"hi\"\"\",\"two\nlines\"\r\nplain,,end\n"
        let rows = try Fixtures.records(Fixtures.utf8(text), chunk: chunk)
        #expect(rows == [["a", "b", "c"], ["x,1", "say \"hi\"", "two\nlines"], ["plain", "", "end"]])
    }

    @Test func lineNumbersCountPhysicalLines() throws {
        var reader = CSVReader(source: MemoryByteSource(Fixtures.utf8("h1,h2\n\"a\nb\",c\nd,e\n")))
        var lines: [Int] = []
        try reader.forEachRecord { lines.append($0.line) }
        #expect(lines == [1, 2, 4])
    }

    /// A CR inside quotes is part of the field, whatever the file's line ends; like any line break
    /// it is a line of the file (an editor shows it as one), so the rows after it keep their
    /// line numbers, in old Mac files (lone CR) as in LF and CRLF files.
    @Test(arguments: ["\n", "\r\n", "\r"], [1, 2, 3, 5, 16, 1 << 20])
    func aCRInsideQuotesStaysInItsFieldAndCountsAsALine(lineEnd: String, chunk: Int) throws {
        let text =
            ["h1,h2", "1,\"a\rb\"", "2,\"c\r\r\"", "3,\"d\r\ne\nf\"", "4,x"].joined(separator: lineEnd) + lineEnd
        var reader = CSVReader(
            source: MemoryByteSource(Fixtures.utf8(text), maxChunk: chunk), chunkSize: max(16, chunk))
        var rows: [[String]] = []
        var lines: [Int] = []
        try reader.forEachRecord {
            rows.append($0.strings)
            lines.append($0.line)
        }
        #expect(rows == [["h1", "h2"], ["1", "a\rb"], ["2", "c\r\r"], ["3", "d\r\ne\nf"], ["4", "x"]])
        #expect(lines == [1, 2, 4, 7, 10])
    }

    /// A row too long to hold is cut at the end of its first line, which in an old Mac file is a
    /// lone CR: the rows after it are read (they were swallowed up to the first LF, here none).
    @Test(arguments: ["\n", "\r\n", "\r"], [16, 4096, 1 << 20])
    func aRowTooLongIsCutWhereItsLineEnds(lineEnd: String, chunk: Int) throws {
        let text = "ab,c" + lineEnd + "1,\"" + String(repeating: "张", count: 30_000) + lineEnd + "2,x" + lineEnd + "3,y"
        var reader = CSVReader(
            source: MemoryByteSource(Fixtures.utf8(text), maxChunk: chunk), chunkSize: chunk, maxRecordBytes: 300)
        var rows: [[String]] = []
        var lines: [Int] = []
        try reader.forEachRecord {
            rows.append($0.defect == nil ? $0.strings : ["too long"])
            lines.append($0.line)
        }
        #expect(rows == [["ab", "c"], ["too long"], ["2", "x"], ["3", "y"]])
        #expect(lines == [1, 2, 3, 4])
    }

    @Test func lastRecordWithoutNewlineAndLoneCR() throws {
        #expect(try Fixtures.records(Fixtures.utf8("a,b\rc,d")) == [["a", "b"], ["c", "d"]])
    }

    @Test func unterminatedQuoteIsADefectNotACrash() throws {
        var reader = CSVReader(source: MemoryByteSource(Fixtures.utf8("a,b\n1,\"open\n2,3\n")))
        var defects: [RecordDefect?] = []
        try reader.forEachRecord { defects.append($0.defect) }
        #expect(defects == [nil, .unterminatedQuote])
    }

    /// Bad bytes are counted in the rows read, wherever the chunks end: not in a row too long to
    /// hold (dropped unread, cut mid-character where the chunks end), and each GBK byte of a row
    /// read once. (The long row outgrows the 64 KiB sniff sample, so it is cut before the end of
    /// the file; the 8-byte start puts the sample's end inside a character.)
    @Test(arguments: [16, 17, 1000, 4096, 1 << 20])
    func badBytesAreCountedInTheRowsReadOnly(chunk: Int) throws {
        let gbkRow = Fixtures.utf8("3,") + Fixtures.gb18030("张三") + Fixtures.utf8("\n")
        let long = "ab,c\n1,\"" + String(repeating: "张", count: 30_000) + "\n2,x\n"
        let bytes = Fixtures.utf8(long) + gbkRow
        var reader = CSVReader(source: MemoryByteSource(bytes, maxChunk: chunk), chunkSize: chunk, maxRecordBytes: 300)
        var rows: [[String]] = []
        try reader.forEachRecord { rows.append($0.defect == nil ? $0.strings : ["too long"]) }
        #expect(rows == [["ab", "c"], ["too long"], ["2", "x"], ["3", "张三"]])
        #expect(reader.replacedByteCount == 4)
    }

    @Test func gb18030IsDetectedAndDecodedAcrossChunkBoundaries() throws {
        let text = "订单编号,收货人姓名\n1,张三丰\n2,欧阳娜娜\n"
        for chunk in [1, 3, 5, 1 << 20] {
            var reader = CSVReader(source: MemoryByteSource(Fixtures.gb18030(text), maxChunk: chunk), chunkSize: 16)
            var rows: [[String]] = []
            try reader.forEachRecord { rows.append($0.strings) }
            #expect(reader.encoding == .gb18030)
            #expect(rows == [["订单编号", "收货人姓名"], ["1", "张三丰"], ["2", "欧阳娜娜"]])
        }
    }

    @Test func badGBKByteIsReplacedAndCounted() throws {
        var bytes = Fixtures.gb18030("名称,值\n张三,1\n")
        bytes.insert(0xFF, at: bytes.count - 2)  // before the 1; 0xFF is never a GB18030 lead byte
        var reader = CSVReader(source: MemoryByteSource(bytes))
        var rows: [[String]] = []
        try reader.forEachRecord { rows.append($0.strings) }
        #expect(reader.replacedByteCount == 1)
        #expect(rows[1][0] == "张三")
        #expect(rows[1][1].contains("\u{FFFD}"))
    }

    @Test func bomIsDroppedAndUTF16IsConverted() throws {
        let withBOM = try Fixtures.records(Fixtures.utf8("访客数,x\n1,2\n", bom: true))
        #expect(withBOM[0][0] == "访客数")
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in "日期,花费\n2025-09-01,10\n".utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        var reader = CSVReader(source: MemoryByteSource(utf16))
        var rows: [[String]] = []
        try reader.forEachRecord { rows.append($0.strings) }
        #expect(reader.encoding == .utf16LE)
        #expect(rows == [["日期", "花费"], ["2025-09-01", "10"]])
    }

    @Test func recordLongerThanTheLimitIsRejectedAndReadingGoesOn() throws {
        // Line 2 opens a quote and runs on for 200 KB: it is skipped to its end and reading resumes on line 3.
        let text = "h1,h2\na,\"" + String(repeating: "x", count: 200_000) + "\nb,c\nd,e\n"
        var reader = CSVReader(
            source: MemoryByteSource(Fixtures.utf8(text), maxChunk: 512), chunkSize: 512, maxRecordBytes: 1000)
        var seen: [(Int, RecordDefect?, [String])] = []
        try reader.forEachRecord { seen.append(($0.line, $0.defect, $0.defect == nil ? $0.strings : [])) }
        #expect(seen.map(\.0) == [1, 2, 3, 4])
        #expect(seen[1].1 == .tooLong(limitBytes: 1000))
        #expect(seen[2].2 == ["b", "c"])
        #expect(seen[3].2 == ["d", "e"])
    }

    @Test func overLongLastLineWithoutLineEndIsStillReported() throws {
        let text = "h1,h2\nok,1\n" + String(repeating: "z", count: 300_000)
        var reader = CSVReader(
            source: MemoryByteSource(Fixtures.utf8(text), maxChunk: 4096), chunkSize: 4096, maxRecordBytes: 1000)
        var seen: [(Int, RecordDefect?)] = []
        try reader.forEachRecord { seen.append(($0.line, $0.defect)) }
        #expect(seen.map(\.0) == [1, 2, 3])
        #expect(seen[2].1 == .tooLong(limitBytes: 1000))
    }
}

@Suite struct TabSeparatedTextTests {
    @Test(arguments: [
        ("a,b,c\n1,2,3\n", false),
        ("a\tb\tc\n1\t2\t3\n", true),
        // 抖店 puts a tab inside quoted cells before ids: no tab outside quotes.
        ("主订单编号,子订单编号\n\"\t6917926768823643751\",\"\t6917926768823643752\"\n", false),
        ("", false),
    ])
    func tabsOutsideQuotesAreNoticed(text: String, tabs: Bool) {
        #expect(
            Array(text.utf8).withUnsafeBufferPointer { CSVReader<MemoryByteSource>.hasTabSeparatedLines($0) } == tabs)
    }

    /// A one-column CSV whose cells hold tabs stays a CSV: tabs are tried only when commas find no header.
    @Test func aCSVWithTabsInItsCellsIsStillACSV() throws {
        let text = "订单编号,买家实际支付金额,订单状态,订单付款时间\n1\t,2.50,交易成功,2025-09-01\n"
        let e = try #require(try ExportImporter.read(splitting: MemoryByteSource(Fixtures.utf8(text)), file: "x.csv"))
        #expect(e.counts.accepted == 1)
    }
}
