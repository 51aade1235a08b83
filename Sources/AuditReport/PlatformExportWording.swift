import AuditRecords

/// How the report words an export a platform does not hand out in a readable form, instead of
/// asking the merchant to download it.
enum PlatformExportWording {
    /// 差异原因 of a target whose export the platform does not offer; nil when it does.
    static func unmeasurable(_ export: ExportKind, _ platform: Platform) -> String? {
        guard export == .traffic, platform == .pinduoduo else { return nil }
        return "无法从拼多多的导出测量（数据中心的流量数据没有公开的导出格式）"
    }

    /// 改进措施 in place of "download the export"; nil when the platform offers it.
    static func instead(_ export: ExportKind, _ platform: Platform) -> String? {
        guard export == .traffic, platform == .pinduoduo else { return nil }
        return "在合同里改用可从拼多多导出测量的目标（订单数、销售额、推广ROI），或约定由托管方提供数据中心截图核对"
    }
}
