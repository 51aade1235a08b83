/// One row of a 子订单 (line-item) export: an item of an order, kept as numbers and keys
/// (56 bytes: a month of a million items is 56 MB).
public struct LineItemRecord: Sendable, Hashable {
    /// The key of the order it belongs to (主订单编号), as `OrderRecord.idKey`.
    public let orderIDKey: UInt64
    /// The key of the line's own id (子订单编号): the same line in two files counts once.
    public let subOrderKey: UInt64
    /// `StableHash.words` of the item title.
    public let itemKey: UInt64
    public let unitPrice: Money
    /// 商品ID (else 商家编码) as `OrderKeys.itemIDKey`, 0 for none.
    public let itemIDKey: UInt64
    /// 商家编码 as `OrderKeys.itemIDKey`, 0 for none: a per-item target may name the item by it
    /// when the row has a 商品ID too.
    public let merchantCodeKey: UInt64
    /// The title's index in its export's title list, -1 for none.
    public package(set) var titleIndex: Int32
    public let quantity: Int32

    package init(
        orderIDKey: UInt64, subOrderKey: UInt64, itemKey: UInt64, unitPrice: Money, itemIDKey: UInt64,
        titleIndex: Int32, quantity: Int32, merchantCodeKey: UInt64 = 0
    ) {
        self.merchantCodeKey = merchantCodeKey
        self.orderIDKey = orderIDKey
        self.subOrderKey = subOrderKey
        self.itemKey = itemKey
        self.unitPrice = unitPrice
        self.itemIDKey = itemIDKey
        self.titleIndex = titleIndex
        self.quantity = quantity
    }
}

/// What an order's line items say about it, gathered over its items: the first item's title,
/// id and price, and the quantities summed.
package struct LineItemSummary: Sendable {
    var itemKey: UInt64 = 0
    package var title: String?
    var quantity = 0
    var unitPrice = Money.zero
    var itemIDKey: UInt64 = 0

    package init() {}

    var hasTitle: Bool { title != nil }

    package mutating func add(_ item: LineItemRecord, titles: [String]) {
        if title == nil, item.titleIndex >= 0, Int(item.titleIndex) < titles.count {
            title = titles[Int(item.titleIndex)]
            itemKey = item.itemKey
        }
        quantity += Int(item.quantity)
        if unitPrice == .zero { unitPrice = item.unitPrice }
        if itemIDKey == 0 { itemIDKey = item.itemIDKey }
    }
}
