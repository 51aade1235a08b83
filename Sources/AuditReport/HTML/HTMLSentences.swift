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
    var masker: PIIMasker

    func statusName(_ s: MonthStatus) -> String { MonthStatusWording.name(s) }
    var statusReasons: [String] { MonthStatusWording.reasons(result) }
    func reason(_ f: TargetFinding) -> String { TargetFindingWording.reason(f, platform: result.platform) }
    func action(_ f: TargetFinding) -> String { TargetFindingWording.action(f, platform: result.platform) }
    func metricName(_ m: MetricValue) -> String { MetricWording.name(m) }
    func metricName(_ k: MetricKey) -> String { k.displayName }
    func value(_ v: Double, _ k: MetricKey) -> String { MetricWording.value(v, k) }
    func target(_ m: MetricValue) -> String { Wording.target(m) }
    func evidence(_ a: Anomaly) -> String {
        AnomalyWording(masker: masker, trafficPlatform: result.trafficPlatform).chinese(a)
    }
    func ruleName(_ r: RuleID) -> String { language == .english ? r.englishName : r.chineseName }
    func severity(_ s: Severity) -> String { s.displayName }
    func ground(_ g: TerminationCheck.Ground) -> String { TerminationWording.sentence(g) }
    func warning(_ w: TerminationCheck.Warning) -> String { TerminationWording.sentence(w) }
    var execution: [String] { result.diagnosis.execution.map(ThreeStepDiagnosisWording.sentence) }
    var cooperation: [String] { result.diagnosis.cooperation.map(ThreeStepDiagnosisWording.sentence) }
    var market: [String] {
        result.diagnosis.market.map { ThreeStepDiagnosisWording.sentence($0, platforms: result.platforms) }
    }
    func note(_ n: ImportNote) -> String { ImportNoteWording.sentence(n) }
    func ignored(_ f: IgnoredFile) -> String { IgnoredFileWording.reason(f) }
    func monthWarning(_ w: MonthWarning) -> String { MonthWarningWording.sentence(w) }
    func kind(_ k: ExportKind) -> String { k.displayName }
    func platform(_ p: Platform) -> String { p.displayName }
    func container(_ i: InputSummary) -> String {
        i.container.map { Wording.containerName($0, sheets: i.sheets) } ?? Wording.encodingName(i.encoding)
    }
    func dates(_ d: [CalendarDay]) -> String { Wording.dates(d) }
    func rejectReason(_ x: RejectedRow) -> String {
        (x.column == nil ? "" : RejectedRowWording.column(x) + " ") + RejectedRowWording.reason(x)
    }
}
