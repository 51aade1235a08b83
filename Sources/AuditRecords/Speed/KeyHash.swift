/// The hashing every table and sieve in Speed/ uses: Fibonacci hashing of 64-bit keys, and one
/// way to combine two keys into one.
///
/// Keys are already hashes or numbers (address hashes, phone numbers, order ids), often not
/// random in their low bits (phone numbers), so slots take the high bits of a multiplication.
public enum KeyHash {
    /// Knuth's multiplicative constant, 2⁶⁴ / φ.
    @usableFromInline static let golden: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// The slot of `key` in a table of 2^`bits` slots (bits in 1...63).
    @inlinable @inline(__always)
    public static func slot(_ key: UInt64, bits: Int) -> Int {
        assert(bits > 0 && bits < 64, "a table has 2 to 2⁶³ slots")
        return Int(truncatingIfNeeded: (key &* golden) >> UInt64(64 - bits))
    }

    /// One key for a pair of keys (an item and an account prefix, a phone and an item): order
    /// matters, and neither part cancels the other out when they are equal.
    @inlinable @inline(__always)
    public static func combine(_ a: UInt64, _ b: UInt64) -> UInt64 {
        (a &* golden) ^ (b &* 0xD6E8_FEB8_6659_FD93) &+ b
    }

    /// The number of slot bits for a table of at least `slotsPerKey × keys` slots (at least 16).
    public static func bits(forKeys keys: Int, slotsPerKey: Int) -> Int {
        var bits = 4
        while 1 << bits < slotsPerKey * keys { bits += 1 }
        return bits
    }
}
