import AuditContract
import AuditDetect
import AuditDiagnose
import AuditImport
import AuditMeasure
import AuditRecords

/// Everything the audit found for one month: the input of every report renderer.
public struct MonthAuditResult: Sendable {
    public var month: YearMonth
    public var storeName: String
    public var agencyName: String
    public var platform: Platform
    public var stage: Contract.Stage?
    public var inputs: [InputSummary]
    public var ignoredFiles: [IgnoredFile]
    public var rejects: [RejectedRow]
    public var duplicateOrders: [(id: String, first: RowLocation, repeat: RowLocation)]
    /// The store's total figures; a metric whose target names one platform holds that platform's figure.
    public var metrics: [MetricValue]
    /// Each platform's figures and the total, when the month's exports come from more than one platform.
    public var platformBreakdown: PlatformBreakdown?
    public var findings: [TargetFinding]
    public var anomalies: [Anomaly]
    /// Every order the anomalies name, once, with its risk level and findings: suspicious-orders.csv.
    public var orderRisks: [OrderRisk]
    public var settlement: Settlement
    public var termination: TerminationCheck
    /// Each termination clause of the contract over the months audited up to this one.
    public var clauses: [TerminationCheck.ClauseStanding]
    /// What to do about the agency as of this month, over the months audited up to it.
    public var verdict: Verdict
    public var diagnosis: ThreeStepDiagnosis
    /// Things the merchant should know about the inputs (missing exports, mixed platforms…).
    public var warnings: [MonthWarning]
    /// Whether the month's figures can carry a settlement: complete, withheld or unusable.
    public var status: MonthStatus = .complete
    /// What is missing from or wrong with the month's exports (the status's reasons are in
    /// `settlement.withheld`).
    public var completeness = MonthCompleteness()
    /// The month day by day: the report's charts.
    public var daily: DailySeries
    /// The contract's limits in force (daily spend, ROI red line): the charts' reference lines.
    public var limits: Contract.Limits = Contract.Limits()
    /// Sales against the month before, split by factor; nil without a comparable previous month.
    public var salesChange: SalesChange?
    /// The contract judges a partial month pro rata, and this month's targets were scaled to the
    /// days its exports cover.
    public var proRata = false
    /// What the agency reported for the month (agency-claims.csv), each claim beside the store's
    /// figures; empty when the month folder has no claims file.
    public var claims: [ClaimComparison] = []
    /// The claims files read (relative to the store folder): the reports show the comparison when
    /// there is one, even if none of its lines could be used.
    public var claimsFiles: [String] = []
    /// The lines of the claims files that could not be used.
    public var claimProblems: [ClaimProblem] = []
    /// The figures still moving when the exports were taken (refunds, ad attribution), the ROI
    /// red-line runs not called for it, and when to run the month again; settled when the exports
    /// were taken late enough.
    public var settling = DataSettling()
    /// The contract's spending and approval clauses checked on the month (budget, per-campaign
    /// daily limit, price changes); empty when the contract writes none.
    public var clauseReview = ClauseReview()
    /// The approvals files read (relative to the store folder); empty when the month has none.
    public var approvalsFiles: [String] = []
    /// The lines of the approvals files that could not be used.
    public var approvalProblems: [ApprovalProblem] = []
    /// How each judged target with a baseline (a growth target, 月销从 5 万提升至 15 万) came to its figure.
    public var targetBases: [TargetBasis] = []
    /// The stage's targets judged in its last month only, not this one.
    public var deferredTargets: [Contract.Target] = []
    /// What the month left the merchant: gross profit, promotion, the agency's fee.
    public var profit = ProfitReview()
    /// The store's costs.csv, when it has one (relative to the store folder).
    public var costsFile: String?
    /// The lines of costs.csv that could not be used.
    public var costProblems: [CostProblem] = []
    /// The contract's after-sales service standards judged on manual.csv's figures.
    public var service = ServiceReview()
    /// The manual.csv files read (relative to the store folder); empty when the month has none.
    public var manualFiles: [String] = []
    /// The lines of manual.csv that could not be used.
    public var manualProblems: [ManualProblem] = []

    /// The contract's baseline month: audited for its figures, neither settled nor judged.
    public var isBaselineMonth: Bool {
        settlement.withheld.contains { if case .baselineMonth = $0 { return true } else { return false } }
    }

    /// All input rows, summed.
    public var totalCounts: RowCounts { inputs.reduce(RowCounts()) { $0 + $1.counts } }

    /// The month at a glance, the one definition every report's conclusion reads.
    public var summary: MonthSummary { MonthSummary(self) }

    /// The platforms the store sold on this month: the contract's, or each one of a store on several.
    public var platforms: [Platform] { platformBreakdown?.platforms.map(\.platform) ?? [platform] }

    public func metric(_ key: MetricKey) -> MetricValue? { metrics.first { $0.key == key } }

    /// The platform the month's traffic export is counted on: the contract's, or on a store with
    /// several platforms the one the traffic export is counted on.
    public var trafficPlatform: Platform { platformBreakdown?.trafficPlatform ?? platform }
}
