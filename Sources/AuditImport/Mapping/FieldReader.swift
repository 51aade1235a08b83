import AuditRecords

/// Reads typed values out of one data row by column key, rejecting the row with a precise reason.
struct FieldReader {
    let record: CSVRecord
    let header: HeaderMatch

    /// `第 7 列「买家实际支付金额」`.
    func columnLabel(_ index: Int) -> RejectedColumn {
        RejectedColumn(index: index, name: index < header.headerNames.count ? header.headerNames[index] : "")
    }

    func has(_ key: ColumnKey) -> Bool { header.index(key) != nil }

    /// Cleaned text; empty when the column is absent or the cell is null.
    func text(_ key: ColumnKey) -> String {
        guard let i = header.index(key) else { return "" }
        return record.withField(i) { CellText.string($0) }
    }

    /// Calls `body` with the cleaned cell's bytes, always well-formed UTF-8 (empty when the column
    /// is absent or the cell is null): the same bytes as `text(key)`'s UTF-8, without building a
    /// `String` unless the row holds a damaged byte.
    func withText<R>(_ key: ColumnKey, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        guard let i = header.index(key) else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        if record.fallback == nil {
            // Without a fallback decoder the record's bytes were checked (or converted) as UTF-8.
            return record.withField(i) { raw in
                let t = CellText.trimmed(raw)
                return body(CellText.isNull(t) ? UnsafeBufferPointer(start: nil, count: 0) : t)
            }
        }
        var repaired = text(key)
        return repaired.withUTF8(body)
    }

    /// Cleaned text of a column with few distinct values (item titles, statuses), shared through `pool`.
    func pooledText(_ key: ColumnKey, pool: inout TextPool) -> String { pooledEntry(key, pool: &pool).string }

    /// The pooled text and its `StableHash.words`: of the same bytes `withText` gives (a damaged
    /// byte repaired), so the key of an order read back is the key imported.
    func pooledEntry(_ key: ColumnKey, pool: inout TextPool) -> (string: String, hash: UInt64) {
        guard header.index(key) != nil else { return ("", StableHash.words("")) }
        return withText(key) { pool.entry(for: $0) }
    }

    /// The day a traffic or ad row is about: its date column, or the one day the file covers.
    /// (ExportImporter refuses a file that has neither before any row is read.)
    func statDay(fileDay: CalendarDay?) throws(RowRejection) -> CalendarDay {
        if has(.date), let d = try day(.date, required: true) { return d }
        return fileDay!
    }

    func money(_ key: ColumnKey, required: Bool = false) throws(RowRejection) -> Money? {
        try value(key, required: required, NumberCell.money)
    }

    func integer(_ key: ColumnKey, required: Bool = false) throws(RowRejection) -> Int? {
        try value(key, required: required, NumberCell.integer)
    }

    func time(_ key: ColumnKey, required: Bool = false) throws(RowRejection) -> LocalTime? {
        try value(key, required: required, DateCell.time)
    }

    func day(_ key: ColumnKey, required: Bool = false) throws(RowRejection) -> CalendarDay? {
        try value(key, required: required, DateCell.day)
    }

    private func value<T>(
        _ key: ColumnKey, required: Bool,
        _ parse: (UnsafeBufferPointer<UInt8>) -> CellParse<T>
    ) throws(RowRejection) -> T? {
        guard let i = header.index(key) else { return nil }
        let outcome = record.withField(i, parse)
        switch outcome {
        case .value(let v):
            return v
        case .null:
            if required { throw RowRejection(column: columnLabel(i), reason: .empty(nil)) }
            return nil
        case .invalid(let problem):
            let shown = record.withField(i) { String(decoding: CellText.trimmed($0), as: UTF8.self) }
            throw RowRejection(column: columnLabel(i), reason: .invalidCell(problem, found: String(shown.prefix(40))))
        }
    }
}
