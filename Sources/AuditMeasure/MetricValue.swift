import AuditRecords

/// One measured figure of the month, and where a target exists, how it compares.
public struct MetricValue: Sendable, Hashable {
    public var key: MetricKey
    /// Nil when the month's exports hold nothing to measure it from (e.g. no traffic export).
    public var actual: Double?
    /// The figure with orders in high or medium fake-order anomalies removed.
    public var actualExcludingSuspicious: Double?
    public var target: Double?
    /// The platform whose figures these are (a store on several platforms); nil for the store's total.
    public var platform: Platform?
    /// The item a per-item figure (`itemUnits`, `itemSales`) is of, by 商品ID or 商家编码 as the
    /// contract writes it; nil for the others.
    public var item: String?

    public init(
        key: MetricKey, actual: Double?, actualExcludingSuspicious: Double?, target: Double? = nil,
        platform: Platform? = nil, item: String? = nil
    ) {
        self.item = item
        self.key = key
        self.actual = actual
        self.actualExcludingSuspicious = actualExcludingSuspicious
        self.target = target
        self.platform = platform
    }

    /// actual / target, or target / actual where lower is better; nil without both.
    public var attainment: Double? { Self.attainment(of: actual, target: target, lowerIsBetter: key.lowerIsBetter) }

    public var attainmentExcludingSuspicious: Double? {
        Self.attainment(of: actualExcludingSuspicious, target: target, lowerIsBetter: key.lowerIsBetter)
    }

    public var isMet: Bool? { attainment.map { $0 >= 1 - 1e-9 } }

    /// Attainment is capped here so one absurd figure cannot dominate averages or overflow formatting.
    static let maxAttainment = 10.0

    static func attainment(of actual: Double?, target: Double?, lowerIsBetter: Bool) -> Double? {
        guard let actual, let target, target > 0 else { return nil }
        if lowerIsBetter {
            // Nothing spent or refunded against a ceiling: as good as it gets, shown as 1000%.
            return actual <= 0 ? maxAttainment : min(maxAttainment, target / actual)
        }
        return min(maxAttainment, actual / target)
    }
}
