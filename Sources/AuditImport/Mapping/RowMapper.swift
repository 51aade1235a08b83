import AuditRecords

/// Turns one data row of a recognised export into a typed record in `result`, or rejects it.
protocol RowMapper {
    /// Appends the typed record to `result` and says so, or says why the row is skipped; throws to reject it.
    mutating func map(_ row: FieldReader, location: RowLocation, into result: inout ImportedExport) throws(RowRejection)
        -> RowDisposition
}

/// What became of a data row that was not rejected.
enum RowDisposition {
    case accepted
    /// A 合计 / 汇总 row.
    case summary
    /// A finer breakdown of a row already counted.
    case breakdown
}

extension RowMapper {
    /// Amounts beyond this on one row are typing or export errors, not sales.
    static var absurdAmount: Money { Money(cents: 100_000_000 * 100) }

    func checkPlausible(_ amount: Money, _ key: ColumnKey, _ row: FieldReader) throws(RowRejection) {
        guard let i = row.header.index(key) else { return }
        if amount.cents < 0 { throw RowRejection(column: row.columnLabel(i), reason: .negativeAmount(amount)) }
        if amount > Self.absurdAmount { throw RowRejection(column: row.columnLabel(i), reason: .absurdAmount(amount)) }
    }
}
