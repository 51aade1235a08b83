/// One row of 生意参谋's 商品_全部 download (商品排行): one item on one day, with its listing status,
/// visitors, add-to-cart and sales (diagnosis-exports.md §1a, HIGH for the file, LOW for the
/// off-shelf wording of `商品状态`).
///
/// The diagnosis reads stock-outs from it (an item 下架/售罄 on a day, or visited and added to
/// carts without a sale while the store sells), and 聚划算支付金额 marks the item's 聚划算 days.
public struct ItemDayRecord: Sendable, Hashable {
    /// The 商品ID's key (`Order.idKey`): the same item as the orders' 商品ID.
    public let itemIDKey: UInt64
    /// The 商品ID as written.
    public let itemID: String
    /// 商品名称 (the orders' 宝贝标题).
    public let title: String
    public let day: CalendarDay
    public let status: ListingStatus
    /// 商品访客数; nil where the cell is empty.
    public let visitors: Int?
    /// 商品加购件数.
    public let addedToCart: Int?
    /// 支付件数.
    public let unitsSold: Int?
    /// 支付金额.
    public let sales: Money?
    /// 聚划算支付金额: above zero on a day the item sold in 聚划算 (an activity the agency entered).
    public let juhuasuanSales: Money?
    public package(set) var location: RowLocation

    /// 商品状态, as far as the audit tells it apart.
    public enum ListingStatus: String, Sendable, Hashable {
        /// `当前在线`, `出售中`, `在线` (the verified value is `当前在线`).
        case online
        /// `下架`, `已下架`, `仓库中`: taken off the shelf.
        case offShelf
        /// `售罄`, `缺货`, `无货`: listed with no stock.
        case soldOut
        /// No 商品状态 column, or an empty cell.
        case unknown
        /// Any other wording.
        case other

        /// The status a 商品状态 cell names (the off-shelf words are inferred: no source shows them).
        public static func of(_ text: String) -> ListingStatus {
            if text.isEmpty { return .unknown }
            if ["售罄", "缺货", "无货", "断货"].contains(where: text.contains) { return .soldOut }
            if ["下架", "仓库"].contains(where: text.contains) { return .offShelf }
            if ["在线", "出售中", "上架"].contains(where: text.contains) { return .online }
            return .other
        }
    }

    public init(
        itemIDKey: UInt64, itemID: String, title: String, day: CalendarDay, status: ListingStatus, visitors: Int?,
        addedToCart: Int?, unitsSold: Int?, sales: Money?, juhuasuanSales: Money?, location: RowLocation
    ) {
        self.itemIDKey = itemIDKey
        self.itemID = itemID
        self.title = title
        self.day = day
        self.status = status
        self.visitors = visitors
        self.addedToCart = addedToCart
        self.unitsSold = unitsSold
        self.sales = sales
        self.juhuasuanSales = juhuasuanSales
        self.location = location
    }
}
