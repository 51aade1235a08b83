/// One order as the audit holds it for a whole month: numbers and grouping keys, no text.
///
/// A big store's month is millions of orders. Held as `Order`s, with names, phones and addresses
/// as strings, they took about 300 bytes each and most of the import's time went into building
/// those strings. Every rule groups, counts and sums on what is here (128 bytes, no reference
/// counting); the few orders a finding names are read back in full from their export
/// (`OrderReadBack.orders(_:)`).
public struct OrderRecord: Sendable, Hashable {
    /// The order id as a number when it is plain digits (the usual case), else the `StableHash`
    /// of its text (then `idIsText`; a match on it is confirmed against the text).
    public let idKey: UInt64
    public private(set) var paidAmount: Money
    public private(set) var refundAmount: Money
    /// Payment time as plain seconds, `Int64.min` for none. (The creation time is not kept: no
    /// rule uses it; the full order has it.)
    @usableFromInline let paidSeconds: Int64
    /// `AddressNormalizer.hashKey` of the delivery address; 0 when there is none.
    public let addressKey: UInt64
    /// The phone's last 11 digits as a number, or for a masked phone (`138****1234`) the
    /// `StableHash` of its visible digits (then `phoneIsMasked`); 0 when there is neither.
    public let phoneKey: UInt64
    /// For a buyer account ending in a number (`tb_880001`): a hash of the part before the number
    /// (never 0), and the number. 0 and 0 otherwise.
    public let accountPrefix: UInt64
    public let accountNumber: Int64
    /// `StableHash.words` of the item title (of the empty text when there is none).
    public internal(set) var itemKey: UInt64
    /// The item's id (商品ID as a number, else the hash of 商品ID or 商家编码); 0 when unknown.
    public internal(set) var itemIDKey: UInt64
    /// The waybill number's digits as a value (`OrderKeys.waybill`), 0 without one; consecutive
    /// waybills of one `waybillPrefix` are consecutive values.
    public let waybillNumber: UInt64
    /// The item's list price (商品价格), zero when the export does not say.
    public internal(set) var listPrice: Money
    /// Which of the month's inputs the order came from (set when the month is assembled), and
    /// where in it: the offset into the input's decoded text, a sheet and row position, or the
    /// index in an in-memory list.
    package var position: UInt64
    @usableFromInline var storedQuantity: Int32
    private let fileNumber: UInt32
    package var source: UInt32 = 0
    private var lineNumber: UInt32
    /// A hash of the waybill's letter prefix (`SF`, `JDV`), 0 for digits only.
    public let waybillPrefix: UInt32
    /// A 16-bit key of the carrier (物流公司), 0 when none is named: a store uses a handful.
    public let carrierKey: UInt16
    @usableFromInline var flags: UInt16

    // (Literals rather than stored statics: read for every record. The accessors below are
    // inlinable: rules in other modules read them for every order, and a call each is measurable.)
    @inlinable static var idIsTextFlag: UInt16 { 1 }
    @inlinable static var maskedFlag: UInt16 { 2 }
    @inlinable static var logisticsFlag: UInt16 { 4 }
    @inlinable static var shippedFlag: UInt16 { 8 }
    @inlinable static var titleFlag: UInt16 { 16 }
    @inlinable static var timeUnknownFlag: UInt16 { 32 }
    @inlinable static var titleFromLineItemsFlag: UInt16 { 64 }
    @inlinable static var quantityKnownFlag: UInt16 { 128 }
    @inlinable static var shopDiscountFlag: UInt16 { 2048 }
    /// Bits 8–10: the status class.
    @inlinable static var statusShift: UInt16 { 8 }

    package init(
        idKey: UInt64, idIsText: Bool, paidAmount: Money, refundAmount: Money, paidAt: LocalTime?,
        addressKey: UInt64, phoneKey: UInt64, phoneIsMasked: Bool, account: (prefix: UInt64, number: Int)?,
        itemKey: UInt64,
        hasItemTitle: Bool, quantity: Int32, hasLogisticsNumber: Bool, isShipped: Bool, location: RowLocation,
        position: UInt64,
        statusClass: OrderStatusClass = .unknown, timeUnknown: Bool = false, quantityKnown: Bool = true,
        itemIDKey: UInt64 = 0,
        waybill: (number: UInt64, prefix: UInt32) = (0, 0), carrierKey: UInt32 = 0, listPrice: Money = .zero,
        hasShopDiscount: Bool = false
    ) {
        self.idKey = idKey
        self.paidAmount = paidAmount
        self.refundAmount = refundAmount
        paidSeconds = paidAt.map { Int64($0.seconds) } ?? .min
        self.addressKey = addressKey
        self.phoneKey = phoneKey
        accountPrefix = account.map { $0.prefix == 0 ? 1 : $0.prefix } ?? 0
        accountNumber = Int64(account?.number ?? 0)
        self.itemKey = itemKey
        self.itemIDKey = itemIDKey
        waybillNumber = waybill.number
        waybillPrefix = waybill.prefix
        self.carrierKey = UInt16(truncatingIfNeeded: carrierKey ^ carrierKey >> 16) | (carrierKey == 0 ? 0 : 1)
        self.listPrice = listPrice
        storedQuantity = quantity
        var f: UInt16 = 0
        if idIsText { f |= Self.idIsTextFlag }
        if phoneIsMasked { f |= Self.maskedFlag }
        if hasLogisticsNumber { f |= Self.logisticsFlag }
        if isShipped { f |= Self.shippedFlag }
        if hasItemTitle { f |= Self.titleFlag }
        if timeUnknown { f |= Self.timeUnknownFlag }
        if quantityKnown { f |= Self.quantityKnownFlag }
        if hasShopDiscount { f |= Self.shopDiscountFlag }
        f |= UInt16(statusClass.rawValue) << Self.statusShift
        flags = f
        fileNumber = location.fileNumber
        lineNumber = UInt32(clamping: location.line)
        self.position = position
    }

    /// The record of a full order, with the same keys the importer computes from the row.
    /// - Parameter position: where the full order can be found again (an index in an in-memory list).
    public init(_ order: Order, position: UInt64 = 0) {
        var phone = order.phone
        var buyer = order.buyer
        var title = order.itemTitle
        var status = order.status
        var waybill = order.logisticsNumber
        var carrier = order.carrier
        var itemID = order.itemID
        let masked = phone.withUTF8 { OrderKeys.maskedPhoneKey($0) }
        let statusClass = OrderStatusClass.of(status, paid: order.paidAt != nil, refunded: order.refundAmount.cents > 0)
        self.init(
            idKey: order.idKey, idIsText: order.idIsText, paidAmount: order.paidAmount,
            refundAmount: order.refundAmount,
            paidAt: order.paidAt, addressKey: order.addressKey,
            phoneKey: masked ?? phone.withUTF8 { OrderKeys.phoneKey($0) } ?? 0, phoneIsMasked: masked != nil,
            account: buyer.withUTF8 { OrderKeys.numberedAccount($0) }, itemKey: order.itemKey,
            hasItemTitle: !title.withUTF8 { $0.isEmpty }, quantity: Int32(clamping: order.quantity),
            hasLogisticsNumber: !order.logisticsNumber.isEmpty, isShipped: status.withUTF8 { OrderKeys.isShipped($0) },
            location: order.location, position: position, statusClass: statusClass, timeUnknown: order.timeUnknown,
            quantityKnown: order.quantityKnown,
            itemIDKey: itemID.withUTF8 { OrderKeys.itemIDKey($0) }, waybill: waybill.withUTF8 { OrderKeys.waybill($0) },
            carrierKey: carrier.withUTF8 { OrderKeys.smallKey($0) }, listPrice: order.listPrice,
            hasShopDiscount: order.goodsTotal > .zero)
    }

    @inlinable public var idIsText: Bool { flags & Self.idIsTextFlag != 0 }
    @inlinable public var phoneIsMasked: Bool { flags & Self.maskedFlag != 0 }
    @inlinable public var hasLogisticsNumber: Bool { flags & Self.logisticsFlag != 0 }
    /// The status says the goods left the warehouse (交易成功, 卖家已发货…): `OrderStatusClass.shippedStatuses`.
    @inlinable public var isShipped: Bool { flags & Self.shippedFlag != 0 }
    @inlinable public var hasItemTitle: Bool { flags & Self.titleFlag != 0 }
    /// The export gave no time of payment, only a day (a 拼多多 order without 订单成交时间): rules
    /// that need a time of day leave the order out.
    @inlinable public var timeUnknown: Bool { flags & Self.timeUnknownFlag != 0 }
    /// The item title came from the line-item (子订单) export, not the order's own row.
    @inlinable public var titleFromLineItems: Bool { flags & Self.titleFromLineItemsFlag != 0 }
    /// The order export has a quantity column (else `quantity` is 1 until line items say otherwise).
    @inlinable public var quantityKnown: Bool { flags & Self.quantityKnownFlag != 0 }
    /// The row carries 拼多多's 店铺优惠折扣(元) and 商品总价(元): the discount depth is read from
    /// them (on the full order, `Order.shopDiscount`), not from a list price.
    @inlinable public var hasShopDiscount: Bool { flags & Self.shopDiscountFlag != 0 }
    @inlinable public var statusClass: OrderStatusClass {
        OrderStatusClass(rawValue: UInt8(flags >> Self.statusShift & 7)) ?? .unknown
    }
    @inlinable public var quantity: Int { Int(storedQuantity) }

    /// Fills what the order's own row lacked from its line items (子订单).
    package mutating func fill(from items: LineItemSummary) {
        if !hasItemTitle, items.hasTitle {
            itemKey = items.itemKey
            flags |= Self.titleFlag | Self.titleFromLineItemsFlag
        }
        if !quantityKnown, items.quantity > 0 {
            storedQuantity = Int32(clamping: items.quantity)
            flags |= Self.quantityKnownFlag
        }
        if itemIDKey == 0 { itemIDKey = items.itemIDKey }
        if listPrice == .zero { listPrice = items.unitPrice }
    }

    /// Adds a refund told by a separate export (京东 售后明细), at most what is left of the payment;
    /// returns what was added.
    package mutating func addRefund(_ amount: Money) -> Money {
        let added = Money(cents: max(0, min(amount.cents, paidAmount.cents - refundAmount.cents)))
        refundAmount.cents += added.cents
        return added
    }

    /// Takes in another 子订单 row of the same order (抖店 writes one row per 子订单, each with its
    /// own 订单应付金额): amounts and quantities add up. The status is the paying parts': a
    /// paid part makes the order paid, a free gift (0 元) never decides it.
    package mutating func absorb(subOrder other: OrderRecord) {
        let onlyGiftsSoFar = paidAmount.cents == 0
        paidAmount.cents += other.paidAmount.cents
        refundAmount.cents += other.refundAmount.cents
        storedQuantity = storedQuantity &+ other.storedQuantity
        let otherPays = other.paidAmount.cents > 0
        if statusClass == .unknown || (otherPays && (statusClass != .paid || onlyGiftsSoFar)) {
            flags = flags & ~(7 << Self.statusShift) | UInt16(other.statusClass.rawValue) << Self.statusShift
        }
        if other.isShipped { flags |= Self.shippedFlag }
        if other.hasLogisticsNumber { flags |= Self.logisticsFlag }
    }

    /// Nil for an unpaid order or one closed before payment.
    @inlinable public var paidAt: LocalTime? { paidSeconds == .min ? nil : LocalTime(seconds: Int(paidSeconds)) }
    /// Payment time in seconds, `Int.min` when unpaid: for sorting millions without optionals.
    @inlinable public var paidSecondsOrMin: Int { Int(paidSeconds) }

    public var location: RowLocation { RowLocation(fileNumber: fileNumber, line: Int(lineNumber)) }

    /// The id when it is a number; nil for a text id (read back with the full order).
    public var numericID: String? { idIsText ? nil : String(idKey) }

    /// The record with its line moved (the second half of a split file numbers its lines from 1)
    /// and its position moved (that half's text starts where the first half's ends).
    package func shifted(lines: Int, position delta: UInt64) -> OrderRecord {
        var r = self
        r.lineNumber = UInt32(clamping: Int(r.lineNumber) + lines)
        r.position += delta
        return r
    }
}
