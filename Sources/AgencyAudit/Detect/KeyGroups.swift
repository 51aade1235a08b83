/// Groups row indices by a 64-bit key (an address hash, a phone number) and keeps only the groups
/// with at least `minSize` rows.
///
/// A million orders mostly have a million different addresses; a `Dictionary` of arrays would
/// allocate an array per address and hash every key with a seeded hasher. This counts the keys in
/// an open-addressing table first, then fills only the groups big enough to matter: linear time,
/// about 28 bytes per row of scratch, no allocation per key. Groups come out in the order of their
/// first row, members in row order, so results never depend on hashing.
enum KeyGroups {
    /// - Parameter key: the row's key, or nil to leave the row out. Keys 0 and 1 are treated as one
    ///   (0 marks an empty slot); for hashed keys that is a one-in-2⁶³ chance.
    static func groups(rows: Int, minSize: Int, key: (Int) -> UInt64?) -> [[Int]] {
        guard rows > 0 else { return [] }
        var bits = 4
        while 1 << bits < 2 * rows { bits += 1 }
        let mask = (1 << bits) - 1
        var keys = [UInt64](repeating: 0, count: 1 << bits)
        var counts = [Int32](repeating: 0, count: 1 << bits)
        var slotOfRow = [Int32](repeating: -1, count: rows)
        for row in 0..<rows {
            guard var k = key(row) else { continue }
            if k == 0 { k = 1 }
            // Fibonacci hashing: phone numbers are not random in their low bits.
            var slot = Int(truncatingIfNeeded: (k &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits))
            while keys[slot] != 0 && keys[slot] != k { slot = (slot + 1) & mask }
            keys[slot] = k
            counts[slot] += 1
            slotOfRow[row] = Int32(slot)
        }
        // Number the big-enough groups in order of their first row, then fill them.
        var groupOfSlot = [Int32](repeating: -1, count: 1 << bits)
        var groups: [[Int]] = []
        for row in 0..<rows {
            let slot = Int(slotOfRow[row])
            guard slot >= 0, counts[slot] >= minSize else { continue }
            if groupOfSlot[slot] < 0 {
                groupOfSlot[slot] = Int32(groups.count)
                groups.append([])
                groups[groups.count - 1].reserveCapacity(Int(counts[slot]))
            }
            groups[Int(groupOfSlot[slot])].append(row)
        }
        return groups
    }
}
