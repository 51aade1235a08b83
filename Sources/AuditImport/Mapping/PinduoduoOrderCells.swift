import AuditRecords

/// What 拼多多's order export says in its own way: the day in an order number, a refund told by
/// 售后状态 alone, an address split into 省/市/区/街道.
enum PinduoduoOrderCells {
    /// The day in an order number's `YYMMDD-` prefix (`260517-607198974342268` → 2026-05-17).
    static func day(ofOrderID id: String) -> CalendarDay? {
        let u = Array(id.utf8)
        guard u.count > 7, u[6] == UInt8(ascii: "-"), u[0..<6].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
            return nil
        }
        func number(_ r: Range<Int>) -> Int { u[r].reduce(0) { $0 * 10 + Int($1 - 0x30) } }
        return CalendarDay(year: 2000 + number(0..<2), month: number(2..<4), day: number(4..<6))
    }

    /// 拼多多 writes no 退款金额: a 售后状态 (or 订单状态) saying the refund succeeded
    /// (`退款成功`, `未发货，退款成功`) is taken as the whole payment refunded. Partial refunds
    /// cannot be told apart in this export, so the refund figure is an upper bound.
    static func refundedInFull(_ row: FieldReader) -> Bool {
        if row.has(.refundStatus), row.text(.refundStatus).contains("退款成功") { return true }
        return row.has(.refundStatus) && OrderStatusClass.of(row.text(.status)) == .refunded
    }
}

extension FieldReader {
    /// The export splits the address into 省/市/区/街道 columns (拼多多's older files).
    var hasSplitAddress: Bool { has(.province) || has(.district) || has(.street) }

    /// 省 市 区 街道 and 详细地址 joined with spaces, masked parts (`****`) left out; when the most
    /// specific part is itself masked it is kept, so the whole reads as masked and is never a key.
    func joinedAddress() -> String {
        let parts = [ColumnKey.province, .city, .district, .street, .address].map { text($0) }.filter { !$0.isEmpty }
        guard let last = parts.last else { return "" }
        if MaskedText.isMasked(last) { return last }
        return parts.filter { !MaskedText.isMasked($0) }.joined(separator: " ")
    }
}
