/// A cell of a row written by `XLSXWriter`.
enum XLSXCell: Sendable, Hashable {
    case text(String)
    /// A number already in decimal (`128.00`, `3`, `-0.5`), written as it is.
    case number(String)
    /// No cell at all: the next cell keeps its column.
    case empty
}

/// Writes an .xlsx workbook sheet by sheet, row by row, as Apache POI's streaming writer (SXSSF,
/// used by EasyExcel and 千牛's exports) does: every row and cell with its `r` reference, text as
/// inline strings, numbers as `t="n"`, and the `<dimension ref="A1"/>` POI writes whatever the
/// sheet's size.
///
/// Options give the other shapes seen in the field: `sharedStrings` for a workbook re-saved by
/// Excel or WPS (text cells `t="s"`, indices into `xl/sharedStrings.xml`, which is gathered in
/// memory and written after the sheets), and `compression` stored (千牛) or deflated (re-saved).
/// Rows are built as bytes and handed to the zip entry every 128 KiB, so a sheet of a million
/// rows costs no more memory than that (plus the distinct strings, with `sharedStrings`).
/// Errors are kept and thrown by `close()`, so the row methods stay cheap; the package parts
/// other than the sheets are written by `close()`. Byte-reproducible: the same calls and
/// timestamp give the same file.
final class XLSXWriter {
    struct Options: Sendable {
        /// The time of every zip header and of `docProps/core.xml`.
        var timestamp: ArchiveTimestamp
        var sharedStrings = false
        var compression = ZipWriter.Method.stored

        init(timestamp: ArchiveTimestamp, sharedStrings: Bool = false, compression: ZipWriter.Method = .stored) {
            self.timestamp = timestamp
            self.sharedStrings = sharedStrings
            self.compression = compression
        }
    }

    /// The workbook's full path, for error messages.
    let path: String
    private let options: Options
    private let zip: ZipWriter
    private var sheetNames: [String] = []
    /// Each sheet's state, in the order the sheets were begun.
    private var sheetStates: [SheetState] = []
    private var sheetIsOpen = false
    private var rowNumber = 0
    /// The open sheet's XML not yet handed to the zip entry.
    private var xml = XMLBytes(capacity: 256 * 1024)
    private var failure: SampleGeneratorError?
    /// Shared strings: each distinct text's index, the texts in index order, and the cells using them.
    private var stringIndex: [String: Int] = [:]
    private var strings: [String] = []
    private var stringReferences = 0
    /// Each column's letters (`A`, `AB`, `XFD`), padded to 4 bytes: the letter count, then the letters.
    private let columnLetters: UnsafeMutablePointer<UInt8>

    /// Excel's widest row: columns A to XFD.
    static let maxColumns = 16_384
    private static let flushSize = 128 * 1024

    init(path: String, options: Options) throws {
        self.path = path
        self.options = options
        zip = try ZipWriter(path: path, modified: options.timestamp)
        columnLetters = .allocate(capacity: 4 * Self.maxColumns)
        for column in 0..<Self.maxColumns {
            var letters: [UInt8] = []
            var n = column + 1
            while n > 0 {
                letters.insert(UInt8(65 + (n - 1) % 26), at: 0)
                n = (n - 1) / 26
            }
            columnLetters[4 * column] = UInt8(letters.count)
            for (k, letter) in letters.enumerated() { columnLetters[4 * column + 1 + k] = letter }
        }
    }

    deinit {
        xml.deallocate()
        columnLetters.deallocate()
    }

    // MARK: Sheets and rows

    /// Starts a sheet (a tab) named `name`: 1–31 characters, none of `: \ / ? * [ ]`, unique;
    /// `state` hides it (workbook.xml's `state` attribute).
    func beginSheet(name: String, state: SheetState = .visible) {
        guard failure == nil else { return }
        if sheetIsOpen { endSheet() }
        let forbidden: Set<Character> = [":", "\\", "/", "?", "*", "[", "]"]
        guard (1...31).contains(name.count), !name.contains(where: forbidden.contains),
            !sheetNames.contains(where: { $0.lowercased() == name.lowercased() })
        else {
            return fail(
                "sheet name \"\(name)\" is not one Excel accepts (1–31 characters, none of : \\ / ? * [ ], unique)")
        }
        sheetNames.append(name)
        sheetStates.append(state)
        do {
            try zip.beginEntry(name: "xl/worksheets/sheet\(sheetNames.count).xml", method: options.compression)
        } catch {
            return fail(error)
        }
        sheetIsOpen = true
        rowNumber = 0
        xml.removeAll()
        xml.append(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        )
        // The dimension POI writes before it knows the rows; readers must not trust it.
        xml.append("<dimension ref=\"A1\"/><sheetViews><sheetView workbookViewId=\"0\"")
        if sheetNames.count == 1 { xml.append(" tabSelected=\"true\"") }
        xml.append("/></sheetViews><sheetFormatPr defaultRowHeight=\"15.0\"/><sheetData>")
    }

    /// The next row (numbered from 1), its cells from column A.
    func row(_ cells: [XLSXCell]) {
        guard failure == nil else { return }
        guard sheetIsOpen else { return fail("a row written outside a sheet") }
        guard cells.count <= Self.maxColumns else {
            return fail("a row of \(cells.count) cells, more than Excel's \(Self.maxColumns)")
        }
        rowNumber += 1
        // Built in a local copy of the buffer: one exclusive access per row, not one per byte.
        var out = xml
        defer { xml = out }
        let r = rowNumber
        out.append("<row r=\"")
        out.append(decimal: r)
        out.append("\">")
        for (column, cell) in cells.enumerated() {
            switch cell {
            case .empty:
                continue
            case .number(let text):
                openCell(&out, column, r, type: "n")
                out.append("><v>")
                out.append(text)
                out.append("</v></c>")
            case .text(let text):
                if options.sharedStrings {
                    openCell(&out, column, r, type: "s")
                    out.append("><v>")
                    out.append(decimal: sharedIndex(text))
                    out.append("</v></c>")
                } else {
                    openCell(&out, column, r, type: "inlineStr")
                    out.append("><is>")
                    Self.appendTextElement(&out, text)
                    out.append("</is></c>")
                }
            }
        }
        out.append("</row>")
        if out.count >= Self.flushSize {
            do {
                try zip.write(out.bytes)
            } catch {
                fail(error)
            }
            out.removeAll()
        }
    }

    /// Ends the open sheet.
    func endSheet() {
        guard failure == nil, sheetIsOpen else { return }
        sheetIsOpen = false
        xml.append(
            "</sheetData><pageMargins bottom=\"0.75\" footer=\"0.3\" header=\"0.3\" left=\"0.7\" right=\"0.7\" top=\"0.75\"/></worksheet>"
        )
        do {
            try zip.write(xml.bytes)
            try zip.endEntry()
        } catch {
            fail(error)
        }
        xml.removeAll()
    }

    /// Ends the open sheet, writes the package parts and closes the file; throws the first error met.
    func close() throws {
        if sheetIsOpen { endSheet() }
        if failure == nil, sheetNames.isEmpty { fail("a workbook needs at least one sheet") }
        if let failure { throw failure }
        do {
            if options.sharedStrings { try writeSharedStrings() }
            for (name, part) in packageParts() {
                try zip.addEntry(name: name, method: options.compression, data: Array(part.utf8))
            }
            try zip.close()
        } catch let error as SampleGeneratorError {
            throw error
        } catch {
            throw SampleGeneratorError.cannotWrite(path, error: error)
        }
    }

    // MARK: Cells

    /// `<c r="B2" t="…"` (without the closing `>`).
    @inline(__always)
    private func openCell(_ out: inout XMLBytes, _ column: Int, _ row: Int, type: StaticString) {
        out.append("<c r=\"")
        let letters = columnLetters + 4 * column
        out.append(UnsafeRawBufferPointer(start: letters + 1, count: Int(letters.pointee)))
        out.append(decimal: row)
        out.append("\" t=\"")
        out.append(type)
        out.append(byte: UInt8(ascii: "\""))
    }

    /// `<t>text</t>`, with `xml:space="preserve"` when the text starts or ends with white space
    /// (which XML would otherwise let a reader drop).
    private static func appendTextElement(_ out: inout XMLBytes, _ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            let isSpace = { (b: UInt8) in b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
            if let first = utf8.first, let last = utf8.last, isSpace(first) || isSpace(last) {
                out.append("<t xml:space=\"preserve\">")
            } else {
                out.append("<t>")
            }
            out.append(escaped: UnsafeRawBufferPointer(utf8))
            out.append("</t>")
        }
    }

    private func sharedIndex(_ text: String) -> Int {
        stringReferences += 1
        if let index = stringIndex[text] { return index }
        let index = strings.count
        stringIndex[text] = index
        strings.append(text)
        return index
    }

    private func writeSharedStrings() throws {
        try zip.beginEntry(name: "xl/sharedStrings.xml", method: options.compression)
        var out = XMLBytes(capacity: 256 * 1024)
        defer { out.deallocate() }
        out.append(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\""
        )
        out.append(decimal: stringReferences)
        out.append("\" uniqueCount=\"")
        out.append(decimal: strings.count)
        out.append("\">")
        for text in strings {
            out.append("<si>")
            Self.appendTextElement(&out, text)
            out.append("</si>")
            if out.count >= Self.flushSize {
                try zip.write(out.bytes)
                out.removeAll()
            }
        }
        out.append("</sst>")
        try zip.write(out.bytes)
        try zip.endEntry()
    }

    // MARK: Package parts

    /// The parts besides the sheets and shared strings, in the order they are written.
    private func packageParts() -> [(String, String)] {
        let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        let sheets = sheetNames.indices.map { $0 + 1 }
        let sheetType = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
        var types =
            header + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
            + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
        if options.sharedStrings {
            types +=
                "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
        }
        types +=
            "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        for n in sheets {
            types += "<Override PartName=\"/xl/worksheets/sheet\(n).xml\" ContentType=\"\(sheetType)\"/>"
        }
        types += "</Types>"

        let relationships =
            header + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
            + "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>"
            + "</Relationships>"

        let app =
            header + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\""
            + " xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\"><Application>Apache POI</Application></Properties>"

        let date = options.timestamp.w3cdtf
        let core =
            header
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
            + " xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">\(date)</dcterms:created><dc:creator>Apache POI</dc:creator>"
            + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">\(date)</dcterms:modified></cp:coreProperties>"

        var workbook =
            header + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            + "<workbookPr date1904=\"false\"/><bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>"
        for (i, name) in sheetNames.enumerated() {
            let state = sheetStates[i] == .visible ? "" : " state=\"\(sheetStates[i].rawValue)\""
            workbook +=
                "<sheet name=\"\(Self.escapedAttribute(name))\" sheetId=\"\(i + 1)\"\(state) r:id=\"rId\(i + 1)\"/>"
        }
        workbook += "</sheets></workbook>"

        var workbookRelationships =
            header + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for n in sheets {
            workbookRelationships +=
                "<Relationship Id=\"rId\(n)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\(n).xml\"/>"
        }
        workbookRelationships +=
            "<Relationship Id=\"rId\(sheets.count + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
        if options.sharedStrings {
            workbookRelationships +=
                "<Relationship Id=\"rId\(sheets.count + 2)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        }
        workbookRelationships += "</Relationships>"

        let styles =
            header + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<fonts count=\"1\"><font><sz val=\"11.0\"/><color indexed=\"8\"/><name val=\"Calibri\"/><family val=\"2\"/><scheme val=\"minor\"/></font></fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/></cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>"

        return [
            ("[Content_Types].xml", types), ("_rels/.rels", relationships), ("docProps/app.xml", app),
            ("docProps/core.xml", core), ("xl/workbook.xml", workbook),
            ("xl/_rels/workbook.xml.rels", workbookRelationships), ("xl/styles.xml", styles),
        ]
    }

    private static func escapedAttribute(_ text: String) -> String {
        var out = XMLBytes(capacity: 64)
        defer { out.deallocate() }
        var text = text
        text.withUTF8 { out.append(escaped: UnsafeRawBufferPointer($0)) }
        return String(decoding: out.bytes, as: UTF8.self)
    }

    private func fail(_ reason: String) {
        if failure == nil { failure = .cannotWrite(path, reason: reason) }
    }

    private func fail(_ error: any Error) {
        if failure == nil { failure = .cannotWrite(path, error: error) }
    }
}
