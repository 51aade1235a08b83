import AuditRecords

/// Reads rows of 生意参谋's 商品_全部 download into `ItemDayRecord`s: one item on one day.
///
/// A row whose 统计日期 is a range (`2025-08-01~2025-08-31`) is the period's aggregate of a
/// multi-day download: it hides the days without a sale, so it is skipped like a 合计 row (the
/// diagnosis asks for one file a day). A 商品ID a spreadsheet wrote in scientific notation keys
/// nothing: the row is rejected.
struct ItemDayRowMapper: RowMapper {
    private var pool = TextPool()

    mutating func map(_ row: FieldReader, location: RowLocation, into result: inout ImportedExport) throws(RowRejection)
        -> RowDisposition
    {
        let idColumn = row.header.index(.itemID)!
        let itemID = row.text(.itemID)
        guard !itemID.isEmpty else { throw RowRejection(column: row.columnLabel(idColumn), reason: .empty(nil)) }
        let key = row.withText(.itemID) { OrderKeys.isScientific($0) ? 0 : OrderKeys.itemIDKey($0) }
        guard key != 0 else {
            throw RowRejection(
                column: row.columnLabel(idColumn), reason: .invalidCell(.notNumber, found: String(itemID.prefix(40))))
        }
        let dateColumn = row.header.index(.date)!
        if row.record.withField(dateColumn, { DateCell.range(CellText.trimmed($0)) }) != nil { return .summary }
        guard let day = try row.day(.date, required: true) else {
            throw RowRejection(column: row.columnLabel(dateColumn), reason: .empty(nil))
        }
        let sales = try row.money(.paidAmount)
        if let sales { try checkPlausible(sales, .paidAmount, row) }
        let juhuasuan = try row.money(.juhuasuanSales)
        if let juhuasuan { try checkPlausible(juhuasuan, .juhuasuanSales, row) }
        result.itemDays.append(
            ItemDayRecord(
                itemIDKey: key, itemID: itemID, title: row.pooledText(.itemTitle, pool: &pool), day: day,
                status: .of(row.text(.listingStatus)), visitors: try row.integer(.visitors),
                addedToCart: try row.integer(.addedToCart), unitsSold: try row.integer(.quantity), sales: sales,
                juhuasuanSales: juhuasuan, location: location))
        return .accepted
    }
}
