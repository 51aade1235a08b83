import AuditRecords

/// A file in the exports folder that the audit did not read, and why.
public struct IgnoredFile: Sendable, Hashable {
    public var file: String
    public var reason: String
    /// An export that could not be used (its figures are missing and the run ends with exit code
    /// 3), not merely a file that is no export.
    public var isUnusable: Bool
    /// What the file would have fed, when its header said so.
    public var kind: ExportKind?

    public init(file: String, reason: String, isUnusable: Bool = false, kind: ExportKind? = nil) {
        self.file = file
        self.reason = reason
        self.isUnusable = isUnusable
        self.kind = kind
    }
}
