import AuditRecords

/// How the report words an export a platform does not hand out in a readable form (its profile row
/// says so), instead of asking the merchant to download it. Chinese here, English in
/// `PlatformExportWording+English.swift`.
enum PlatformExportWording {
    /// 差异原因 of a target whose export the platform does not offer; nil when it does.
    static func unmeasurable(_ export: ExportKind, _ platform: Platform, in language: Language) -> String? {
        let profile = platform.profile
        guard let source = profile.exports[export], !source.isRead else { return nil }
        switch language {
        case .chinese: return "无法从\(profile.name.chinese)的导出测量（\(source.name.chinese)没有公开的导出格式）"
        case .english: return englishUnmeasurable(profile, source)
        }
    }

    /// 改进措施 in place of "download the export"; nil when the platform offers it.
    static func instead(_ export: ExportKind, _ platform: Platform, in language: Language) -> String? {
        let profile = platform.profile
        guard let source = profile.exports[export], !source.isRead else { return nil }
        switch language {
        case .chinese:
            return "在合同里改用可从\(profile.name.chinese)导出测量的目标（订单数、销售额、推广ROI），或约定由托管方提供\(profile.dataTool.chinese)的截图核对"
        case .english: return englishInstead(profile)
        }
    }

    /// The export as the merchant finds it in the platform's back office: 生意参谋流量来源, 京东商智流量来源.
    static func name(_ export: ExportKind, _ platform: Platform, in language: Language) -> String {
        platform.profile.exports[export]?.name.text(in: language) ?? export.name(in: language)
    }
}
