import MonthlyAudit

/// Turns a month's audit into one report file's bytes. Renderers never touch the disk.
public protocol ReportRenderer: Sendable {
    /// The file name inside `<out>/<YYYY-MM>/`.
    var fileName: String { get }
    func render(_ result: MonthAuditResult, options: ReportOptions) -> [UInt8]
}

extension ReportRenderer {
    /// The report with personal values masked.
    public func render(_ result: MonthAuditResult) -> [UInt8] { render(result, options: ReportOptions()) }
}

/// The reports every audit writes, in the order they are listed to the user.
public enum StandardReports {
    public static let all: [any ReportRenderer] = [
        MarkdownReport(), HTMLReport(), TargetsCSV(), AnomaliesCSV(), SuspiciousOrdersCSV(), RejectsCSV(), AuditJSON(),
    ]
}
