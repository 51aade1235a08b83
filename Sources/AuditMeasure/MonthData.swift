import AuditImport
import AuditRecords

/// The typed records of one audited month, after duplicates and out-of-month rows are set aside.
public struct MonthData: Sendable {
    public var month: YearMonth
    /// Traffic rows dated inside the month, each (day, source) once.
    public var traffic: [TrafficRecord]
    /// Ad rows dated inside the month, each (day, campaign) once.
    public var ads: [AdRecord]
    /// The platform of each ad row's export, by index in `ads` (set when the month is assembled).
    package var adPlatforms: [Platform] = []
    /// The days of the month's store overview downloads (生意参谋 数据概览, 拼多多 概况), in day
    /// order; a repeated download of a day counts once.
    public var overview: [ShopOverviewRecord] = []
    /// The refund requests of 千牛's 退款管理 exports made in the month, each 退款编号 once.
    public var refundRequests: [RefundRequestRecord] = []
    /// The rows of the month's customer-service exports (客服绩效, 飞鸽 客服表现, 拼多多 客服数据); rows
    /// dated outside the month are left out, undated ones are the month's.
    public var customerService: [CustomerServiceRecord] = []
    /// The items of the month's 千牛 营销活动 exports whose activity runs on a day of the month.
    public var activityItems: [ActivityItemRecord] = []
    /// The item-days of 生意参谋's 商品_全部 downloads in the month, each item and day once, by day.
    public var itemDays: [ItemDayRecord] = []
    /// The SKU rows of the month's product-list snapshots, each dated (file name, else file date).
    public var productSnapshots: [ProductSnapshotRecord] = []

    /// Orders whose payment time falls in the month: the ones the metrics count. Compact: the
    /// full order behind a record comes from an `OrderReadBack`.
    public let paidOrders: [OrderRecord]
    /// Unpaid orders and orders paid outside the month (kept apart, so no order is held twice).
    public let otherOrders: [OrderRecord]

    /// The units and sales of the items the contract's per-item targets name (set when the month is assembled).
    public var itemFigures = ItemFigures()

    /// Records read twice whose copies disagree (set when the month is assembled).
    public var conflictingCopies: [CopyConflict] = []

    /// The store's platform (contract.json's `store.platform`): it chooses which traffic sources
    /// are natural (free), paid, own or other.
    public var platform: Platform = .taobao
    /// The traffic-source table in force: the standard one, extended by the store's own file.
    public var trafficSources: TrafficSourceTable = .standard

    /// A source's category on the store's platform; nil when the table does not know it.
    public func category(of source: TrafficSource) -> TrafficCategory? {
        trafficSources.category(of: source, on: platform)
    }

    /// Orders already split into paid-in-month and the rest (the assembler does it while deduplicating).
    package init(
        month: YearMonth, paidOrders: [OrderRecord], otherOrders: [OrderRecord], traffic: [TrafficRecord],
        ads: [AdRecord]
    ) {
        self.month = month
        self.paidOrders = paidOrders
        self.otherOrders = otherOrders
        self.traffic = traffic
        self.ads = ads
    }

    public var hasOrders: Bool { !paidOrders.isEmpty || !otherOrders.isEmpty }
}
