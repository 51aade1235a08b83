import AuditMeasure
import AuditRecords

extension RuleID {
    /// Not a detection rule over the month's records but a comparison of the agency's own report
    /// with the measured figures: kept out of the rule registry (nothing to score or plant).
    public static let claimOverstated = RuleID(
        "claim-overstated", chinese: "运营方汇报夸大", english: "Agency report overstated", subject: .claims)
}

/// Sets what the agency reported beside the measured figures, and finds the claims the exports
/// do not bear out.
///
/// A claim is overstated when it is better than the measured figure, or than the figure without
/// suspected fake orders (GMV "including" brushed orders), by more than `tolerance` of that
/// figure, in the metric's better direction (less is better for refunds and spend). The
/// tolerance allows for rounding on a slide (27万 for ¥271,500) and for figures that settle after
/// the download (refunds, attributed ad sales).
public struct ClaimCheck: Sendable {
    /// A claim better than the figures by more than this share is overstated (medium).
    public var tolerance = 0.05
    /// By more than this share, high.
    public var highGap = 0.20

    public init() {}

    /// Each claim beside the store's figures (`metrics`: one `MetricValue` per metric, as
    /// `MetricCalculator.measure` returns them), in the order claimed.
    public func compare(_ claims: [AgencyClaim], metrics: [MetricValue]) -> [ClaimComparison] {
        claims.map { claim in
            let key = claim.metric
            // A per-item claim is set beside its item's figure (from the 子订单 export).
            let value = metrics.first { $0.key == key && $0.platform == nil && $0.item == claim.item?.id }
            let measured = value?.actual
            let clean = key.isOrderBased || key.isPerItem ? value?.actualExcludingSuspicious : nil
            let gains = [measured, clean].compactMap { $0 }.map {
                Self.gain(of: claim.claimed, over: $0, lowerIsBetter: key.lowerIsBetter)
            }
            let gap = gains.max()
            let verdict: ClaimComparison.Verdict
            if measured == nil {
                verdict = .unmeasurable
            } else if let gap, gap > tolerance + 1e-9 {
                verdict = .overstated
            } else {
                verdict = .consistent
            }
            return ClaimComparison(
                metric: key, claimed: claim.claimed, line: claim.line, measured: measured,
                measuredWithoutFakes: clean, gap: gap, verdict: verdict, item: claim.item?.id)
        }
    }

    /// The overstated claims as findings: medium, or high past `highGap`, each with both figures,
    /// the gaps and the thresholds as facts.
    public func findings(_ comparisons: [ClaimComparison]) -> [Anomaly] {
        comparisons.compactMap { c in
            guard c.verdict == .overstated, let measured = c.measured, let gap = c.gap else { return nil }
            var facts = [
                Fact(.metric, .text(c.metric.rawValue)), Fact(.claimed, .number(c.claimed)),
                Fact(.measured, .number(measured)),
            ]
            if let item = c.item { facts.append(Fact(.claimedItem, .text(item))) }
            let lower = c.metric.lowerIsBetter
            if let g = Self.finite(Self.gain(of: c.claimed, over: measured, lowerIsBetter: lower)) {
                facts.append(Fact(.claimGap, .ratio(g)))
            }
            if let clean = c.measuredWithoutFakes {
                facts.append(Fact(.measuredExcludingSuspicious, .number(clean)))
                if let g = Self.finite(Self.gain(of: c.claimed, over: clean, lowerIsBetter: lower)) {
                    facts.append(Fact(.claimGapExcludingSuspicious, .ratio(g)))
                }
            }
            facts += [
                Fact(.claimsLine, .count(c.line)), Fact(.maxClaimGap, .ratio(tolerance)),
                Fact(.highClaimGap, .ratio(highGap)),
            ]
            return Anomaly(
                rule: .claimOverstated, severity: gap > highGap + 1e-9 ? .high : .medium, dates: [], facts: facts)
        }
    }

    /// How much better `claimed` is than `figure`, as a share of it: positive when the claim
    /// flatters. A figure of 0 beaten by the claim is infinitely beaten.
    static func gain(of claimed: Double, over figure: Double, lowerIsBetter: Bool) -> Double {
        let better = lowerIsBetter ? figure - claimed : claimed - figure
        guard figure != 0 else { return better > 0 ? .infinity : better == 0 ? 0 : -.infinity }
        return better / abs(figure)
    }

    private static func finite(_ x: Double) -> Double? { x.isFinite ? x : nil }

    /// The month's findings with the claims' among them: each severity's detected findings first,
    /// in their order, then its claims' (they have no day to sort by).
    public static func merged(_ detected: [Anomaly], _ claims: [Anomaly]) -> [Anomaly] {
        guard !claims.isEmpty else { return detected }
        let all = detected + claims
        return all.indices.sorted { a, b in
            all[a].severity != all[b].severity ? all[a].severity > all[b].severity : a < b
        }.map { all[$0] }
    }
}
