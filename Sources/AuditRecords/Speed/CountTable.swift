/// A key a `CountTable` can hold: hashed by the caller's own stable mix, never by the seeded `Hasher`.
package protocol TableKey: Hashable {
    var tableHash: UInt64 { get }
}

/// How many times each key was added: open addressing with linear probing, doubled when half full.
///
/// For a few thousand distinct keys updated once per order (item × day × price): the table stays
/// in cache, where a `Dictionary` would hash every key again with its seeded hasher.
package struct CountTable<Key: TableKey> {
    private var keys: [Key?]
    private var counts: [Int]
    private var bits = 10
    private var used = 0

    package init() {
        keys = Array(repeating: nil, count: 1 << bits)
        counts = Array(repeating: 0, count: 1 << bits)
    }

    package mutating func add(_ key: Key) {
        if 2 * (used + 1) > keys.count { grow() }
        add(key, count: 1)
    }

    /// Every key with its count (in no particular order).
    package var entries: [(key: Key, count: Int)] {
        keys.indices.compactMap { i in keys[i].map { ($0, counts[i]) } }
    }

    private mutating func add(_ key: Key, count: Int) {
        let mask = keys.count - 1
        var slot = KeyHash.slot(key.tableHash, bits: bits)
        while let k = keys[slot] {
            if k == key {
                counts[slot] += count
                return
            }
            slot = (slot + 1) & mask
        }
        keys[slot] = key
        counts[slot] = count
        used += 1
        assert(2 * used <= keys.count, "the table is kept at most half full")
    }

    private mutating func grow() {
        let old = entries
        bits += 1
        keys = Array(repeating: nil, count: 1 << bits)
        counts = Array(repeating: 0, count: 1 << bits)
        used = 0
        for (key, n) in old { add(key, count: n) }
        assert(used == old.count, "growing keeps every key once")
    }
}
