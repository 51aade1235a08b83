/// What an export file holds, recognised from its header row.
public enum ExportKind: String, Sendable, Hashable, CaseIterable {
    case orders, lineItems, traffic, ads
    /// 京东's 售后明细: refunds per 服务单, added to the orders they undo.
    case refunds
    /// A store overview download, one row a day (生意参谋 首页「数据概览」, 拼多多 数据中心 概况):
    /// the store's figures beside the peer tier's, for the diagnosis's 看市场. Feeds no metric.
    case shopOverview
    /// 千牛's 退款管理 export: one refund request per row with its goods status and the buyer's
    /// reason, for the diagnosis's stock-outs. Never added to the orders (千牛's order export
    /// already carries each order's 退款金额). Feeds no metric.
    case refundRequests
    /// A customer-service performance export (生意参谋 客服绩效, 抖店 飞鸽 客服表现, 拼多多 客服数据):
    /// response times and inquiry conversion, with the peer tier's row where the file has one, for
    /// the diagnosis's 看执行. Feeds no metric.
    case customerService
    /// A 千牛 营销活动 export (单品立减导出 and the like): the items entered in an activity with its
    /// start and end, for the diagnosis's 看执行 (activities entered per week). Feeds no metric.
    case activityItems
    /// 生意参谋's 商品_全部 download: one item on one day (商品状态, visitors, add-to-cart, sales,
    /// 聚划算支付金额), for the diagnosis's stock-outs. Feeds no metric.
    case itemDays
    /// A product-list snapshot (千牛 商品批量导出, 拼多多 商品导出): each SKU's price and stock on
    /// the day it was taken, for stock at 0 and price changes between snapshots. Feeds no metric.
    case productSnapshot

    /// Rows of this kind are about a day, so a file without a date column needs one date for all.
    package var needsDate: Bool { self == .traffic || self == .ads }

    /// The metrics a missing or unusable export of this kind leaves without figures.
    public var feeds: [MetricKey] {
        switch self {
        case .orders: return [.orders, .gmv, .refundAmount, .refundRate, .averageOrderValue]
        // Only a per-item target is measured on it: without one a missing 子订单 export is no gap.
        case .lineItems: return [.itemUnits, .itemSales]
        case .traffic:
            return [.visitors, .searchVisitorsPerDay, .naturalTrafficShare, .naturalVisitors, .conversionRate]
        case .ads: return [.adSpend, .adROI]
        // Optional: without it the refunds come from the order export (or are said to be missing).
        case .refunds: return []
        // Evidence for the diagnosis only: the metrics come from the orders and traffic exports.
        case .shopOverview, .refundRequests, .customerService, .activityItems, .itemDays, .productSnapshot: return []
        }
    }
}
