import AuditMeasure
import AuditRecords

/// 看市场 for one missed target: the store's change against the previous month beside the peer
/// tier's change (同行同层平均) on the same figure and on its factors (访客数 × 转化率 × 客单价).
///
/// Only growth is compared with growth: the peer tier's figures are averages over other stores,
/// never divided by the store's. "访客 -20%，同行同层平均 -18%" reads as the market; "同行持平" as
/// the store.
public struct PeerTierComparison: Sendable, Hashable {
    /// The missed target.
    public var target: MetricKey
    public var previousMonth: YearMonth
    /// The target's own figure first (支付金额 for sales, 支付买家数 for orders …), then its factors.
    public var changes: [Change]
    /// What the target's own figure says (or, without it, its weakest factor).
    public var reading: Reading
    /// The downloads of this month and of the previous one.
    public var files: [String]

    /// A peer change within this band either way is "flat" (持平).
    public static let flatBand = 0.05
    /// A store whose change is within this of the peer tier's, relatively, moved with the market.
    public static let tolerance = 0.05

    /// One figure's change, month on month, for the store and the peer tier.
    public struct Change: Sendable, Hashable {
        public var metric: OverviewMetric
        /// Relative change of the store's daily mean (-0.2 for a 20% fall).
        public var store: Double
        /// Relative change of the peer tier's daily mean; nil when the downloads give none.
        public var peer: Double?
        public var reading: Reading

        public init(metric: OverviewMetric, store: Double, peer: Double?) {
            self.metric = metric
            self.store = store
            self.peer = peer
            reading = Reading(store: store, peer: peer)
        }
    }

    /// What a change says about who moved.
    public enum Reading: String, Sendable, Hashable {
        /// The peer tier fell as much as the store (within `tolerance`), or more: mainly the market.
        case market
        /// The peer tier fell, the store more than that: the market and the store.
        case marketAndStore
        /// The peer tier was flat or rose while the store fell: mainly the store.
        case store
        /// The store did not fall (by more than `flatBand`): the miss is not a fall.
        case noFall
        /// The downloads give no peer figure to compare with.
        case noPeerFigure

        public init(store s: Double, peer p: Double?) {
            guard let p else {
                self = .noPeerFigure
                return
            }
            if s > -PeerTierComparison.flatBand {
                self = .noFall
            } else if p > -PeerTierComparison.flatBand {
                self = .store
            } else {
                self = (1 + s) / (1 + p) - 1 >= -PeerTierComparison.tolerance ? .market : .marketAndStore
            }
        }
    }

    /// The download figures a target is compared on: its own, then its factors; nil for a target
    /// the downloads have no figure for (ROI, spend, refunds, traffic shares).
    public static func figures(for target: MetricKey) -> [OverviewMetric]? {
        switch target {
        case .gmv: return [.sales, .visitors, .conversion, .averageOrderValue]
        case .orders: return [.payingBuyers, .visitors, .conversion]
        case .visitors: return [.visitors]
        case .conversionRate: return [.conversion]
        case .averageOrderValue: return [.averageOrderValue]
        case .refundAmount, .refundRate, .searchVisitorsPerDay, .naturalTrafficShare, .naturalVisitors, .adSpend,
            .adROI, .itemUnits, .itemSales:
            return nil
        }
    }

    public init(target: MetricKey, previousMonth: YearMonth, changes: [Change], reading: Reading, files: [String]) {
        self.target = target
        self.previousMonth = previousMonth
        self.changes = changes
        self.reading = reading
        self.files = files
    }

    /// The comparison of `target` between two months of downloads; nil when the target has no
    /// figure in them or neither month gives the store's.
    public init?(target: MetricKey, current: PeerTierMonth, previous: PeerTierMonth) {
        guard let metrics = Self.figures(for: target) else { return nil }
        var changes: [Change] = []
        for m in metrics {
            guard let now = current.figures[m], let before = previous.figures[m], let s1 = now.store,
                let s0 = before.store, s0 > 0
            else { continue }
            var peer: Double?
            if let p1 = now.peerAverage, let p0 = before.peerAverage, p0 > 0 { peer = p1 / p0 - 1 }
            changes.append(Change(metric: m, store: s1 / s0 - 1, peer: peer))
        }
        guard !changes.isEmpty else { return nil }
        self.target = target
        previousMonth = previous.month
        self.changes = changes
        if changes[0].metric == metrics[0] {
            reading = changes[0].reading
        } else {
            reading = changes.min { $0.store < $1.store }!.reading
        }
        files = (previous.files + current.files).sorted()
    }
}
