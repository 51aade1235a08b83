import AuditContract

/// The Chinese wording of why a month's fee is not settled.
enum SettlementWording {
    /// The reason, as one clause (the report adds the full stop).
    static func sentence(_ reason: Settlement.WithholdingReason) -> String {
        switch reason {
        case .unmeasuredTargets(let metrics):
            let names = metrics.map { "「\($0.displayName)」" }.joined(separator: "、")
            return "目标\(names)没有可用的数据（所需的导出缺失或无法读取）：补齐导出、重新审计后再结算"
        case .noUsableExport:
            return "本月没有一份可用的导出，无法计算指标，也无法结算"
        }
    }
}
