/// One order from the platform's order report.
public struct Order: Sendable, Hashable {
    public var id: String
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
    public var createdAt: LocalTime?
    /// Nil for an unpaid order or one closed before payment.
    public var paidAt: LocalTime?
    public var itemTitle: String {
        didSet { itemKey = StableHash.of(itemTitle) }
    }
    /// `StableHash` of the item title (the importer has it from its pool): grouping and price
    /// tables key on it instead of hashing a Chinese title per order.
    public private(set) var itemKey: UInt64
    public var quantity: Int
    public var logisticsNumber: String
    public var location: RowLocation

    public init(id: String, buyer: String = "", status: String = "", paidAmount: Money, refundAmount: Money = .zero,
                receiverName: String = "", address: String = "", phone: String = "", createdAt: LocalTime? = nil,
                paidAt: LocalTime?, itemTitle: String = "", itemKey: UInt64? = nil, quantity: Int = 1, logisticsNumber: String = "",
                location: RowLocation) {
        self.id = id
        self.buyer = buyer
        self.status = status
        self.paidAmount = paidAmount
        self.refundAmount = refundAmount
        self.receiverName = receiverName
        self.address = address
        self.addressKey = Self.key(of: address)
        self.phone = phone
        self.createdAt = createdAt
        self.paidAt = paidAt
        self.itemTitle = itemTitle
        self.itemKey = itemKey ?? StableHash.of(itemTitle)
        self.quantity = quantity
        self.logisticsNumber = logisticsNumber
        self.location = location
    }

    private static func key(of address: String) -> UInt64 {
        address.isEmpty ? 0 : AddressNormalizer().hashKey(address)
    }
}
