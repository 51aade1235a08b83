import AuditRecords
import ExportContainers

/// A reason an export file cannot be read at all. Problems in single rows are rejects, not errors.
public enum ImportError: Error, Sendable, Hashable {
    /// The file's bytes could not be read.
    case unreadable(file: String, reason: ReadFailure)
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
    /// `file` could not be read because of `cause`: a reader's own error is kept as it is (an
    /// `unreadable` one only its reason, so the file is named once); any other error as it
    /// describes itself.
    package static func unreadable(file: String, cause: any Error) -> ImportError {
        if case .unreadable(_, let reason)? = cause as? ImportError { return .unreadable(file: file, reason: reason) }
        if let container = cause as? ContainerError { return .unreadable(file: file, reason: .container(container)) }
        return .unreadable(file: file, reason: .system(.other(String(describing: cause))))
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
