/// A map from 64-bit hash keys to positions, for deduplicating millions of order ids.
///
/// Open addressing with linear probing, sized once for the rows expected: cheaper than a
/// `Dictionary`, which hashes its keys again with a seeded hasher and rehashes as it grows.
/// Keys 0 and 1 are one key (0 marks an empty slot); callers confirm every hit on the real value.
package struct HashIndex {
    private var keys: [UInt64]
    private var values: [Int]
    private var bits: Int
    private var mask: Int
    private(set) var count = 0

    package init(expected: Int) {
        bits = KeyHash.bits(forKeys: expected, slotsPerKey: 2)
        keys = [UInt64](repeating: 0, count: 1 << bits)
        values = [Int](repeating: 0, count: 1 << bits)
        mask = (1 << bits) - 1
    }

    package func value(for key: UInt64) -> Int? {
        let k = key == 0 ? 1 : key
        var slot = KeyHash.slot(k, bits: bits)
        while keys[slot] != 0 {
            if keys[slot] == k { return values[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// The value already held for `key`, or nil after storing `value` for it: one probe for both.
    package mutating func existingOrInsert(_ key: UInt64, _ value: Int) -> Int? {
        if 2 * (count + 1) > keys.count { grow() }
        let k = key == 0 ? 1 : key
        var slot = KeyHash.slot(k, bits: bits)
        while keys[slot] != 0 {
            if keys[slot] == k { return values[slot] }
            slot = (slot + 1) & mask
        }
        keys[slot] = k
        values[slot] = value
        count += 1
        assert(2 * count <= keys.count, "the table is kept at most half full, so probes stay short")
        return nil
    }

    /// Sets the value of a key not yet present.
    mutating func insert(_ key: UInt64, _ value: Int) {
        if 2 * (count + 1) > keys.count { grow() }
        let k = key == 0 ? 1 : key
        var slot = KeyHash.slot(k, bits: bits)
        while keys[slot] != 0 && keys[slot] != k { slot = (slot + 1) & mask }
        if keys[slot] == 0 { count += 1 }
        keys[slot] = k
        values[slot] = value
    }

    private mutating func grow() {
        var bigger = HashIndex(expected: keys.count)
        for slot in keys.indices where keys[slot] != 0 { bigger.insert(keys[slot], values[slot]) }
        assert(bigger.count == count, "growing keeps every key once")
        self = bigger
    }
}
