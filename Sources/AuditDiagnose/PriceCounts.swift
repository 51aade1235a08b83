import AuditRecords

/// How many paid orders had each (item, day, unit price): the table behind the price-change check.
struct PriceCounts {
    private var table = CountTable()

    mutating func add(item: UInt64, day: Int, cents: Int64) {
        table.add(CountKey(item, UInt64(truncatingIfNeeded: day), UInt64(bitPattern: cents)))
    }

    /// Every (item, day, unit price) with its count (in no particular order).
    var entries: [(item: UInt64, day: Int, cents: Int64, count: Int)] {
        table.entries.map { ($0.key.a, Int(truncatingIfNeeded: $0.key.b), Int64(bitPattern: $0.key.c), $0.count) }
    }
}
