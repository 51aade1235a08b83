import Foundation

/// Shares one `String` among the many cells that hold the same text (item titles, statuses), so a
/// million rows hold a handful of strings instead of a million copies.
///
/// A small open-addressing table keyed by the bytes' FNV hash: cheaper per row than a `Dictionary`,
/// whose seeded hashing costs more than the lookup itself. Once half full it stops adding, and
/// further new texts are simply not shared.
package struct TextPool {
    private static let slots = 1 << 13
    private var hashes = [UInt64](repeating: 0, count: slots)
    private var strings = [String](repeating: "", count: slots)
    private var count = 0

    package init() {}

    /// The shared string and its `StableHash.words` (which the pool computes anyway).
    package mutating func entry(for bytes: UnsafeBufferPointer<UInt8>) -> (string: String, hash: UInt64) {
        let stable = StableHash.words(bytes)
        let hash = stable | 1  // 0 marks an empty slot
        var slot = Int(truncatingIfNeeded: hash >> 17) & (Self.slots - 1)
        while hashes[slot] != 0 {
            if hashes[slot] == hash, Self.equal(strings[slot], bytes) { return (strings[slot], stable) }
            slot = (slot + 1) & (Self.slots - 1)
        }
        let s = String(decoding: bytes, as: UTF8.self)
        if count < Self.slots / 2 {
            hashes[slot] = hash
            strings[slot] = s
            count += 1
            assert(count <= Self.slots / 2, "the pool stops adding at half full, so probes stay short")
        }
        return (s, stable)
    }

    private static func equal(_ s: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var s = s
        return s.withUTF8 {
            $0.count == bytes.count && ($0.count == 0 || memcmp($0.baseAddress!, bytes.baseAddress!, $0.count) == 0)
        }
    }
}
