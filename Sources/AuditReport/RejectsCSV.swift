import MonthlyAudit

/// rejects.csv: every row the audit could not use, with file, line, column, reason and the row itself.
public struct RejectsCSV: ReportRenderer {
    public let fileName = "rejects.csv"
    public init() {}

    public func render(_ r: MonthAuditResult, options: ReportOptions) -> [UInt8] {
        let language = options.language
        var t = CSVTable(
            header: language.pick(
                chinese: ["文件", "行", "列", "原因", "原始行"], english: ["File", "Line", "Column", "Reason", "Raw row"]))
        for x in r.rejects.sorted(by: { $0.location < $1.location }) {
            t.append([
                x.location.file, String(x.location.line), RejectedRowWording.column(x, in: language),
                RejectedRowWording.reason(x, in: language),
                x.raw(masker: options.masker, omitted: RejectedRowWording.omittedCell(in: language)),
            ])
        }
        return t.bytes
    }
}
