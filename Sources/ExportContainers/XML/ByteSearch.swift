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
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
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

    /// True when `b` holds `literal` at `at` (compared eight bytes at a time).
    @inline(__always)
    static func matches(_ b: UnsafeBufferPointer<UInt8>, at: Int, _ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard at + count <= b.count, let base = b.baseAddress else { return false }
        let here = UnsafeRawPointer(base + at)
        let there = UnsafeRawPointer(literal.utf8Start)
        var k = 0
        while k + 8 <= count {
            if here.loadUnaligned(fromByteOffset: k, as: UInt64.self)
                != there.loadUnaligned(fromByteOffset: k, as: UInt64.self)
            {
                return false
            }
            k += 8
        }
        if k < count, count >= 8 {
            // The last eight bytes, overlapping the words already compared.
            return here.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
                == there.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
        }
        while k < count {
            if here.load(fromByteOffset: k, as: UInt8.self) != there.load(fromByteOffset: k, as: UInt8.self) {
                return false
            }
            k += 1
        }
        return true
    }

    /// The end of a text run — the next `<` at or after `from` — and whether the text before it
    /// holds `&` or `_` (an entity or an `_x000D_` escape to decode), in one pass, eight bytes at
    /// a time. Nil when no `<` is in the buffer.
    @inline(__always)
    static func textEnd(in b: UnsafeBufferPointer<UInt8>, from: Int) -> (end: Int, needsDecoding: Bool)? {
        guard let base = b.baseAddress else { return nil }
        let n = b.count
        let raw = UnsafeRawPointer(base)
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        var i = from
        var escapes = false
        while i + 8 <= n {
            let w = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            let lt = w ^ (ones &* 0x3C)
            let amp = w ^ (ones &* 0x26)
            let us = w ^ (ones &* 0x5F)
            let ltHit = (lt &- ones) & ~lt & highs
            let escapeHit = ((amp &- ones) & ~amp | (us &- ones) & ~us) & highs
            if ltHit != 0 {
                let lane = ltHit.trailingZeroBitCount  // the high bit of the `<` byte
                // Escapes in the lanes before the `<` (a false hit above a true one changes nothing).
                let below = escapeHit & ((1 << UInt64(lane)) &- 1)
                return (i + lane / 8, escapes || below != 0)
            }
            if escapeHit != 0 { escapes = true }
            i += 8
        }
        while i < n {
            let c = b[i]
            if c == 0x3C { return (i, escapes) }
            if c == 0x26 || c == 0x5F { escapes = true }
            i += 1
        }
        return nil
    }
}
