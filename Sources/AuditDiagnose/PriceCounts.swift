/// How many paid orders had each (item, day, unit price): the table behind the price-change check.
///
/// Open addressing over a few thousand distinct keys, which stay in cache: it is updated once per
/// paid order, where a `Dictionary` hashed every key with its seeded hasher.
struct PriceCounts {
    struct Key: Hashable {
        let item: UInt64
        let day: Int
        let cents: Int64
    }

    private var keys: [Key?]
    private var counts: [Int]
    private var used = 0

    init() {
        keys = Array(repeating: nil, count: 1024)
        counts = Array(repeating: 0, count: 1024)
    }

    mutating func add(_ key: Key) {
        if 2 * (used + 1) > keys.count { grow() }
        add(key, count: 1)
    }

    /// Every key with its count (in no particular order).
    var entries: [(key: Key, count: Int)] {
        keys.indices.compactMap { i in keys[i].map { ($0, counts[i]) } }
    }

    private mutating func add(_ key: Key, count: Int) {
        var slot = Self.slot(key, keys.count)
        while let k = keys[slot] {
            if k == key { counts[slot] += count; return }
            slot = (slot + 1) & (keys.count - 1)
        }
        keys[slot] = key
        counts[slot] = count
        used += 1
    }

    private mutating func grow() {
        let old = entries
        keys = Array(repeating: nil, count: keys.count * 2)
        counts = Array(repeating: 0, count: keys.count)
        used = 0
        for (key, n) in old { add(key, count: n) }
    }

    private static func slot(_ k: Key, _ size: Int) -> Int {
        let h = (k.item ^ UInt64(truncatingIfNeeded: k.day) &* 0x9E37_79B9_7F4A_7C15 ^ UInt64(bitPattern: k.cents) &* 0x2545_F491_4F6C_DD1D)
            &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: h >> 40) & (size - 1)
    }
}
