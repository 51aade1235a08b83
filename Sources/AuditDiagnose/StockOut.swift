import AuditRecords

/// An item that normally sells and sold nothing for days in a row while the store kept selling:
/// a stock-out (断货) inferred from the orders alone, the merchant's part under 看配合.
public struct StockOut: Sendable, Hashable {
    /// The item's title.
    public var item: String
    public var first: CalendarDay
    public var last: CalendarDay
    /// Days without a sale.
    public var days: Int { last.ordinal - first.ordinal + 1 }
    /// The item's paid orders per day, and its sales per day, on its other days of the month.
    public var usualDailyOrders: Double
    public var usualDailySales: Money
    /// The orders the item would have had over the run at its share of the store's orders in its
    /// selling span (`StockOutFinder` says how unlikely none was).
    public var expectedOrders: Double
    /// The files that show the run: the orders, and where the month has them 商品_全部, 千牛's
    /// refund export and the product-list snapshots (`StockOutMerge` joins one run's evidence).
    public var sources: [StockOutSource] = [.orders]
    /// The item's 商品ID key where known (0: not known), to join the snapshots and 商品_全部.
    public var itemIDKey: UInt64 = 0
    /// 商品_全部's days of the run with the item 售罄/缺货, 下架, or visited and added to carts
    /// without a sale (all 0 without it).
    public var daysSoldOut = 0
    public var daysOffShelf = 0
    public var daysVisitedNoSale = 0
    /// 千牛 退款管理's refunds of the run for goods never shipped, the buyer naming 缺货.
    public var stockOutRefunds = 0
    /// Snapshot days in the run with the item's stock at 0.
    public var snapshotDaysAtZero: [CalendarDay] = []
    /// Estimated sales lost: usual daily sales × days out.
    public var lostSales: Money { Money(cents: Int64((Double(usualDailySales.cents) * Double(days)).rounded())) }
    /// Estimated orders lost: usual daily orders × days out.
    public var lostOrders: Double { usualDailyOrders * Double(days) }

    public init(
        item: String, first: CalendarDay, last: CalendarDay, usualDailyOrders: Double, usualDailySales: Money,
        expectedOrders: Double
    ) {
        self.item = item
        self.first = first
        self.last = last
        self.usualDailyOrders = usualDailyOrders
        self.usualDailySales = usualDailySales
        self.expectedOrders = expectedOrders
    }
}

/// Where a stock-out run shows, in the order reports list them.
public enum StockOutSource: String, Sendable, Hashable, Comparable, CaseIterable {
    /// The orders: no sale for days while the store sold (`StockOutFinder`).
    case orders
    /// 生意参谋 商品_全部: the item 售罄/下架, or visited and carted with no sale (`ItemDayStockOutFinder`).
    case itemDays
    /// 千牛 退款管理: refunds never shipped for 缺货.
    case refundExport
    /// A product-list snapshot with the item's stock at 0.
    case productSnapshot

    public static func < (a: StockOutSource, b: StockOutSource) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// An item that sold normally, then not at all from some day to the month's end.
///
/// Not called a stock-out: an item taken down on purpose (下架, end of season) looks the same in
/// the orders, and the month does not show whether it came back. The merchant is asked.
public struct ItemStopped: Sendable, Hashable {
    public var item: String
    /// Its last day with a sale in the month.
    public var lastSale: CalendarDay
    /// Days from then to the month's end without a sale.
    public var daysWithout: Int
    public var usualDailyOrders: Double
    /// What its usual share of the store's orders would have given over those days.
    public var expectedOrders: Double

    public init(item: String, lastSale: CalendarDay, daysWithout: Int, usualDailyOrders: Double, expectedOrders: Double)
    {
        self.item = item
        self.lastSale = lastSale
        self.daysWithout = daysWithout
        self.usualDailyOrders = usualDailyOrders
        self.expectedOrders = expectedOrders
    }
}

/// How much of a missed sales or orders target the month's stock-outs account for.
public struct StockOutImpact: Sendable, Hashable {
    /// `.gmv` (yuan) or `.orders` (orders).
    public var target: MetricKey
    /// Target minus actual, in the metric's unit.
    public var gap: Double
    /// Estimated lost to stock-outs, in the same unit.
    public var lost: Double
    /// Items out of stock, and their days out together.
    public var items: Int
    public var days: Int

    public init(target: MetricKey, gap: Double, lost: Double, items: Int, days: Int) {
        self.target = target
        self.gap = gap
        self.lost = lost
        self.items = items
        self.days = days
    }
}

/// An item's refunds in 千牛's 退款管理 export that say it was out of stock: goods not shipped and
/// the buyer's reason naming 缺货 (the store sold what it did not have, 超卖).
public struct StockOutRefunds: Sendable, Hashable {
    public var item: String
    /// The days the refunded orders were paid (the days the item was sold without stock; the
    /// request's day where the export gives no payment), each once, in order.
    public var days: [CalendarDay]
    public var requests: Int
    public var amount: Money

    public init(item: String, days: [CalendarDay], requests: Int, amount: Money) {
        self.item = item
        self.days = days
        self.requests = requests
        self.amount = amount
    }

    /// The month's stock-out refunds per item, most requests first.
    public static func find(in requests: [RefundRequestRecord]) -> [StockOutRefunds] {
        Dictionary(grouping: requests.filter(\.isStockOut), by: \.item).map { item, rows in
            StockOutRefunds(
                item: item, days: Set(rows.map { $0.paidDay ?? $0.day }).sorted(), requests: rows.count,
                amount: rows.reduce(Money.zero) { $0 + $1.amount })
        }.sorted { ($1.requests, $0.item) < ($0.requests, $1.item) }
    }
}
