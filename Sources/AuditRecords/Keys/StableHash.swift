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

    /// One code point (or other 32-bit unit) in one step: for sequences of fixed-width units,
    /// which need no separator.
    @inline(__always)
    public mutating func combine(unit: UInt32) {
        value = (value ^ UInt64(unit)) &* 0x0000_0100_0000_01B3
    }

    /// A hash of bytes taken eight at a time (a multiply and a shift per word): for long texts
    /// hashed once per row, such as item titles. Not the same values as `of`.
    public static func words(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(bytes.count)
        var i = 0
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= bytes.count {
                h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
                h ^= h >> 29
                i += 8
            }
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < bytes.count {
            tail |= UInt64(bytes[i]) << shift
            shift += 8
            i += 1
        }
        h = (h ^ tail) &* 0x9E37_79B9_7F4A_7C15
        return h ^ (h >> 32)
    }

    /// `words` of a string's UTF-8.
    public static func words(_ s: String) -> UInt64 {
        var s = s
        return s.withUTF8 { words($0) }
    }

    public static func of(_ s: String) -> UInt64 {
        var h = StableHash()
        for b in s.utf8 { h.combine(b) }
        return h.value
    }
}
