/// A stream of bytes the importer pulls from: a file on disk in the workspace, or memory in tests.
public protocol ByteSource {
    /// Fills the start of `buffer` and returns how many bytes were written; 0 means the end.
    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int
    /// The total size when known, so small files get small buffers (a month can hold thousands).
    var sizeHint: Int? { get }
}

extension ByteSource {
    public var sizeHint: Int? { nil }
}

/// Bytes held in memory; the stand-in for a file in tests and for small inputs.
public struct MemoryByteSource: ByteSource {
    private let bytes: [UInt8]
    private var offset = 0
    /// Hands out at most this many bytes per read, so tests can exercise chunk boundaries.
    private let maxChunk: Int

    public var sizeHint: Int? { bytes.count }

    public init(_ bytes: [UInt8], maxChunk: Int = .max) {
        self.bytes = bytes
        self.maxChunk = max(1, maxChunk)
    }

    public mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let n = min(buffer.count, bytes.count - offset, maxChunk)
        guard n > 0 else { return 0 }
        bytes.withUnsafeBytes { src in
            buffer.baseAddress!.copyMemory(from: src.baseAddress! + offset, byteCount: n)
        }
        offset += n
        return n
    }
}
