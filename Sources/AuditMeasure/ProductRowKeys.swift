import AuditRecords

/// An item on a day: a 商品_全部 row counts once however many downloads hold it.
struct ItemDayKey: Hashable {
    let item: UInt64
    let day: CalendarDay
}

/// A SKU row of a snapshot on a day, by what it carries (拼多多's price and stock files each give
/// half of a SKU's row): a repeated download of the same day counts once.
struct SnapshotRowKey: Hashable {
    let item: UInt64
    let sku: String
    let day: CalendarDay
    let price: Bool
    let stock: Bool
}
