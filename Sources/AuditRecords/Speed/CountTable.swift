/// A key of up to three 64-bit words (an item, a day, a price): what a `CountTable` counts.
package struct CountKey: Hashable, Sendable {
    package var a: UInt64
    package var b: UInt64
    package var c: UInt64

    package init(_ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) {
        self.a = a
        self.b = b
        self.c = c
    }

    var tableHash: UInt64 { KeyHash.combine(KeyHash.combine(a, b), c) }
}

/// How many times each key was added: open addressing with linear probing, doubled when half full.
///
/// For a few thousand distinct keys updated once per order (item × day × price): the table stays
/// in cache, where a `Dictionary` would hash every key again with its seeded hasher. Not generic
/// on purpose: a generic table used from another module runs unspecialized, looking its types up
/// at run time on every call.
package struct CountTable {
    private var keys: [CountKey?]
    private var counts: [Int]
    private var bits = 10
    private var used = 0

    package init() {
        keys = Array(repeating: nil, count: 1 << bits)
        counts = Array(repeating: 0, count: 1 << bits)
    }

    package mutating func add(_ key: CountKey) {
        if 2 * (used + 1) > keys.count { grow() }
        add(key, count: 1)
    }

    /// Every key with its count (in no particular order).
    package var entries: [(key: CountKey, count: Int)] {
        keys.indices.compactMap { i in keys[i].map { ($0, counts[i]) } }
    }

    private mutating func add(_ key: CountKey, count: Int) {
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
