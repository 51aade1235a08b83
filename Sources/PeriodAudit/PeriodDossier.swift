import AuditContract
import AuditDiagnose
import AuditMeasure
import AuditRecords
import MonthlyAudit

/// Every audited month of a store side by side, with the termination clauses and the verdict:
/// what the merchant brings to the meeting where the agency is kept, told to put things right, or
/// let go.
///
/// Built from the months `WorkspaceAudit` audited (every month up to the last one asked for, also
/// those whose reports were not written), so the runs the termination terms count are all there.
/// The clauses and the verdict are the last month's: AuditContract decides them month by month
/// over the months up to each, and each month's audit.json carries its own.
public struct PeriodDossier: Sendable, Hashable {
    public var storeName: String
    public var agencyName: String
    /// Every audited month, in calendar order.
    public var months: [Month]
    /// The merchant's notice of termination, when one is given (`--terminate-on` or contract.json).
    public var notice: TerminationNotice?

    public init(storeName: String, agencyName: String, months: [Month], notice: TerminationNotice? = nil) {
        self.storeName = storeName
        self.agencyName = agencyName
        self.months = months.sorted { $0.month < $1.month }
        self.notice = notice
    }

    /// The dossier of `results` (any order); nil when there are none.
    public init?(_ results: [MonthAuditResult]) {
        guard let first = results.first else { return nil }
        self.init(storeName: first.storeName, agencyName: first.agencyName, months: results.map(Month.init))
    }

    /// The first and the last month audited.
    public var firstMonth: YearMonth? { months.first?.month }
    public var lastMonth: YearMonth? { months.last?.month }

    /// Every platform the store sold on in the period, in the order the months first show them.
    public var platforms: [Platform] {
        var seen: [Platform] = []
        for m in months { for p in m.platforms where !seen.contains(p) { seen.append(p) } }
        return seen
    }

    /// Each termination clause of the contract as of the last month.
    public var clauses: [TerminationCheck.ClauseStanding] { months.last?.clauses ?? [] }

    /// What to do about the agency as of the last month.
    public var verdict: Verdict { months.last?.verdict ?? .continue }

    /// The targets any month was judged on, one row each in the per-target table: the metric and
    /// the platform it names, in the metric catalogue's order.
    public var targetRows: [TargetRow] {
        var rows: Set<TargetRow> = []
        for m in months { for t in m.targets { rows.insert(t.row) } }
        return rows.sorted {
            if $0.metric != $1.metric { return $0.metric < $1.metric }
            if $0.platform != $1.platform { return ($0.platform?.rawValue ?? "") < ($1.platform?.rawValue ?? "") }
            return ($0.item ?? "") < ($1.item ?? "")
        }
    }

    /// The fees over the period: every settled month's figures added up.
    public var feeTotals: FeeTotals {
        var t = FeeTotals()
        for m in months {
            guard let payable = m.fees.payable else {
                t.monthsWithheld += 1
                continue
            }
            t.monthsSettled += 1
            t.base += m.fees.base
            t.deduction += m.fees.deduction
            t.serviceDeduction += m.fees.serviceDeduction
            t.bonus += m.fees.bonus
            t.commission += m.fees.commission
            t.commissionOnSuspected += m.fees.commissionOnSuspected
            t.payable += payable
        }
        return t
    }

    /// Every rule with a finding in some month, by id: the rows of the findings-by-month table.
    public var anomalyRules: [RuleID] {
        var seen: [RuleID] = []
        for m in months { for t in m.anomalies where !seen.contains(t.rule) { seen.append(t.rule) } }
        return seen.sorted()
    }

    /// One row of the per-target table: a metric, and the platform whose figure it is (nil: the store's total).
    public struct TargetRow: Sendable, Hashable {
        public var metric: MetricKey
        public var platform: Platform?
        /// The item of a per-item target; nil for the store's figures.
        public var item: String?
        public init(metric: MetricKey, platform: Platform?, item: String? = nil) {
            self.metric = metric
            self.platform = platform
            self.item = item
        }
    }

    /// The settled months' fees added up; withheld months are counted apart (their fee is not known).
    public struct FeeTotals: Sendable, Hashable {
        public var monthsSettled = 0
        public var monthsWithheld = 0
        public var base = Money.zero
        public var deduction = Money.zero
        /// What the after-sales service standards took off.
        public var serviceDeduction = Money.zero
        public var bonus = Money.zero
        public var commission = Money.zero
        public var commissionOnSuspected = Money.zero
        public var payable = Money.zero
        public init() {}
    }
}
