import ExportContainers
import Foundation
import Testing

@testable import AgencyAuditSample

/// The generator's own zip and xlsx writers, read back with ExportContainers' inflater and a
/// zip reader written for the tests (`ZipTestReader`).
@Suite struct ContainerWriterTests {
    // MARK: Inputs

    /// XML-like text: rows of an order sheet with Chinese names, amounts and dates, `size` bytes.
    static func sheetText(_ size: Int, seed: UInt64 = 1) -> [UInt8] {
        var random = SplitMix64(seed: seed)
        let names = ["张伟", "王芳", "李娜", "刘洋", "陈静"]
        let items = ["保温杯 500ml", "纯棉四件套", "蓝牙耳机", "防晒衣 UPF50+"]
        var out: [UInt8] = []
        var row = 1
        while out.count < size {
            out += Array(
                "<row r=\"\(row)\"><c r=\"A\(row)\" t=\"inlineStr\"><is><t>\(3_812_004_976_329_210_000 + random.int(0...999_999))</t></is></c>"
                    .utf8)
            out += Array(
                "<c r=\"B\(row)\" t=\"inlineStr\"><is><t>\(random.pick(names))</t></is></c><c r=\"C\(row)\" t=\"inlineStr\"><is><t>\(random.pick(items))</t></is></c>"
                    .utf8)
            out += Array("<c r=\"D\(row)\" t=\"n\"><v>\(random.int(1...900)).\(random.int(10...99))</v></c></row>".utf8)
            row += 1
        }
        return Array(out.prefix(size))
    }

    static func randomBytes(_ size: Int, seed: UInt64 = 2) -> [UInt8] {
        var random = SplitMix64(seed: seed)
        return (0..<size).map { _ in UInt8(truncatingIfNeeded: random.next()) }
    }

    /// Long runs of a few bytes, with short stretches of noise: distance-1 matches and literals.
    static func runs(_ size: Int) -> [UInt8] {
        var random = SplitMix64(seed: 3)
        var out: [UInt8] = []
        while out.count < size {
            out += [UInt8](repeating: UInt8(random.int(0...3)), count: random.int(1...3000))
            out += (0..<random.int(0...20)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
        }
        return Array(out.prefix(size))
    }

    enum Kind: String, CaseIterable, Sendable { case text, random, runs }

    static func input(_ kind: Kind, _ size: Int) -> [UInt8] {
        switch kind {
        case .text: return sheetText(size)
        case .random: return randomBytes(size)
        case .runs: return runs(size)
        }
    }

    static let sizes = [0, 1, 3, 4, 5, 100, 4_095, 32_768, 65_535, 65_536, 70_000, 131_072, 300_000]

    // MARK: CRC-32

    @Test func crc32OfKnownInputs() {
        #expect(AgencyAuditSample.CRC32.checksum([]) == 0)
        #expect(AgencyAuditSample.CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(
            AgencyAuditSample.CRC32.checksum(Array("The quick brown fox jumps over the lazy dog".utf8)) == 0x414F_A339)
    }

    @Test(arguments: [1, 7, 8, 9, 4096])
    func crc32InPiecesEqualsTheBitwiseDefinition(_ piece: Int) {
        let data = Self.randomBytes(10_007) + Self.sheetText(5_000)
        var crc = AgencyAuditSample.CRC32()
        var at = 0
        while at < data.count {
            crc.update(Array(data[at..<min(data.count, at + piece)]))
            at += piece
        }
        #expect(crc.value == ZipTestReader.referenceCRC(data))
        #expect(AgencyAuditSample.CRC32.checksum(data) == crc.value)
    }

    // MARK: Deflater

    @Test(arguments: Kind.allCases, sizes)
    func deflatedBytesInflateToTheInput(_ kind: Kind, _ size: Int) throws {
        let data = Self.input(kind, size)
        let compressed = Deflater.compress(data)
        #expect(try Inflater.inflate(compressed, limit: size) == data)
        // Never much more than the input (a stored block's 5 bytes per block of 16,384 symbols), and text shrinks.
        #expect(compressed.count <= size + 5 * (size / 16_384 + 2))
        if kind == .text, size >= 4_095 { #expect(compressed.count * 4 < size, "text compresses at least 4:1") }
        if kind == .runs, size >= 4_095 { #expect(compressed.count * 20 < size, "runs compress at least 20:1") }
    }

    @Test(arguments: [1, 13, 1000, 65_536, 100_000])
    func deflatedBytesDoNotDependOnHowTheInputIsSplit(_ piece: Int) throws {
        let data = Self.sheetText(250_000) + Self.randomBytes(20_000) + Self.runs(90_000)
        let whole = Deflater.compress(data)
        let deflater = Deflater()
        var pieces: [UInt8] = []
        data.withUnsafeBytes { raw in
            var at = 0
            while at < raw.count {
                deflater.compress(UnsafeRawBufferPointer(rebasing: raw[at..<min(raw.count, at + piece)])) {
                    pieces += $0
                }
                at += piece
            }
        }
        deflater.finish { pieces += $0 }
        #expect(pieces == whole)
        #expect(deflater.totalIn == data.count)
        #expect(deflater.totalOut == whole.count)
        #expect(try Inflater.inflate(pieces, limit: data.count) == data)
    }

    @Test func emptyInputIsOneFixedBlock() {
        // zlib writes the same two bytes: a final fixed block holding only its end.
        #expect(Deflater.compress([]) == [0x03, 0x00])
    }

    // MARK: Huffman codes

    /// Fibonacci counts make the deepest Huffman tree, far past 15 (or 7) bits.
    @Test(arguments: [(30, 15), (286, 15), (19, 7), (12, 7)])
    func codeLengthsStayWithinTheLimitAndTheCodeIsComplete(_ symbols: Int, _ limit: Int) {
        var counts: [UInt32] = [1, 1]
        while counts.count < symbols {
            counts.append(min(counts[counts.count - 1] + counts[counts.count - 2], 1 << 30))
        }
        let code = counts.withUnsafeBufferPointer { HuffmanCode(counts: $0, maxLength: limit) }
        #expect(code.lengths.allSatisfy { $0 >= 1 && Int($0) <= limit })
        let kraft = code.lengths.reduce(0) { $0 + 1 << (limit - Int($1)) }
        #expect(kraft == 1 << limit)
    }

    @Test func codeWithinTheLimitIsOptimal() {
        // Counts whose optimal code needs no more than 15 bits: the total cost equals Huffman's.
        let counts: [UInt32] = [45, 13, 12, 16, 9, 5, 0, 0, 3, 1, 1, 200, 7, 7, 2]
        let code = counts.withUnsafeBufferPointer { HuffmanCode(counts: $0, maxLength: 15) }
        let cost = zip(counts, code.lengths).reduce(0) { $0 + Int($1.0) * Int($1.1) }
        // Huffman's cost: the sum of the merged weights.
        var weights = counts.filter { $0 > 0 }.map(Int.init)
        var huffman = 0
        while weights.count > 1 {
            weights.sort()
            let merged = weights.removeFirst() + weights.removeFirst()
            huffman += merged
            weights.append(merged)
        }
        #expect(cost == huffman)
        #expect(code.lengths[6] == 0 && code.lengths[7] == 0)
    }

    @Test func aLoneSymbolStillGetsTwoCodewords() {
        var counts = [UInt32](repeating: 0, count: 30)
        counts[7] = 100
        let code = counts.withUnsafeBufferPointer { HuffmanCode(counts: $0, maxLength: 15) }
        #expect(code.lengths.filter { $0 > 0 }.count == 2)
        #expect(code.lengths[7] == 1)
    }

    // MARK: Zip

    static let timestamp = ArchiveTimestamp(year: 2025, month: 9, day: 30, hour: 10, minute: 33, second: 7)

    static func withTemporaryFolder<T>(_ body: (URL) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "container-writer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try body(folder)
    }

    /// Entries of every kind: streamed stored and deflated (in pieces), whole stored and deflated, empty.
    static let zipContents: [(name: String, method: ZipWriter.Method, data: [UInt8], streamed: Bool)] = [
        ("orders/ExportOrderList202509302359.csv", .stored, sheetText(70_000, seed: 5), true),
        ("订单报表/店铺来源_2025-09.xml", .deflated, sheetText(200_000, seed: 6), true),
        ("random.bin", .deflated, randomBytes(40_000), false),
        ("readme.txt", .stored, Array("stored whole\n".utf8), false),
        ("empty-streamed.txt", .deflated, [], true),
        ("empty.txt", .stored, [], false),
    ]

    static func writeZip(_ path: String, timestamp: ArchiveTimestamp = timestamp, zip64Threshold: Int = 0xFFFF_FFFF)
        throws
    {
        let writer = try ZipWriter(path: path, modified: timestamp, zip64Threshold: zip64Threshold)
        for entry in zipContents {
            if entry.streamed {
                try writer.beginEntry(name: entry.name, method: entry.method)
                var at = 0
                while at < entry.data.count {
                    try writer.write(Array(entry.data[at..<min(entry.data.count, at + 9_999)]))
                    at += 9_999
                }
                try writer.endEntry()
            } else {
                try writer.addEntry(name: entry.name, method: entry.method, data: entry.data)
            }
        }
        try writer.close()
    }

    @Test func zipEntriesReadBackWithTheirHeaders() throws {
        try Self.withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("a.zip").path
            try Self.writeZip(path)
            let archive = try ZipTestReader(Array(try Data(contentsOf: URL(fileURLWithPath: path))))
            #expect(!archive.hasZip64End)
            #expect(archive.entries.map(\.name) == Self.zipContents.map(\.name))
            for (entry, expected) in zip(archive.entries, Self.zipContents) {
                #expect(try archive.contents(entry.name) == expected.data, "\(entry.name)")
                #expect(entry.crc == AgencyAuditSample.CRC32.checksum(expected.data))
                #expect(entry.method == (expected.method == .stored ? 0 : 8))
                #expect(entry.flags == 0x0800, "UTF-8 names, no data descriptor")
                #expect(entry.versionNeeded == (expected.method == .stored ? 10 : 20))
                #expect(entry.versionMadeBy == entry.versionNeeded)
                #expect(entry.dosDate == (2025 - 1980) << 9 | 9 << 5 | 30)
                #expect(entry.dosTime == 10 << 11 | 33 << 5 | 3)
                #expect(entry.centralExtra.isEmpty)
                // The local header has the final CRC and sizes: readable without the directory.
                #expect(entry.localVersionNeeded == entry.versionNeeded)
                #expect(entry.localCRC == entry.crc)
                #expect(Int(entry.localSize) == expected.data.count)
                #expect(Int(entry.localCompressedSize) == entry.compressedSize)
                if expected.method == .stored { #expect(entry.compressedSize == expected.data.count) }
                // A streamed entry keeps the ZIP64 field it reserved, holding the same sizes.
                if expected.streamed {
                    let zip64 = try #require(ZipTestReader.extraField(0x0001, in: entry.localExtra))
                    #expect(zip64 == Self.littleEndian(expected.data.count) + Self.littleEndian(entry.compressedSize))
                } else {
                    #expect(entry.localExtra.isEmpty)
                }
            }
        }
    }

    static func littleEndian(_ value: Int) -> [UInt8] { (0..<8).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }

    @Test func zipIsByteReproducible() throws {
        try Self.withTemporaryFolder { folder in
            let a = folder.appendingPathComponent("a.zip").path
            let b = folder.appendingPathComponent("b.zip").path
            try Self.writeZip(a)
            try Self.writeZip(b)
            let first = try Data(contentsOf: URL(fileURLWithPath: a))
            let second = try Data(contentsOf: URL(fileURLWithPath: b))
            #expect(first == second)
            let c = folder.appendingPathComponent("c.zip").path
            try Self.writeZip(c, timestamp: ArchiveTimestamp(year: 2024, month: 1, day: 2))
            let third = try Data(contentsOf: URL(fileURLWithPath: c))
            #expect(third.count == first.count)
            #expect(third != first)
        }
    }

    @Test func zip64FieldsAndEndRecordPastTheThreshold() throws {
        // A threshold of 50,000 bytes stands for 4 GiB: entries, offsets and the directory past it go ZIP64.
        try Self.withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("z64.zip").path
            try Self.writeZip(path, zip64Threshold: 50_000)
            let archive = try ZipTestReader(Array(try Data(contentsOf: URL(fileURLWithPath: path))))
            #expect(archive.hasZip64End)
            for (entry, expected) in zip(archive.entries, Self.zipContents) {
                #expect(try archive.contents(entry.name) == expected.data, "\(entry.name)")
                let big =
                    expected.data.count >= 50_000 || entry.compressedSize >= 50_000 || entry.headerOffset >= 50_000
                #expect(entry.versionNeeded == (big ? 45 : expected.method == .stored ? 10 : 20), "\(entry.name)")
                #expect((ZipTestReader.extraField(0x0001, in: entry.centralExtra) != nil) == big, "\(entry.name)")
                #expect((entry.rawSize == 0xFFFF_FFFF) == (expected.data.count >= 50_000))
                if expected.data.count >= 50_000 {
                    #expect(
                        entry.localSize == 0xFFFF_FFFF && entry.localCompressedSize == 0xFFFF_FFFF
                            && entry.localVersionNeeded == 45)
                }
            }
        }
    }

    @Test func misuseIsAnError() throws {
        try Self.withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("bad.zip").path
            let writer = try ZipWriter(path: path, modified: Self.timestamp)
            #expect(throws: SampleGeneratorError.self) { try writer.write([1, 2, 3]) }
            try writer.addEntry(name: "a", method: .stored, data: [1])
            #expect(throws: SampleGeneratorError.cannotWrite(path, reason: "entry a written twice")) {
                try writer.addEntry(name: "a", method: .deflated, data: [2])
            }
            try writer.beginEntry(name: "b", method: .stored)
            #expect(throws: SampleGeneratorError.self) { try writer.close() }
        }
        #expect(throws: SampleGeneratorError.self) {
            try ZipWriter(path: "/nonexistent-folder/x.zip", modified: Self.timestamp)
        }
    }

    // MARK: XLSX

    /// Cells with everything that needs escaping, numbers, gaps and Chinese text.
    static let awkwardRows: [[XLSXCell]] = [
        [.text("订单编号"), .text("买家会员名"), .text("总金额"), .text("备注")],
        [.text("3812004976329210623"), .text(" 前导空格"), .number("128.00"), .text("A&B <tag> \"quoted\"")],
        [.text("line\r\nbreak"), .empty, .number("-0.5"), .text("tab\there, bell\u{07}, nul\u{00}")],
        [.text("_x0041_ stays literal"), .text("trailing space "), .empty, .text("")],
        [],
        [.empty, .empty, .empty, .text("far column D")],
    ]

    static func writeWorkbook(_ path: String, _ options: XLSXWriter.Options, rows: Int = 0) throws {
        let writer = try XLSXWriter(path: path, options: options)
        writer.beginSheet(name: "订单")
        for row in awkwardRows { writer.row(row) }
        writer.endSheet()
        writer.beginSheet(name: "Sheet & <2>")
        var random = SplitMix64(seed: 9)
        for r in 0..<rows {
            writer.row(
                (0..<25).map { c in
                    c % 5 == 3
                        ? .number("\(r * 25 + c).\(random.int(10...99))")
                        : .text("单元格 \(random.int(0...999)) r\(r)c\(c)")
                })
        }
        writer.endSheet()
        try writer.close()
    }

    /// What a sheet's cells say, read back with a scanner of the tests' own: reference → (type, text).
    static func readCells(_ xml: String, shared: [String]) throws -> [String: (type: String, text: String)] {
        var cells: [String: (type: String, text: String)] = [:]
        // Compiled once: a sheet has thousands of cells.
        let cellPattern = try Regex(#"(?s)<c r="([A-Z]+[0-9]+)" t="([a-zA-Z]+)">(.*?)</c>"#)
        let inlinePattern = try Regex(#"(?s)^<is><t(?: xml:space="preserve")?>(.*)</t></is>$"#)
        let indexPattern = try Regex(#"^<v>([0-9]+)</v>$"#)
        let valuePattern = try Regex(#"^<v>(.*)</v>$"#)
        for match in xml.matches(of: cellPattern) {
            let reference = String(match.output[1].substring!)
            let type = String(match.output[2].substring!)
            let body = String(match.output[3].substring!)
            switch type {
            case "inlineStr":
                let t = try #require(body.firstMatch(of: inlinePattern))
                cells[reference] = ("text", unescape(String(t.output[1].substring!)))
            case "s":
                let v = try #require(body.firstMatch(of: indexPattern))
                let index = try #require(Int(String(v.output[1].substring!)))
                try #require(index < shared.count)
                cells[reference] = ("text", shared[index])
            case "n":
                let v = try #require(body.firstMatch(of: valuePattern))
                cells[reference] = ("number", String(v.output[1].substring!))
            default:
                Issue.record("cell type \(type)")
            }
        }
        return cells
    }

    static func readSharedStrings(_ xml: String) throws -> [String] {
        xml.matches(of: try Regex(#"(?s)<si><t(?: xml:space="preserve")?>(.*?)</t></si>"#)).map {
            unescape(String($0.output[1].substring!))
        }
    }

    /// Entities and `_xHHHH_` escapes undone in one pass (`_x005F_` gives back the underscore).
    static func unescape(_ text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let c = rest.first {
            if c == "&", let end = rest.firstIndex(of: ";") {
                switch rest[..<rest.index(after: end)] {
                case "&amp;": out += "&"
                case "&lt;": out += "<"
                case "&gt;": out += ">"
                case "&quot;": out += "\""
                default: out += rest[..<rest.index(after: end)]
                }
                rest = rest[rest.index(after: end)...]
            } else if c == "_", rest.count >= 7, rest.dropFirst().first == "x", rest.dropFirst(6).first == "_",
                let code = UInt32(rest.dropFirst(2).prefix(4), radix: 16), let scalar = Unicode.Scalar(code)
            {
                out.unicodeScalars.append(scalar)
                rest = rest.dropFirst(7)
            } else {
                out.append(c)
                rest = rest.dropFirst()
            }
        }
        return out
    }

    static func columnName(_ index: Int) -> String {
        var n = index + 1
        var name = ""
        while n > 0 {
            name = String(UnicodeScalar(UInt8(65 + (n - 1) % 26))) + name
            n = (n - 1) / 26
        }
        return name
    }

    /// The cells `rows` should read back as.
    static func expectedCells(_ rows: [[XLSXCell]]) -> [String: (type: String, text: String)] {
        var cells: [String: (type: String, text: String)] = [:]
        for (r, row) in rows.enumerated() {
            for (c, cell) in row.enumerated() {
                switch cell {
                case .text(let t): cells["\(columnName(c))\(r + 1)"] = ("text", t)
                case .number(let n): cells["\(columnName(c))\(r + 1)"] = ("number", n)
                case .empty: break
                }
            }
        }
        return cells
    }

    static let workbookVariants: [(name: String, options: XLSXWriter.Options)] = [
        ("stored, inline strings", XLSXWriter.Options(timestamp: timestamp)),
        (
            "deflated, shared strings",
            XLSXWriter.Options(timestamp: timestamp, sharedStrings: true, compression: .deflated)
        ),
        ("deflated, inline strings", XLSXWriter.Options(timestamp: timestamp, compression: .deflated)),
    ]

    @Test(arguments: workbookVariants.indices)
    func workbookCellsReadBackAsWritten(_ variant: Int) throws {
        let options = Self.workbookVariants[variant].options
        try Self.withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("book.xlsx").path
            try Self.writeWorkbook(path, options, rows: 800)
            let archive = try ZipTestReader(Array(try Data(contentsOf: URL(fileURLWithPath: path))))
            let text = { (name: String) throws -> String in String(decoding: try archive.contents(name), as: UTF8.self)
            }
            var parts = [
                "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "[Content_Types].xml", "_rels/.rels",
                "docProps/app.xml", "docProps/core.xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                "xl/styles.xml",
            ]
            if options.sharedStrings { parts.insert("xl/sharedStrings.xml", at: 2) }
            #expect(archive.entries.map(\.name) == parts)
            #expect(archive.entries.allSatisfy { $0.method == (options.compression == .stored ? 0 : 8) })

            let shared = options.sharedStrings ? try Self.readSharedStrings(try text("xl/sharedStrings.xml")) : []
            let sheet1 = try text("xl/worksheets/sheet1.xml")
            let cells = try Self.readCells(sheet1, shared: shared)
            let expected = Self.expectedCells(Self.awkwardRows)
            #expect(Set(cells.keys) == Set(expected.keys))
            for (reference, cell) in expected {
                #expect(cells[reference]?.type == cell.type && cells[reference]?.text == cell.text, "\(reference)")
            }
            // Every row is numbered, the empty one too; the dimension is POI's.
            #expect(sheet1.contains("<dimension ref=\"A1\"/>"))
            #expect((1...6).allSatisfy { sheet1.contains("<row r=\"\($0)\">") })
            if !options.sharedStrings {
                #expect(sheet1.contains("<c r=\"B2\" t=\"inlineStr\"><is><t xml:space=\"preserve\"> 前导空格</t></is></c>"))
                #expect(sheet1.contains("<t>line_x000D_\nbreak</t>"))
                #expect(sheet1.contains("<t>_x005F_x0041_ stays literal</t>"))
                #expect(sheet1.contains("bell_x0007_, nul_x0000_"))
            }

            let sheet2 = try Self.readCells(try text("xl/worksheets/sheet2.xml"), shared: shared)
            #expect(sheet2.count == 800 * 25)
            // Every cell compared, the mismatches gathered: one expectation, not 20,000.
            var random = SplitMix64(seed: 9)
            var mismatches: [String] = []
            for r in 0..<800 {
                for c in 0..<25 {
                    let reference = "\(Self.columnName(c))\(r + 1)"
                    let want =
                        c % 5 == 3 ? "\(r * 25 + c).\(random.int(10...99))" : "单元格 \(random.int(0...999)) r\(r)c\(c)"
                    if sheet2[reference]?.text != want {
                        mismatches.append("\(reference): \(sheet2[reference]?.text ?? "nil")")
                    }
                }
            }
            #expect(mismatches.isEmpty, "\(mismatches.count) cells differ: \(mismatches.prefix(5))")
            if options.sharedStrings {
                let sst = try text("xl/sharedStrings.xml")
                let references = 800 * 20 + expected.values.filter { $0.type == "text" }.count
                #expect(sst.contains("count=\"\(references)\" uniqueCount=\"\(shared.count)\""))
                #expect(Set(shared).count == shared.count)
            }

            let workbook = try text("xl/workbook.xml")
            #expect(
                workbook.contains(
                    "<sheet name=\"订单\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"Sheet &amp; &lt;2&gt;\" sheetId=\"2\" r:id=\"rId2\"/>"
                ))
            let relationships = try text("xl/_rels/workbook.xml.rels")
            #expect(
                relationships.contains(
                    "Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet2.xml\""
                ))
            #expect(relationships.contains("sharedStrings.xml") == options.sharedStrings)
            let types = try text("[Content_Types].xml")
            #expect(types.contains("<Override PartName=\"/xl/worksheets/sheet2.xml\""))
            #expect(types.contains("/xl/sharedStrings.xml") == options.sharedStrings)
            #expect(
                try text("docProps/core.xml").contains(
                    "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2025-09-30T10:33:07Z</dcterms:created>"))
        }
    }

    @Test(arguments: workbookVariants.indices)
    func workbookIsByteReproducible(_ variant: Int) throws {
        let options = Self.workbookVariants[variant].options
        try Self.withTemporaryFolder { folder in
            let a = folder.appendingPathComponent("a.xlsx").path
            let b = folder.appendingPathComponent("b.xlsx").path
            try Self.writeWorkbook(a, options, rows: 500)
            try Self.writeWorkbook(b, options, rows: 500)
            #expect(try Data(contentsOf: URL(fileURLWithPath: a)) == Data(contentsOf: URL(fileURLWithPath: b)))
        }
    }

    @Test func badSheetNamesAndRowsOutsideASheetAreErrorsAtClose() throws {
        try Self.withTemporaryFolder { folder in
            for (name, misuse) in [
                ("slash", { (w: XLSXWriter) in w.beginSheet(name: "a/b") }),
                ("long", { w in w.beginSheet(name: String(repeating: "表", count: 32)) }),
                (
                    "twice",
                    { w in
                        w.beginSheet(name: "Orders")
                        w.endSheet()
                        w.beginSheet(name: "orders")
                    }
                ),
                ("row outside", { w in w.row([.text("x")]) }),
                ("no sheet", { _ in }),
            ] {
                let path = folder.appendingPathComponent("\(name).xlsx").path
                let writer = try XLSXWriter(path: path, options: XLSXWriter.Options(timestamp: Self.timestamp))
                misuse(writer)
                #expect(throws: SampleGeneratorError.self, "\(name)") { try writer.close() }
            }
        }
    }
}
