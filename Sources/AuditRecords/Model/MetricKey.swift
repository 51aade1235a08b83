/// A figure the audit measures and a contract can set a target for.
///
/// The raw values are the names contract.json and audit.json use; README defines each one.
public enum MetricKey: String, Sendable, Hashable, CaseIterable, Comparable {
    case orders
    case gmv
    case refundAmount
    case refundRate
    case visitors
    case searchVisitorsPerDay
    case naturalTrafficShare
    case conversionRate
    case averageOrderValue
    case adSpend
    case adROI

    /// 目标项 as the target-comparison table names it.
    public var displayName: String {
        switch self {
        case .orders: return "支付订单数"
        case .gmv: return "月销售额"
        case .refundAmount: return "退款金额"
        case .refundRate: return "退款率"
        case .visitors: return "访客数"
        case .searchVisitorsPerDay: return "手淘搜索日均访客"
        case .naturalTrafficShare: return "自然流量占比"
        case .conversionRate: return "支付转化率"
        case .averageOrderValue: return "客单价"
        case .adSpend: return "推广花费"
        case .adROI: return "推广ROI"
        }
    }

    /// True where less is better (refunds, spend): attainment is target / actual.
    public var lowerIsBetter: Bool {
        switch self {
        case .refundAmount, .refundRate, .adSpend: return true
        default: return false
        }
    }

    /// Counts and money built from orders: the ones suspected fake orders can inflate.
    public var isOrderBased: Bool {
        switch self {
        case .orders, .gmv, .refundAmount, .refundRate, .averageOrderValue: return true
        default: return false
        }
    }

    public var unit: MetricUnit {
        switch self {
        case .orders, .visitors: return .count
        case .searchVisitorsPerDay: return .perDay
        case .gmv, .refundAmount, .averageOrderValue, .adSpend: return .money
        case .refundRate, .naturalTrafficShare, .conversionRate: return .share
        case .adROI: return .ratio
        }
    }

    public static func < (a: MetricKey, b: MetricKey) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// How a metric's value is written.
public enum MetricUnit: Sendable {
    case count, perDay, money, share, ratio
}
