import AuditRecords

/// Reads rows of 京东's 售后明细 (one 服务单 per row) into `RefundRecord`s. Every row with an
/// amount is taken as money given back: the export's status wording is not documented, so no
/// row is dropped by it (an upper bound, like 拼多多's 售后状态).
struct RefundRowMapper: RowMapper {
    mutating func map(_ row: FieldReader, location: RowLocation, into result: inout ImportedExport) throws(RowRejection)
        -> RowDisposition
    {
        let orderIDKey = try Self.idKey(row, .orderID, required: .refundedOrderID)
        let serviceKey = try Self.idKey(row, .serviceID, required: .serviceID)
        let amount = try row.money(.refundAmount) ?? .zero
        try checkPlausible(amount, .refundAmount, row)
        result.refunds.append(
            RefundRecord(orderIDKey: orderIDKey, serviceKey: serviceKey, amount: amount, location: location))
        return .accepted
    }

    /// An id column's key, as `Order.idKey(of:)` makes it; an empty cell rejects the row.
    private static func idKey(_ row: FieldReader, _ key: ColumnKey, required: RejectReason.RequiredValue)
        throws(RowRejection) -> UInt64
    {
        let column = row.header.index(key)!
        let text = row.text(key)
        guard !text.isEmpty else { throw RowRejection(column: row.columnLabel(column), reason: .empty(required)) }
        return Order.idKey(of: text)
    }
}
