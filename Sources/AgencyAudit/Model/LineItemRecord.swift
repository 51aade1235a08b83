/// One row of a 子订单 (line-item) export: an item of an order, kept as numbers and keys.
public struct LineItemRecord: Sendable, Hashable {
    /// The key of the order it belongs to (主订单编号), as `OrderRecord.idKey`.
    public let orderIDKey: UInt64
    /// The key of the line's own id (子订单编号): the same line in two files counts once.
    public let subOrderKey: UInt64
    /// `StableHash.words` of the item title, and the title's index in the export's title list (-1 for none).
    public let itemKey: UInt64
    public let titleIndex: Int32
    public let quantity: Int32
    public let unitPrice: Money
    public let refundAmount: Money
    /// 商品ID (else 商家编码) as `OrderKeys.itemIDKey`, 0 for none.
    public let itemIDKey: UInt64
    public let location: RowLocation

    /// The same line with its title index moved (its export was joined after another's titles).
    func withTitleIndex(moved offset: Int32) -> LineItemRecord {
        LineItemRecord(orderIDKey: orderIDKey, subOrderKey: subOrderKey, itemKey: itemKey,
                       titleIndex: titleIndex < 0 ? titleIndex : titleIndex + offset, quantity: quantity,
                       unitPrice: unitPrice, refundAmount: refundAmount, itemIDKey: itemIDKey, location: location)
    }
}

/// What an order's line items say about it, gathered over its items: the first item's title,
/// id and price, and the quantities summed.
struct LineItemSummary: Sendable {
    var itemKey: UInt64 = 0
    var title: String?
    var quantity = 0
    var unitPrice = Money.zero
    var itemIDKey: UInt64 = 0

    var hasTitle: Bool { title != nil }

    mutating func add(_ item: LineItemRecord, titles: [String]) {
        if title == nil, item.titleIndex >= 0, Int(item.titleIndex) < titles.count {
            title = titles[Int(item.titleIndex)]
            itemKey = item.itemKey
        }
        quantity += Int(item.quantity)
        if unitPrice == .zero { unitPrice = item.unitPrice }
        if itemIDKey == 0 { itemIDKey = item.itemIDKey }
    }
}
