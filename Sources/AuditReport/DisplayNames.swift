import AuditRecords

// The names the reports give the audit's kinds of things, in each report language: in AuditReport,
// where every word a merchant reads is chosen.

extension Severity {
    /// 高, 中, 低 / high, medium, low.
    public func name(in language: Language) -> String {
        switch self {
        case .high: return language.pick(chinese: "高", english: "high")
        case .medium: return language.pick(chinese: "中", english: "medium")
        case .low: return language.pick(chinese: "低", english: "low")
        }
    }
}

extension ExportKind {
    /// The kind of export in general (a platform's own name for it is in its profile).
    public func name(in language: Language) -> String {
        switch self {
        case .orders: return language.pick(chinese: "订单报表", english: "order report")
        case .lineItems: return language.pick(chinese: "子订单报表", english: "line-item report")
        case .traffic: return language.pick(chinese: "流量来源", english: "traffic source report")
        case .ads: return language.pick(chinese: "推广报表", english: "promotion report")
        case .refunds: return language.pick(chinese: "售后明细", english: "after-sale details")
        case .shopOverview: return language.pick(chinese: "店铺数据概览", english: "store overview")
        case .refundRequests: return language.pick(chinese: "退款管理导出", english: "refund requests export")
        case .customerService: return language.pick(chinese: "客服数据导出", english: "customer-service export")
        case .activityItems: return language.pick(chinese: "营销活动导出", english: "activity items export")
        case .itemDays: return language.pick(chinese: "商品_全部", english: "item ranking download")
        case .productSnapshot: return language.pick(chinese: "商品列表快照", english: "product-list snapshot")
        }
    }
}

extension MetricKey {
    /// 目标项 as the target-comparison table names it.
    public func name(in language: Language) -> String {
        switch self {
        case .orders: return language.pick(chinese: "支付订单数", english: "Paid orders")
        case .gmv: return language.pick(chinese: "月销售额", english: "Monthly sales")
        case .refundAmount: return language.pick(chinese: "退款金额", english: "Refund amount")
        case .refundRate: return language.pick(chinese: "退款率", english: "Refund rate")
        case .visitors: return language.pick(chinese: "访客数", english: "Visitors")
        case .searchVisitorsPerDay:
            return language.pick(chinese: "手淘搜索日均访客", english: "Mobile Taobao search visitors per day")
        case .naturalTrafficShare: return language.pick(chinese: "自然流量占比", english: "Natural traffic share")
        case .naturalVisitors: return language.pick(chinese: "自然流量访客数", english: "Natural visitors")
        case .conversionRate: return language.pick(chinese: "支付转化率", english: "Payment conversion rate")
        case .averageOrderValue: return language.pick(chinese: "客单价", english: "Average order value")
        case .adSpend: return language.pick(chinese: "推广花费", english: "Ad spend")
        case .adROI: return language.pick(chinese: "推广ROI", english: "Ad ROI")
        case .itemUnits: return language.pick(chinese: "单品月销件数", english: "Item units sold")
        case .itemSales: return language.pick(chinese: "单品月销售额", english: "Item sales")
        }
    }
}

extension Platform {
    /// The name a merchant uses (the profile's): 淘宝/天猫 / Taobao/Tmall.
    public func name(in language: Language) -> String { profile.name.text(in: language) }
}

extension PlatformProfile.LocalizedName {
    /// The name in `language`.
    public func text(in language: Language) -> String {
        language.pick(chinese: chinese, english: english)
    }
}

extension RuleID {
    /// The rule's name as its file declares it: 同地址多单 / Many orders to one address.
    public func name(in language: Language) -> String {
        language.pick(chinese: chineseName, english: englishName)
    }
}
