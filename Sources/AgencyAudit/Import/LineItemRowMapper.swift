/// Reads rows of 千牛's 子订单 export (one item of an order per row) into `LineItemRecord`s.
struct LineItemRowMapper: RowMapper {
    /// Titles repeat across rows (a store sells a few hundred items); each is kept once.
    private var titleIndex: [String: Int32] = [:]

    mutating func map(_ row: FieldReader, location: RowLocation, into result: inout ImportedExport) throws(RowRejection) -> RowDisposition {
        let orderIDColumn = row.header.index(.orderID)!
        let orderIDKey: UInt64 = row.record.withField(orderIDColumn) { raw in
            let t = CellText.trimmed(raw)
            if let n = Order.idNumber(t) { return n }
            return CellText.isNull(t) ? 0 : StableHash.of(String(decoding: t, as: UTF8.self))
        }
        guard orderIDKey != 0 else { throw RowRejection(column: row.columnLabel(orderIDColumn), reason: "为空，应有主订单编号") }
        let subOrderColumn = row.header.index(.subOrderID)!
        let subOrderKey: UInt64 = row.record.withField(subOrderColumn) { raw in
            let t = CellText.trimmed(raw)
            if let n = Order.idNumber(t) { return n }
            return CellText.isNull(t) ? 0 : StableHash.of(String(decoding: t, as: UTF8.self))
        }
        guard subOrderKey != 0 else { throw RowRejection(column: row.columnLabel(subOrderColumn), reason: "为空，应有子订单编号") }
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
            throw RowRejection(column: row.columnLabel(row.header.index(.quantity)!), reason: "购买数量 \(quantity) 不合理")
        }
        var itemID = row.withText(.itemID) { OrderKeys.itemIDKey($0) }
        if itemID == 0 { itemID = row.withText(.merchantCode) { OrderKeys.itemIDKey($0) } }
        result.lineItems.append(LineItemRecord(
            orderIDKey: orderIDKey, subOrderKey: subOrderKey, itemKey: StableHash.words(title), unitPrice: price, itemIDKey: itemID,
            titleIndex: index, quantity: quantity32))
        return .accepted
    }
}
