import AuditMeasure
import AuditRecords

/// The figures a baseline month lends to the growth targets after it: only those its exports can
/// carry. A baseline read from half a month, from rejected order rows or from two copies that
/// disagree would set a growth target too low (or too high), so a metric an export gap touches
/// is left out, and the target waits for the baseline month's exports to be put right.
public enum BaselineFigures {
    /// The metrics of `metrics` that no gap of `completeness` touches; none when the month is unusable.
    public static func usable(_ metrics: [MetricValue], completeness: MonthCompleteness) -> [MetricValue] {
        let touched = touched(by: completeness)
        return metrics.filter { !touched.contains($0.key) }
    }

    /// Whether the month's per-item figures (from the orders and the 子订单 export) can serve as a
    /// baseline: no gap touches them.
    public static func itemsUsable(completeness: MonthCompleteness) -> Bool {
        touched(by: completeness).isDisjoint(with: [.itemUnits, .itemSales])
    }

    /// The metrics the month's export gaps touch; all of them when the month is unusable.
    static func touched(by completeness: MonthCompleteness) -> Set<MetricKey> {
        if completeness.isUnusable { return Set(MetricKey.allCases) }
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
        return touched
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
