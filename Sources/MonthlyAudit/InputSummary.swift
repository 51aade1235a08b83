import AuditImport
import AuditRecords

/// One input file as the reports account for it: what it is and what became of its rows.
public struct InputSummary: Sendable, Hashable {
    public var file: String
    public var kind: ExportKind
    public var platform: Platform
    public var encoding: TextEncoding
    /// `xlsx`, `xls`, `html` or `xml` for a workbook; nil for text.
    public var container: String?
    /// The worksheets read (empty for text).
    public var sheets: [String]

    /// The text encoding, or for a workbook its container (whose cells are Unicode): as audit.json says it.
    public var encodingLabel: String { container ?? encoding.rawValue }
    public var headerLine: Int
    public var counts: RowCounts
    /// Accepted rows dated outside the audited month: read and reported, not counted.
    public var outsideMonth: Int
    public var notes: [ImportNote]
    /// Order statuses the status table does not know, with their row counts: most rows first.
    public var unknownStatuses: [StatusCount]
    /// Orders without a time of payment, dated from their order number (拼多多).
    public var timeUnknownOrders: Int

    /// A status text and how many rows gave it.
    public struct StatusCount: Sendable, Hashable {
        public var status: String
        public var count: Int
    }

    public init(_ e: ImportedExport, outsideMonth: Int) {
        file = e.file
        kind = e.kind
        platform = e.platform
        encoding = e.encoding
        container = e.container
        sheets = e.sheets
        headerLine = e.headerLine
        counts = e.counts
        self.outsideMonth = outsideMonth
        notes = e.notes
        unknownStatuses = e.unknownStatuses.map { StatusCount(status: $0.key, count: $0.value) }
            .sorted { ($1.count, $0.status) < ($0.count, $1.status) }
        timeUnknownOrders = e.timeUnknownOrders
    }
}
