import AuditRecords
import ExportContainers

/// A reason an export file cannot be read at all. Problems in single rows are rejects, not errors.
public enum ImportError: Error, Sendable, Equatable {
    case unreadable(file: String, reason: String)
    case unsupportedEncoding(String)
    case emptyFile(file: String)
    /// The header was recognised as `kind`, but a column the audit needs is missing.
    case missingColumn(
        file: String, line: Int, kind: ExportKind, column: String, acceptedNames: [String], found: [String])
    /// Two columns of the header share a name the audit reads.
    case duplicateColumn(file: String, line: Int, column: String)
    /// A file without a date column whose date cannot be told from its name or title lines.
    case undatedFile(file: String, kind: ExportKind)
    /// The container (zip, xlsx, xls) cannot be read.
    case container(file: String, ContainerError)
    /// The file is a JSON body the back office sent instead of the report (an expired login).
    case backOfficeErrorPage(file: String, message: String)
    /// An archive whose entries are password-protected (京东's 加密导出).
    case passwordProtected(file: String)
    /// Archives inside archives deeper than the limit.
    case nestedTooDeep(file: String, limit: Int)
    /// The same error, with the file it happened in.
    indirect case inFile(String, ImportError)
}

extension ImportError {
    /// `file` could not be read because of `cause`: a reader's own error keeps its words (an
    /// `unreadable` one only its reason, so the file is named once).
    package static func unreadable(file: String, cause: any Error) -> ImportError {
        if case .unreadable(_, let reason)? = cause as? ImportError { return .unreadable(file: file, reason: reason) }
        return .unreadable(file: file, reason: "\(cause)")
    }

    /// The kind of export the file was recognised as, when its header said so.
    public var kind: ExportKind? {
        switch self {
        case .missingColumn(_, _, let kind, _, _, _), .undatedFile(_, let kind): return kind
        case .inFile(_, let inner): return inner.kind
        default: return nil
        }
    }
}

extension ImportError: CustomStringConvertible {
    /// A message a merchant can act on: which file, where, and what was expected.
    public var description: String {
        switch self {
        case .unreadable(let file, let reason):
            return "\(file): 无法读取（\(reason)）"
        case .unsupportedEncoding(let name):
            return "不支持的文件编码 \(name)；请另存为 UTF-8 或 GBK 编码的 CSV"
        case .emptyFile(let file):
            return "\(file): 文件是空的"
        case .missingColumn(let file, let line, let kind, let column, let accepted, let found):
            return "\(file):\(line): \(kind.displayName)缺少必需的列「\(column)」（可接受的列名：\(accepted.joined(separator: "、"))；"
                + "表头里有：\(found.joined(separator: "、"))）"
        case .duplicateColumn(let file, let line, let column):
            return "\(file):\(line): 表头里「\(column)」出现了不止一次，无法确定用哪一列"
        case .undatedFile(let file, let kind):
            return "\(file): \(kind.displayName)没有日期列，文件名和标题行里也找不到单一日期（如 2025-07-01_2025-07-01）；"
                + "请按日下载，或导出带「统计日期」列的报表"
        case .container(let file, let error):
            return "\(file): \(error)"
        case .backOfficeErrorPage(let file, let message):
            return "\(file): 这是后台返回的错误页面，不是报表\(message.isEmpty ? "" : "（\(message)）")：请重新登录后台，再下载一次"
        case .passwordProtected(let file):
            return "\(file): 有密码保护（京东加密导出）：请用短信里的密码解压，把解压出的文件放在这里"
        case .nestedTooDeep(let file, let limit):
            return "\(file): 压缩包套压缩包超过 \(limit) 层，未读取：请解压后放在这里"
        case .inFile(let file, let inner):
            if case .unsupportedEncoding = inner { return "\(file): \(inner)" }
            return inner.description
        }
    }
}
