/// Groups row indices by a 64-bit key (an address hash, a phone number) and keeps only the groups
/// with at least `minSize` rows.
///
/// A million orders mostly have a million different addresses; a `Dictionary` of arrays would
/// allocate an array per address and hash every key with a seeded hasher. This counts the keys in
/// an open-addressing table first, then fills only the groups big enough to matter: linear time,
/// about 36 bytes per row of scratch, no allocation per key. Groups come out in the order of their
/// first row, members in row order, so results never depend on hashing.
enum KeyGroups {
    /// - Parameter key: the row's key, or nil to leave the row out. Keys 0 and 1 are treated as one
    ///   (0 marks an empty slot); for hashed keys that is a one-in-2⁶³ chance.
    static func groups(rows: Int, minSize: Int, key: (Int) -> UInt64?) -> [[Int]] {
        guard rows > 0 else { return [] }
        var bits = 4
        while 1 << bits < 2 * rows { bits += 1 }
        let mask = (1 << bits) - 1
        // Key, count and group number side by side: one cache miss per row, not three.
        var slots = [Slot](repeating: Slot(), count: 1 << bits)
        var slotOfRow = [Int32](repeating: -1, count: rows)
        slots.withUnsafeMutableBufferPointer { slots in
            for row in 0..<rows {
                guard var k = key(row) else { continue }
                if k == 0 { k = 1 }
                // Fibonacci hashing: phone numbers are not random in their low bits.
                var slot = Int(truncatingIfNeeded: (k &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits))
                while slots[slot].key != 0 && slots[slot].key != k { slot = (slot + 1) & mask }
                slots[slot].key = k
                slots[slot].count += 1
                slotOfRow[row] = Int32(slot)
            }
        }
        // Number the big-enough groups in order of their first row, then fill them.
        var groups: [[Int]] = []
        for row in 0..<rows {
            let slot = Int(slotOfRow[row])
            guard slot >= 0, slots[slot].count >= minSize else { continue }
            if slots[slot].group < 0 {
                slots[slot].group = Int32(groups.count)
                groups.append([])
                groups[groups.count - 1].reserveCapacity(Int(slots[slot].count))
            }
            groups[Int(slots[slot].group)].append(row)
        }
        return groups
    }

    private struct Slot {
        var key: UInt64 = 0
        var count: Int32 = 0
        var group: Int32 = -1
    }
}
