extension BIFF8Workbook {
    /// Calls `body` with each row of sheet `index` that has a cell with a value, in order.
    ///
    /// A sheet's cell records are grouped into rows by their row number. A row's `position` is the
    /// offset in the `Workbook` stream of its first cell record, and reading from there gives the
    /// row again. That rests on the cells of one row being contiguous, as Excel, LibreOffice and
    /// jxl write them (row blocks of ROW records, then each row's cells in column order). A row
    /// number that comes back after a later row has been handed on (which no such writer does)
    /// is dropped, so rows always come in ascending order. BLANK and MULBLANK cells hold no text
    /// and add no column; a row of only those is skipped. A sheet without an EOF record ends with
    /// the stream; charts embedded in a sheet (BOF…EOF inside it) are skipped.
    ///
    /// - Throws: `ContainerError.corrupt` when the sheet's BOF offset is outside the stream or
    ///   does not point to a BOF record, or when `position` is outside the stream.
    public func forEachRow(inSheet index: Int, from position: Int?, _ body: (SheetRow) throws -> Bool) throws {
        guard sheets.indices.contains(index) else { throw ContainerError.corrupt(.sheetMissing(index: index)) }
        try stream.withUnsafeBufferPointer { s in
            let start: Int
            if let position {
                guard position >= 0, position <= s.count else {
                    throw ContainerError.corrupt(.rowPositionOutsideStream)
                }
                start = position
            } else {
                let bof = sheetOffsets[index]
                guard bof >= 0, bof <= s.count - 4 else { throw ContainerError.corrupt(.sheetStartOutsideStream) }
                guard s.u16(bof) == BIFFRecordID.bof else { throw ContainerError.corrupt(.sheetStartNotBOF) }
                start = bof + 4 + Int(s.u16(bof + 2))
            }
            var reader = SheetRecordReader(
                stream: s, sharedStrings: sharedStrings, cellFormats: cellFormats, date1904: isDate1904)
            try reader.read(from: start, body)
        }
    }
}

/// Walks one sheet's records and gathers their cells into rows.
private struct SheetRecordReader: ~Copyable {
    let stream: UnsafeBufferPointer<UInt8>
    let sharedStrings: BIFF8SharedStrings
    let cellFormats: BIFF8CellFormats
    let date1904: Bool

    private var builder = SheetRowBuilder()
    /// The 0-based row being gathered, and the offset of its first cell record.
    private var row = -1
    private var rowPosition = 0
    /// The last row handed on.
    private var lastRow = -1
    /// The cell of a FORMULA whose string result is in the STRING record that follows it.
    private var pendingString: (row: Int, column: Int)?
    private var scratch: [UInt8] = []

    init(
        stream: UnsafeBufferPointer<UInt8>, sharedStrings: BIFF8SharedStrings, cellFormats: BIFF8CellFormats,
        date1904: Bool
    ) {
        self.stream = stream
        self.sharedStrings = sharedStrings
        self.cellFormats = cellFormats
        self.date1904 = date1904
        scratch.reserveCapacity(64)
    }

    mutating func read(from start: Int, _ body: (SheetRow) throws -> Bool) throws {
        let s = stream
        var p = start
        // Nesting of BOF…EOF substreams (charts) inside the sheet.
        var depth = 0
        while p <= s.count - 4 {
            let recordStart = p
            let id = s.u16(p)
            let length = Int(s.u16(p + 2))
            let d = p + 4
            guard d + length <= s.count else { break }
            p = d + length
            if depth > 0 {
                if id == BIFFRecordID.bof { depth += 1 } else if id == BIFFRecordID.eof { depth -= 1 }
                continue
            }
            switch id {
            case BIFFRecordID.eof:
                _ = try flush(body)
                return
            case BIFFRecordID.bof:
                depth += 1
            case BIFFRecordID.string:
                guard let cell = pendingString else { continue }
                pendingString = nil
                guard cell.row == row else { continue }
                var cursor = BIFFRecordCursor(s, data: d..<(d + length), followsContinues: true)
                builder.beginCell(column: cell.column)
                scratch.removeAll(keepingCapacity: true)
                _ = cursor.appendUnicodeString(lengthBytes: 2, to: &scratch)
                builder.append(contentsOf: scratch)
                builder.endCell()
            case BIFFRecordID.labelSST, BIFFRecordID.label, BIFFRecordID.richString, BIFFRecordID.number,
                BIFFRecordID.rk,
                BIFFRecordID.mulRK, BIFFRecordID.formula, BIFFRecordID.blank, BIFFRecordID.mulBlank,
                BIFFRecordID.boolErr:
                guard length >= 6 else { continue }
                let cellRow = Int(s.u16(d))
                pendingString = nil
                if cellRow != row {
                    guard try flush(body) else { return }
                    row = cellRow
                    rowPosition = recordStart
                }
                cell(id, data: d..<(d + length))
            default:
                continue
            }
        }
        _ = try flush(body)
    }

    /// Hands the gathered row on when it has a cell and comes after the last one; false when
    /// `body` asked to stop.
    private mutating func flush(_ body: (SheetRow) throws -> Bool) throws -> Bool {
        defer { builder.reset() }
        guard row > lastRow, !builder.isEmpty else { return true }
        lastRow = row
        return try builder.emit(number: row + 1, position: rowPosition, body)
    }

    /// Adds the cells of one cell record (at least 6 bytes of data: row, column, XF) to the row.
    private mutating func cell(_ id: UInt16, data: Range<Int>) {
        let s = stream
        let d = data.lowerBound
        let length = data.count
        let column = Int(s.u16(d + 2))
        switch id {
        case BIFFRecordID.labelSST where length >= 10:
            builder.beginCell(column: column)
            sharedStrings.withString(Int(s.u32(d + 6))) { builder.append($0) }
            builder.endCell()
        case BIFFRecordID.label, BIFFRecordID.richString:
            var cursor = BIFFRecordCursor(s, data: (d + 6)..<data.upperBound, followsContinues: false)
            scratch.removeAll(keepingCapacity: true)
            _ = cursor.appendUnicodeString(lengthBytes: 2, to: &scratch)
            builder.beginCell(column: column)
            builder.append(contentsOf: scratch)
            builder.endCell()
        case BIFFRecordID.number where length >= 14:
            addNumber(s.f64(d + 6), xf: Int(s.u16(d + 4)), column: column)
        case BIFFRecordID.rk where length >= 10:
            addNumber(RKNumber.value(s.u32(d + 6)), xf: Int(s.u16(d + 4)), column: column)
        case BIFFRecordID.mulRK:
            // XF and RK pairs from the first column on; the last column closes the record.
            let count = (length - 6) / 6
            for i in 0..<Swift.max(0, count) {
                let e = d + 4 + 6 * i
                addNumber(RKNumber.value(s.u32(e + 2)), xf: Int(s.u16(e)), column: column + i)
            }
        case BIFFRecordID.formula where length >= 20:
            formula(data: data, column: column)
        case BIFFRecordID.boolErr where length >= 8:
            let value = s[d + 6]
            scratch.removeAll(keepingCapacity: true)
            if s[d + 7] == 0 {
                CellValueText.appendBoolean(value != 0, to: &scratch)
            } else {
                scratch += BIFF8ErrorValue.text(value).utf8
            }
            addScratch(column: column)
        default:
            // BLANK, MULBLANK, and records too short for their kind: no text.
            break
        }
    }

    /// A FORMULA's cached result: a number, or (marked by FFFF in its last two bytes) a string
    /// in the next STRING record, a boolean, an error or an empty string.
    private mutating func formula(data: Range<Int>, column: Int) {
        let s = stream
        let d = data.lowerBound
        let result = d + 6
        guard s[result + 6] == 0xFF, s[result + 7] == 0xFF else {
            addNumber(s.f64(result), xf: Int(s.u16(d + 4)), column: column)
            return
        }
        scratch.removeAll(keepingCapacity: true)
        switch s[result] {
        case 0:
            pendingString = (row, column)
            return
        case 1:
            CellValueText.appendBoolean(s[result + 2] != 0, to: &scratch)
        case 2:
            scratch += BIFF8ErrorValue.text(s[result + 2]).utf8
        default:
            break
        }
        addScratch(column: column)
    }

    /// A number as text: a date when its XF's format shows one, else plain decimal.
    private mutating func addNumber(_ value: Double, xf: Int, column: Int) {
        scratch.removeAll(keepingCapacity: true)
        let shows = cellFormats.shows(xf: xf)
        if shows == .number
            || !CellValueText.appendDate(serial: value, date1904: date1904, dateOnly: shows == .date, to: &scratch)
        {
            CellValueText.appendNumber(value, to: &scratch)
        }
        addScratch(column: column)
    }

    private mutating func addScratch(column: Int) {
        builder.beginCell(column: column)
        builder.append(contentsOf: scratch)
        builder.endCell()
    }
}
