import AuditRecords

/// Reads rows of an order report (Taobao 订单报表 and the other platforms' equivalents).
///
/// At import a row becomes an `OrderRecord`: its numbers and the grouping keys worked out from
/// its cells' bytes, no strings. When a finding names the order, its row is read again and becomes
/// a full `Order` through the same parsing (`order(_:location:)`).
struct OrderRowMapper: RowMapper {
    /// Item titles and statuses repeat across rows; one string each.
    private var pool = TextPool()
    /// What each of the export's few statuses means, worked out once per status.
    private var statuses = StatusFacts()

    mutating func map(_ row: FieldReader, location: RowLocation, into result: inout ImportedExport) throws(RowRejection)
        -> RowDisposition
    {
        guard let record = try record(row, location: location, statuses: &statuses) else { return .summary }
        result.orderChunks.append(record)
        if record.timeUnknown { result.timeUnknownOrders += 1 }
        if row.itemIDIsLost { result.lostItemIDs += 1 }
        if record.statusClass == .unknown {
            let status = row.text(.status)
            result.unknownStatuses[status, default: 0] += 1
        }
        return .accepted
    }

    /// The row as a compact record; nil for a summary row.
    func record(_ row: FieldReader, location: RowLocation, statuses: inout StatusFacts) throws(RowRejection)
        -> OrderRecord?
    {
        guard let v = try values(row) else { return nil }
        let phone = Self.phone(row, .mobile) ?? Self.phone(row, .telephone) ?? (0, false)
        let item = row.withText(.itemTitle) { (hash: StableHash.words($0), present: !$0.isEmpty) }
        let status = row.withText(.status) { statuses.facts(of: $0) }
        var statusClass = status.statusClass
        if statusClass == .closed, v.paidAt != nil, v.refund.cents > 0 { statusClass = .refunded }
        let itemID = row.itemIDKey()
        return OrderRecord(
            idKey: v.idNumber != 0 ? v.idNumber : StableHash.of(v.idText), idIsText: v.idNumber == 0,
            paidAmount: v.paid, refundAmount: v.refund, paidAt: v.paidAt,
            addressKey: addressKey(row),
            phoneKey: phone.key, phoneIsMasked: phone.masked,
            account: row.withText(.buyer) { OrderKeys.numberedAccount($0) },
            itemKey: item.hash,
            hasItemTitle: item.present,
            quantity: v.quantity,
            hasLogisticsNumber: !row.withText(.logisticsNumber) { $0.isEmpty },
            isShipped: status.shipped,
            location: location, position: UInt64(row.record.offset),
            statusClass: statusClass, timeUnknown: v.timeUnknown, quantityKnown: row.has(.quantity), itemIDKey: itemID,
            waybill: row.withText(.logisticsNumber) { OrderKeys.waybill($0) },
            carrierKey: row.withText(.carrier) { OrderKeys.smallKey($0) }, listPrice: v.listPrice,
            hasShopDiscount: row.has(.shopDiscount) && row.has(.goodsTotal))
    }

    /// The row as a full order (names, phone, address as text); nil for a summary row.
    mutating func order(_ row: FieldReader, location: RowLocation) throws(RowRejection) -> Order? {
        guard let v = try values(row) else { return nil }
        let item = row.pooledEntry(.itemTitle, pool: &pool)
        var phone = row.text(.mobile)
        if phone.isEmpty { phone = row.text(.telephone) }
        var order = Order(
            id: v.idText,
            buyer: row.text(.buyer),
            status: row.pooledText(.status, pool: &pool),
            paidAmount: v.paid,
            refundAmount: v.refund,
            receiverName: row.text(.receiverName),
            address: row.hasSplitAddress ? row.joinedAddress() : row.text(.address),
            phone: phone,
            createdAt: v.createdAt,
            paidAt: v.paidAt,
            itemTitle: item.string,
            itemKey: item.hash,
            quantity: Int(v.quantity),
            logisticsNumber: row.text(.logisticsNumber),
            carrier: row.pooledText(.carrier, pool: &pool),
            itemID: row.has(.itemID) && !row.text(.itemID).isEmpty ? row.text(.itemID) : row.text(.merchantCode),
            listPrice: v.listPrice,
            timeUnknown: v.timeUnknown,
            quantityKnown: row.has(.quantity),
            location: location)
        if v.idNumber != 0 { order.setID(number: v.idNumber) }
        if row.has(.shopDiscount), row.has(.goodsTotal) {
            // A cell that is no amount leaves the order without a discount to compare, as a missing one.
            order.goodsTotal = (try? row.money(.goodsTotal)) ?? .zero
            order.shopDiscount = (try? row.money(.shopDiscount)) ?? .zero
        }
        return order
    }

    /// The normalised address's key; 0 without an address or for a masked one (`hashKey` tells).
    private func addressKey(_ row: FieldReader) -> UInt64 {
        if row.hasSplitAddress {
            let joined = row.joinedAddress()
            return joined.isEmpty ? 0 : AddressNormalizer().hashKey(joined)
        }
        return row.withText(.address) {
            $0.isEmpty ? 0 : AddressNormalizer().hashKey(utf8: $0)
        }
    }

    /// The phone's key and whether it is masked; nil when the cell is empty (then the other phone column counts).
    private static func phone(_ row: FieldReader, _ key: ColumnKey) -> (key: UInt64, masked: Bool)? {
        row.withText(key) { u in
            if u.isEmpty { return nil }
            if let masked = OrderKeys.maskedPhoneKey(u) { return (masked, true) }
            return (OrderKeys.phoneKey(u) ?? 0, false)
        }
    }

    /// What both forms share, read (and checked) in column-check order: the first bad cell of a
    /// row is the one its reject names.
    private func values(_ row: FieldReader) throws(RowRejection)
        -> (
            idText: String, idNumber: UInt64, paid: Money, refund: Money, createdAt: LocalTime?, paidAt: LocalTime?,
            quantity: Int32,
            listPrice: Money, timeUnknown: Bool
        )?
    {
        let (id, idNumber) = try orderID(row)
        guard let paid = try row.money(.paidAmount, required: true) else { return nil }
        try checkPlausible(paid, .paidAmount, row)
        var refund = try refundAmount(row)
        try checkPlausible(refund, .refundAmount, row)
        let createdAt = try row.time(.createdAt)
        var paidAt = try row.time(.paidAt)
        if !row.has(.refundAmount), PinduoduoOrderCells.refundedInFull(row) { refund = paid }
        var timeUnknown = false
        if paidAt == nil, let day = PaymentWithoutTime.day(row, id: id, createdAt: createdAt, refund: refund) {
            paidAt = LocalTime(day: day)
            timeUnknown = true
        }
        let quantity = try row.integer(.quantity) ?? 1
        guard let quantity32 = Int32(exactly: quantity) else {
            throw RowRejection(
                column: row.columnLabel(row.header.index(.quantity)!), reason: .implausibleQuantity(quantity, .orders))
        }
        let listPrice = try row.money(.listPrice) ?? .zero
        try checkPlausible(listPrice, .listPrice, row)
        return (id, idNumber, paid, refund, createdAt, paidAt, quantity32, listPrice, timeUnknown)
    }

    /// The order id: as a number when it is plain digits without a leading zero (the usual case,
    /// and no string to allocate), else as text. An id Excel turned into `1.93E+15` cannot be
    /// recovered and is rejected.
    private func orderID(_ row: FieldReader) throws(RowRejection) -> (text: String, number: UInt64) {
        let i = row.header.index(.orderID)!
        var number: UInt64 = 0
        let (id, excelNumber) = row.record.withField(i) { raw -> (String, Bool) in
            var t = CellText.trimmed(raw)
            if CellText.isNull(t) { return ("", false) }
            if let n = Order.idNumber(t) {
                number = n
                return ("", false)
            }
            if t.contains(UInt8(ascii: "+")), t.contains(where: { $0 == UInt8(ascii: "E") || $0 == UInt8(ascii: "e") })
            {
                return (String(decoding: t, as: UTF8.self), true)
            }
            // 3812004976280150247.0: a number column saved by Excel.
            if t.count > 2, t[t.count - 2] == UInt8(ascii: "."), t[t.count - 1] == UInt8(ascii: "0"),
                t[0..<(t.count - 2)].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
            {
                t = UnsafeBufferPointer(rebasing: t[0..<(t.count - 2)])
                if let n = Order.idNumber(t) {
                    number = n
                    return ("", false)
                }
            }
            return (String(decoding: t, as: UTF8.self), false)
        }
        if number != 0 { return ("", number) }
        if id.isEmpty { throw RowRejection(column: row.columnLabel(i), reason: .empty(.orderID)) }
        if excelNumber {
            throw RowRejection(
                column: row.columnLabel(i),
                reason: .idInScientificNotation(id))
        }
        return (id, 0)
    }

    /// 退款金额; the text 无退款申请 (no refund request) that newer exports write means 0.
    private func refundAmount(_ row: FieldReader) throws(RowRejection) -> Money {
        do {
            return try row.money(.refundAmount) ?? .zero
        } catch {
            let text = row.text(.refundAmount)
            if !text.contains(where: \.isNumber) { return .zero }
            throw error
        }
    }
}
