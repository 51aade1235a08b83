import AuditRecords

/// Reads rows of 千牛's 子订单 export (one item of an order per row) into `LineItemRecord`s.
struct LineItemRowMapper: RowMapper {
    /// Titles repeat across rows (a store sells a few hundred items); each is kept once.
    private var titleIndex: [String: Int32] = [:]

    mutating func map(_ row: FieldReader, location: RowLocation, into result: inout ImportedExport) throws(RowRejection)
        -> RowDisposition
    {
        let orderIDKey = try Self.idKey(row, .orderID, required: .parentOrderID)
        let subOrderKey = try Self.idKey(row, .subOrderID, required: .subOrderID)
        let title = row.text(.itemTitle)
        var index: Int32 = -1
        if !title.isEmpty {
            if let known = titleIndex[title] {
                index = known
            } else {
                index = Int32(result.lineItemTitles.count)
                titleIndex[title] = index
                result.lineItemTitles.append(title)
            }
        }
        let price = try row.money(.listPrice) ?? .zero
        try checkPlausible(price, .listPrice, row)
        let quantity = try row.integer(.quantity) ?? 1
        guard let quantity32 = Int32(exactly: quantity), quantity32 >= 0 else {
            throw RowRejection(
                column: row.columnLabel(row.header.index(.quantity)!),
                reason: .implausibleQuantity(quantity, .lineItems))
        }
        let itemID = row.itemIDKey()
        if row.itemIDIsLost { result.lostItemIDs += 1 }
        result.lineItems.append(
            LineItemRecord(
                orderIDKey: orderIDKey, subOrderKey: subOrderKey, itemKey: StableHash.words(title), unitPrice: price,
                itemIDKey: itemID,
                titleIndex: index, quantity: quantity32, merchantCodeKey: row.merchantCodeKey()))
        return .accepted
    }

    /// An id column's key, as `Order.idKey(of:)` makes it (the number, else the text's hash);
    /// an empty cell rejects the row.
    private static func idKey(_ row: FieldReader, _ key: ColumnKey, required: RejectReason.RequiredValue)
        throws(RowRejection) -> UInt64
    {
        let column = row.header.index(key)!
        let idKey: UInt64 = row.record.withField(column) { raw in
            let t = CellText.trimmed(raw)
            if let n = Order.idNumber(t) { return n }
            return CellText.isNull(t) ? 0 : StableHash.of(String(decoding: t, as: UTF8.self))
        }
        guard idKey != 0 else { throw RowRejection(column: row.columnLabel(column), reason: .empty(required)) }
        return idKey
    }
}
