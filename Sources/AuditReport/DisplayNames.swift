import AuditRecords

// The names the Chinese reports give the audit's kinds of things: in AuditReport, where every
// word a merchant reads is chosen.

extension Severity {
    public var displayName: String {
        switch self {
        case .high: return "高"
        case .medium: return "中"
        case .low: return "低"
        }
    }
}

extension ExportKind {
    public var displayName: String {
        switch self {
        case .orders: return "订单报表"
        case .lineItems: return "子订单报表"
        case .traffic: return "流量来源"
        case .ads: return "推广报表"
        case .refunds: return "售后明细"
        case .shopOverview: return "店铺数据概览"
        case .refundRequests: return "退款管理导出"
        }
    }
}

extension MetricKey {
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
}

extension Platform {
    /// The name a Chinese merchant uses (the profile's).
    public var displayName: String { profile.name.chinese }
}
