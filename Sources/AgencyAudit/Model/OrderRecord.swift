/// One order as the audit holds it for a whole month: numbers and grouping keys, no text.
///
/// A big store's month is millions of orders. Held as `Order`s, with names, phones and addresses
/// as strings, they took about 300 bytes each and most of the import's time went into building
/// those strings. Every rule groups, counts and sums on what is here (104 bytes, no reference
/// counting); the few orders a finding names are read back in full from their export
/// (`MonthData.orders(_:)`).
public struct OrderRecord: Sendable, Hashable {
    /// The order id as a number when it is plain digits (the usual case), else the `StableHash`
    /// of its text (then `idIsText`; a match on it is confirmed against the text).
    public let idKey: UInt64
    public let paidAmount: Money
    public let refundAmount: Money
    /// Payment time as plain seconds, `Int64.min` for none. (The creation time is not kept: no
    /// rule uses it; the full order has it.)
    private let paidSeconds: Int64
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
    public let itemKey: UInt64
    private let storedQuantity: Int32
    private let flags: UInt8
    private let fileNumber: UInt32
    /// Which of the month's inputs the order came from (set when the month is assembled), and
    /// where in it: the offset into the input's decoded text, or the index in an in-memory list.
    var source: UInt32 = 0
    var position: UInt64
    private var lineNumber: Int

    // (Literals rather than stored statics: read for every record.)
    private static var idIsTextFlag: UInt8 { 1 }
    private static var maskedFlag: UInt8 { 2 }
    private static var logisticsFlag: UInt8 { 4 }
    private static var shippedFlag: UInt8 { 8 }
    private static var titleFlag: UInt8 { 16 }

    init(idKey: UInt64, idIsText: Bool, paidAmount: Money, refundAmount: Money, paidAt: LocalTime?,
         addressKey: UInt64, phoneKey: UInt64, phoneIsMasked: Bool, account: (prefix: UInt64, number: Int)?, itemKey: UInt64,
         hasItemTitle: Bool, quantity: Int32, hasLogisticsNumber: Bool, isShipped: Bool, location: RowLocation, position: UInt64) {
        self.idKey = idKey
        self.paidAmount = paidAmount
        self.refundAmount = refundAmount
        paidSeconds = paidAt.map { Int64($0.seconds) } ?? .min
        self.addressKey = addressKey
        self.phoneKey = phoneKey
        accountPrefix = account.map { $0.prefix == 0 ? 1 : $0.prefix } ?? 0
        accountNumber = Int64(account?.number ?? 0)
        self.itemKey = itemKey
        storedQuantity = quantity
        var f: UInt8 = 0
        if idIsText { f |= Self.idIsTextFlag }
        if phoneIsMasked { f |= Self.maskedFlag }
        if hasLogisticsNumber { f |= Self.logisticsFlag }
        if isShipped { f |= Self.shippedFlag }
        if hasItemTitle { f |= Self.titleFlag }
        flags = f
        fileNumber = location.fileNumber
        lineNumber = location.line
        self.position = position
    }

    /// The record of a full order, with the same keys the importer computes from the row.
    /// - Parameter position: where the full order can be found again (an index in an in-memory list).
    public init(_ order: Order, position: UInt64 = 0) {
        var phone = order.phone, buyer = order.buyer, title = order.itemTitle, status = order.status
        let masked = phone.withUTF8 { OrderKeys.maskedPhoneKey($0) }
        self.init(idKey: order.idKey, idIsText: order.idIsText, paidAmount: order.paidAmount, refundAmount: order.refundAmount,
                  paidAt: order.paidAt, addressKey: order.addressKey,
                  phoneKey: masked ?? phone.withUTF8 { OrderKeys.phoneKey($0) } ?? 0, phoneIsMasked: masked != nil,
                  account: buyer.withUTF8 { OrderKeys.numberedAccount($0) }, itemKey: order.itemKey,
                  hasItemTitle: !title.withUTF8 { $0.isEmpty }, quantity: Int32(clamping: order.quantity),
                  hasLogisticsNumber: !order.logisticsNumber.isEmpty, isShipped: status.withUTF8 { OrderKeys.isShipped($0) },
                  location: order.location, position: position)
    }

    public var idIsText: Bool { flags & Self.idIsTextFlag != 0 }
    public var phoneIsMasked: Bool { flags & Self.maskedFlag != 0 }
    public var hasLogisticsNumber: Bool { flags & Self.logisticsFlag != 0 }
    /// The status says the goods left the warehouse (交易成功, 卖家已发货…): `OrderKeys.shippedStatuses`.
    public var isShipped: Bool { flags & Self.shippedFlag != 0 }
    public var hasItemTitle: Bool { flags & Self.titleFlag != 0 }
    public var quantity: Int { Int(storedQuantity) }

    /// Nil for an unpaid order or one closed before payment.
    public var paidAt: LocalTime? { paidSeconds == .min ? nil : LocalTime(seconds: Int(paidSeconds)) }
    /// Payment time in seconds, `Int.min` when unpaid: for sorting millions without optionals.
    var paidSecondsOrMin: Int { Int(paidSeconds) }

    public var location: RowLocation { RowLocation(fileNumber: fileNumber, line: lineNumber) }

    /// The id when it is a number; nil for a text id (read back with the full order).
    public var numericID: String? { idIsText ? nil : String(idKey) }

    /// The record with its line moved (the second half of a split file numbers its lines from 1)
    /// and its position moved (that half's text starts where the first half's ends).
    func shifted(lines: Int, position delta: UInt64) -> OrderRecord {
        var r = self
        r.lineNumber += lines
        r.position += delta
        return r
    }
}
