/// One SKU row of a product-list snapshot: 千牛 出售中 `excel商品批量导出` (one row per SKU with
/// `一口价`, `价格（元）`, `数量`), or 拼多多's 商品导出 files (`导出商品价格_…` with 单买价 / 拼单价,
/// `导出商品库存_…` with 库存). A snapshot is the list on one day: stock-outs and price changes
/// need two of them (diagnosis-exports.md §2a and §3, MED).
public struct ProductSnapshotRecord: Sendable, Hashable {
    /// The 商品ID's key (`Order.idKey`).
    public let itemIDKey: UInt64
    public let itemID: String
    /// 商品标题, where the file has one (拼多多's price and stock files do not).
    public let title: String
    /// The SKU's id, empty for an item-level row.
    public let skuID: String
    /// The day the snapshot was taken: the date in the file's name, else the file's date.
    public let day: CalendarDay?
    /// The item's price: 一口价 (千牛), 拼单价 (拼多多); nil where the file has none.
    public let price: Money?
    /// The SKU's stock (数量, 库存); nil where the file has none.
    public let stock: Int?
    public package(set) var location: RowLocation

    public init(
        itemIDKey: UInt64, itemID: String, title: String, skuID: String, day: CalendarDay?, price: Money?,
        stock: Int?, location: RowLocation
    ) {
        self.itemIDKey = itemIDKey
        self.itemID = itemID
        self.title = title
        self.skuID = skuID
        self.day = day
        self.price = price
        self.stock = stock
        self.location = location
    }

    /// The same row on `day` (the file's date, known only once the file is on disk).
    public func taken(on day: CalendarDay) -> ProductSnapshotRecord {
        ProductSnapshotRecord(
            itemIDKey: itemIDKey, itemID: itemID, title: title, skuID: skuID, day: day, price: price, stock: stock,
            location: location)
    }
}
