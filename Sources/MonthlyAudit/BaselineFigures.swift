import AuditMeasure
import AuditRecords

/// The figures a baseline month lends to the growth targets after it: only those its exports can
/// carry. A baseline read from half a month, from rejected order rows or from two copies that
/// disagree would set a growth target too low (or too high), so a metric an export gap touches
/// is left out, and the target waits for the baseline month's exports to be put right.
public enum BaselineFigures {
    /// The metrics of `metrics` that no gap of `completeness` touches; none when the month is unusable.
    public static func usable(_ metrics: [MetricValue], completeness: MonthCompleteness) -> [MetricValue] {
        if completeness.isUnusable { return [] }
        var touched: Set<MetricKey> = []
        for gap in completeness.gaps {
            switch gap {
            case .rejectedOrderRows: touched.formUnion(fed(by: .orders))
            case .unreadableExports(let kind, _):
                touched.formUnion(kind.map(fed(by:)) ?? MetricKey.allCases)
            case .conflictingCopies(let kind, _, _): touched.formUnion(fed(by: kind))
            case .partialMonth(let kind, _, _, _): touched.formUnion(fed(by: kind))
            // Another month's download is not counted: the month's own rows still measure it.
            case .otherMonthsExport: break
            }
        }
        return metrics.filter { !touched.contains($0.key) }
    }

    /// Whether the month's per-item figures (from the orders and the 子订单 export) can serve as a
    /// baseline: no gap touches the orders or the line items.
    public static func itemsUsable(completeness: MonthCompleteness) -> Bool {
        if completeness.isUnusable { return false }
        return completeness.gaps.allSatisfy { gap in
            switch gap {
            case .rejectedOrderRows: return false
            case .unreadableExports(let kind, _): return kind.map { $0 != .orders && $0 != .lineItems } ?? false
            case .conflictingCopies(let kind, _, _), .partialMonth(let kind, _, _, _):
                return kind != .orders && kind != .lineItems
            case .otherMonthsExport: return true
            }
        }
    }

    /// The metrics an export of `kind` measures; the per-item figures are counted on the orders too.
    static func fed(by kind: ExportKind) -> [MetricKey] {
        switch kind {
        case .orders: return ExportKind.orders.feeds + ExportKind.lineItems.feeds
        case .refunds: return [.refundAmount, .refundRate]
        default: return kind.feeds
        }
    }
}
