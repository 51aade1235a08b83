import AuditRecords

/// Reads rows of 千牛's 退款管理 export into `RefundRequestRecord`s: the request's day (its
/// 退款的申请时间, else the order's payment) and the order's payment day, the goods status and the
/// buyer's reason as written.
struct RefundRequestRowMapper: RowMapper {
    private var pool = TextPool()

    mutating func map(_ row: FieldReader, location: RowLocation, into result: inout ImportedExport) throws(RowRejection)
        -> RowDisposition
    {
        let refundID = row.text(.refundID)
        guard !refundID.isEmpty else {
            throw RowRejection(column: row.columnLabel(row.header.index(.refundID)!), reason: .empty(nil))
        }
        let paid = try row.time(.paidAt)
        var requested = try row.time(.requestedAt)
        if requested == nil { requested = paid }
        guard let time = requested else {
            let column = row.header.index(.requestedAt) ?? row.header.index(.paidAt) ?? row.header.index(.refundID)!
            throw RowRejection(column: row.columnLabel(column), reason: .empty(nil))
        }
        let amount = try row.money(.refundAmount) ?? .zero
        try checkPlausible(amount, .refundAmount, row)
        let status = row.text(.goodsStatus)
        let goods: RefundRequestRecord.GoodsStatus =
            status.contains("未发货")
            ? .notShipped
            : status.contains("未收到") ? .notReceived : status.contains("已收到") ? .received : .other
        result.refundRequests.append(
            RefundRequestRecord(
                refundKey: Order.idKey(of: refundID), orderIDKey: Order.idKey(of: row.text(.orderID)),
                item: row.pooledText(.itemTitle, pool: &pool), day: time.day, paidDay: paid?.day, goods: goods,
                reason: row.pooledText(.refundReason, pool: &pool), amount: amount, location: location))
        return .accepted
    }
}
