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

    /// Why a file without a recognised header was not read. A 京东 售后明细 (refunds per 服务单)
    /// whose columns are not the known ones is named as such: its refunds are not counted, and the
    /// merchant must hear that rather than see a generic "no header".
    static func noHeader(file: String, generic: String) -> IgnoredFile {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        if name.contains("售后明细") {
            return IgnoredFile(file: file, reason: "京东售后明细的表头没有认出（应有 服务单号、订单号、退款金额）：其中的退款没有计入退款额和退款率")
        }
        return IgnoredFile(file: file, reason: generic)
    }
}
