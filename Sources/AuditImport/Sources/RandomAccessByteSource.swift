import ExportContainers

/// A CSV's bytes that are not a plain file: a zip entry read in place, or inflated to memory or a
/// spill file. Splittable, so a big zipped CSV is still read on both cores, and reopenable for
/// reading rows back (it holds no descriptor of its own; a spill file keeps one for its life).
struct RandomAccessByteSource: SplittableByteSource, Sendable {
    let bytes: any RandomAccessBytes
    private let range: Range<Int>
    private var offset: Int

    init(_ bytes: any RandomAccessBytes) { self.init(bytes, range: 0..<bytes.count) }

    private init(_ bytes: any RandomAccessBytes, range: Range<Int>) {
        self.bytes = bytes
        let lower = min(max(0, range.lowerBound), bytes.count)
        self.range = lower..<min(max(lower, range.upperBound), bytes.count)
        offset = self.range.lowerBound
    }

    var sizeHint: Int? { range.upperBound - offset }

    var totalSize: Int { range.upperBound }

    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let n = min(buffer.count, range.upperBound - offset)
        guard n > 0 else { return 0 }
        let got = try bytes.read(at: offset, into: UnsafeMutableRawBufferPointer(rebasing: buffer[0..<n]))
        offset += got
        return got
    }

    func part(_ range: Range<Int>) -> RandomAccessByteSource { RandomAccessByteSource(bytes, range: range) }

    func peek(at offset: Int, count: Int) -> [UInt8] {
        (try? bytes.bytes(at: offset, count: min(count, range.upperBound - offset))) ?? []
    }

    var reopener: @Sendable (Int) -> (any ByteSource)? {
        let whole = self
        return { offset in whole.part(offset..<whole.range.upperBound) }
    }
}
