import AuditRecords

/// A month of store overview downloads reduced to one figure per metric: the store's and the peer
/// tier's daily mean, so a month can be set beside the previous one growth against growth.
///
/// Every figure is the mean over the days the downloads give it (a count per day, a rate or an
/// average per day), for the store and the peers alike: months of different lengths, or with a
/// day's file missing, compare as they are. The peer tier's figures are averages over other
/// stores, never divided by the store's: only changes are compared.
public struct PeerTierMonth: Sendable, Hashable {
    public var month: YearMonth
    /// Days with a row in the downloads.
    public var days: Int
    /// Per metric, the store's and the peer tier's daily means.
    public var figures: [OverviewMetric: Means]
    /// The files the days came from, sorted: the evidence the report names.
    public var files: [String]

    /// One metric's means over the month; nil where no day gives the figure.
    public struct Means: Sendable, Hashable {
        public var store: Double?
        public var peerAverage: Double?
        public var peerTop: Double?
        /// Days that gave the store's figure and days that gave the peer average.
        public var storeDays: Int
        public var peerDays: Int

        public init(
            store: Double?, peerAverage: Double?, peerTop: Double? = nil, storeDays: Int = 0, peerDays: Int = 0
        ) {
            self.store = store
            self.peerAverage = peerAverage
            self.peerTop = peerTop
            self.storeDays = storeDays
            self.peerDays = peerDays
        }
    }

    /// Whether any figure of the month has a peer-tier value (拼多多's 概况 files have none).
    public var hasPeerFigures: Bool { figures.values.contains { $0.peerAverage != nil } }

    public init(month: YearMonth, days: Int, figures: [OverviewMetric: Means], files: [String]) {
        self.month = month
        self.days = days
        self.figures = figures
        self.files = files
    }

    /// The month's overview rows reduced to their means; nil without a row.
    ///
    /// A day given by two files (拼多多's 交易概况 and 商品概况) takes each figure from the first
    /// file that has it.
    public init?(_ records: [ShopOverviewRecord], month: YearMonth) {
        let inMonth = records.filter { month.contains($0.day) }
        guard !inMonth.isEmpty else { return nil }
        var perDay: [CalendarDay: [OverviewMetric: (store: Double?, average: Double?, top: Double?)]] = [:]
        for r in inMonth {
            for f in r.figures {
                var v = perDay[r.day, default: [:]][f.metric] ?? (nil, nil, nil)
                v.store = v.store ?? f.store
                v.average = v.average ?? f.peerAverage
                v.top = v.top ?? f.peerTop
                perDay[r.day, default: [:]][f.metric] = v
            }
        }
        var figures: [OverviewMetric: Means] = [:]
        for metric in OverviewMetric.allCases {
            let values = perDay.values.compactMap { $0[metric] }
            func mean(_ xs: [Double]) -> Double? { xs.isEmpty ? nil : xs.reduce(0, +) / Double(xs.count) }
            let store = values.compactMap(\.store)
            let average = values.compactMap(\.average)
            guard !store.isEmpty || !average.isEmpty else { continue }
            figures[metric] = Means(
                store: mean(store), peerAverage: mean(average), peerTop: mean(values.compactMap(\.top)),
                storeDays: store.count, peerDays: average.count)
        }
        self.init(
            month: month, days: perDay.count, figures: figures,
            files: Set(inMonth.map(\.location.file)).sorted())
    }
}
