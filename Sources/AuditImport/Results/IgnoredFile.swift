import AuditRecords

/// A file in the exports folder that the audit did not read, and why.
public struct IgnoredFile: Sendable, Hashable {
    public var file: String
    public var reason: Reason
    /// An export that could not be used (its figures are missing and the run ends with exit code
    /// 3), not merely a file that is no export.
    public var isUnusable: Bool
    /// What the file would have fed, when its header said so.
    public var kind: ExportKind?

    /// Why a file was not read, as data; AuditReport words it.
    public enum Reason: Sendable, Hashable {
        /// The file is an export that cannot be read (damaged, password-protected, a column missing…).
        case error(ImportError)
        /// No header the audit knows in the first rows.
        case noHeader(NoHeader)
        /// A 京东 售后明细 whose header is not the known one: its refunds are not counted.
        case refundsHeaderNotRecognised
        case emptyFile
        case emptyArchive
        /// A Word or PowerPoint file (a zip too), not a workbook.
        case officeDocument
        /// A workbook sheet the workbook hides: never read as data. `kind` and `rows` say what it
        /// holds when its header was recognised.
        case hiddenSheet(kind: ExportKind?, rows: Int)
        /// The merchant's approvals.csv, manual.csv or agency-claims.csv (`expected`) saved as an
        /// Excel workbook: these are read as text (CSV) only.
        case merchantFileAsWorkbook(expected: String)
        /// A link in a month folder that leads nowhere.
        case linkLeadsNowhere(target: String)
        /// A linked folder in a month folder that leads outside the store folder.
        case linkOutsideStore(target: String)
    }

    /// Where no header was found.
    public enum NoHeader: Sendable, Hashable {
        /// In the first `rows` records of a text file.
        case text(rows: Int)
        /// In the first `rows` rows of every sheet of a workbook.
        case sheets(rows: Int)
        /// A web page without any table.
        case noTable
        /// A workbook without any sheet.
        case noSheet
    }

    public init(file: String, reason: Reason, isUnusable: Bool = false, kind: ExportKind? = nil) {
        self.file = file
        self.reason = reason
        self.isUnusable = isUnusable
        self.kind = kind
    }

    /// An export that cannot be used: the error's file is this one.
    static func unusable(_ file: String, _ error: ImportError) -> IgnoredFile {
        IgnoredFile(file: file, reason: .error(error), isUnusable: true, kind: error.kind)
    }

    /// Why a file without a recognised header was not read. A 京东 售后明细 (refunds per 服务单)
    /// whose columns are not the known ones is named as such: its refunds are not counted, and the
    /// merchant must hear that rather than see a generic "no header".
    static func noHeader(file: String, _ place: NoHeader) -> IgnoredFile {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        if name.contains("售后明细") { return IgnoredFile(file: file, reason: .refundsHeaderNotRecognised) }
        return IgnoredFile(file: file, reason: .noHeader(place))
    }
}
