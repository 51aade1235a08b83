import AuditContract
import AuditMeasure
import AuditRecords
import AuditReport
import Dispatch
import Foundation
import MonthlyAudit

/// Audits a store folder month by month and writes the reports: the whole job behind `agency-audit audit`.
public struct WorkspaceAudit: Sendable {
    public var workspace: StoreWorkspace
    public var outputRoot: URL
    /// Masking and language of the reports written.
    public var options: ReportOptions

    public init(workspace: StoreWorkspace, outputRoot: URL, options: ReportOptions = ReportOptions()) {
        self.workspace = workspace
        self.outputRoot = outputRoot
        self.options = options
    }

    /// One written month: its result, where the reports went, and how long each stage took.
    public struct MonthRun: Sendable {
        public var result: MonthAuditResult
        public var folder: URL
        /// Files in the month folder the audit did not write and left as they were, by name.
        public var otherFiles: [String]
        public var timings: StageTimings
    }

    /// Audits `months` (all months found when nil) and writes their reports.
    ///
    /// Earlier months present in exports/ are audited too, without writing, because the gap
    /// decomposition needs the previous month and the termination terms count months in a row.
    public func run(months requested: [YearMonth]?) throws(WorkspaceError) -> [MonthRun] {
        let contract = try workspace.contract()
        let trafficSources = try workspace.trafficSources()
        let available = workspace.months()
        guard !available.isEmpty else { throw .noExports(workspace.root.path) }
        let wanted = requested ?? available
        for m in wanted where !available.contains(m) { throw .monthNotFound(m, available: available) }
        let last = wanted.max()!
        let writer = ReportWriter(outputRoot: outputRoot)
        // Before anything is read or written: the reports must not land on what the merchant owns.
        try ReportFolderGuard(store: workspace.root, exports: workspace.exportsURL)
            .check(output: writer.outputRoot, months: wanted)
        LeftoverFolders.clean(writer.outputRoot, reportNames: StandardReports.all.map(\.fileName))

        var previous: MonthFigures?
        var history: [TerminationCheck.MonthStanding] = []
        var written: [MonthRun] = []
        let clock = ContinuousClock()
        for month in available where month <= last {
            let (imports, ignored) = workspace.importMonth(month)
            var importTimings = StageTimings()
            for i in imports {
                importTimings.readAndDecode += i.readAndDecodeTime
                importTimings.tokeniseAndType += i.importTime - i.readAndDecodeTime
                let format = i.container ?? (i.file.contains(".zip/") ? "zip" : "csv")
                importTimings.importByFormat[format, default: .zero] += i.importTime
                importTimings.inputBytes += i.bytes
                importTimings.rows += i.counts.read
            }
            // Only the immediately preceding month feeds the comparison.
            if let p = previous, p.month != month.previous { previous = nil }
            var timings = StageTimings()
            var lapStarted = clock.now
            var out = MonthlyAuditor.audit(
                month: month, contract: contract, imports: consume imports, ignored: ignored,
                previous: previous, history: history, trafficSources: trafficSources,
                claims: workspace.claims(of: month)
            ) { ended in
                let now = clock.now
                timings[keyPath: ended] += now - lapStarted
                lapStarted = now
            }
            // A big month's records are freed on another thread while the reports are written.
            let records = out.records
            out.records = nil
            DispatchQueue.global(qos: .utility).async { withExtendedLifetime(records) {} }
            previous = out.figures
            history.append(out.standing)
            if wanted.contains(month) {
                timings.readAndDecode = importTimings.readAndDecode
                timings.tokeniseAndType = importTimings.tokeniseAndType
                timings.inputBytes = importTimings.inputBytes
                timings.rows = importTimings.rows
                timings.importByFormat = importTimings.importByFormat
                let started = clock.now
                let month = try writer.write(out.result, options: options)
                timings.report = clock.now - started
                written.append(
                    MonthRun(result: out.result, folder: month.folder, otherFiles: month.otherFiles, timings: timings))
            }
        }
        return written
    }
}
