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
    /// Visitors of the free (natural) sources over the month: 自然流量提升 30%.
    case naturalVisitors
    case conversionRate
    case averageOrderValue
    case adSpend
    case adROI
    /// Units of named items sold (爆款带动 3 款关联产品，每款月销提升 50%): one target per item, from
    /// the 子订单 export, the item matched by 商品ID or 商家编码 (never by title).
    case itemUnits
    /// Sales of named items: each order's paid amount shared among its items by 商品价格 × 购买数量.
    case itemSales

    /// Measured item by item, for the items the contract names: never a store-wide figure.
    public var isPerItem: Bool { self == .itemUnits || self == .itemSales }

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
        case .orders, .visitors, .naturalVisitors, .itemUnits: return .count
        case .searchVisitorsPerDay: return .perDay
        case .gmv, .refundAmount, .averageOrderValue, .adSpend, .itemSales: return .money
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
