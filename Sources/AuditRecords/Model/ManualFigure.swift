/// A service figure the merchant typed in from the back office (store rating, complaints,
/// first-response breaches, positive rate…), read from the month folder's `manual.csv`
/// (`metric,value,source`): there is often no export of these, so the report marks each as typed
/// in, with the source the merchant named.
public struct ManualFigure: Sendable, Hashable {
    public var metric: ServiceMetric
    /// In the metric's unit: a rating of 0 to 5, a count, or a share (0.95 for 95%).
    public var value: Double
    /// Where the merchant read it (`生意参谋 服务 截图 2025-09-30`); empty when not said.
    public var source: String
    /// The line of manual.csv (1-based).
    public var line: Int

    public init(metric: ServiceMetric, value: Double, source: String, line: Int) {
        self.metric = metric
        self.value = value
        self.source = source
        self.line = line
    }
}

/// A service figure a contract's after-sales clauses judge (售后托管 standards).
public enum ServiceMetric: String, Sendable, Hashable, CaseIterable {
    /// The store rating (DSR), 0 to 5: 月度评分未达 4.5 分，扣当月 30% 服务费.
    case storeRating
    /// Complaints to the platform caused by the agency: 因托管失误导致客户投诉到平台，每次扣 500 元.
    case platformComplaints
    /// First replies later than the standard: 首次回复≤30 分钟，每超时 1 次扣 50 元.
    case lateFirstResponses
    /// The positive-review rate: 好评率≥95%，每低 1% 扣 2% 费用.
    case positiveRate
    /// The share of complaints solved within 24 hours: 90% 以上投诉在 24 小时内解决，低于标准扣 10% 费用.
    case complaintsResolvedIn24h

    /// What a value may be.
    public var range: ClosedRange<Double> {
        switch self {
        case .storeRating: return 0...5
        case .platformComplaints, .lateFirstResponses: return 0...1_000_000
        case .positiveRate, .complaintsResolvedIn24h: return 0...1
        }
    }

    /// Counts are whole.
    public var isCount: Bool { self == .platformComplaints || self == .lateFirstResponses }

    /// Shares are written 0.95 or 95%.
    public var isShare: Bool { self == .positiveRate || self == .complaintsResolvedIn24h }
}
