/// A figure the agency reported for the month (its monthly slides: "GMV ¥270,000, ROI 1:4.2"),
/// read from the month's `agency-claims.csv` to be set beside what the exports show.
///
/// The value is in the metric's own unit, as `MetricValue.actual` is: yuan, a count, a share
/// (0.58 for 58%) or an ROI multiple (4.2 for 1:4.2).
public struct AgencyClaim: Sendable, Hashable {
    public var metric: MetricKey
    public var claimed: Double
    /// The line of the claims file it was read from (1-based, as an editor numbers them).
    public var line: Int
    /// The item of a per-item claim (`itemUnits`, `itemSales`: "商品 612345678901 月销 320 件"),
    /// by 商品ID or 商家编码; nil for the store's figures.
    public var item: TargetItem?

    public init(metric: MetricKey, claimed: Double, line: Int, item: TargetItem? = nil) {
        self.item = item
        self.metric = metric
        self.claimed = claimed
        self.line = line
    }
}
