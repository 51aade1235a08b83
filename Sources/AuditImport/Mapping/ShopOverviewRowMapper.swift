import AuditRecords

/// Reads rows of a store overview download (生意参谋 首页「数据概览」, 拼多多 数据中心 交易概况 /
/// 商品概况) into `ShopOverviewRecord`s: one day per row, each metric's store and peer figures
/// from the columns their names point to.
///
/// The day comes from a date column (`统计日期`, `统计时间`, …) or, in 生意参谋's six lead columns
/// whose names no source gives, from the cell shaped like a date; the export time from an
/// `导出时间` column, a lead cell shaped like a date with a time, or the workbook's name.
struct ShopOverviewRowMapper: RowMapper {
    /// The export time the file's name gives (`…-20250802_093015.xlsx`), when it gives one.
    let fileExportTime: LocalTime?
    private var columns: OverviewColumns?

    init(fileExportTime: LocalTime?) {
        self.fileExportTime = fileExportTime
    }

    mutating func map(_ row: FieldReader, location: RowLocation, into result: inout ImportedExport) throws(RowRejection)
        -> RowDisposition
    {
        if columns == nil { columns = OverviewColumns(headerNames: row.header.headerNames) }
        let columns = columns!
        func text(_ i: Int) -> String { row.record.withField(i) { CellText.string($0) } }
        let lead = columns.leadColumns.filter { $0 < row.record.count }
        var day: CalendarDay?
        if let i = row.header.index(.date) {
            day = OverviewDate.day(text(i))
            if day == nil {
                let found = text(i)
                guard !found.isEmpty else { throw RowRejection(column: row.columnLabel(i), reason: .empty(nil)) }
                throw RowRejection(
                    column: row.columnLabel(i), reason: .invalidCell(.notDate, found: String(found.prefix(40))))
            }
        } else {
            day = lead.lazy.compactMap { OverviewDate.day(text($0)) }.first
        }
        guard let day else {
            // Summary rows of a multi-day download (合计 is caught before) carry no day: skipped.
            return .summary
        }
        var exportedAt = row.header.index(.exportTime).flatMap { OverviewDate.exportTime(text($0)) }
        if exportedAt == nil { exportedAt = lead.lazy.compactMap { OverviewDate.exportTime(text($0)) }.first }
        var figures: [ShopOverviewRecord.Figure] = []
        for c in columns.columns {
            func value(_ i: Int?) throws(RowRejection) -> Double? {
                guard let i, i < row.record.count else { return nil }
                switch row.record.withField(i, NumberCell.decimal) {
                case .value(let v): return v
                case .null: return nil
                case .invalid(let problem):
                    throw RowRejection(
                        column: row.columnLabel(i), reason: .invalidCell(problem, found: String(text(i).prefix(40))))
                }
            }
            figures.append(
                ShopOverviewRecord.Figure(
                    metric: c.metric, store: try value(c.store), peerAverage: try value(c.peerAverage),
                    peerTop: try value(c.peerTop)))
        }
        result.overview.append(
            ShopOverviewRecord(
                day: day, figures: figures, exportedAt: exportedAt ?? fileExportTime, location: location))
        return .accepted
    }
}
