import AuditRecords

/// How many paid orders had each (item, day, unit price): the table behind the price-change check.
typealias PriceCounts = CountTable<PriceKey>

/// One item on one day at one unit price.
struct PriceKey: TableKey {
    let item: UInt64
    let day: Int
    let cents: Int64

    var tableHash: UInt64 { KeyHash.combine(KeyHash.combine(item, UInt64(truncatingIfNeeded: day)), UInt64(bitPattern: cents)) }
}
