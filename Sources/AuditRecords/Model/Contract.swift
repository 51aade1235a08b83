/// The agency contract as contract.json states it: fees, limits, staged targets and termination terms.
public struct Contract: Sendable {
    public var storeName: String
    public var platform: Platform
    public var agencyName: String
    public var fees: Fees
    public var limits: Limits
    public var stages: [Stage]
    public var termination: TerminationTerms
    public var settlement: SettlementTerms

    public init(
        storeName: String, platform: Platform = .taobao, agencyName: String = "", fees: Fees = Fees(),
        limits: Limits = Limits(), stages: [Stage], termination: TerminationTerms = TerminationTerms(),
        settlement: SettlementTerms = SettlementTerms()
    ) {
        self.storeName = storeName
        self.platform = platform
        self.agencyName = agencyName
        self.fees = fees
        self.limits = limits
        self.stages = stages
        self.termination = termination
        self.settlement = settlement
    }

    /// The stage whose months include `month`.
    public func stage(for month: YearMonth) -> Stage? { stages.first { $0.from <= month && month <= $0.to } }

    public struct Fees: Sendable {
        public var monthlyBase: Money
        public var commissionTiers: [CommissionTier]
        public init(monthlyBase: Money = .zero, commissionTiers: [CommissionTier] = []) {
            self.monthlyBase = monthlyBase
            self.commissionTiers = commissionTiers
        }
    }

    /// Commission `rate` on the part of monthly sales up to `upTo` (nil: no upper bound).
    public struct CommissionTier: Sendable {
        public var upTo: Money?
        public var rate: Double
        public init(upTo: Money?, rate: Double) {
            self.upTo = upTo
            self.rate = rate
        }
    }

    public struct Limits: Sendable {
        /// Daily ad spend above this needs the merchant's approval.
        public var dailyAdSpend: Money?
        /// Daily ROI below this for `roiRedLineDays` consecutive days means pause and explain.
        public var roiRedLine: Double?
        public var roiRedLineDays: Int
        public init(dailyAdSpend: Money? = nil, roiRedLine: Double? = nil, roiRedLineDays: Int = 3) {
            self.dailyAdSpend = dailyAdSpend
            self.roiRedLine = roiRedLine
            self.roiRedLineDays = roiRedLineDays
        }
    }

    public struct Stage: Sendable {
        public var name: String
        public var from: YearMonth
        public var to: YearMonth
        /// Monthly targets, applied to each month of the stage, in contract order.
        public var targets: [Target]
        public init(name: String, from: YearMonth, to: YearMonth, targets: [Target]) {
            self.name = name
            self.from = from
            self.to = to
            self.targets = targets
        }
    }

    public struct Target: Sendable, Hashable {
        public var metric: MetricKey
        public var value: Double
        /// The one platform whose figures the target measures (a store on several platforms);
        /// nil for the store's total.
        public var platform: Platform?
        public init(metric: MetricKey, value: Double, platform: Platform? = nil) {
            self.metric = metric
            self.value = value
            self.platform = platform
        }
    }

    public struct TerminationTerms: Sendable {
        /// Stages missed in a row that allow termination without liability.
        public var consecutiveMissedStages: Int?
        /// A month whose overall attainment is below this counts as "below target".
        public var missBelow: Double
        /// Months below `missBelow` in a row that allow termination.
        public var consecutiveMonthsBelow: Int
        /// Attainment below this in `consecutiveMonthsBelow` months is the red line.
        public var redLine: Double?
        /// Days after the last audited month's end the agency is given to put things right when
        /// the merchant demands rectification in writing.
        public var rectificationDays: Int
        public init(
            consecutiveMissedStages: Int? = 2, missBelow: Double = 0.8, consecutiveMonthsBelow: Int = 2,
            redLine: Double? = 0.6, rectificationDays: Int = 15
        ) {
            self.consecutiveMissedStages = consecutiveMissedStages
            self.missBelow = missBelow
            self.consecutiveMonthsBelow = consecutiveMonthsBelow
            self.redLine = redLine
            self.rectificationDays = rectificationDays
        }
    }

    public struct SettlementTerms: Sendable {
        /// Deduct the base fee in proportion to the shortfall (80% attained: 20% off).
        public var deductInProportion: Bool
        /// The largest share of the base fee a deduction can take.
        public var maxDeduction: Double
        /// Overall attainment (uncapped) at or above which the bonus is paid, when every target is met.
        public var bonusAbove: Double?
        /// Bonus as a share of the base fee.
        public var bonusRate: Double
        /// A month whose exports cover only some of its days is judged against targets scaled to
        /// the days covered (pro rata) instead of being left unsettled.
        public var proRataPartialMonth: Bool
        public init(
            deductInProportion: Bool = true, maxDeduction: Double = 1.0, bonusAbove: Double? = 1.2,
            bonusRate: Double = 0.05, proRataPartialMonth: Bool = false
        ) {
            self.deductInProportion = deductInProportion
            self.maxDeduction = maxDeduction
            self.bonusAbove = bonusAbove
            self.bonusRate = bonusRate
            self.proRataPartialMonth = proRataPartialMonth
        }
    }
}
