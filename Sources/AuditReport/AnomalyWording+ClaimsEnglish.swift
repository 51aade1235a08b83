import AuditDetect
import AuditRecords

extension AnomalyWording {
    /// An overstated claim of the agency (`claim-overstated`) as one English sentence: both
    /// figures, how far apart, and the rule; nil for another rule's finding or one missing a fact.
    ///
    /// Kept apart from the English sentences of the detection rules so each can change alone; the
    /// English `english(_:)` calls it for `.claimOverstated`.
    public func englishClaim(_ a: Anomaly) -> String? {
        guard a.rule == .claimOverstated else { return nil }
        let f = FactReader(facts: a.facts, wording: self)
        guard let name = f.text(.metric), let metric = MetricKey(rawValue: name), let claimed = f.number(.claimed),
            let measured = f.number(.measured), let line = f.count(.claimsLine), let tolerance = f.ratio(.maxClaimGap),
            let high = f.ratio(.highClaimGap)
        else { return nil }
        func value(_ v: Double) -> String { MetricWording.value(v, metric) }
        let lower = metric.lowerIsBetter
        let metricName =
            ClaimWording.englishName(metric) + (f.text(.claimedItem).map { " of item \($0)" } ?? "")
        var figures = "the exports show \(value(measured))"
        var gaps: [String] = []
        if let g = f.ratio(.claimGap) {
            gaps.append(Self.englishDifference(g, lowerIsBetter: lower) + " than the exports")
        }
        if let clean = f.number(.measuredExcludingSuspicious) {
            figures += ", \(value(clean)) without the suspected fake orders"
            if let g = f.ratio(.claimGapExcludingSuspicious) {
                gaps.append(Self.englishDifference(g, lowerIsBetter: lower) + " than without them")
            }
        }
        let direction = lower ? "; lower is better for \(metricName)" : ""
        return "The agency reported \(metricName) of \(value(claimed)) (agency-claims.csv line \(line)); \(figures): "
            + "the report is " + (gaps.isEmpty ? "better than the exports" : gaps.joined(separator: " and "))
            + " (rule: a report more than \(DisplayNumber.percent(tolerance)) better than the exports or than the "
            + "figure without suspected fake orders is overstated, more than \(DisplayNumber.percent(high)) high"
            + direction + ")."
    }

    /// `8.3% higher` / `24.0% lower`: which way the claim differs from a figure, `gain` being how
    /// much it flatters.
    static func englishDifference(_ gain: Double, lowerIsBetter: Bool) -> String {
        let higher = (gain >= 0) != lowerIsBetter
        return DisplayNumber.percent(abs(gain)) + (higher ? " higher" : " lower")
    }
}
