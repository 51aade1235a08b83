/// A 64-bit FNV-1a hash: the same value in every process (unlike `Hasher`, which is seeded per
/// run) and far cheaper than hashing a `String` with non-ASCII text, which normalises it first.
///
/// Used as the grouping key of hot dictionaries over millions of orders. Two different keys share
/// a value with probability about n²/2⁶⁵ (3·10⁻⁸ for a million keys); where a false match would
/// matter (order ids) the callers compare the real values on a hit.
public struct StableHash: Sendable {
    public private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    public init() {}

    @inline(__always)
    public mutating func combine(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    public mutating func combine(_ scalar: Unicode.Scalar) {
        var v = scalar.value
        repeat {
            combine(UInt8(truncatingIfNeeded: v))
            v >>= 8
        } while v != 0
        combine(0xFF)  // separates scalars so different sequences of the same bytes differ
    }

    public static func of(_ s: String) -> UInt64 {
        var h = StableHash()
        for b in s.utf8 { h.combine(b) }
        return h.value
    }
}
