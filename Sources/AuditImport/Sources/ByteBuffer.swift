/// A growable byte buffer with a consumed front, used to carry a partial CSV record from one
/// chunk to the next without copying the whole file.
struct ByteBuffer {
    private(set) var storage: [UInt8]
    /// Bytes `0..<count` are valid.
    private(set) var count = 0

    init(capacity: Int) { storage = [UInt8](repeating: 0, count: max(capacity, 64)) }

    var freeCount: Int { storage.count - count }

    /// Pointer to the first free byte; valid until the next mutation.
    var freeSpace: UnsafeMutableRawPointer {
        mutating get { storage.withUnsafeMutableBytes { $0.baseAddress! + count } }
    }

    mutating func reserveFree(_ n: Int) {
        if freeCount < n {
            var newSize = storage.count * 2
            while newSize - count < n { newSize *= 2 }
            storage.append(contentsOf: repeatElement(0, count: newSize - storage.count))
        }
    }

    mutating func commit(_ n: Int) { count += n }

    mutating func append(contentsOf bytes: [UInt8]) {
        reserveFree(bytes.count)
        for b in bytes {
            storage[count] = b
            count += 1
        }
    }

    mutating func append(_ bytes: UnsafeRawBufferPointer) {
        guard bytes.count > 0 else { return }
        reserveFree(bytes.count)
        storage.withUnsafeMutableBytes { dst in
            (dst.baseAddress! + count).copyMemory(from: bytes.baseAddress!, byteCount: bytes.count)
        }
        count += bytes.count
    }

    /// Drops the first `n` bytes, moving the rest to the front.
    mutating func removeFirst(_ n: Int) {
        guard n > 0 else { return }
        let rest = count - n
        if rest > 0 {
            storage.withUnsafeMutableBytes { p in
                p.baseAddress!.copyMemory(from: p.baseAddress! + n, byteCount: rest)
            }
        }
        count = rest
    }
}
