import AuditMeasure
import AuditRecords

/// A per-item target taken whole (每款月销提升 50%): how many of its items met their figure, and
/// its overall attainment, each item capped at 100% and averaged as the month's overall is.
///
/// Each item is a target of its own in the month's table and settlement; this is the clause's
/// own standing beside them, for the line under the target table and audit.json's `itemTargets`.
public struct ItemTargetSummary: Sendable, Hashable {
    public var metric: MetricKey
    /// The items with a target this month, in the contract's order.
    public var items: [String]
    /// The items that met their figure.
    public var met: Int
    /// Nil while an item has no figure (the month's 子订单 export is missing).
    public var attainment: Double?

    public init(metric: MetricKey, items: [String], met: Int, attainment: Double?) {
        self.metric = metric
        self.items = items
        self.met = met
        self.attainment = attainment
    }

    /// One summary per per-item metric the month's targets use, in metric order.
    public static func summaries(_ metrics: [MetricValue]) -> [ItemTargetSummary] {
        let targeted = metrics.filter { $0.key.isPerItem && $0.target != nil && $0.item != nil }
        return Set(targeted.map(\.key)).sorted().map { key in
            let values = targeted.filter { $0.key == key }
            let attained = values.compactMap(\.attainment)
            return ItemTargetSummary(
                metric: key, items: values.compactMap(\.item), met: values.count { $0.isMet == true },
                attainment: attained.count == values.count
                    ? attained.map { min($0, 1) }.reduce(0, +) / Double(attained.count) : nil)
        }
    }
}
