import ExportContainers

/// Turns spreadsheet rows into the records the importer reads, so a sheet row goes through the
/// same header search, checks and row mapping as a CSV line.
///
/// Each cell becomes one plain field; the record's line is the row number and its offset the
/// row's position, with the sheet's index in the top bits (`position(sheet:row:)`), so an order
/// can be read back from its sheet. Text that is not valid UTF-8 (a broken writer) is repaired
/// and counted.
struct SheetRecords {
    private var fields = CSVFieldList()
    private var repaired: [UInt8] = []
    /// Bytes replaced because they were not UTF-8.
    private(set) var replacedBytes = 0

    /// The sheet index sits above bit 40 of a position: a sheet's XML may run to a terabyte.
    static let sheetShift: UInt64 = 40

    static func position(sheet: Int, row: Int) -> Int { sheet << Int(sheetShift) | row }

    static func split(position: UInt64) -> (sheet: Int, row: Int) {
        (Int(position >> sheetShift), Int(position & ((1 << sheetShift) - 1)))
    }

    func deallocate() { fields.deallocate() }

    mutating func withRecord<R>(_ row: SheetRow, sheet: Int, _ body: (CSVRecord) throws -> R) rethrows -> R {
        fields.removeAll()
        for i in 0..<row.count {
            let r = row.range(i)
            fields.append(CSVField(start: r.lowerBound, end: r.upperBound, quoted: false, irregular: false))
        }
        let position = Self.position(sheet: sheet, row: row.position)
        let bad = UTF8Validation.invalidOffsets(row.text)
        if bad.isEmpty {
            return try fields.withUnsafeBufferPointer { f in
                var record = CSVRecord(
                    buffer: row.text, fields: f, line: row.number, lineCount: 1, defect: nil, fallback: nil,
                    offset: position)
                record.isSheetRow = true
                return try body(record)
            }
        }
        // Each bad byte becomes U+FFFD: the fields' ranges move by two bytes per byte replaced.
        replacedBytes += bad.count
        repaired.removeAll(keepingCapacity: true)
        var shift = [Int](repeating: 0, count: row.text.count + 1)
        var k = 0
        for (i, b) in row.text.enumerated() {
            shift[i] = repaired.count - i
            if k < bad.count, bad[k] == i {
                repaired += [0xEF, 0xBF, 0xBD]
                k += 1
            } else {
                repaired.append(b)
            }
        }
        shift[row.text.count] = repaired.count - row.text.count
        fields.removeAll()
        for i in 0..<row.count {
            let r = row.range(i)
            fields.append(
                CSVField(
                    start: r.lowerBound + shift[r.lowerBound], end: r.upperBound + shift[r.upperBound], quoted: false,
                    irregular: false))
        }
        return try repaired.withUnsafeBufferPointer { text in
            try fields.withUnsafeBufferPointer { f in
                var record = CSVRecord(
                    buffer: text, fields: f, line: row.number, lineCount: 1, defect: nil, fallback: nil,
                    offset: position)
                record.isSheetRow = true
                return try body(record)
            }
        }
    }
}
