import AuditContract
import AuditDetect
import AuditDiagnose
import AuditMeasure
import AuditRecords
import MonthlyAudit

extension PeriodDossier {
    /// One audited month as the dossier shows it: small enough to keep for every month of a
    /// period while the month's records and findings are let go.
    public struct Month: Sendable, Hashable {
        public var month: YearMonth
        /// The contract stage the month belongs to: its name and months; nil outside every stage.
        public var stage: StageSpan?
        public var platforms: [Platform]
        public var status: MonthStatus
        /// Why the month is not settled (empty when it is).
        public var withheld: [Settlement.WithholdingReason]
        /// Each target of the month's stage, with its line and what was measured.
        public var targets: [TargetAttainment]
        /// The mean attainment, each target capped at 100%; nil when the month is not settled.
        public var overallAttainment: Double?
        public var fees: Fees
        /// The findings by rule and severity, the rules by id.
        public var anomalies: [RuleTally]
        /// The findings by severity.
        public var anomalyCounts: MonthSummary.SeverityCounts
        /// Distinct orders named by high or medium fake-order findings (left out of the figures
        /// "excluding suspected orders" and of the commission).
        public var suspectedFakeOrders: Int
        public var diagnosis: ThreeStepDiagnosis
        /// The termination clauses as of this month.
        public var clauses: [TerminationCheck.ClauseStanding]
        /// The verdict as of this month.
        public var verdict: Verdict
        /// What the agency reported for the month (agency-claims.csv) beside what the exports show.
        public var claims: [ClaimComparison]
        /// The month's settlement, for which clause took its deduction (the trial's share among them).
        public var settlement: Settlement
        /// The spending and approval clauses checked on the month (budget, limits, price changes, discounts).
        public var clauseReview: ClauseReview
        /// What the month left the merchant.
        public var profit: ProfitReview
        /// The after-sales standards judged on the month's typed-in figures.
        public var service: ServiceReview
        /// The 商品ID keys of the price changes the contract's clause found approved in approvals.csv.
        public var approvedPriceChangeItems: Set<UInt64>

        public init(_ r: MonthAuditResult) {
            month = r.month
            stage = r.stage.map { StageSpan(name: $0.name, from: $0.from, to: $0.to) }
            platforms = r.platforms
            status = r.status
            withheld = r.settlement.withheld
            targets = r.findings.map { f in
                TargetAttainment(
                    f.metric,
                    basis: r.targetBases.first {
                        $0.metric == f.metric.key && $0.platform == f.metric.platform && $0.item == f.metric.item
                    })
            }
            overallAttainment = r.settlement.overallAttainment
            fees = Fees(r.settlement)
            var byRule: [RuleID: RuleTally] = [:]
            for a in r.anomalies { byRule[a.rule, default: RuleTally(rule: a.rule)].add(a.severity) }
            anomalies = byRule.values.sorted { $0.rule < $1.rule }
            anomalyCounts = r.summary.anomalies
            suspectedFakeOrders = Anomaly.suspectedFakeOrderIDs(in: r.anomalies).count
            diagnosis = r.diagnosis
            clauses = r.clauses
            verdict = r.verdict
            claims = r.claims
            settlement = r.settlement
            clauseReview = r.clauseReview
            profit = r.profit
            service = r.service
            approvedPriceChangeItems = Set(
                (r.clauseReview.priceChanges?.changes ?? []).filter(\.approval.isApproved).map(\.itemIDKey))
        }

        /// The targets met, of those the month has.
        public var targetsMet: Int { targets.count { $0.met == true } }
    }

    /// A contract stage by its name and months.
    public struct StageSpan: Sendable, Hashable {
        public var name: String
        public var from: YearMonth
        public var to: YearMonth
        public init(name: String, from: YearMonth, to: YearMonth) {
            self.name = name
            self.from = from
            self.to = to
        }
    }

    /// One target of a month: its line, what was measured, and how it compares.
    public struct TargetAttainment: Sendable, Hashable {
        public var metric: MetricKey
        /// The platform whose figure the target measures; nil for the store's total.
        public var platform: Platform?
        /// The target line (scaled to the days covered when the contract judges a partial month pro rata).
        public var target: Double
        /// Nil when the month's exports hold nothing to measure it from.
        public var actual: Double?
        public var actualExcludingSuspicious: Double?
        public var attainment: Double?
        public var met: Bool?
        /// What a growth target grows from: its baseline month or figure and the growth asked.
        public var basis: TargetBasis?
        /// The item of a per-item target (商品ID or 商家编码 as the contract writes it).
        public var item: String?

        public init(_ m: MetricValue, basis: TargetBasis? = nil) {
            self.basis = basis
            metric = m.key
            platform = m.platform
            item = m.item
            target = m.target ?? 0
            actual = m.actual
            actualExcludingSuspicious = m.actualExcludingSuspicious
            attainment = m.attainment
            met = m.isMet
        }

        public var row: TargetRow { TargetRow(metric: metric, platform: platform, item: item) }
    }

    /// The month's fee as the contract settles it.
    public struct Fees: Sendable, Hashable {
        public var base: Money
        public var deduction: Money
        public var bonus: Money
        /// On sales excluding suspected fake orders (`commissionBase`).
        public var commission: Money
        public var commissionBase: Money
        /// Sales with the suspected fake orders in them.
        public var salesIncludingSuspected: Money
        /// The commission those orders would have added: not paid under the contract.
        public var commissionOnSuspected: Money
        /// Nil when the month is not settled.
        public var payable: Money?
        /// What the after-sales service standards took off (manual.csv's figures).
        public var serviceDeduction: Money

        public init(_ s: Settlement) {
            serviceDeduction = s.serviceDeduction
            base = s.baseFee
            deduction = s.deduction
            bonus = s.bonus
            commission = s.commission
            commissionBase = s.commissionBase
            salesIncludingSuspected = s.salesIncludingSuspected
            commissionOnSuspected = s.commissionOnSuspected
            payable = s.payable
        }
    }

    /// One rule's findings in a month, by severity.
    public struct RuleTally: Sendable, Hashable {
        public var rule: RuleID
        public var high = 0
        public var medium = 0
        public var low = 0
        public var total: Int { high + medium + low }

        public init(rule: RuleID, high: Int = 0, medium: Int = 0, low: Int = 0) {
            self.rule = rule
            self.high = high
            self.medium = medium
            self.low = low
        }

        mutating func add(_ severity: Severity) {
            switch severity {
            case .high: high += 1
            case .medium: medium += 1
            case .low: low += 1
            }
        }
    }
}
