/// Groups row indices by a 64-bit key (an address hash, a phone number) and keeps only the groups
/// with at least `minSize` rows.
///
/// A million orders mostly have a million different addresses; a `Dictionary` of arrays would
/// allocate an array per address and hash every key with a seeded hasher. This sifts the rows
/// with byte counters, counts the remaining keys exactly in an open-addressing table, then fills
/// only the groups big enough to matter: linear time, about 4 bytes per row of scratch (the key
/// is asked for twice rather than stored), no allocation per key. Groups come out in the order of their
/// first row, members in row order, so results never depend on hashing.
enum KeyGroups {
    /// - Parameter key: the row's key, or nil to leave the row out; asked twice per row, so it
    ///   must be cheap and give the same answer. Keys 0 and 1 are treated as one (0 marks an empty
    ///   slot); for hashed keys that is a one-in-2⁶³ chance.
    static func groups(rows: Int, minSize: Int, key: (Int) -> UInt64?) -> [[Int]] {
        guard rows > 0 else { return [] }
        // Most keys occur once. A first pass counts keys in a small table of two-bit counters
        // (four slots per row: 1 MB per million rows, mostly in cache) that stop at 3; rows whose
        // counter stays below `min(minSize, 3)` cannot be in a big group (equal keys share a
        // counter) and never reach the exact table, which stays small.
        var counterBits = 4
        while 1 << counterBits < 4 * rows { counterBits += 1 }
        var counters = [UInt8](repeating: 0, count: (1 << counterBits) / 4)
        let sieve = UInt8(min(minSize, 3))
        counters.withUnsafeMutableBufferPointer { counters in
            for row in 0..<rows {
                guard let k = key(row) else { continue }
                let c = Self.slot(k == 0 ? 1 : k, bits: counterBits), shift = UInt8((c & 3) * 2)
                if (counters[c >> 2] >> shift) & 3 < 3 { counters[c >> 2] &+= 1 << shift }
            }
        }
        // (Rows as 32-bit numbers: a month's orders are far fewer than 2³¹.)
        var candidates: [Int32] = [], keys: [UInt64] = []
        for row in 0..<rows {
            guard let k = key(row) else { continue }
            let c = Self.slot(k == 0 ? 1 : k, bits: counterBits)
            if (counters[c >> 2] >> UInt8((c & 3) * 2)) & 3 >= sieve {
                candidates.append(Int32(row))
                keys.append(k == 0 ? 1 : k)
            }
        }
        guard !candidates.isEmpty else { return [] }

        var bits = 4
        while 1 << bits < 2 * candidates.count { bits += 1 }
        let mask = (1 << bits) - 1
        // Key, count and group number side by side: one cache miss per row, not three.
        var slots = [Slot](repeating: Slot(), count: 1 << bits)
        var slotOfCandidate = [Int32](repeating: 0, count: candidates.count)
        for n in candidates.indices {
            let k = keys[n]
            var slot = Self.slot(k, bits: bits)
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
        return groups
    }

    /// Fibonacci hashing: phone numbers are not random in their low bits.
    private static func slot(_ key: UInt64, bits: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits))
    }

    private struct Slot {
        var key: UInt64 = 0
        var count: Int32 = 0
        var group: Int32 = -1
    }
}
