/// Bytes that can be read at any offset: a file on disk (through `pread`) or memory.
///
/// Containers keep their directory at the end (zip) or scatter their streams in sectors (OLE2),
/// so their readers need random access, not a stream. Reads from several threads at once are
/// allowed.
public protocol RandomAccessBytes: Sendable {
    /// The number of bytes.
    var count: Int { get }
    /// Copies the bytes at `offset` into `buffer`; returns how many were copied (fewer only at the end).
    func read(at offset: Int, into buffer: UnsafeMutableRawBufferPointer) throws -> Int
}

extension RandomAccessBytes {
    /// `count` bytes from `offset`, or fewer at the end.
    public func bytes(at offset: Int, count: Int) throws -> [UInt8] {
        guard offset >= 0, count > 0, offset < self.count else { return [] }
        let n = Swift.min(count, self.count - offset)
        var result = [UInt8](repeating: 0, count: n)
        var filled = 0
        try result.withUnsafeMutableBytes { buffer in
            while filled < n {
                let got = try read(
                    at: offset + filled, into: UnsafeMutableRawBufferPointer(rebasing: buffer[filled...]))
                if got <= 0 { break }
                filled += got
            }
        }
        if filled < n { result.removeLast(n - filled) }
        return result
    }

    /// Exactly `count` bytes from `offset`; throws `truncated(what)` when the bytes end first.
    public func exactBytes(at offset: Int, count: Int, what: @autoclosure () -> ContainerError.Truncation) throws
        -> [UInt8]
    {
        guard count >= 0, offset >= 0, offset <= self.count, count <= self.count - offset else {
            throw ContainerError.truncated(what())
        }
        let b = try bytes(at: offset, count: count)
        guard b.count == count else { throw ContainerError.truncated(what()) }
        return b
    }
}

/// Bytes held in memory: an inflated entry, a test fixture.
public struct MemoryBytes: RandomAccessBytes {
    public let storage: [UInt8]

    public init(_ bytes: [UInt8]) { storage = bytes }

    public var count: Int { storage.count }

    public func read(at offset: Int, into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard offset >= 0, offset < storage.count else { return 0 }
        let n = Swift.min(buffer.count, storage.count - offset)
        storage.withUnsafeBytes { src in
            buffer.baseAddress!.copyMemory(from: src.baseAddress! + offset, byteCount: n)
        }
        return n
    }
}

/// A window of other bytes: a stored zip entry inside its archive, read in place.
public struct ByteRange: RandomAccessBytes {
    public let base: any RandomAccessBytes
    public let range: Range<Int>

    public init(_ base: any RandomAccessBytes, _ range: Range<Int>) {
        self.base = base
        let lower = Swift.max(0, Swift.min(range.lowerBound, base.count))
        self.range = lower..<Swift.max(lower, Swift.min(range.upperBound, base.count))
    }

    public var count: Int { range.count }

    public func read(at offset: Int, into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard offset >= 0, offset < range.count else { return 0 }
        let n = Swift.min(buffer.count, range.count - offset)
        return try base.read(
            at: range.lowerBound + offset, into: UnsafeMutableRawBufferPointer(rebasing: buffer[0..<n]))
    }
}
