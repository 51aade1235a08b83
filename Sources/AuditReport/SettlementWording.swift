import AuditContract
import AuditRecords

/// The Chinese wording of why a month's fee is not settled.
enum SettlementWording {
    /// The reason, as one clause (the report adds the full stop).
    static func sentence(_ reason: Settlement.WithholdingReason, platform: Platform = .taobao) -> String {
        switch reason {
        case .unmeasuredTargets(let metrics):
            let names = metrics.map { "「\($0.displayName)」" }.joined(separator: "、")
            if platform == .pinduoduo, metrics.allSatisfy({ ExportKind.traffic.feeds.contains($0) }) {
                return "目标\(names)无法从拼多多的导出测量（数据中心的流量数据没有公开的导出格式）：请在合同里改用可测量的目标，或与托管方约定核对方式后再结算"
            }
            return "目标\(names)没有可用的数据（所需的导出缺失或无法读取）：补齐导出、重新审计后再结算"
        case .noUsableExport:
            return "本月没有一份可用的导出，无法计算指标，也无法结算"
        }
    }
}
