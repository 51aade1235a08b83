import AuditContract
import AuditRecords
import MonthlyAudit

extension Portfolio {
    /// One store's month in the roll-up: what its audit.json's summary, settlement and verdict say.
    public struct Row: Sendable, Hashable {
        /// The store's folder name.
        public var folder: String
        /// The store's name as its contract gives it.
        public var storeName: String
        public var platforms: [Platform]
        public var month: YearMonth
        public var status: MonthStatus
        /// The mean attainment, each target capped at 100%; nil when the month is not settled.
        public var overallAttainment: Double?
        public var targets: Int
        public var targetsMet: Int
        /// Nil when the month is not settled.
        public var payable: Money?
        public var deduction: Money
        public var anomalies: FindingCounts
        /// Whether a ground for terminating without liability is met in the month itself.
        public var mayTerminate: Bool
        /// The verdict as of the month, over the months up to it.
        public var verdict: VerdictSummary

        public init(
            folder: String, storeName: String, platforms: [Platform], month: YearMonth, status: MonthStatus,
            overallAttainment: Double?, targets: Int, targetsMet: Int, payable: Money?, deduction: Money,
            anomalies: FindingCounts, mayTerminate: Bool, verdict: VerdictSummary
        ) {
            self.folder = folder
            self.storeName = storeName
            self.platforms = platforms
            self.month = month
            self.status = status
            self.overallAttainment = overallAttainment
            self.targets = targets
            self.targetsMet = targetsMet
            self.payable = payable
            self.deduction = deduction
            self.anomalies = anomalies
            self.mayTerminate = mayTerminate
            self.verdict = verdict
        }

        /// Findings by severity.
        public struct FindingCounts: Sendable, Hashable {
            public var high: Int
            public var medium: Int
            public var low: Int
            public init(high: Int, medium: Int, low: Int) {
                self.high = high
                self.medium = medium
                self.low = low
            }
        }

        /// A verdict as the roll-up keeps it: its kind, the clause of a termination, the deadline of
        /// a demand for rectification (the evidence stays in the store's own reports).
        public struct VerdictSummary: Sendable, Hashable {
            public var kind: Verdict.Kind
            public var clause: TerminationCheck.Clause?
            public var deadline: CalendarDay?
            public init(kind: Verdict.Kind, clause: TerminationCheck.Clause? = nil, deadline: CalendarDay? = nil) {
                self.kind = kind
                self.clause = clause
                self.deadline = deadline
            }

            /// The summary of a full verdict.
            public init(_ verdict: Verdict) {
                self.init(kind: verdict.kind, clause: verdict.clause, deadline: verdict.deadline)
            }
        }
    }
}
