/// A figure of a store overview download (生意参谋 首页「数据概览」, 拼多多 数据中心 概况) the
/// diagnosis compares with the peer tier: the three factors of 销售额 = 访客数 × 转化率 × 客单价,
/// the sales themselves and the paying buyers (the orders' stand-in: the downloads count buyers).
public enum OverviewMetric: String, Sendable, Hashable, CaseIterable, Comparable {
    case sales, visitors, conversion, averageOrderValue, payingBuyers

    /// A count or an amount, summed over a month; a rate or an average, averaged over its days.
    public var isRate: Bool { self == .conversion || self == .averageOrderValue }

    /// The names the downloads give the figure, before any 本店 / 同行同层 suffix: 生意参谋's
    /// first (MED: one real-file parser and the sycm API field list), then 拼多多's (MED: one
    /// importer's column list). Matched whole, never by position.
    public var names: [String] {
        switch self {
        case .sales: return ["支付金额", "成交金额"]
        case .visitors: return ["访客数", "商品访客数", "商品访客"]
        case .conversion: return ["支付转化率", "成交转化率"]
        case .averageOrderValue: return ["客单价"]
        case .payingBuyers: return ["支付买家数", "成交买家数", "成交买家"]
        }
    }

    /// The metric whose names include `name`; nil for the other figures of the download.
    public init?(name: String) {
        guard let m = Self.allCases.first(where: { $0.names.contains(name) }) else { return nil }
        self = m
    }

    public static func < (a: OverviewMetric, b: OverviewMetric) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
