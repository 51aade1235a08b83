import AuditRecords

/// Points a scored rule gives when a figure reaches a threshold: `ScoreStep(5, points: 2)` is
/// "+2 at 5 orders" or "+2 within 5 hours", as the property holding it says.
public struct ScoreStep<Threshold: Sendable & Hashable>: Sendable, Hashable {
    public var threshold: Threshold
    /// Negative for a signal that weighs against a finding.
    public var points: Int

    public init(_ threshold: Threshold, points: Int) {
        self.threshold = threshold
        self.points = points
    }

    /// The step as a fact's value: the threshold as `thresholds` states it (one fact, or two for a
    /// step with a second condition), then its `points`.
    func value(_ thresholds: Fact...) -> Fact.Value {
        .group(thresholds + [Fact(.points, .score(points))])
    }
}
