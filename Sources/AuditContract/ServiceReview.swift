import AuditRecords

/// The contract's after-sales service standards judged on the figures the merchant typed into
/// manual.csv: each clause with its figure, whether it is met, and what it deducts from the fee.
///
/// "每低 1%" counts whole percentage points rounded down, as the settlement's per-point deduction.
public struct ServiceReview: Sendable, Hashable {
    /// Every figure typed in for the month, in the order written.
    public var figures: [ManualFigure]
    /// One per clause the contract writes, in the contract's order.
    public var checks: [Check]

    public init(figures: [ManualFigure] = [], checks: [Check] = []) {
        self.figures = figures
        self.checks = checks
    }

    /// A service clause, with the figures it is written with.
    public enum Clause: Sendable, Hashable {
        /// The rating tiers, the largest share of those the rating is below applying.
        case rating(tiers: [Contract.RatingTier])
        case platformComplaints(each: Money)
        case lateFirstResponses(each: Money)
        case positiveRate(atLeast: Double, deductPerPoint: Double)
        case complaintsResolved(atLeast: Double, deduct: Double)

        public var metric: ServiceMetric {
            switch self {
            case .rating: return .storeRating
            case .platformComplaints: return .platformComplaints
            case .lateFirstResponses: return .lateFirstResponses
            case .positiveRate: return .positiveRate
            case .complaintsResolved: return .complaintsResolvedIn24h
            }
        }
    }

    /// One clause: its figure (nil when not typed in: not checked), and what it deducts.
    public struct Check: Sendable, Hashable {
        public var clause: Clause
        public var figure: ManualFigure?
        /// The share of the base fee the clause takes (rating, positive rate, resolution); nil for per-count clauses.
        public var share: Double?
        /// Whole percentage points below the line (the positive rate).
        public var points: Int?
        public var deduction: Money

        /// Nil when the figure was not typed in.
        public var met: Bool? { figure.map { _ in deduction == .zero } }
    }

    /// What the clauses deduct in all, before the fee's floor of zero.
    public var deductions: Money { checks.reduce(.zero) { $0 + $1.deduction } }

    /// The clauses `terms` writes, judged on `figures`.
    public static func review(terms: Contract.ServiceTerms, figures: [ManualFigure], baseFee: Money) -> ServiceReview {
        func figure(_ m: ServiceMetric) -> ManualFigure? { figures.first { $0.metric == m } }
        func share(_ s: Double) -> Money { Money(cents: Int64((Double(baseFee.cents) * s).rounded())) }
        var checks: [Check] = []
        if !terms.ratingTiers.isEmpty {
            let f = figure(.storeRating)
            let taken = f.map { f in terms.ratingTiers.filter { f.value < $0.below - 1e-9 }.map(\.deduct).max() ?? 0 }
            checks.append(
                Check(
                    clause: .rating(tiers: terms.ratingTiers), figure: f, share: taken, points: nil,
                    deduction: share(taken ?? 0)))
        }
        if let each = terms.perPlatformComplaint {
            let f = figure(.platformComplaints)
            checks.append(
                Check(
                    clause: .platformComplaints(each: each), figure: f, share: nil, points: nil,
                    deduction: Money(cents: each.cents * Int64(f?.value ?? 0))))
        }
        if let each = terms.perLateFirstResponse {
            let f = figure(.lateFirstResponses)
            checks.append(
                Check(
                    clause: .lateFirstResponses(each: each), figure: f, share: nil, points: nil,
                    deduction: Money(cents: each.cents * Int64(f?.value ?? 0))))
        }
        if let t = terms.positiveRate {
            let f = figure(.positiveRate)
            let points = f.map { max(0, Int(((t.atLeast - $0.value) * 100 + 1e-9).rounded(.down))) }
            let taken = points.map { min(1, Double($0) * t.deductPerPoint) }
            checks.append(
                Check(
                    clause: .positiveRate(atLeast: t.atLeast, deductPerPoint: t.deductPerPoint), figure: f,
                    share: taken,
                    points: points, deduction: share(taken ?? 0)))
        }
        if let t = terms.complaintsResolved {
            let f = figure(.complaintsResolvedIn24h)
            let taken = f.map { $0.value < t.atLeast - 1e-9 ? t.deduct : 0 }
            checks.append(
                Check(
                    clause: .complaintsResolved(atLeast: t.atLeast, deduct: t.deduct), figure: f, share: taken,
                    points: nil, deduction: share(taken ?? 0)))
        }
        return ServiceReview(figures: figures, checks: checks)
    }
}
