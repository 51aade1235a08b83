/// One row of 千牛's 退款管理 export: a buyer's refund request on an order, what had become of the
/// goods and the buyer's reason. A request with the goods not shipped and a reason naming 缺货 is a
/// seller's stock-out (超卖): the merchant's part under 看配合.
public struct RefundRequestRecord: Sendable, Hashable {
    /// The key of the 退款编号: the same request in two files counts once.
    public let refundKey: UInt64
    public let orderIDKey: UInt64
    /// The item's title (宝贝标题), as the export writes it.
    public let item: String
    /// The day the request was made (退款的申请时间), else the order's payment day.
    public let day: CalendarDay
    /// The day the order was paid (订单付款时间), when the export gives it: the day the item was sold.
    public let paidDay: CalendarDay?
    public let goods: GoodsStatus
    /// 买家退款原因, as written.
    public let reason: String
    public let amount: Money
    public package(set) var location: RowLocation

    /// 货物状态.
    public enum GoodsStatus: String, Sendable, Hashable {
        /// 未发货: the seller never shipped.
        case notShipped
        /// 未收到货 / 已发货未收到.
        case notReceived
        /// 已收到货.
        case received
        /// Any other wording.
        case other
    }

    /// Reasons that name a seller's stock-out (`缺货`, and the other words for it).
    public static let stockOutReasonWords = ["缺货", "断货", "无货", "没货"]

    /// Not shipped, and the buyer's reason names a stock-out.
    public var isStockOut: Bool { goods == .notShipped && Self.stockOutReasonWords.contains { reason.contains($0) } }

    public init(
        refundKey: UInt64, orderIDKey: UInt64, item: String, day: CalendarDay, paidDay: CalendarDay? = nil,
        goods: GoodsStatus, reason: String, amount: Money, location: RowLocation
    ) {
        self.paidDay = paidDay
        self.refundKey = refundKey
        self.orderIDKey = orderIDKey
        self.item = item
        self.day = day
        self.goods = goods
        self.reason = reason
        self.amount = amount
        self.location = location
    }
}
