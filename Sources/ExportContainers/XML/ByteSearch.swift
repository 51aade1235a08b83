#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finding bytes fast in the XML of a sheet: `memchr` (vectorised by the C library) for one byte,
/// eight bytes at a time for a few.
enum ByteSearch {
    /// The index of the first `byte` at or after `from` in `b[..<end]`, or nil.
    ///
    /// In a sheet the next `<` or `"` is mostly a few bytes away, where a call to `memchr` costs
    /// more than the search: the first 32 bytes are looked at eight at a time here.
    @inline(__always)
    static func first(_ byte: UInt8, in b: UnsafeBufferPointer<UInt8>, from: Int, end: Int? = nil) -> Int? {
        let stop = end ?? b.count
        guard from < stop, let base = b.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let pattern = ones &* UInt64(byte)
        var i = from
        let near = min(stop, from + 32)
        while i + 8 <= near {
            let w = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) ^ pattern
            let hit = (w &- ones) & ~w & highs
            if hit != 0 { return i + hit.trailingZeroBitCount / 8 }
            i += 8
        }
        guard let hit = memchr(base + i, Int32(byte), stop - i) else { return nil }
        return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }

    /// True when `b[range]` holds `&` or `_`: text that needs decoding (an entity, an `_x000D_` escape).
    @inline(__always)
    static func needsDecoding(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        let n = range.upperBound
        if let base = b.baseAddress {
            let raw = UnsafeRawPointer(base)
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            while i + 8 <= n {
                let w = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                let a = w ^ (ones &* 0x26), u = w ^ (ones &* 0x5F)
                if ((a &- ones) & ~a | (u &- ones) & ~u) & highs != 0 { return true }
                i += 8
            }
        }
        while i < n {
            if b[i] == 0x26 || b[i] == 0x5F { return true }
            i += 1
        }
        return false
    }

    /// True when `b` holds `literal` at `at`.
    @inline(__always)
    static func matches(_ b: UnsafeBufferPointer<UInt8>, at: Int, _ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard at + count <= b.count else { return false }
        let p = literal.utf8Start
        for k in 0..<count where b[at + k] != p[k] { return false }
        return true
    }
}
