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
    /// The after-sales service standards, judged on manual.csv's figures.
    public var service: ServiceTerms
    /// What the agency must do besides reaching the targets (活动每周报名).
    public var agencyDuties = AgencyDuties()

    public init(
        storeName: String, platform: Platform = .taobao, agencyName: String = "", fees: Fees = Fees(),
        limits: Limits = Limits(), stages: [Stage], termination: TerminationTerms = TerminationTerms(),
        settlement: SettlementTerms = SettlementTerms(), service: ServiceTerms = ServiceTerms()
    ) {
        self.service = service
        self.storeName = storeName
        self.platform = platform
        self.agencyName = agencyName
        self.fees = fees
        self.limits = limits
        self.stages = stages
        self.termination = termination
        self.settlement = settlement
    }

    /// Every item a per-item target of any stage names, with its metric, once each: measured in
    /// every month (a baseline month too), judged where a stage targets it.
    public var targetItems: [(metric: MetricKey, item: TargetItem)] {
        var seen: Set<String> = []
        var items: [(metric: MetricKey, item: TargetItem)] = []
        for stage in stages {
            for t in stage.targets {
                guard let item = t.item, seen.insert("\(t.metric.rawValue)|\(item.id)").inserted else { continue }
                items.append((t.metric, item))
            }
        }
        return items
    }

    /// The stage whose months include `month`.
    public func stage(for month: YearMonth) -> Stage? { stages.first { $0.from <= month && month <= $0.to } }

    public struct Fees: Sendable {
        public var monthlyBase: Money
        public var commissionTiers: [CommissionTier]
        /// The goods' gross margin, a share of sales: what a month's sales leave once the goods are
        /// paid for (a store's costs.csv gives it item by item instead).
        public var grossMargin: Double?
        /// 月托管费 ≤ 月预估利润 ×30%: the agency's fee as a share of the month's profit after promotion.
        public var maxShareOfProfit: Double?
        public init(
            monthlyBase: Money = .zero, commissionTiers: [CommissionTier] = [], grossMargin: Double? = nil,
            maxShareOfProfit: Double? = nil
        ) {
            self.monthlyBase = monthlyBase
            self.commissionTiers = commissionTiers
            self.grossMargin = grossMargin
            self.maxShareOfProfit = maxShareOfProfit
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
        /// 推广预算: the month's ad spend above this needs the merchant's approval.
        public var monthlyAdBudget: AdBudget?
        /// 单日超 1000 元的投放计划需商家审批: one campaign's spend on one day above this.
        public var campaignDailySpend: Money?
        /// 快速通过标准：ROI 预估≥1:2.5 时直接过: a campaign-day over `campaignDailySpend` whose ROI
        /// that day reaches this needs no written approval.
        public var campaignFastPassROI: Double?
        /// 单价调整超过 10% 需商家审批: an item's price moving by more than this share between days.
        public var priceChange: Double?
        /// 满减力度超过 30% 需审批: an order paid this share or more below its list price.
        public var maxDiscount: Double?
        /// 这款产品不参加任何折扣: the items (商品ID or 商家编码 keys, as `OrderRecord.itemIDKey`) sold at
        /// no discount at all, with their ids as written.
        public var noDiscountItems: [(id: String, key: UInt64)] = []
        public init(
            dailyAdSpend: Money? = nil, roiRedLine: Double? = nil, roiRedLineDays: Int = 3,
            monthlyAdBudget: AdBudget? = nil, campaignDailySpend: Money? = nil, campaignFastPassROI: Double? = nil,
            priceChange: Double? = nil
        ) {
            self.campaignFastPassROI = campaignFastPassROI
            self.dailyAdSpend = dailyAdSpend
            self.roiRedLine = roiRedLine
            self.roiRedLineDays = roiRedLineDays
            self.monthlyAdBudget = monthlyAdBudget
            self.campaignDailySpend = campaignDailySpend
            self.priceChange = priceChange
        }
    }

    public struct Stage: Sendable {
        public var name: String
        public var from: YearMonth
        public var to: YearMonth
        /// Monthly targets, applied to each month of the stage, in contract order.
        public var targets: [Target]
        /// 前 2 个月不投直通车，专注做自然流量: any promotion spend in the stage is a finding.
        public var noPaidPromotion: Bool
        /// 前 1 个月为试运营期……卖家有权无条件解约，只付 80% 服务费: a trial stage whose months that miss a
        /// target pay this share of the base fee, and which the merchant may end on without liability.
        public var trialPayShare: Double?
        public init(
            name: String, from: YearMonth, to: YearMonth, targets: [Target], noPaidPromotion: Bool = false,
            trialPayShare: Double? = nil
        ) {
            self.name = name
            self.from = from
            self.to = to
            self.targets = targets
            self.noPaidPromotion = noPaidPromotion
            self.trialPayShare = trialPayShare
        }
    }

    public struct Target: Sendable, Hashable {
        public var metric: MetricKey
        /// The figure to reach; for a growth target, filled in from its baseline when the month is
        /// audited (0 until then).
        public var value: Double
        /// The one platform whose figures the target measures (a store on several platforms);
        /// nil for the store's total.
        public var platform: Platform?
        /// 自然流量提升 30%: the target is the baseline × (1 + growth).
        public var growth: Double?
        /// What the target grows from (月销从 5 万提升至 15 万): a month's measured figure or a figure
        /// written in the contract; nil for a plain target.
        public var baseline: TargetBaseline?
        /// The months the target judges: each month of its stage, or its stage's last month only
        /// ("3 个月内" = by the stage's end).
        public var judged: Judged
        /// The item a per-item target (`itemUnits`, `itemSales`) measures; nil for the others.
        public var item: TargetItem?
        public init(
            metric: MetricKey, value: Double, platform: Platform? = nil, growth: Double? = nil,
            baseline: TargetBaseline? = nil, judged: Judged = .eachMonth, item: TargetItem? = nil
        ) {
            self.item = item
            self.metric = metric
            self.value = value
            self.platform = platform
            self.growth = growth
            self.baseline = baseline
            self.judged = judged
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
        /// What the agency pays back when the merchant terminates on a ground (退还 50% 服务费), one
        /// term per ground at most.
        public var refunds: [Refund]
        /// 解约需提前 15 天书面通知: days between the written notice and the contract's end.
        public var noticeDays: Int?
        /// 已服务天数按比例结算费用: the last month's base fee is paid for the days served.
        public var proRataLastMonth: Bool = true
        /// The day the merchant gave (or will give) notice, when contract.json writes it.
        public var noticeGivenOn: CalendarDay?
        public init(
            consecutiveMissedStages: Int? = 2, missBelow: Double = 0.8, consecutiveMonthsBelow: Int = 2,
            redLine: Double? = 0.6, rectificationDays: Int = 15, refunds: [Refund] = []
        ) {
            self.consecutiveMissedStages = consecutiveMissedStages
            self.missBelow = missBelow
            self.consecutiveMonthsBelow = consecutiveMonthsBelow
            self.redLine = redLine
            self.rectificationDays = rectificationDays
            self.refunds = refunds
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
        /// 每低 1%，扣 N% 服务费: the proportional deduction counted in whole percentage points of
        /// shortfall (rounded down), this share of the base fee each; nil for the exact proportion.
        public var deductPerPoint: Double?
        /// 未完成 80%，扣 20% 服务费: a fixed share below a line. With the proportional deduction the
        /// larger of the two applies, never both.
        public var flatDeduction: FlatDeduction?
        public init(
            deductInProportion: Bool = true, maxDeduction: Double = 1.0, bonusAbove: Double? = 1.2,
            bonusRate: Double = 0.05, proRataPartialMonth: Bool = false, deductPerPoint: Double? = nil,
            flatDeduction: FlatDeduction? = nil
        ) {
            self.deductInProportion = deductInProportion
            self.maxDeduction = maxDeduction
            self.bonusAbove = bonusAbove
            self.bonusRate = bonusRate
            self.proRataPartialMonth = proRataPartialMonth
            self.deductPerPoint = deductPerPoint
            self.flatDeduction = flatDeduction
        }
    }
}
