/// One day of a store overview download: the store's own figures and, where the download has
/// them, the peer tier's (同行同层平均 and 同行同层优秀) beside each.
///
/// 生意参谋's 首页「数据概览」 writes one workbook a day with the store, its change (环比), the peer
/// tier's average and its best for every metric; 拼多多's 概况 files write the store's figure and
/// its change against the previous period (较上周期), with no peer figures. Neither names the
/// store: the folder the file sits in binds it to the store.
public struct ShopOverviewRecord: Sendable, Hashable {
    public let day: CalendarDay
    public let figures: [Figure]
    /// When the download was taken, when the file says so (a column, or the workbook's name).
    public let exportedAt: LocalTime?
    public package(set) var location: RowLocation

    /// One metric's figures on the day; nil where the download leaves the cell empty or has no column.
    public struct Figure: Sendable, Hashable {
        public let metric: OverviewMetric
        /// 本店.
        public let store: Double?
        /// 同行同层平均.
        public let peerAverage: Double?
        /// 同行同层优秀.
        public let peerTop: Double?

        public init(metric: OverviewMetric, store: Double?, peerAverage: Double?, peerTop: Double?) {
            self.metric = metric
            self.store = store
            self.peerAverage = peerAverage
            self.peerTop = peerTop
        }
    }

    public init(day: CalendarDay, figures: [Figure], exportedAt: LocalTime?, location: RowLocation) {
        self.day = day
        self.figures = figures
        self.exportedAt = exportedAt
        self.location = location
    }

    public func figure(_ metric: OverviewMetric) -> Figure? { figures.first { $0.metric == metric } }
}
