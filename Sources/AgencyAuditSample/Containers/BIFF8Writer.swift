import Foundation

/// Writes `.xls` workbooks (BIFF8 in an OLE2 compound file) as jxl, the library 生意参谋 writes
/// its exports with, does: text in the shared string table with LABELSST cells, numbers in NUMBER
/// records, dates as numbers whose cell format shows a date.
///
/// The records are the minimum LibreOffice and Excel accept. Globals: BOF, CODEPAGE (1200,
/// UTF-16), WINDOW1, four FONTs, the two date FORMATs, the 16 style XFs and the cell XFs, the
/// Normal STYLE, a BOUNDSHEET per sheet, SST (with CONTINUE records past 8,224 bytes) and
/// EXTSST, EOF. Each sheet: BOF, DIMENSIONS, WINDOW2, its cells row by row, EOF. The output is the
/// same byte for byte on every run.
enum BIFF8Writer {
    typealias Sheet = (name: String, rows: [[BIFF8Cell]])

    /// Excel's limits for a BIFF8 sheet.
    static let maxRows = 65_536
    static let maxColumns = 256
    static let maxTextLength = 32_767

    /// The XF a cell of each kind refers to: 15 is the default cell format, 16 and 17 the dates.
    private static let generalXF: UInt16 = 15
    private static let dateXF: UInt16 = 16
    private static let dateTimeXF: UInt16 = 17
    /// Custom number formats start at 164; these two back the date XFs.
    private static let dateFormats: [(id: UInt16, code: String)] = [
        (164, "yyyy\\-mm\\-dd"), (165, "yyyy\\-mm\\-dd\\ hh:mm:ss"),
    ]

    /// Writes `sheets` to `url` as an `.xls` file.
    ///
    /// - Throws: `SampleGeneratorError.cannotWrite` for sheets BIFF8 cannot hold (see
    ///   `workbookStream`) or when the file cannot be written.
    static func write(sheets: [Sheet], to url: URL) throws {
        let bytes = try fileBytes(sheets: sheets, for: url.path)
        do {
            try Data(bytes).write(to: url)
        } catch {
            throw SampleGeneratorError.cannotWrite(url.path, error: error)
        }
    }

    /// The bytes of the `.xls` file: the workbook stream in a compound file.
    ///
    /// - Parameters:
    ///   - path: the file the bytes are for, named in errors.
    ///   - states: each sheet's state by its index (visible when not given).
    static func fileBytes(sheets: [Sheet], for path: String, states: [SheetState] = []) throws -> [UInt8] {
        try CompoundFileWriter.bytes(
            streams: [("Workbook", workbookStream(sheets: sheets, for: path, states: states))], for: path)
    }

    /// The BIFF8 `Workbook` stream of `sheets`.
    ///
    /// - Throws: `SampleGeneratorError.cannotWrite` without sheets, for a sheet name that is
    ///   empty, longer than 31 characters, repeated or holds one of `[]:*?/\`, for more than
    ///   65,536 rows or 256 columns, text longer than 32,767 characters, a number that is not
    ///   finite, or a date serial below 0.
    static func workbookStream(sheets: [Sheet], for path: String, states: [SheetState] = []) throws -> [UInt8] {
        try check(sheets, path)
        var table = BIFF8SharedStringTable()
        // Strings are numbered in the order the cells are written.
        let indices: [[[UInt32?]]] = sheets.map { sheet in
            sheet.rows.map { row in
                row.map { cell in if case .text(let text) = cell { return table.reference(text) } else { return nil } }
            }
        }

        var s = LittleEndianBuffer()
        record(&s, 0x0809, bof(type: 0x0005))
        record(&s, 0x0042) { $0.u16(1200) }
        record(&s, 0x003D) { w in
            for v: UInt16 in [0x0168, 0x010E, 0x3A5C, 0x23BE, 0x0038, 0, 0, 1, 0x0258] { w.u16(v) }
        }
        for _ in 0..<4 { record(&s, 0x0031, font()) }
        for format in dateFormats {
            record(&s, 0x041E) { w in
                w.u16(format.id)
                unicodeString(&w, format.code)
            }
        }
        // Style XFs 0–14 (fonts as Excel assigns them), the default cell XF 15, then the date XFs.
        let styleFonts: [UInt16] = [0, 1, 1, 2, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
        for font in styleFonts { record(&s, 0x00E0, xf(font: font, format: 0, isStyle: true)) }
        record(&s, 0x00E0, xf(font: 0, format: 0, isStyle: false))
        for format in dateFormats { record(&s, 0x00E0, xf(font: 0, format: format.id, isStyle: false)) }
        // Normal: built-in style 0 on XF 0.
        record(&s, 0x0293) { w in
            w.u16(0x8000)
            w.u8(0)
            w.u8(0xFF)
        }
        var sheetOffsetFields: [Int] = []
        for (k, sheet) in sheets.enumerated() {
            sheetOffsetFields.append(s.count + 4)
            record(&s, 0x0085) { w in
                w.u32(0)
                // hsState (hidden or not), then the sheet type (0, a worksheet).
                w.u8(k < states.count ? states[k].biff8Value : 0)
                w.u8(0)
                let units = Array(sheet.name.utf16)
                w.u8(UInt8(units.count))
                w.u8(1)
                for u in units { w.u16(u) }
            }
        }
        s.append(contentsOf: table.records(at: s.count))
        record(&s, 0x000A, [])

        for (k, sheet) in sheets.enumerated() {
            s.setU32(UInt32(s.count), at: sheetOffsetFields[k])
            writeSheet(&s, sheet, indices: indices[k], isFirst: k == 0)
        }
        return s.bytes
    }

    private static func writeSheet(_ s: inout LittleEndianBuffer, _ sheet: Sheet, indices: [[UInt32?]], isFirst: Bool) {
        record(&s, 0x0809, bof(type: 0x0010))
        let used = sheet.rows.enumerated().filter { $0.element.contains { $0 != .empty } }
        let columns = sheet.rows.flatMap { row in row.indices.filter { row[$0] != .empty } }
        record(&s, 0x0200) { w in
            w.u32(UInt32(used.first?.offset ?? 0))
            w.u32(UInt32(used.last.map { $0.offset + 1 } ?? 0))
            w.u16(UInt16(columns.min() ?? 0))
            w.u16(UInt16(columns.max().map { $0 + 1 } ?? 0))
            w.u16(0)
        }
        record(&s, 0x023E) { w in
            // Gridlines, headers, zeros, outline symbols; the first sheet is the selected, active one.
            w.u16(isFirst ? 0x06B6 : 0x00B6)
            // Top row, left column, header colour (automatic), reserved, zoom 60% and 100%.
            w.u16(0)
            w.u16(0)
            w.u16(0x40)
            w.u16(0)
            w.u16(60)
            w.u16(100)
            w.u32(0)
        }
        for (r, row) in sheet.rows.enumerated() {
            for (c, cell) in row.enumerated() {
                switch cell {
                case .text:
                    record(&s, 0x00FD) { w in
                        cellHeader(&w, r, c, generalXF)
                        w.u32(indices[r][c] ?? 0)
                    }
                case .number(let v): number(&s, r, c, generalXF, v)
                case .date(let v): number(&s, r, c, dateXF, v)
                case .dateTime(let v): number(&s, r, c, dateTimeXF, v)
                case .empty: break
                }
            }
        }
        record(&s, 0x000A, [])
    }

    // MARK: - Checks

    private static func check(_ sheets: [Sheet], _ path: String) throws {
        func refuse(_ reason: String) -> SampleGeneratorError { SampleGeneratorError.cannotWrite(path, reason: reason) }
        guard !sheets.isEmpty else { throw refuse("a workbook needs at least one sheet") }
        var names: Set<String> = []
        for sheet in sheets {
            guard !sheet.name.isEmpty, sheet.name.utf16.count <= 31 else {
                throw refuse("sheet name \"\(sheet.name)\" must have 1 to 31 characters")
            }
            guard !sheet.name.contains(where: { "[]:*?/\\".contains($0) }) else {
                throw refuse("sheet name \"\(sheet.name)\" has one of []:*?/\\")
            }
            guard names.insert(sheet.name.lowercased()).inserted else {
                throw refuse("two sheets are named \"\(sheet.name)\"")
            }
            guard sheet.rows.count <= maxRows else {
                throw refuse("sheet \"\(sheet.name)\" has more than \(maxRows) rows")
            }
            for (r, row) in sheet.rows.enumerated() {
                guard row.count <= maxColumns else {
                    throw refuse("row \(r + 1) of sheet \"\(sheet.name)\" has more than \(maxColumns) columns")
                }
                for cell in row {
                    switch cell {
                    case .text(let text) where text.utf16.count > maxTextLength:
                        throw refuse(
                            "a text in row \(r + 1) of sheet \"\(sheet.name)\" is longer than \(maxTextLength) characters"
                        )
                    case .number(let v) where !v.isFinite:
                        throw refuse("row \(r + 1) of sheet \"\(sheet.name)\" has a number that is not finite")
                    case .date(let v), .dateTime(let v):
                        guard v.isFinite, v >= 0 else {
                            throw refuse("row \(r + 1) of sheet \"\(sheet.name)\" has a date serial below 0")
                        }
                    default: break
                    }
                }
            }
        }
    }

    // MARK: - Records

    private static func record(_ s: inout LittleEndianBuffer, _ id: UInt16, _ data: [UInt8]) {
        s.u16(id)
        s.u16(UInt16(data.count))
        s.append(contentsOf: data)
    }

    private static func record(_ s: inout LittleEndianBuffer, _ id: UInt16, _ build: (inout LittleEndianBuffer) -> Void)
    {
        var data = LittleEndianBuffer()
        build(&data)
        record(&s, id, data.bytes)
    }

    /// BIFF8 BOF: version 0x0600, the substream type, jxl's build and year fields.
    private static func bof(type: UInt16) -> [UInt8] {
        var w = LittleEndianBuffer()
        w.u16(0x0600)
        w.u16(type)
        w.u16(0x15F2)
        w.u16(0x07CC)
        w.u32(0)
        w.u32(6)
        return w.bytes
    }

    /// Arial 10, regular.
    private static func font() -> [UInt8] {
        var w = LittleEndianBuffer()
        w.u16(200)
        w.u16(0)
        w.u16(0x7FFF)
        w.u16(400)
        w.u16(0)
        w.append(contentsOf: [0, 0, 0, 0])
        let name = Array("Arial".utf16)
        w.u8(UInt8(name.count))
        w.u8(1)
        for u in name { w.u16(u) }
        return w.bytes
    }

    /// An XF as jxl writes it: locked, general alignment, no borders, the default pattern colours.
    private static func xf(font: UInt16, format: UInt16, isStyle: Bool) -> [UInt8] {
        var w = LittleEndianBuffer()
        w.u16(font)
        w.u16(format)
        // A style XF has the style bit and parent 0xFFF; a cell XF is locked, parent style 0.
        w.u16(isStyle ? 0xFFF5 : 0x0001)
        w.u8(0x20)
        w.u8(0)
        w.u8(0)
        w.u8(isStyle ? 0xFC : 0x7C)
        w.u32(0)
        w.u32(0)
        w.u16(0x20C0)
        return w.bytes
    }

    private static func cellHeader(_ w: inout LittleEndianBuffer, _ row: Int, _ column: Int, _ xf: UInt16) {
        w.u16(UInt16(row))
        w.u16(UInt16(column))
        w.u16(xf)
    }

    private static func number(_ s: inout LittleEndianBuffer, _ row: Int, _ column: Int, _ xf: UInt16, _ value: Double)
    {
        record(&s, 0x0203) { w in
            cellHeader(&w, row, column, xf)
            w.f64(value)
        }
    }

    /// A BIFF8 unicode string with a 16-bit length: compressed when every character fits a byte.
    private static func unicodeString(_ w: inout LittleEndianBuffer, _ text: String) {
        let units = Array(text.utf16)
        let compressed = units.allSatisfy { $0 < 0x100 }
        w.u16(UInt16(units.count))
        w.u8(compressed ? 0 : 1)
        for u in units {
            if compressed { w.u8(UInt8(u)) } else { w.u16(u) }
        }
    }
}
