import AuditRecords

/// The month day by day, as the report's charts draw it: visitors by kind of source, ad spend and
/// its attributed sales, paid orders and the suspected fake orders among them.
///
/// Figures only (no wording, no drawing); every day of the month has an entry, zero when the
/// exports say nothing for it, and `has…` says whether the export behind a series exists at all.
public struct DailySeries: Sendable, Hashable {
    public struct Day: Sendable, Hashable {
        public var day: CalendarDay
        /// Visitors from free (natural), paid, own and other sources; a source the table does not
        /// know counts as other.
        public var freeVisitors = 0
        public var paidVisitors = 0
        public var ownVisitors = 0
        public var otherVisitors = 0
        public var adSpend = Money.zero
        public var adSales = Money.zero
        /// Orders paid this day, the suspected fake orders (high or medium findings) among them.
        public var paidOrders = 0
        public var suspectedFakeOrders = 0

        public init(day: CalendarDay) { self.day = day }

        public var visitors: Int { freeVisitors + paidVisitors + ownVisitors + otherVisitors }
        /// Attributed sales per yuan spent; nil on a day without spend.
        public var roi: Double? { adSpend.cents > 0 ? Double(adSales.cents) / Double(adSpend.cents) : nil }
    }

    public var days: [Day]
    public var hasTraffic: Bool
    public var hasAds: Bool
    public var hasOrders: Bool
    /// Paid orders whose phone the export masked (`138****1234`): grouped by what the mask leaves,
    /// counted in the same pass for the report's data coverage.
    public var ordersWithMaskedPhone = 0

    public init(
        month: YearMonth, days: [Day] = [], hasTraffic: Bool = false, hasAds: Bool = false, hasOrders: Bool = false
    ) {
        self.days = days.isEmpty ? month.days.map(Day.init(day:)) : days
        self.hasTraffic = hasTraffic
        self.hasAds = hasAds
        self.hasOrders = hasOrders
    }

    /// The month's series. Suspected fake orders are matched by id key and confirmed on the id
    /// itself, as the metrics are (a text id is read back).
    public init(_ data: MonthData, readBack: OrderReadBack, suspiciousOrderIDs: Set<String>) {
        self.init(
            month: data.month, hasTraffic: !data.traffic.isEmpty, hasAds: data.ads.contains(where: \.isDaily),
            hasOrders: !data.paidOrders.isEmpty)
        let first = data.month.firstDay.ordinal
        func index(_ day: CalendarDay) -> Int? {
            let i = day.ordinal - first
            return days.indices.contains(i) ? i : nil
        }
        for r in data.traffic {
            guard let i = index(r.day) else { continue }
            switch data.category(of: r.source) {
            case .free: days[i].freeVisitors += r.visitors
            case .paid: days[i].paidVisitors += r.visitors
            case .own: days[i].ownVisitors += r.visitors
            case .other, nil: days[i].otherVisitors += r.visitors
            }
        }
        for r in data.ads where r.isDaily {
            guard let i = index(r.day) else { continue }
            days[i].adSpend += r.spend
            days[i].adSales += r.attributedSales
        }
        let keys = Set(suspiciousOrderIDs.map(Order.idKey(of:)))
        var candidates: [(Int, OrderRecord)] = []
        let orders = data.paidOrders
        for k in orders.indices {
            guard let day = orders[k].paidAt?.day, let i = index(day) else { continue }
            days[i].paidOrders += 1
            if orders[k].phoneIsMasked { ordersWithMaskedPhone += 1 }
            if !keys.isEmpty, keys.contains(orders[k].idKey) { candidates.append((i, orders[k])) }
        }
        // A key match is confirmed on the id itself, as the metrics do.
        for ((i, _), id) in zip(candidates, readBack.ids(of: candidates.map(\.1))) where suspiciousOrderIDs.contains(id)
        {
            days[i].suspectedFakeOrders += 1
        }
    }
}
