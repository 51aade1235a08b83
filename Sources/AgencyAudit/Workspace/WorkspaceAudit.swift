import Foundation

/// Audits a store folder month by month and writes the reports: the whole job behind `agency-audit audit`.
public struct WorkspaceAudit: Sendable {
    public var workspace: StoreWorkspace
    public var outputRoot: URL
    public var masker: PIIMasker

    public init(workspace: StoreWorkspace, outputRoot: URL, masker: PIIMasker = PIIMasker()) {
        self.workspace = workspace
        self.outputRoot = outputRoot
        self.masker = masker
    }

    /// Audits `months` (all months found when nil) and writes their reports.
    ///
    /// Earlier months present in exports/ are audited too, without writing, because the gap
    /// decomposition needs the previous month and the termination terms count months in a row.
    public func run(months requested: [YearMonth]?) throws(WorkspaceError) -> [(result: MonthAuditResult, folder: URL)] {
        let exportsPath = workspace.exportsURL.standardizedFileURL.path + "/"
        if (outputRoot.standardizedFileURL.path + "/").hasPrefix(exportsPath) { throw .outputInsideExports(outputRoot.path) }
        let contract = try workspace.contract()
        let available = workspace.months()
        guard !available.isEmpty else { throw .noExports(workspace.root.path) }
        let wanted = requested ?? available
        for m in wanted where !available.contains(m) { throw .monthNotFound(m, available: available) }
        let last = wanted.max()!
        let writer = ReportWriter(outputRoot: outputRoot)

        var previous: MonthFigures?
        var history: [TerminationCheck.MonthStanding] = []
        var written: [(MonthAuditResult, URL)] = []
        for month in available where month <= last {
            let (imports, ignored) = try workspace.importMonth(month)
            // Only the immediately preceding month feeds the comparison.
            if let p = previous, p.month != month.previous { previous = nil }
            let out = MonthlyAuditor.audit(month: month, contract: contract, imports: imports, ignored: ignored,
                                           previous: previous, history: history, masker: masker)
            previous = out.figures
            history.append(out.standing)
            if wanted.contains(month) {
                written.append((out.result, try writer.write(out.result)))
            }
        }
        return written
    }
}
