import AuditContract
import AuditDiagnose
import AuditImport
import AuditMeasure
import AuditRecords
import MonthlyAudit

/// The sentences report.html shares with report.md, taken from the wording types in the page's
/// language: the page words nothing of its own that another report already words.
struct HTMLSentences {
    var language: Language
    var result: MonthAuditResult
    var options: ReportOptions

    init(result: MonthAuditResult, options: ReportOptions) {
        language = options.language
        self.result = result
        self.options = options
    }

    func statusName(_ s: MonthStatus) -> String { MonthStatusWording.name(s, in: language) }
    var statusReasons: [String] { MonthStatusWording.reasons(result, in: language) }
    func reason(_ f: TargetFinding) -> String {
        TargetFindingWording.reason(f, platform: result.platform, in: language)
    }
    func action(_ f: TargetFinding) -> String {
        TargetFindingWording.action(f, platform: result.platform, in: language)
    }
    func metricName(_ m: MetricValue) -> String { MetricWording.name(m, in: language) }
    func metricName(_ k: MetricKey) -> String { k.name(in: language) }
    func value(_ v: Double, _ k: MetricKey) -> String { MetricWording.value(v, k) }
    func target(_ m: MetricValue) -> String { Wording.target(m) }
    func evidence(_ a: Anomaly) -> String {
        AnomalyWording(options: options, trafficPlatform: result.trafficPlatform).evidence(a)
    }
    func ruleName(_ r: RuleID) -> String { r.name(in: language) }
    func severity(_ s: Severity) -> String { s.name(in: language) }
    func ground(_ g: TerminationCheck.Ground) -> String { TerminationWording.sentence(g, in: language) }
    func warning(_ w: TerminationCheck.Warning) -> String { TerminationWording.sentence(w, in: language) }
    /// 看执行 and 看配合 with the contract's approval clauses, as report.md says them.
    var execution: [String] { ThreeStepDiagnosisWording.execution(result, in: language) }
    var cooperation: [String] { ThreeStepDiagnosisWording.cooperation(result, in: language) }
    /// 看执行's evidence of the agency's own work, one item each.
    var agencyWork: [String] { ThreeStepDiagnosisWording.agencyWork(result, in: language) }
    var market: [String] {
        result.diagnosis.market.map {
            ThreeStepDiagnosisWording.sentence($0, platforms: result.platforms, in: language)
        }
    }
    func note(_ n: ImportNote) -> String { ImportNoteWording.sentence(n, in: language) }
    func ignored(_ f: IgnoredFile) -> String { IgnoredFileWording.reason(f, in: language) }
    func monthWarning(_ w: MonthWarning) -> String { MonthWarningWording.sentence(w, in: language) }
    func kind(_ k: ExportKind) -> String { k.name(in: language) }
    func platform(_ p: Platform) -> String { p.name(in: language) }
    func container(_ i: InputSummary) -> String {
        i.container.map { Wording.containerName($0, sheets: i.sheets, in: language) }
            ?? Wording.encodingName(i.encoding)
    }
    func dates(_ d: [CalendarDay]) -> String { Wording.dates(d, in: language) }
    func rejectReason(_ x: RejectedRow) -> String {
        (x.column == nil ? "" : RejectedRowWording.column(x, in: language) + " ")
            + RejectedRowWording.reason(x, in: language)
    }
}
