import AuditMeasure
import AuditRecords

/// What the contract says the month's fee is, given the targets' attainment.
public struct Settlement: Sendable, Hashable {
    /// Mean attainment over the month's targets, each capped at 100% so a surplus in one target
    /// does not hide a shortfall in another. Nil when the month has no measurable target.
    public var overallAttainment: Double?
    /// The same mean without the cap, for the bonus.
    public var uncappedAttainment: Double?
    public var allTargetsMet: Bool
    public var baseFee: Money
    public var deduction: Money
    public var bonus: Money
    /// Tiered commission on sales excluding suspected fake orders.
    public var commission: Money
    public var commissionBase: Money
    /// The month's sales with the suspected fake orders still in them (what an agency's own invoice
    /// would take its commission on).
    public var salesIncludingSuspected: Money
    /// The commission those sales would add: what the contract does not pay on suspected fake orders.
    public var commissionOnSuspected: Money

    /// Why the month cannot be settled, most basic first; empty when it can.
    public var withheld: [WithholdingReason]
    /// Each deduction clause the month meets, the one applied first (the larger; the contract takes
    /// one, never both). Empty when nothing is deducted.
    public var deductions: [Deduction] = []
    /// What the after-sales service clauses deduct (manual.csv's figures), on top of `deduction`;
    /// at most what would be payable without it, so a month's fee never goes below zero.
    public var serviceDeduction: Money = .zero

    /// One deduction clause the month meets, and what it would take.
    public struct Deduction: Sendable, Hashable {
        public var basis: DeductionBasis
        /// The share of the base fee the clause takes (before `maxDeduction`).
        public var share: Double
        /// What the clause takes, capped at `maxDeduction` of the base fee.
        public var amount: Money
        public init(basis: DeductionBasis, share: Double, amount: Money) {
            self.basis = basis
            self.share = share
            self.amount = amount
        }
    }

    /// How a deduction is counted.
    public enum DeductionBasis: Sendable, Hashable {
        /// 按差额比例扣: the shortfall of overall attainment, exactly.
        case proportional(shortfall: Double)
        /// 每低 1%，扣 N%: whole percentage points of shortfall (rounded down), `rate` of the fee each.
        case perPoint(points: Int, rate: Double)
        /// 未完成 80%，扣 20%: overall attainment below `below` takes `share`.
        case flat(below: Double, share: Double)
        /// 试运营期……只付 80% 服务费: a month of the trial stage that missed a target pays `payShare`.
        case trial(payShare: Double)
    }

    /// Why no fee is settled this month: the merchant completes the exports and audits again.
    public enum WithholdingReason: Sendable, Hashable {
        /// Targets whose figure the month's exports do not give (their export missing or unusable).
        case unmeasuredTargets(metrics: [MetricKey])
        /// Not one usable export this month: no metric could be computed.
        case noUsableExport
        /// The contract pays commission on sales, and the month has no order export to take them from.
        case commissionWithoutSales
        /// The exports are incomplete or contradict themselves in a way the figures cannot show.
        case incompleteData(DataGap)
        /// The month is the contract's baseline month, before it starts: its figures are what growth
        /// targets grow from, and nothing is settled or judged on it.
        case baselineMonth(contractStarts: YearMonth)
        /// Lines of manual.csv that could not be used: the service figures move money, so the month
        /// waits for them to be put right (the file and its lines).
        case unusableManualFigures(file: String, lines: [Int])
        /// Growth targets whose baseline month gives no figure (its exports missing, or not measuring
        /// the metric): they cannot be judged.
        case baselineMissing(metrics: [MetricKey], months: [YearMonth])
    }

    package init(
        overallAttainment: Double?, uncappedAttainment: Double?, allTargetsMet: Bool, baseFee: Money,
        deduction: Money, bonus: Money, commission: Money, commissionBase: Money,
        salesIncludingSuspected: Money = .zero, commissionOnSuspected: Money = .zero,
        withheld: [WithholdingReason] = [],
        deductions: [Deduction] = []
    ) {
        self.overallAttainment = overallAttainment
        self.uncappedAttainment = uncappedAttainment
        self.allTargetsMet = allTargetsMet
        self.baseFee = baseFee
        self.deduction = deduction
        self.bonus = bonus
        self.commission = commission
        self.commissionBase = commissionBase
        self.salesIncludingSuspected = salesIncludingSuspected
        self.commissionOnSuspected = commissionOnSuspected
        self.withheld = withheld
        self.deductions = deductions
    }

    /// What the merchant owes this month; nil when the settlement is withheld.
    public var payable: Money? { withheld.isEmpty ? baseFee - deduction + bonus + commission - serviceDeduction : nil }

    /// The settlement with the service clauses' deductions taken off, down to a fee of zero.
    public func applying(service: ServiceReview) -> Settlement {
        guard withheld.isEmpty, service.deductions > .zero else { return self }
        var s = self
        s.serviceDeduction = min(service.deductions, max(.zero, baseFee - deduction + bonus + commission))
        return s
    }

    /// A month that is not settled, for the reasons given.
    public static func withheld(_ reasons: [WithholdingReason], contract: Contract) -> Settlement {
        Settlement(
            overallAttainment: nil, uncappedAttainment: nil, allTargetsMet: false, baseFee: contract.fees.monthlyBase,
            deduction: .zero, bonus: .zero, commission: .zero, commissionBase: .zero, withheld: reasons)
    }

    /// - Parameters:
    ///   - metrics: the figures the targets are judged on (one platform's where a target names it).
    ///   - storeTotal: the store's total figures, whose GMV the commission is paid on; `metrics` when nil.
    ///   - completeness: what is missing from or wrong with the month's exports.
    ///   - stage: the month's stage, whose trial terms apply to it.
    public static func compute(
        metrics: [MetricValue], contract: Contract, storeTotal: [MetricValue]? = nil,
        completeness: MonthCompleteness = MonthCompleteness(), stage: Contract.Stage? = nil
    ) -> Settlement {
        let reasons = withholdingReasons(
            metrics: metrics, contract: contract, storeTotal: storeTotal ?? metrics, completeness: completeness)
        // A fee is not settled on figures that cannot carry it: the merchant completes the exports
        // and audits again.
        if !reasons.isEmpty { return .withheld(reasons, contract: contract) }
        let attained = metrics.compactMap { $0.target == nil ? nil : $0.attainment }
        let overall = attained.isEmpty ? nil : attained.map { min($0, 1) }.reduce(0, +) / Double(attained.count)
        let uncapped = attained.isEmpty ? nil : attained.map { min($0, 10) }.reduce(0, +) / Double(attained.count)
        let targetsWithValue = metrics.filter { $0.target != nil }
        let allMet = !targetsWithValue.isEmpty && targetsWithValue.allSatisfy { $0.isMet == true }
        let base = contract.fees.monthlyBase
        let deductions =
            overall.map { deductionClauses(overall: $0, allMet: allMet, contract: contract, stage: stage) } ?? []
        let deduction = deductions.first?.amount ?? .zero
        var bonus = Money.zero
        if allMet, let above = contract.settlement.bonusAbove, let uncapped, uncapped >= above {
            bonus = Money(cents: Int64((Double(base.cents) * contract.settlement.bonusRate).rounded()))
        }
        // Commission is on the whole store's sales, even where the gmv target names one platform.
        let gmv = (storeTotal ?? metrics).first { $0.key == .gmv }
        let salesMoney = Money(roundingYuan: gmv?.actualExcludingSuspicious ?? 0)
        let grossMoney = Money(roundingYuan: gmv?.actual ?? 0)
        let tiers = contract.fees.commissionTiers
        let paid = commission(on: salesMoney, tiers: tiers)
        return Settlement(
            overallAttainment: overall, uncappedAttainment: uncapped, allTargetsMet: allMet,
            baseFee: base, deduction: deduction, bonus: bonus, commission: paid, commissionBase: salesMoney,
            salesIncludingSuspected: grossMoney,
            commissionOnSuspected: max(.zero, commission(on: grossMoney, tiers: tiers) - paid), deductions: deductions)
    }

    /// The deduction clauses `overall` meets, the larger first (the first listed in the contract on
    /// a tie: the proportional one).
    ///
    /// "每低 1%" counts whole percentage points rounded down (97.9% attained: 2 points); the sum is
    /// nudged by a billionth first, so that 80% of 100 (a shortfall of 0.19999… in binary) is 20 points.
    static func deductionClauses(overall: Double, allMet: Bool, contract: Contract, stage: Contract.Stage? = nil)
        -> [Deduction]
    {
        let terms = contract.settlement
        let base = contract.fees.monthlyBase
        func deduction(_ basis: DeductionBasis, _ share: Double) -> Deduction {
            let taken = min(terms.maxDeduction, share)
            return Deduction(
                basis: basis, share: share, amount: Money(cents: Int64((Double(base.cents) * taken).rounded())))
        }
        var found: [Deduction] = []
        let shortfall = max(0, 1 - overall)
        if !allMet, terms.deductInProportion, shortfall > 0 {
            if let rate = terms.deductPerPoint {
                let points = Int((shortfall * 100 + 1e-9).rounded(.down))
                if points > 0 { found.append(deduction(.perPoint(points: points, rate: rate), Double(points) * rate)) }
            } else {
                found.append(deduction(.proportional(shortfall: shortfall), shortfall))
            }
        }
        if let flat = terms.flatDeduction, overall < flat.below {
            found.append(deduction(.flat(below: flat.below, share: flat.share), flat.share))
        }
        if let pay = stage?.trialPayShare, !allMet {
            found.append(deduction(.trial(payShare: pay), 1 - pay))
        }
        // The larger applies, never both; a stable sort keeps the contract's order on a tie.
        return found.enumerated().sorted { ($0.element.amount, $1.offset) > ($1.element.amount, $0.offset) }.map(
            \.element)
    }

    /// Why the month cannot be settled: targets without a figure, commission without sales, and the
    /// gaps in the exports that touch what the contract judges. A month with nothing to measure its
    /// orders on is held on every gap found.
    static func withholdingReasons(
        metrics: [MetricValue], contract: Contract, storeTotal: [MetricValue], completeness: MonthCompleteness
    ) -> [WithholdingReason] {
        // Nothing read at all: no fee is due or deducted on no evidence.
        if completeness.nothingRead { return [.noUsableExport] }
        var reasons: [WithholdingReason] = []
        let unmeasured = metrics.filter { $0.target != nil && $0.actual == nil }
        // Per-item targets share a metric: each metric is named once.
        var keys: [MetricKey] = []
        for m in unmeasured where !keys.contains(m.key) { keys.append(m.key) }
        if !keys.isEmpty { reasons.append(.unmeasuredTargets(metrics: keys)) }
        let paysCommission = contract.fees.commissionTiers.contains { $0.rate > 0 }
        if paysCommission, storeTotal.first(where: { $0.key == .gmv })?.actual == nil {
            reasons.append(.commissionWithoutSales)
        }
        let targeted = Set(metrics.filter { $0.target != nil }.map(\.key))
        /// Rows of `kind` feed the settlement: the orders always (sales, commission), the others when
        /// a target is measured on them.
        func judged(_ kind: ExportKind?) -> Bool {
            guard let kind, kind != .orders else { return true }
            let fed: [MetricKey] = kind == .refunds ? [.refundAmount, .refundRate] : kind.feeds
            return fed.contains(where: targeted.contains)
        }
        for gap in completeness.gaps {
            let holds: Bool
            switch gap {
            case .rejectedOrderRows: holds = true
            case .unreadableExports(let kind, _): holds = judged(kind)
            case .conflictingCopies(let kind, _, _): holds = judged(kind)
            case .otherMonthsExport: holds = completeness.isUnusable
            case .partialMonth(let kind, _, _, _): holds = judged(kind) && !contract.settlement.proRataPartialMonth
            }
            if holds || completeness.isUnusable { reasons.append(.incompleteData(gap)) }
        }
        return reasons
    }

    /// 3% of sales up to 100,000 and 5% above: each tier's rate applies to the part of sales inside it.
    static func commission(on sales: Money, tiers: [Contract.CommissionTier]) -> Money {
        var total = 0.0
        var lower: Int64 = 0
        for tier in tiers {
            let upper = tier.upTo?.cents ?? Int64.max
            let part = max(0, min(sales.cents, upper) - lower)
            total += Double(part) * tier.rate
            lower = upper
            if sales.cents <= upper { break }
        }
        return Money(cents: Int64(total.rounded()))
    }
}
