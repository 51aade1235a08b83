import PeriodAudit

/// Turns a store's contract-period dossier into one report file's bytes. Renderers never touch the disk.
public protocol PeriodRenderer: Sendable {
    /// The file name inside the store's report folder (`<out>/`, beside the month folders).
    var fileName: String { get }
    func render(_ dossier: PeriodDossier, options: ReportOptions) -> [UInt8]
}

/// The period reports every audit writes beside the month folders, in the order they are listed.
public enum StandardPeriodReports {
    public static let all: [any PeriodRenderer] = [DossierHTML(), PeriodMarkdown(), PeriodJSON()]
}
