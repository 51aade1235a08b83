import MonthlyAudit

/// rejects.csv: every row the audit could not use, with file, line, column, reason and the row itself.
public struct RejectsCSV: ReportRenderer {
    public let fileName = "rejects.csv"
    public init() {}

    public func render(_ r: MonthAuditResult, options: ReportOptions) -> [UInt8] {
        var t = CSVTable(header: ["文件", "行", "列", "原因", "原始行"])
        for x in r.rejects.sorted(by: { $0.location < $1.location }) {
            t.append([
                x.location.file, String(x.location.line), RejectedRowWording.column(x), RejectedRowWording.reason(x),
                x.raw(masker: options.masker, omitted: RejectedRowWording.omittedCell),
            ])
        }
        return t.bytes
    }
}
