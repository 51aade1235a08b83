import AuditMeasure

/// One line of the target-comparison table: the metric against its target, why, and what to do.
public struct TargetFinding: Sendable, Hashable {
    public var metric: MetricValue
    /// 差异原因, each built from measured figures only.
    public var reasons: [Reason]
    /// 改进措施.
    public var actions: [Action]
}
