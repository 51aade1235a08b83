/// Links rows that share a key of any of several kinds (an address, a phone, an account) into
/// connected components, in linear time: every row's keys are counted in one sieve, the keys
/// met more than once are counted exactly in one open-addressing table that remembers each key's
/// first row, and each row is joined to its key's first row in a `UnionFind`.
///
/// A key shared by more than `maxShare` rows links none of them: a campus station, a company's
/// front desk or a popular account prefix would otherwise merge a thousand strangers.
///
/// One pass over the rows for the keys, then two over each kind's array of keys, and no
/// allocation per key: at a million orders with four kinds, about 0.14 s of one core, where
/// grouping each kind into arrays of rows (`KeyGroups`) took 0.23 s. What is left is memory
/// latency: the counters and the exact table are looked up at random.
public enum KeyLinks {
    /// What linking found: the sets, and which kinds linked each row (bit `kind`).
    public struct Result {
        public var sets: UnionFind
        /// Bit k set: the row's key of kind k is shared with another row (and by at most `maxShare`).
        public var linkedKinds: [UInt8]

        @inlinable init(sets: UnionFind, linkedKinds: [UInt8]) {
            self.sets = sets
            self.linkedKinds = linkedKinds
        }
    }

    /// - Parameters:
    ///   - kinds: how many key kinds (at most 8); `keys.key(row, kind:)` is nil when the row has no
    ///     usable key of that kind. Asked once per row and kind.
    ///   - maxShare: a key on more rows than this links none of them.
    @inlinable
    public static func link<Keys: RowKeys>(rows: Int, kinds: Int, maxShare: Int, keys source: Keys) -> Result {
        precondition(kinds <= 8, "kinds fit in a byte")
        precondition(rows < Int(Int32.max), "rows fit in 32 bits")
        var result = Result(sets: UnionFind(count: rows), linkedKinds: [UInt8](repeating: 0, count: rows))
        guard rows > 0, kinds > 0 else { return result }
        // Every kind's keys in one pass over the rows (a row is read once, not once per kind),
        // kind after kind so that each kind's counting below runs over one tight array.
        var keys = zeroedKeys(count: rows * kinds)
        keys.withUnsafeMutableBufferPointer { keys in
            for row in 0..<rows {
                for kind in 0..<kinds {
                    // 0 marks "no key" here and an empty slot below.
                    if let k = source.key(row, kind: kind) { keys[kind * rows + row] = k == 0 ? 1 : k }
                }
            }
        }
        var counters = TwoBitCounters(keys: rows, slotsPerKey: 4)
        var candidates: [Int32] = []
        for kind in 0..<kinds {
            // Most keys occur once: two-bit counters (1 MB per million rows, in the core's
            // cache) sift them out, so only keys met twice reach the exact table.
            let minShare = max(2, source.minShare(kind: kind))
            candidates.removeAll(keepingCapacity: true)
            counters.reset()
            keys.withUnsafeBufferPointer { all in
                let keys = UnsafeBufferPointer(rebasing: all[kind * rows..<(kind + 1) * rows])
                for k in keys where k != 0 { counters.add(k) }
                for row in 0..<rows where keys[row] != 0 && counters.count(keys[row]) >= min(minShare, 3) {
                    candidates.append(Int32(row))
                }
            }
            guard !candidates.isEmpty else { continue }
            // Count each candidate key exactly and remember its first row.
            let bits = KeyHash.bits(forKeys: candidates.count, slotsPerKey: 2)
            let mask = (1 << bits) - 1
            var slots = [Slot](repeating: Slot(), count: 1 << bits)
            var slotOfCandidate = [Int32](repeating: 0, count: candidates.count)
            keys.withUnsafeBufferPointer { keys in
                slots.withUnsafeMutableBufferPointer { slots in
                    for (n, row) in candidates.enumerated() {
                        let k = keys[kind * rows + Int(row)]
                        var slot = KeyHash.slot(k, bits: bits)
                        while slots[slot].key != 0 && slots[slot].key != k { slot = (slot + 1) & mask }
                        if slots[slot].key == 0 {
                            slots[slot].key = k
                            slots[slot].firstRow = row
                        }
                        slots[slot].count += 1
                        slotOfCandidate[n] = Int32(slot)
                    }
                }
            }
            // Each row joins its key's first row, when the key is shared by minShare...maxShare rows.
            let bit = UInt8(1) << UInt8(kind)
            for (n, row) in candidates.enumerated() {
                let slot = slots[Int(slotOfCandidate[n])]
                guard slot.count >= minShare, slot.count <= maxShare else { continue }
                result.sets.union(Int(slot.firstRow), Int(row))
                result.linkedKinds[Int(row)] |= bit
            }
        }
        return result
    }

    /// `count` zero keys, in 2 MB pages where the system allows (32 MB of keys at a million rows).
    public static func zeroedKeys(count: Int) -> [UInt64] {
        var keys: [UInt64] = []
        keys.reserveCapacity(count)
        HugePages.advise(&keys)
        keys.append(contentsOf: repeatElement(0, count: count))
        return keys
    }

    /// The same, keys from a closure (tests; the closure is called through a pointer).
    public static func link(rows: Int, kinds: Int, maxShare: Int, key: @escaping (Int, Int) -> UInt64?) -> Result {
        link(rows: rows, kinds: kinds, maxShare: maxShare, keys: RowKeysClosure(key))
    }

    @usableFromInline
    struct Slot {
        @usableFromInline var key: UInt64 = 0
        @usableFromInline var count: Int32 = 0
        @usableFromInline var firstRow: Int32 = 0
        @inlinable init() {}
    }
}
