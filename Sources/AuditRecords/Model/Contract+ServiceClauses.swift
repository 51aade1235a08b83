/// The after-sales service standards (售后托管) a contract writes, judged on the figures the
/// merchant types into manual.csv.
extension Contract {
    public struct ServiceTerms: Sendable, Hashable {
        /// 月度评分未达 4.5 分，扣当月 30% 服务费；评分低于 4.3 分免单月服务费: the largest share of the
        /// tiers the rating is below is deducted.
        public var ratingTiers: [RatingTier]
        /// 因托管失误导致客户投诉到平台，每次扣 500 元.
        public var perPlatformComplaint: Money?
        /// 首次回复≤30 分钟，每超时 1 次扣 50 元.
        public var perLateFirstResponse: Money?
        /// 好评率≥95%，每低 1% 扣 2% 费用.
        public var positiveRate: PositiveRateTerm?
        /// 90% 以上投诉在 24 小时内解决，低于标准扣 10% 费用.
        public var complaintsResolved: ResolvedTerm?
        /// 首次回复≤30 分钟 (or 首响≤30 秒): the limit on the store's first-response time, in seconds,
        /// judged under 看执行 on a customer-service export (客服绩效, 飞鸽 客服表现). Deducts nothing by
        /// itself: `perLateFirstResponse` deducts per late reply typed into manual.csv.
        public var firstResponseSeconds: Double?

        public init(
            ratingTiers: [RatingTier] = [], perPlatformComplaint: Money? = nil, perLateFirstResponse: Money? = nil,
            positiveRate: PositiveRateTerm? = nil, complaintsResolved: ResolvedTerm? = nil
        ) {
            self.ratingTiers = ratingTiers
            self.perPlatformComplaint = perPlatformComplaint
            self.perLateFirstResponse = perLateFirstResponse
            self.positiveRate = positiveRate
            self.complaintsResolved = complaintsResolved
        }

        /// True when the contract writes no service standard.
        public var isEmpty: Bool {
            ratingTiers.isEmpty && perPlatformComplaint == nil && perLateFirstResponse == nil && positiveRate == nil
                && complaintsResolved == nil
        }
    }

    /// A rating below `below` takes `deduct` of the base fee (1 for 免单).
    public struct RatingTier: Sendable, Hashable {
        public var below: Double
        public var deduct: Double
        public init(below: Double, deduct: Double) {
            self.below = below
            self.deduct = deduct
        }
    }

    /// Below `atLeast`, each whole percentage point (rounded down) takes `deductPerPoint` of the base fee.
    public struct PositiveRateTerm: Sendable, Hashable {
        public var atLeast: Double
        public var deductPerPoint: Double
        public init(atLeast: Double, deductPerPoint: Double) {
            self.atLeast = atLeast
            self.deductPerPoint = deductPerPoint
        }
    }

    /// Below `atLeast`, `deduct` of the base fee.
    public struct ResolvedTerm: Sendable, Hashable {
        public var atLeast: Double
        public var deduct: Double
        public init(atLeast: Double, deduct: Double) {
            self.atLeast = atLeast
            self.deduct = deduct
        }
    }
}
