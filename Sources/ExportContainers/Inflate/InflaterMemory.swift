/// The memory one `Inflater` decodes in: its output window and its decoding tables, in one allocation.
///
/// Held by a class only so the allocation is freed with its last owner; the decoder itself works
/// on raw pointers into it (see `InflateMachine`), with no reference counting in the hot loop.
final class InflaterMemory {
    /// Output already handed on that a match may still copy from: DEFLATE's 32 KiB window.
    static let windowSize = 32 * 1024
    /// Output gathered after the window before it is handed to the sink and the window slides.
    static let chunkSize = 64 * 1024
    /// Room past the chunk for the last match (258 bytes) and the 16-byte copies that overrun it.
    static let slack = 512
    static let bufferSize = windowSize + chunkSize + slack

    static let literalLengthOffset = bufferSize
    static let distanceOffset = literalLengthOffset + 4 * HuffmanDecodeTable.literalLengthCapacity
    static let codeLengthOffset = distanceOffset + 4 * HuffmanDecodeTable.distanceCapacity
    /// Codeword lengths of the block's literal/length and distance codes (288 + 32 at most).
    static let lengthsOffset = codeLengthOffset + 4 * HuffmanDecodeTable.codeLengthCapacity
    static let lengthsCapacity = 320
    /// Codeword lengths of the code-length code, in symbol order.
    static let codeLengthLengthsOffset = lengthsOffset + lengthsCapacity
    static let size = codeLengthLengthsOffset + 32

    let base: UnsafeMutableRawPointer

    init() {
        base = UnsafeMutableRawPointer.allocate(byteCount: Self.size, alignment: 16)
        // Left unwritten (most of it is never touched by a small entry): every byte is written
        // before it is read — matches copy only output already produced, tables are filled whole.
        base.bindMemory(to: UInt8.self, capacity: Self.size)
        bindTables()
    }

    /// A copy of `other`, for an `Inflater` copied mid-stream (each copy then goes its own way).
    init(copying other: InflaterMemory) {
        base = UnsafeMutableRawPointer.allocate(byteCount: Self.size, alignment: 16)
        base.copyMemory(from: other.base, byteCount: Self.size)
        base.bindMemory(to: UInt8.self, capacity: Self.size)
        bindTables()
    }

    /// The tables are read as `UInt32`, the rest as bytes.
    private func bindTables() {
        let slots =
            HuffmanDecodeTable.literalLengthCapacity + HuffmanDecodeTable.distanceCapacity
            + HuffmanDecodeTable.codeLengthCapacity
        (base + Self.literalLengthOffset).bindMemory(to: UInt32.self, capacity: slots)
    }

    deinit { base.deallocate() }
}
