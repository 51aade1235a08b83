import AuditRecords

/// The day of an order whose time of payment is blank, when the row proves it was paid.
///
/// A payment is proven by a paid status (waiting to ship, shipped, completed) or by a refund that
/// succeeded: money cannot be refunded that was never paid, so a cancelled order (已取消, 交易关闭)
/// whose 售后状态 says 退款成功, or whose 退款金额 is above zero, was paid and then refunded. Its
/// day is the one in the order number (拼多多's `YYMMDD-` prefix), else the day it was created (an
/// unpaid order closes within days, so a proven payment falls on or near it); the time stays
/// unknown and is counted as such. An unpaid or cancelled order without a refund stays unpaid.
enum PaymentWithoutTime {
    static func day(_ row: FieldReader, id: String, createdAt: LocalTime?, refund: Money) -> CalendarDay? {
        let status = OrderStatusClass.of(row.text(.status))
        let refundSucceeded = refund.cents > 0 || PinduoduoOrderCells.refundedInFull(row)
        let numbered = id.isEmpty ? nil : PinduoduoOrderCells.day(ofOrderID: id)
        switch status {
        case .paid, .refunded:
            return numbered ?? createdAt?.day
        case .closed, .unknown:
            guard refundSucceeded else { return nil }
            return numbered ?? createdAt?.day
        case .unpaid:
            return nil
        }
    }
}
