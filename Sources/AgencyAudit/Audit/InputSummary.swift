/// One input file as the reports account for it: what it is and what became of its rows.
public struct InputSummary: Sendable, Hashable {
    public var file: String
    public var kind: ExportKind
    public var platform: Platform
    public var encoding: TextEncoding
    public var headerLine: Int
    public var counts: RowCounts
    /// Accepted rows dated outside the audited month: read and reported, not counted.
    public var outsideMonth: Int
    public var notes: [String]

    public init(_ e: ImportedExport, outsideMonth: Int) {
        file = e.file
        kind = e.kind
        platform = e.platform
        encoding = e.encoding
        headerLine = e.headerLine
        counts = e.counts
        self.outsideMonth = outsideMonth
        notes = e.notes
    }
}

/// A file in the exports folder that the audit did not read, and why.
public struct IgnoredFile: Sendable, Hashable {
    public var file: String
    public var reason: String
    public init(file: String, reason: String) {
        self.file = file
        self.reason = reason
    }
}
