import AuditRecords

/// How much of a month's missed sales (or orders) target the diagnosis puts on the merchant or the
/// market: the weight the dossier's verdict gives it.
///
/// A termination ground that holds is still a ground; this says, beside it, which part of the miss
/// the merchant's own stock-outs explain (their estimated sales lost, capped at the gap), whether
/// the merchant approved price changes that month, and what the peer tier did on the same figure.
public struct MissWeighing: Sendable, Hashable {
    public var month: YearMonth
    /// `.gmv` (yuan) or `.orders`.
    public var target: MetricKey
    /// Target minus actual, in the metric's unit.
    public var gap: Double
    /// Estimated lost to the month's stock-outs, in the same unit, and the items and days out.
    public var stockOutLost: Double
    public var stockOutItems: Int
    public var stockOutDays: Int
    /// Items whose price change the merchant approved in approvals.csv (seen in the orders' prices
    /// by the contract's price-change clause, or between product-list snapshots), each once.
    public var approvedPriceChangeItems: Int
    /// The target's own figure against the peer tier; nil without overview downloads.
    public var peerTier: PeerTierComparison?

    public init(
        month: YearMonth, target: MetricKey, gap: Double, stockOutLost: Double = 0, stockOutItems: Int = 0,
        stockOutDays: Int = 0, approvedPriceChangeItems: Int = 0, peerTier: PeerTierComparison? = nil
    ) {
        self.month = month
        self.target = target
        self.gap = gap
        self.stockOutLost = stockOutLost
        self.stockOutItems = stockOutItems
        self.stockOutDays = stockOutDays
        self.approvedPriceChangeItems = approvedPriceChangeItems
        self.peerTier = peerTier
    }

    /// The part of the gap the stock-outs explain (never more than the gap).
    public var merchantPart: Double { min(max(stockOutLost, 0), max(gap, 0)) }
    /// The gap the diagnosis leaves with the agency (before the market is weighed).
    public var rest: Double { max(gap, 0) - merchantPart }
    /// The peer tier fell with the store on the target's figure.
    public var marketFell: Bool { peerTier.map { $0.reading == .market || $0.reading == .marketAndStore } ?? false }

    /// The weighing of a missed store-wide sales or orders target of `month`, from its diagnosis.
    /// - Parameter approvedItems: the 商品ID keys of the month's approved price changes the clause
    ///   review found in the orders (joined with the snapshots' by item).
    public static func weigh(
        month: YearMonth, target: MetricKey, gap: Double, diagnosis: ThreeStepDiagnosis,
        approvedItems: Set<UInt64> = []
    ) -> MissWeighing {
        var w = MissWeighing(month: month, target: target, gap: gap)
        var approved = approvedItems
        for f in diagnosis.cooperation {
            switch f {
            case .stockOutsBehindTarget(let i) where i.target == target:
                w.stockOutLost = i.lost
                w.stockOutItems = i.items
                w.stockOutDays = i.days
            case .snapshotPriceChange(let c):
                if case .approved = c.standing { approved.insert(c.itemIDKey) }
            default: break
            }
        }
        w.approvedPriceChangeItems = approved.count
        for f in diagnosis.market {
            if case .peerTier(let c) = f, c.target == target { w.peerTier = c }
        }
        return w
    }
}
