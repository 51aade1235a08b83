import AuditMeasure
import AuditRecords

/// A month's targets as the contract judges them that month: the stage's targets for its months,
/// a growth target's figure computed from its baseline, and a target judged at the stage's end
/// left for that month.
public struct MonthTargets: Sendable, Hashable {
    /// The targets judged this month, each with its figure.
    public var judged: [Contract.Target]
    /// How each judged target with a baseline came to its figure: the report shows it beside the target.
    public var bases: [TargetBasis]
    /// The stage's targets judged in its last month only, named in its other months.
    public var deferred: [Contract.Target]
    /// Growth targets whose baseline month has no figure (its exports are missing or do not
    /// measure the metric): left out, and the month is not settled.
    public var missingBaselines: [(metric: MetricKey, month: YearMonth)]

    public init(
        judged: [Contract.Target] = [], bases: [TargetBasis] = [], deferred: [Contract.Target] = [],
        missingBaselines: [(metric: MetricKey, month: YearMonth)] = []
    ) {
        self.judged = judged
        self.bases = bases
        self.deferred = deferred
        self.missingBaselines = missingBaselines
    }

    public static func == (a: MonthTargets, b: MonthTargets) -> Bool {
        a.judged == b.judged && a.bases == b.bases && a.deferred == b.deferred
            && a.missingBaselines.map(\.metric) == b.missingBaselines.map(\.metric)
            && a.missingBaselines.map(\.month) == b.missingBaselines.map(\.month)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(judged)
        hasher.combine(bases)
        hasher.combine(deferred)
    }

    /// The targets `stage` judges in `month`.
    ///
    /// - Parameter baselines: the figures measured in the contract's baseline months (the store's total).
    public static func resolve(stage: Contract.Stage?, month: YearMonth, baselines: [YearMonth: [MetricValue]])
        -> MonthTargets
    {
        guard let stage else { return MonthTargets() }
        var result = MonthTargets()
        for var t in stage.targets {
            if t.judged == .stageEnd, month != stage.to {
                result.deferred.append(t)
                continue
            }
            var basis: TargetBasis?
            switch t.baseline {
            case .month(let m)?:
                guard
                    let figure = baselines[m]?.first(where: { $0.key == t.metric && $0.item == t.item?.id })?.actual
                else {
                    if t.growth != nil {
                        result.missingBaselines.append((t.metric, m))
                        continue
                    }
                    break
                }
                basis = TargetBasis(
                    metric: t.metric, platform: t.platform, baseline: figure, baselineMonth: m, growth: t.growth,
                    target: t.value, item: t.item?.id)
            case .figure(let figure)?:
                basis = TargetBasis(
                    metric: t.metric, platform: t.platform, baseline: figure, baselineMonth: nil, growth: t.growth,
                    target: t.value, item: t.item?.id)
            case nil:
                break
            }
            if let g = t.growth, var b = basis {
                t.value = b.baseline * (1 + g)
                b.target = t.value
                basis = b
            }
            // A growth from nothing asks for nothing: such a target cannot be judged.
            if t.value <= 0 {
                result.missingBaselines.append((t.metric, basis?.baselineMonth ?? month))
                continue
            }
            result.judged.append(t)
            if let basis { result.bases.append(basis) }
        }
        return result
    }
}

/// How a target with a baseline came to its figure: 月销从 ¥50,000 提升至 ¥150,000 (+200%).
public struct TargetBasis: Sendable, Hashable {
    public var metric: MetricKey
    public var platform: Platform?
    /// The figure it grows from.
    public var baseline: Double
    /// The month the baseline was measured in; nil for a figure written in the contract.
    public var baselineMonth: YearMonth?
    /// The growth asked for; nil when the contract writes the target's figure itself.
    public var growth: Double?
    /// The figure to reach.
    public var target: Double
    /// The item of a per-item target, as the contract writes it; nil for the store's figures.
    public var item: String?

    public init(
        metric: MetricKey, platform: Platform?, baseline: Double, baselineMonth: YearMonth?, growth: Double?,
        target: Double, item: String? = nil
    ) {
        self.item = item
        self.metric = metric
        self.platform = platform
        self.baseline = baseline
        self.baselineMonth = baselineMonth
        self.growth = growth
        self.target = target
    }
}
