import AuditRecords

/// The breakdowns behind a month's metrics that diagnosis quotes: per source, per campaign, per half-month.
public struct MonthFigures: Sendable {
    public var month: YearMonth
    public var paidOrders = 0
    public var gmv = Money.zero
    public var visitors = 0
    public var payingBuyers = 0
    public var visitorsBySource: [TrafficSource: Int] = [:]
    public var naturalVisitors = 0
    public var paidVisitors = 0
    /// 手淘搜索 visitors in days 1–15 and 16–end, per day.
    public var searchPerDayFirstHalf = 0.0
    public var searchPerDaySecondHalf = 0.0
    public var spendByCampaign: [String: Money] = [:]
    public var salesByCampaign: [String: Money] = [:]
    public var adSpend = Money.zero
    public var adSales = Money.zero
    /// Days inside the month with no ad spend at all while other days had some.
    public var daysWithoutSpend: [CalendarDay] = []

    /// The month's store overview downloads (生意参谋 数据概览, 拼多多 概况) as daily means of the
    /// store's and the peer tier's figures; nil without such a download. Carried to the next month
    /// so the diagnosis compares growth with growth.
    public var peerTier: PeerTierMonth?

    /// On a store with several platforms (or a target naming one), each platform's own figures, so
    /// a target on one platform is explained by that platform's month-on-month change.
    public var byPlatform: [Platform: MonthFigures] = [:]

    /// The items per-item targets name (the store's, not a platform's): carried to the next
    /// month and kept for a baseline month, which an item's 差异原因 compares with.
    public var items = ItemFigures()

    public init(_ data: MonthData) { self.init(data, only: nil) }

    /// The store's figures and, for each of `platforms`, that platform's alone.
    public init(_ data: MonthData, split: PlatformSplit, platforms: [Platform]) {
        self.init(data, only: nil)
        for p in platforms { byPlatform[p] = MonthFigures(data, only: (p, split)) }
    }

    /// The figures of the records of one platform (`only`), or of all of them.
    init(_ data: MonthData, only: (platform: Platform, split: PlatformSplit)?) {
        month = data.month
        if only == nil { items = data.itemFigures }
        let orderSources = only.map { o in o.split.orderInputPlatforms.map { $0 == o.platform } }
        for i in data.paidOrders.indices {
            if let orderSources, !orderSources[Int(data.paidOrders[i].source)] { continue }
            paidOrders += 1
            gmv += data.paidOrders[i].paidAmount
        }
        var searchFirst = 0
        var searchSecond = 0
        let traffic =
            only.map { $0.split.trafficPlatform == $0.platform && $0.split.trafficIsTold } ?? true ? data.traffic : []
        for r in traffic {
            visitors += r.visitors
            payingBuyers += r.payingBuyers
            visitorsBySource[r.source, default: 0] += r.visitors
            let category = data.category(of: r.source)
            if category == .free { naturalVisitors += r.visitors }
            if category == .paid { paidVisitors += r.visitors }
            if r.source.isSearch {
                if r.day.day <= 15 { searchFirst += r.visitors } else { searchSecond += r.visitors }
            }
        }
        searchPerDayFirstHalf = Double(searchFirst) / 15
        searchPerDaySecondHalf = Double(searchSecond) / Double(max(1, data.month.dayCount - 15))
        var spendDays = Set<CalendarDay>()
        var hasPeriodTotals = false
        for (i, r) in data.ads.enumerated() {
            if let only, !(data.adPlatforms.indices.contains(i) && data.adPlatforms[i] == only.platform) { continue }
            spendByCampaign[r.campaignLabel, default: .zero] += r.spend
            salesByCampaign[r.campaignLabel, default: .zero] += r.attributedSales
            adSpend += r.spend
            adSales += r.attributedSales
            if r.spend.cents > 0 { spendDays.insert(r.day) }
            if !r.isDaily { hasPeriodTotals = true }
        }
        if only == nil { peerTier = PeerTierMonth(data.overview, month: data.month) }
        // A period total says nothing of single days: no day is known to be without spend.
        if !spendDays.isEmpty, !hasPeriodTotals {
            daysWithoutSpend = data.month.days.filter { !spendDays.contains($0) && $0 <= spendDays.max()! }
        }
    }

    /// Conversion measured against orders: paid orders / visitors (the sales identity's middle term).
    public var orderConversion: Double? { visitors > 0 ? Double(paidOrders) / Double(visitors) : nil }
    public var averageOrderValue: Double? { paidOrders > 0 ? gmv.yuan / Double(paidOrders) : nil }
}
