import AuditRecords

/// One figure the agency reported, beside what the month's exports show.
public struct ClaimComparison: Sendable, Hashable {
    public var metric: MetricKey
    /// The item of a per-item claim, by 商品ID or 商家编码 as written; nil for the store's figures.
    public var item: String?
    /// The reported figure, in the metric's unit (as `MetricValue.actual`).
    public var claimed: Double
    /// The line of agency-claims.csv it was read from.
    public var line: Int
    /// The store's figure from the exports; nil when the month lacks the export it needs.
    public var measured: Double?
    /// The figure without the suspected fake orders, for the metrics they can inflate
    /// (`MetricKey.isOrderBased`, and an item's figures); nil for the others.
    public var measuredWithoutFakes: Double?
    /// How much better the claim is than the less flattering of the two figures, as a share of
    /// that figure, in the metric's better direction: 0.083 = 8.3% better, negative = the claim is
    /// the less flattering. Nil when there is nothing to compare with; infinite when a figure is 0
    /// and the claim better than it.
    public var gap: Double?
    public var verdict: Verdict

    public init(
        metric: MetricKey, claimed: Double, line: Int, measured: Double?, measuredWithoutFakes: Double?,
        gap: Double?, verdict: Verdict, item: String? = nil
    ) {
        self.item = item
        self.metric = metric
        self.claimed = claimed
        self.line = line
        self.measured = measured
        self.measuredWithoutFakes = measuredWithoutFakes
        self.gap = gap
        self.verdict = verdict
    }

    public enum Verdict: String, Sendable, Hashable, CaseIterable {
        /// Within the tolerance of the exports' figures (or less flattering than them).
        case consistent
        /// Better than the exports' figure, or than it without suspected fake orders, by more than the tolerance.
        case overstated
        /// The month's exports hold nothing to measure the metric from.
        case unmeasurable
    }
}
