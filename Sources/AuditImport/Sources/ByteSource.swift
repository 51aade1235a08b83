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
public struct MemoryByteSource: ByteSource, Sendable {
    private let bytes: [UInt8]
    private var offset: Int
    private let end: Int
    /// Hands out at most this many bytes per read, so tests can exercise chunk boundaries.
    private let maxChunk: Int

    public var sizeHint: Int? { end - offset }

    public init(_ bytes: [UInt8], maxChunk: Int = .max) {
        self.init(bytes, range: 0..<bytes.count, maxChunk: maxChunk)
    }

    /// A view of `range` of the same storage (parts and re-reads share the bytes, never copy them).
    private init(_ bytes: [UInt8], range: Range<Int>, maxChunk: Int) {
        self.bytes = bytes
        offset = range.lowerBound
        end = range.upperBound
        self.maxChunk = max(1, maxChunk)
    }

    public mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let n = min(buffer.count, end - offset, maxChunk)
        guard n > 0 else { return 0 }
        bytes.withUnsafeBytes { src in
            buffer.baseAddress!.copyMemory(from: src.baseAddress! + offset, byteCount: n)
        }
        offset += n
        return n
    }
}

/// A byte source whose size is known and whose parts can be read independently, so a large
/// file can be imported on several cores at once.
public protocol SplittableByteSource: ByteSource, SendableMetatype {
    var totalSize: Int { get }
    /// A new source over `range` of the bytes, reading from its start.
    func part(_ range: Range<Int>) throws(ImportError) -> Self
    /// Up to `count` bytes from `offset`, without disturbing any reading.
    func peek(at offset: Int, count: Int) throws(ImportError) -> [UInt8]
    /// Opens the same bytes again from an offset to the end, on any thread, to read a row back.
    /// (It must hold no open file: a month may have thousands of exports.)
    var reopener: @Sendable (Int) -> (any ByteSource)? { get }
}

extension MemoryByteSource: SplittableByteSource {
    public var totalSize: Int { end }

    public func part(_ range: Range<Int>) -> MemoryByteSource {
        let lower = min(max(0, range.lowerBound), end)
        let upper = min(max(lower, range.upperBound), end)
        return MemoryByteSource(bytes, range: lower..<upper, maxChunk: maxChunk)
    }

    public func peek(at offset: Int, count: Int) -> [UInt8] {
        Array(bytes[min(offset, end)..<min(offset + count, end)])
    }

    public var reopener: @Sendable (Int) -> (any ByteSource)? {
        let whole = self
        return { offset in whole.part(offset..<whole.end) }
    }
}
