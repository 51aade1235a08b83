/// An item's unit cost, typed into the store folder's `costs.csv`: what the goods cost the
/// merchant, so a month's gross profit can be counted order by order.
public struct ItemCost: Sendable, Hashable {
    /// The item as the merchant wrote it: a 商品ID, a 商家编码 or the title.
    public var item: String
    /// The item's id key as `OrderRecord.itemIDKey` keys a 商品ID or 商家编码 (0 for none).
    public var itemIDKey: UInt64
    /// The title's key as `OrderRecord.itemKey` keys a title.
    public var titleKey: UInt64
    public var unitCost: Money
    /// The line of costs.csv (1-based).
    public var line: Int

    public init(item: String, itemIDKey: UInt64, titleKey: UInt64, unitCost: Money, line: Int) {
        self.item = item
        self.itemIDKey = itemIDKey
        self.titleKey = titleKey
        self.unitCost = unitCost
        self.line = line
    }
}
