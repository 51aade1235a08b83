/// What an export file holds, recognised from its header row.
public enum ExportKind: String, Sendable, Hashable, CaseIterable {
    case orders, lineItems, traffic, ads
    /// 京东's 售后明细: refunds per 服务单, added to the orders they undo.
    case refunds

    /// Rows of this kind are about a day, so a file without a date column needs one date for all.
    package var needsDate: Bool { self == .traffic || self == .ads }

    /// The metrics a missing or unusable export of this kind leaves without figures.
    public var feeds: [MetricKey] {
        switch self {
        case .orders: return [.orders, .gmv, .refundAmount, .refundRate, .averageOrderValue]
        case .lineItems: return []
        case .traffic:
            return [.visitors, .searchVisitorsPerDay, .naturalTrafficShare, .naturalVisitors, .conversionRate]
        case .ads: return [.adSpend, .adROI]
        // Optional: without it the refunds come from the order export (or are said to be missing).
        case .refunds: return []
        }
    }
}
