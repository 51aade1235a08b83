/// Counters of 0…3 per slot, four to a byte, indexed by `KeyHash.slot`: the sieve that tells
/// which keys may occur more than once before anything exact is built.
///
/// Equal keys share a counter, so a key whose counter is below n occurs fewer than n times;
/// different keys may share one too, so a counter of n only says "maybe". A million keys take
/// 1 MB at four slots per key, which stays in cache where a dictionary would not.
public struct TwoBitCounters {
    @usableFromInline var bytes: [UInt8]
    @usableFromInline let bits: Int

    /// A table of at least `slotsPerKey` counters per key expected.
    public init(keys: Int, slotsPerKey: Int) {
        bits = KeyHash.bits(forKeys: max(1, keys), slotsPerKey: max(4, slotsPerKey))
        bytes = [UInt8](repeating: 0, count: (1 << bits) / 4)
    }

    /// Counts `key` once more (stopping at 3).
    /// Back to all zero, keeping the memory (for counting the next kind of key).
    public mutating func reset() {
        for i in bytes.indices { bytes[i] = 0 }
    }

    @inlinable @inline(__always)
    public mutating func add(_ key: UInt64) {
        let slot = KeyHash.slot(key, bits: bits)
        let shift = UInt8((slot & 3) * 2)
        bytes.withUnsafeMutableBufferPointer { b in
            if (b[slot >> 2] >> shift) & 3 < 3 { b[slot >> 2] &+= 1 << shift }
        }
    }

    /// How many times `key`'s slot was counted, at most 3: never less than the key's own count.
    @inlinable @inline(__always)
    public func count(_ key: UInt64) -> Int {
        let slot = KeyHash.slot(key, bits: bits)
        return Int((bytes[slot >> 2] >> UInt8((slot & 3) * 2)) & 3)
    }
}
