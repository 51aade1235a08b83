/// Groups row indices by a 64-bit key (an address hash, a phone number) and keeps only the groups
/// with at least `minSize` rows.
///
/// A million orders mostly have a million different addresses; a `Dictionary` of arrays would
/// allocate an array per address and hash every key with a seeded hasher. This sifts the rows
/// with two-bit counters, counts the remaining keys exactly in an open-addressing table, then fills
/// only the groups big enough to matter: linear time, about 4 bytes per row of scratch (the key
/// is asked for twice rather than stored), no allocation per key. Groups come out in the order of their
/// first row, members in row order, so results never depend on hashing.
public enum KeyGroups {
    /// - Parameter key: the row's key, or nil to leave the row out; asked twice per row, so it
    ///   must be cheap and give the same answer. Keys 0 and 1 are treated as one (0 marks an empty
    ///   slot); for hashed keys that is a one-in-2⁶³ chance.
    /// Inlinable, so each rule's `key` closure is inlined into the loops rather than called per row.
    @inlinable
    public static func groups(rows: Int, minSize: Int, key: (Int) -> UInt64?) -> [[Int]] {
        guard rows > 0 else { return [] }
        // Most keys occur once. A first pass counts keys in two-bit counters (four slots per row:
        // 1 MB per million rows, mostly in cache); rows whose counter stays below
        // `min(minSize, 3)` cannot be in a big group and never reach the exact table, which stays small.
        var counters = TwoBitCounters(keys: rows, slotsPerKey: 4)
        for row in 0..<rows {
            if let k = key(row) { counters.add(k == 0 ? 1 : k) }
        }
        let sieve = min(minSize, 3)
        // (Rows as 32-bit numbers: a month's orders are far fewer than 2³¹.)
        var candidates: [Int32] = []
        var keys: [UInt64] = []
        for row in 0..<rows {
            guard let k = key(row) else { continue }
            if counters.count(k == 0 ? 1 : k) >= sieve {
                candidates.append(Int32(row))
                keys.append(k == 0 ? 1 : k)
            }
        }
        guard !candidates.isEmpty else { return [] }

        let bits = KeyHash.bits(forKeys: candidates.count, slotsPerKey: 2)
        let mask = (1 << bits) - 1
        // Key, count and group number side by side: one cache miss per row, not three.
        var slots = [Slot](repeating: Slot(), count: 1 << bits)
        var slotOfCandidate = [Int32](repeating: 0, count: candidates.count)
        for n in candidates.indices {
            let k = keys[n]
            var slot = KeyHash.slot(k, bits: bits)
            while slots[slot].key != 0 && slots[slot].key != k { slot = (slot + 1) & mask }
            slots[slot].key = k
            slots[slot].count += 1
            slotOfCandidate[n] = Int32(slot)
        }
        // Number the big-enough groups in order of their first row, then fill them.
        var groups: [[Int]] = []
        for (n, row) in candidates.enumerated() {
            let slot = Int(slotOfCandidate[n])
            guard slots[slot].count >= minSize else { continue }
            if slots[slot].group < 0 {
                slots[slot].group = Int32(groups.count)
                groups.append([])
                groups[groups.count - 1].reserveCapacity(Int(slots[slot].count))
            }
            groups[Int(slots[slot].group)].append(Int(row))
        }
        assert(
            groups.allSatisfy { $0.count >= minSize && zip($0, $0.dropFirst()).allSatisfy { $0.0 < $0.1 } },
            "every group is big enough, its rows in order")
        return groups
    }

    @usableFromInline
    struct Slot {
        @usableFromInline var key: UInt64 = 0
        @usableFromInline var count: Int32 = 0
        @usableFromInline var group: Int32 = -1
        @inlinable init() {}
    }
}
