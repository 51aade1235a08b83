import AuditMeasure
import AuditRecords

/// What the month's item downloads say on their own, before it is joined with the orders' evidence:
/// 商品_全部's stock-outs and items taken down, and the snapshots compared.
struct ProductEvidence {
    var itemDays: (stockOuts: [StockOut], takenDown: [ItemTakenDown])
    /// Nil with fewer than two snapshot days.
    var snapshots: SnapshotComparison?
    /// The one snapshot day of a month that has only one.
    var singleSnapshotDay: CalendarDay?

    static func gather(_ data: MonthData, limit: Double?, approvals: [MerchantApproval]?) -> ProductEvidence {
        let days = Set(data.productSnapshots.compactMap(\.day))
        return ProductEvidence(
            itemDays: ItemDayStockOutFinder.find(data.itemDays, month: data.month),
            snapshots: SnapshotComparison.compare(data.productSnapshots, limit: limit, approvals: approvals),
            singleSnapshotDay: days.count == 1 ? days.first : nil)
    }
}
