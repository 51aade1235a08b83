/// One order from the platform's order report.
public struct Order: Sendable, Hashable {
    /// The order number. Most platforms' ids are 16 to 19 digits: those are kept as a number
    /// (no string to allocate per order), anything else as text.
    public var id: String {
        get { idNumber != 0 ? String(idNumber) : idText }
        set { (idNumber, idText) = Self.split(id: newValue) }
    }
    private var idNumber: UInt64
    private var idText: String
    public var buyer: String
    public var status: String
    public var paidAmount: Money
    public var refundAmount: Money
    public var receiverName: String
    public var address: String {
        didSet { addressKey = Self.key(of: address) }
    }
    /// `AddressNormalizer.hashKey` of the address, 0 when it is empty: worked out once, while the
    /// import runs on all cores, because grouping by address is the costliest step of detection.
    public private(set) var addressKey: UInt64
    public var phone: String
    public var createdAt: LocalTime? {
        get { Self.time(createdSeconds) }
        set { createdSeconds = Self.seconds(newValue) }
    }
    /// Nil for an unpaid order or one closed before payment.
    public var paidAt: LocalTime? {
        get { Self.time(paidSeconds) }
        set { paidSeconds = Self.seconds(newValue) }
    }
    // Times as plain seconds, `Int64.min` for none: an optional time would take twice the room.
    private var createdSeconds: Int64
    private var paidSeconds: Int64
    public var itemTitle: String {
        didSet { itemKey = StableHash.words(itemTitle) }
    }
    /// `StableHash.words` of the item title (the importer has it from its pool): grouping and price
    /// tables key on it instead of hashing a Chinese title per order.
    public private(set) var itemKey: UInt64
    public var quantity: Int {
        get { Int(storedQuantity) }
        set { storedQuantity = Int32(clamping: newValue) }
    }
    private var storedQuantity: Int32
    public var logisticsNumber: String
    /// The carrier (物流公司), as the export names it.
    public var carrier: String
    /// The item's id (商品ID, else 商家编码); empty when the export has neither.
    public var itemID: String
    /// The item's list price (商品价格), zero when the export does not say.
    public var listPrice: Money
    /// 拼多多's 商品总价(元): the goods before any discount; zero when the export does not say.
    public var goodsTotal = Money.zero
    /// 拼多多's 店铺优惠折扣(元): the store's own discount (the platform's is not in it).
    public var shopDiscount = Money.zero
    /// The export gave only the day of payment, no time (see `OrderRecord.timeUnknown`).
    public var timeUnknown: Bool
    /// The export has a quantity column (else `quantity` is 1 by default; see `OrderRecord.quantityKnown`).
    public var quantityKnown: Bool
    public var location: RowLocation

    public init(
        id: String, buyer: String = "", status: String = "", paidAmount: Money, refundAmount: Money = .zero,
        receiverName: String = "", address: String = "", phone: String = "", createdAt: LocalTime? = nil,
        paidAt: LocalTime?, itemTitle: String = "", itemKey: UInt64? = nil, quantity: Int = 1,
        logisticsNumber: String = "",
        carrier: String = "", itemID: String = "", listPrice: Money = .zero, timeUnknown: Bool = false,
        quantityKnown: Bool = true, location: RowLocation
    ) {
        (idNumber, idText) = Self.split(id: id)
        self.buyer = buyer
        self.status = status
        self.paidAmount = paidAmount
        self.refundAmount = refundAmount
        self.receiverName = receiverName
        self.address = address
        self.addressKey = Self.key(of: address)
        self.phone = phone
        createdSeconds = Self.seconds(createdAt)
        paidSeconds = Self.seconds(paidAt)
        self.itemTitle = itemTitle
        self.itemKey = itemKey ?? StableHash.words(itemTitle)
        storedQuantity = Int32(clamping: quantity)
        self.logisticsNumber = logisticsNumber
        self.carrier = carrier
        self.itemID = itemID
        self.listPrice = listPrice
        self.timeUnknown = timeUnknown
        self.quantityKnown = quantityKnown
        self.location = location
    }

    private static func time(_ seconds: Int64) -> LocalTime? {
        seconds == .min ? nil : LocalTime(seconds: Int(seconds))
    }
    private static func seconds(_ time: LocalTime?) -> Int64 { time.map { Int64($0.seconds) } ?? .min }

    /// Sets an id already read as a number by the importer (plain digits, no leading zero).
    package mutating func setID(number: UInt64) {
        idNumber = number
        idText = ""
    }

    /// A 64-bit key of the id for deduplicating: the number itself, or the text's `StableHash`
    /// (a hit is confirmed by comparing the ids).
    public var idKey: UInt64 { idNumber != 0 ? idNumber : StableHash.of(idText) }

    /// True when the id is not plain digits (kept as text, keyed by its hash).
    public var idIsText: Bool { idNumber == 0 }

    /// What is known of an order whose row could not be read back (the file changed during the
    /// audit): its numbers, and its id when that is a number.
    package init(unreadable r: OrderRecord) {
        self.init(
            id: r.numericID ?? "?", paidAmount: r.paidAmount, refundAmount: r.refundAmount,
            paidAt: r.paidAt, quantity: r.quantity, location: r.location)
    }

    /// The same key for an id given as text.
    public static func idKey(of id: String) -> UInt64 {
        let (number, text) = split(id: id)
        return number != 0 ? number : StableHash.of(text)
    }

    /// Plain digits without a leading zero that fit 64 bits become a number; all else stays text.
    private static func split(id: String) -> (UInt64, String) {
        var id = id
        let number = id.withUTF8 { idNumber($0) }
        return number.map { ($0, "") } ?? (0, id)
    }

    /// The id as a number when it is 1 to 19 plain digits without a leading zero (read so on every
    /// order row, without building a string); nil otherwise.
    package static func idNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard (1...19).contains(bytes.count), bytes[0] != UInt8(ascii: "0") else { return nil }
        var value: UInt64 = 0
        for b in bytes {
            guard b >= 0x30 && b <= 0x39 else { return nil }
            value = value * 10 + UInt64(b - 0x30)
        }
        return value
    }

    private static func key(of address: String) -> UInt64 {
        // A masked address (`****`, `##密文`) is the same text for unrelated buyers: `hashKey` gives 0.
        address.isEmpty ? 0 : AddressNormalizer().hashKey(address)
    }
}
