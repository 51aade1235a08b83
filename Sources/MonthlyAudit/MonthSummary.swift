import AuditContract
import AuditImport
import AuditRecords

/// The month at a glance, computed once: its status, the targets met, the findings by severity,
/// the rows read and the fee. report.md's conclusion, the console's month line and audit.json's
/// `summary` all read it, so they cannot tell the month differently.
public struct MonthSummary: Sendable, Hashable {
    public var status: MonthStatus
    /// The targets of the month's stage, and how many of them were met.
    public var targets: Int
    public var targetsMet: Int
    /// Whether any target has a figure (none has when their exports are all missing).
    public var targetsMeasured: Bool
    /// The mean of the targets' attainments, each capped at 100%; nil when the month is not settled.
    public var overallAttainment: Double?
    /// The findings by severity.
    public var anomalies: SeverityCounts
    /// The orders the findings name (suspicious-orders.csv), by their risk level.
    public var suspiciousOrders: SeverityCounts
    /// Every input row, summed.
    public var rows: RowCounts
    /// What the merchant owes; nil when the settlement is withheld.
    public var payable: Money?
    /// Whether a ground for terminating without liability is met.
    public var mayTerminate: Bool

    /// How many of something there are at each severity.
    public struct SeverityCounts: Sendable, Hashable {
        public var high = 0
        public var medium = 0
        public var low = 0
        public var total: Int { high + medium + low }

        init(_ severities: [Severity]) {
            for s in severities {
                switch s {
                case .high: high += 1
                case .medium: medium += 1
                case .low: low += 1
                }
            }
        }
    }

    public init(_ r: MonthAuditResult) {
        status = r.status
        targets = r.findings.count
        targetsMet = r.findings.count { $0.metric.isMet == true }
        targetsMeasured = r.findings.contains { $0.metric.actual != nil }
        overallAttainment = r.settlement.overallAttainment
        anomalies = SeverityCounts(r.anomalies.map(\.severity))
        suspiciousOrders = SeverityCounts(r.orderRisks.map(\.level))
        rows = r.totalCounts
        payable = r.settlement.payable
        mayTerminate = r.termination.mayTerminate
    }
}
