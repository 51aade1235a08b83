import AuditImport
import AuditRecords
import ExportContainers

/// The wording of why an export file cannot be read: which file, where, and what was expected, in
/// words a merchant can act on. Chinese here, English in `ImportErrorWording+English.swift`.
public enum ImportErrorWording {
    public static func sentence(_ error: ImportError, in language: Language) -> String {
        switch language {
        case .chinese: return chinese(error)
        case .english: return english(error)
        }
    }

    /// Why the bytes could not be read: the system's reason, or the container's sentence.
    public static func reason(_ failure: ImportError.ReadFailure, in language: Language) -> String {
        switch failure {
        case .system(let f): return SystemFailureWording.reason(f, in: language)
        case .container(let e): return ContainerErrorWording.sentence(e, in: language)
        }
    }

    static func chinese(_ error: ImportError) -> String {
        switch error {
        case .unreadable(let file, let reason):
            return "\(file): 无法读取（\(self.reason(reason, in: .chinese))）"
        case .unsupportedEncoding(let name):
            return "不支持的文件编码 \(name)；请另存为 UTF-8 或 GBK 编码的 CSV"
        case .emptyFile(let file):
            return "\(file): 文件是空的"
        case .missingColumn(let file, let line, let kind, let column, let accepted, let found):
            return
                "\(file):\(line): \(kind.name(in: .chinese))缺少必需的列「\(column)」（可接受的列名：\(accepted.joined(separator: "、"))；"
                + "表头里有：\(found.joined(separator: "、"))）"
        case .duplicateColumn(let file, let line, let column):
            return "\(file):\(line): 表头里「\(column)」出现了不止一次，无法确定用哪一列"
        case .undatedFile(let file, let kind):
            return "\(file): \(kind.name(in: .chinese))没有日期列，文件名和标题行里也找不到单一日期（如 2025-07-01_2025-07-01）；"
                + "请按日下载，或导出带「统计日期」列的报表"
        case .container(let file, let error):
            return "\(file): \(ContainerErrorWording.sentence(error, in: .chinese))"
        case .backOfficeErrorPage(let file, let message):
            return "\(file): 这是后台返回的错误页面，不是报表\(message.isEmpty ? "" : "（\(message)）")：请重新登录后台，再下载一次"
        case .passwordProtected(let file):
            return "\(file): 有密码保护（京东加密导出）：请用短信里的密码解压，把解压出的文件放在这里"
        case .nestedTooDeep(let file, let limit):
            return "\(file): 压缩包套压缩包超过 \(limit) 层，未读取：请解压后放在这里"
        case .inFile(let file, let inner):
            if case .unsupportedEncoding = inner { return "\(file): \(chinese(inner))" }
            return chinese(inner)
        }
    }
}
