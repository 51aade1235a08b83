import AuditRecords

/// Reads the SKU rows of a product-list snapshot (千牛 商品批量导出, 拼多多 导出商品价格 / 导出商品库存)
/// into `ProductSnapshotRecord`s.
///
/// 千牛's 发布模板 has more header rows below the names (hints, examples; which ones is inferred):
/// a row whose 商品ID is no number is such a row and skipped. A SKU row that leaves the item's
/// cells empty belongs to the item above it.
struct ProductSnapshotRowMapper: RowMapper {
    /// The day in the file's name; nil leaves it to the file's date on disk.
    let fileDay: CalendarDay?
    private var pool = TextPool()
    private var lastItem: (key: UInt64, id: String, title: String, price: Money?)?

    init(fileDay: CalendarDay?) {
        self.fileDay = fileDay
    }

    mutating func map(_ row: FieldReader, location: RowLocation, into result: inout ImportedExport) throws(RowRejection)
        -> RowDisposition
    {
        var itemID = row.text(.itemID)
        var key: UInt64 = 0
        let inherits = itemID.isEmpty && lastItem != nil && !row.text(.skuID).isEmpty
        if !inherits {
            key = row.withText(.itemID) { OrderKeys.isScientific($0) ? 0 : OrderKeys.itemIDKey($0) }
            // A template's hint or field-key row (no 商品ID of digits): skipped before its cells are read.
            let digits = itemID.hasSuffix(".0") ? itemID.dropLast(2) : itemID[...]
            guard key != 0, !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return .summary }
        }
        var title = row.pooledText(.itemTitle, pool: &pool)
        var price = try row.money(.listPrice)
        if inherits, let last = lastItem {
            (key, itemID) = (last.key, last.id)
            if title.isEmpty { title = last.title }
            if price == nil { price = last.price }
        }
        if price == nil { price = try row.money(.skuPrice) }
        if let price { try checkPlausible(price, .listPrice, row) }
        let stock = try row.integer(.stock)
        if let stock, stock < 0, let i = row.header.index(.stock) {
            throw RowRejection(column: row.columnLabel(i), reason: .invalidCell(.notNumber, found: String(stock)))
        }
        lastItem = (key, itemID, title, price)
        result.productSnapshots.append(
            ProductSnapshotRecord(
                itemIDKey: key, itemID: itemID, title: title, skuID: row.text(.skuID), day: fileDay, price: price,
                stock: stock, location: location))
        return .accepted
    }
}
