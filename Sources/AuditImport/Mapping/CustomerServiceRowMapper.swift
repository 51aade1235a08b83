import AuditRecords

/// Reads rows of a customer-service export into `CustomerServiceRecord`s: each row's role from
/// its label (a summary such as `全店平均值`, the peer tier's `同行同层均值`), else its agent, else (a
/// row naming no agent) the store's own figures of a day or of the file's period; its response
/// times as durations and its inquiry conversion as a share.
///
/// A row without a date column takes the last day of the period the file's name gives, so a
/// download of another month put in the wrong folder is said to be one.
struct CustomerServiceRowMapper: RowMapper {
    let filePeriodEnd: CalendarDay?

    mutating func map(_ row: FieldReader, location: RowLocation, into result: inout ImportedExport) throws(RowRejection)
        -> RowDisposition
    {
        // The label may sit in the agent column or in another text column: any cell naming a summary counts.
        var role: CustomerServiceRecord.Role?
        for i in 0..<row.record.count {
            let label = row.record.withField(i) { CellText.string($0) }
            if let r = CustomerServiceRecord.role(ofLabel: label) {
                role = r
                break
            }
        }
        let day = try row.day(.date) ?? (row.has(.date) ? nil : filePeriodEnd)
        // A row naming no agent is the store's own (拼多多's files have a row a day, or one for the period).
        if role == nil { role = row.text(.agentName).isEmpty ? .storeDay : .agent }
        func duration(_ key: ColumnKey) throws(RowRejection) -> Double? {
            guard let i = row.header.index(key), i < row.record.count else { return nil }
            switch row.record.withField(i, DurationCell.seconds) {
            case .value(let v): return v
            case .null: return nil
            case .invalid(let problem):
                throw RowRejection(
                    column: row.columnLabel(i), reason: .invalidCell(problem, found: String(row.text(key).prefix(40))))
            }
        }
        let first = try duration(.firstResponse)
        let average = try duration(.averageResponse)
        let inquiries = try row.integer(.inquiries)
        var conversion: Double?
        if let i = row.header.index(.inquiryConversion), i < row.record.count {
            switch row.record.withField(i, NumberCell.rate) {
            case .value(let v): conversion = v > 1 ? v / 100 : v  // `35.2` in a column of percentages
            case .null: conversion = nil
            case .invalid(let problem):
                throw RowRejection(
                    column: row.columnLabel(i),
                    reason: .invalidCell(problem, found: String(row.text(.inquiryConversion).prefix(40))))
            }
        }
        if first == nil, average == nil, inquiries == nil, conversion == nil { return .summary }
        result.customerService.append(
            CustomerServiceRecord(
                role: role!, day: day, firstResponseSeconds: first, averageResponseSeconds: average,
                inquiries: inquiries, inquiryConversion: conversion, location: location))
        return .accepted
    }
}
