/// Counters of 0…255 per slot, one byte each, indexed by `KeyHash.slot`: a sieve for counts
/// above 3 (how many rows fall in a bucket and its neighbours).
///
/// Like `TwoBitCounters`, a counter is never less than the count of any key in its slot.
public struct ByteCounters {
    @usableFromInline var counters: [UInt8]
    @usableFromInline let bits: Int

    @inlinable
    public init(keys: Int, slotsPerKey: Int) {
        bits = KeyHash.bits(forKeys: max(1, keys), slotsPerKey: max(1, slotsPerKey))
        counters = [UInt8](repeating: 0, count: 1 << bits)
    }

    /// Counts `key` once more (stopping at 255).
    @inlinable
    public mutating func add(_ key: UInt64) {
        let slot = KeyHash.slot(key, bits: bits)
        if counters[slot] < 255 { counters[slot] += 1 }
    }

    @inlinable
    public func count(_ key: UInt64) -> Int { Int(counters[KeyHash.slot(key, bits: bits)]) }
}
