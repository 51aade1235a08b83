import AuditImport
import AuditRecords

/// The wording of why a file in the exports folder was not read: Chinese here, English in
/// `IgnoredFileWording+English.swift`.
public enum IgnoredFileWording {
    public static func reason(_ f: IgnoredFile, in language: Language) -> String {
        switch language {
        case .chinese: return chinese(f)
        case .english: return english(f)
        }
    }

    static func chinese(_ f: IgnoredFile) -> String {
        switch f.reason {
        case .error(let error):
            return ImportErrorWording.sentence(error, in: .chinese)
        case .noHeader(.text(let rows)):
            return "前 \(rows) 行里没有认出订单、流量或推广报表的表头"
        case .noHeader(.sheets(let rows)):
            return "各工作表前 \(rows) 行里都没有认出订单、流量或推广报表的表头"
        case .noHeader(.noTable):
            return "网页里没有表格"
        case .noHeader(.noSheet):
            return "工作簿里没有工作表"
        case .refundsHeaderNotRecognised:
            return "京东售后明细的表头没有认出（应有 服务单号、订单号、退款金额）：其中的退款没有计入退款额和退款率"
        case .emptyFile:
            return "空文件"
        case .emptyArchive:
            return "压缩包里没有文件"
        case .officeDocument:
            return "是 Office 文档（不是 Excel 表格），未读取"
        case .hiddenSheet(let kind?, let rows):
            return "隐藏的工作表（\(kind.name(in: .chinese))，\(rows) 行）：平台导出的报表不会隐藏工作表，请核实它的来历；如确需计入，请取消隐藏后再审计"
        case .hiddenSheet(nil, _):
            return "隐藏的工作表"
        case .merchantFileAsWorkbook(let expected):
            return "看来是 \(expected) 存成了 Excel 工作簿：这类文件只按文本读取，里面的内容没有用上；"
                + "请在 Excel 里用「CSV UTF-8（逗号分隔）」另存为 \(expected) 后重新审计"
        case .linkLeadsNowhere(let target):
            return "这是一个链接，它指向的文件或文件夹不存在（\(target)）：未读取"
        case .linkOutsideStore(let target):
            return "这是一个链接，指向店铺文件夹以外的文件夹（\(target)）：未读取；请把其中的导出文件复制到本月文件夹里"
        }
    }
}
