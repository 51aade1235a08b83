import AuditContract
import AuditMeasure
import AuditRecords
import AuditReport
import Dispatch
import Foundation
import MonthlyAudit
import PeriodAudit

/// Audits a store folder month by month and writes the reports: the whole job behind `agency-audit audit`.
public struct WorkspaceAudit: Sendable {
    public var workspace: StoreWorkspace
    public var outputRoot: URL
    /// Masking and language of the reports written.
    public var options: ReportOptions
    /// The day the merchant gives notice of termination (`--terminate-on`); contract.json's
    /// `termination.noticeGivenOn` when nil.
    public var terminateOn: CalendarDay?

    public init(
        workspace: StoreWorkspace, outputRoot: URL, options: ReportOptions = ReportOptions(),
        terminateOn: CalendarDay? = nil
    ) {
        self.workspace = workspace
        self.outputRoot = outputRoot
        self.options = options
        self.terminateOn = terminateOn
    }

    /// One written month: its result, where the reports went, and how long each stage took.
    public struct MonthRun: Sendable {
        public var result: MonthAuditResult
        public var folder: URL
        /// Files in the month folder the audit did not write and left as they were, by name.
        public var otherFiles: [String]
        public var timings: StageTimings
    }

    /// A whole run: the months written, and the dossier over every month audited.
    public struct PeriodRun: Sendable {
        public var months: [MonthRun]
        /// Every month audited (also the earlier ones not written), with the clauses and the verdict.
        public var dossier: PeriodDossier
        /// The period reports written beside the month folders (period.md, period.json).
        public var periodFiles: [URL]
    }

    /// Audits `months` (all months found when nil) and writes their reports; the months written.
    public func run(months requested: [YearMonth]?) throws(WorkspaceError) -> [MonthRun] {
        try runPeriod(months: requested).months
    }

    /// Audits `months` (all months found when nil), writes their reports, and writes the period's
    /// reports (`StandardPeriodReports`) beside the month folders, over every month audited.
    ///
    /// Earlier months present in exports/ are audited too, without writing, because the gap
    /// decomposition needs the previous month and the termination terms count months in a row;
    /// the dossier covers them all.
    public func runPeriod(months requested: [YearMonth]?) throws(WorkspaceError) -> PeriodRun {
        let contract = try workspace.contract()
        // A notice dated before the contract begins would bill days of a month never served.
        if let given = terminateOn ?? contract.termination.noticeGivenOn,
            let first = contract.stages.map(\.from).min()?.firstDay, given < first
        {
            throw .noticeBeforeContract(given: given, contractStarts: first)
        }
        let trafficSources = try workspace.trafficSources()
        let costs = workspace.costs()
        let available = workspace.months()
        guard !available.isEmpty else { throw .noExports(workspace.root.path) }
        let wanted = requested ?? available
        for m in wanted where !available.contains(m) { throw .monthNotFound(m, available: available) }
        let last = wanted.max()!
        let writer = ReportWriter(outputRoot: outputRoot)
        // Before anything is read or written: the reports must not land on what the merchant owns.
        try ReportFolderGuard(store: workspace.root, exports: workspace.exportsURL)
            .check(output: writer.outputRoot, months: wanted)
        LeftoverFolders.clean(
            writer.outputRoot, reportNames: StandardReports.all.map(\.fileName),
            rootReportNames: StandardPeriodReports.all.map(\.fileName))

        var previous: MonthFigures?
        var history: [TerminationCheck.MonthStanding] = []
        // The figures of the contract's baseline months, which growth targets grow from.
        var baselines: [YearMonth: [MetricValue]] = [:]
        // Their named items' figures, which an item's 差异原因 compares with.
        var baselineItems: [YearMonth: ItemFigures] = [:]
        var written: [MonthRun] = []
        // What the dossier keeps of each month: small, so a year of big months is not held in memory.
        var period: [PeriodDossier.Month] = []
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
                claims: workspace.claims(of: month), approvals: workspace.approvals(of: month), baselines: baselines,
                baselineItems: baselineItems,
                costs: costs, manual: workspace.manualFigures(of: month)
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
            // Only the figures its exports can carry: a half-month baseline would set the target too low.
            if contract.baselineMonths.contains(month) {
                baselines[month] = BaselineFigures.usable(out.result.metrics, completeness: out.result.completeness)
                if BaselineFigures.itemsUsable(completeness: out.result.completeness) {
                    baselineItems[month] = out.figures.items
                }
            }
            // A baseline month before the contract has a report of its own, but no place in the
            // termination terms or the contract period's dossier.
            if !out.result.isBaselineMonth {
                history.append(out.standing)
                period.append(PeriodDossier.Month(out.result))
            }
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
        let dossier = PeriodDossier(
            storeName: contract.storeName, agencyName: contract.agencyName, months: period,
            notice: TerminationNotice.notice(on: terminateOn, contract: contract))
        let periodFiles = try writer.writeRootFiles(
            StandardPeriodReports.all.map { (name: $0.fileName, bytes: $0.render(dossier, options: options)) })
        return PeriodRun(months: written, dossier: dossier, periodFiles: periodFiles)
    }
}
