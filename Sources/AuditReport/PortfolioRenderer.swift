import PeriodAudit

/// Turns the roll-up over many stores into one report file's bytes. Renderers never touch the disk.
public protocol PortfolioRenderer: Sendable {
    /// The file name inside the portfolio's report folder, beside the store folders.
    var fileName: String { get }
    func render(_ portfolio: Portfolio, options: ReportOptions) -> [UInt8]
}

/// The roll-up files `agency-audit portfolio` writes, in the order they are listed.
public enum StandardPortfolioReports {
    public static let all: [any PortfolioRenderer] = [PortfolioHTML(), PortfolioCSV()]
}
