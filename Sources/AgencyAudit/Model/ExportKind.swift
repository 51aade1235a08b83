/// What an export file holds, recognised from its header row.
public enum ExportKind: String, Sendable, Hashable, CaseIterable {
    case orders, traffic, ads

    public var displayName: String {
        switch self {
        case .orders: return "订单报表"
        case .traffic: return "流量来源"
        case .ads: return "推广报表"
        }
    }
}
