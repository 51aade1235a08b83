/// Where a DEFLATE decoder is in its stream between calls, and the block framing: block headers,
/// stored blocks, the code lengths of dynamic blocks.
///
/// A struct of plain values and a raw pointer into `InflaterMemory`, so its mutating methods
/// touch their state without reference counting or exclusivity checks. Input is taken a byte at a
/// time and only when the next step needs it (the fast loop reads ahead but gives back what it did
/// not use), so the bits it holds between calls always belong to the stream: nothing past the
/// final block is ever taken from an earlier piece of input. The symbols of Huffman blocks are
/// decoded in `InflateMachine+HuffmanData.swift`.
struct InflateMachine {
    typealias Sink = (UnsafeRawBufferPointer) throws -> Void

    enum Phase {
        case blockHeader, storedLengths, storedCopy, codeCounts, codeLengthCodes, codeLengths, huffmanData, done
    }

    /// The order the code-length code's lengths are sent in (RFC 1951 §3.2.7).
    private static let codeLengthOrder: [Int] = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    var memory: UnsafeMutableRawPointer
    var phase = Phase.blockHeader
    var isLastBlock = false
    /// Bits taken from the input and not yet used, the next one lowest; the bits above `bitCount` are zero.
    var bitBuffer: UInt64 = 0
    var bitCount = 0
    /// Where the next output byte goes in the buffer, and the output before it not yet handed on.
    var outIndex = 0
    var flushedIndex = 0
    /// Bytes handed to the sink so far.
    var flushedTotal = 0
    /// Bytes of the current stored block still to copy.
    var storedRemaining = 0
    /// A dynamic block's code sizes, and how many of its lengths are read.
    var literalLengthCount = 0
    var distanceCount = 0
    var codeLengthCodeCount = 0
    var lengthIndex = 0
    /// The literal/length and distance tables hold the fixed code (a run of fixed blocks builds it once).
    var holdsFixedTables = false

    init(memory: UnsafeMutableRawPointer) { self.memory = memory }

    var buffer: UnsafeMutablePointer<UInt8> { memory.assumingMemoryBound(to: UInt8.self) }
    var literalLengthTable: UnsafeMutablePointer<UInt32> {
        (memory + InflaterMemory.literalLengthOffset).assumingMemoryBound(to: UInt32.self)
    }
    var distanceTable: UnsafeMutablePointer<UInt32> {
        (memory + InflaterMemory.distanceOffset).assumingMemoryBound(to: UInt32.self)
    }
    var codeLengthTable: UnsafeMutablePointer<UInt32> {
        (memory + InflaterMemory.codeLengthOffset).assumingMemoryBound(to: UInt32.self)
    }
    var lengths: UnsafeMutablePointer<UInt8> {
        (memory + InflaterMemory.lengthsOffset).assumingMemoryBound(to: UInt8.self)
    }
    var codeLengthLengths: UnsafeMutablePointer<UInt8> {
        (memory + InflaterMemory.codeLengthLengthsOffset).assumingMemoryBound(to: UInt8.self)
    }

    /// Output index past which the buffer is handed on and the window slides.
    static let slideIndex = InflaterMemory.windowSize + InflaterMemory.chunkSize

    /// Bytes produced so far.
    var totalOut: Int { flushedTotal + outIndex - flushedIndex }

    /// Decodes what `input` allows; see `Inflater.inflate(_:isFinal:into:)`.
    mutating func run(_ input: UnsafeRawBufferPointer, isFinal: Bool, into sink: Sink) throws -> Int {
        // An empty buffer may have no address; any address does, as nothing is read from it.
        let start = UnsafePointer((input.baseAddress ?? UnsafeRawPointer(memory)).assumingMemoryBound(to: UInt8.self))
        let end = start + input.count
        var next = start
        do {
            try decode(&next, end, into: sink)
        } catch let error as ContainerError {
            // What was decoded before the fault is handed on, so the output does not depend on how the input was split.
            try flush(into: sink)
            throw error
        }
        if phase == .done {
            // Whole bytes the last symbol did not need go back: they follow the stream.
            let back = min(bitCount >> 3, next - start)
            next -= back
            bitBuffer = 0
            bitCount = 0
        }
        try flush(into: sink)
        if isFinal, phase != .done { throw ContainerError.truncated(.deflateEndsEarly) }
        return next - start
    }

    private mutating func decode(_ next: inout UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>, into sink: Sink)
        throws
    {
        while true {
            switch phase {
            case .blockHeader:
                guard take(3, &next, end) else { return }
                let header = Int(bitBuffer & 7)
                drop(3)
                isLastBlock = header & 1 == 1
                switch header >> 1 {
                case 0:
                    drop(bitCount & 7)
                    phase = .storedLengths
                case 1:
                    if !holdsFixedTables { try buildFixedTables() }
                    phase = .huffmanData
                case 2:
                    phase = .codeCounts
                default:
                    throw ContainerError.corrupt(.deflate(.reservedBlockType))
                }
            case .storedLengths:
                guard take(32, &next, end) else { return }
                let length = Int(bitBuffer & 0xFFFF)
                let complement = Int(bitBuffer >> 16 & 0xFFFF)
                guard length == complement ^ 0xFFFF else {
                    throw ContainerError.corrupt(.deflate(.storedLengthMismatch))
                }
                drop(32)
                storedRemaining = length
                phase = .storedCopy
            case .storedCopy:
                guard try copyStored(&next, end, into: sink) else { return }
                endBlock()
            case .codeCounts:
                guard take(14, &next, end) else { return }
                literalLengthCount = 257 + Int(bitBuffer & 0x1F)
                distanceCount = 1 + Int(bitBuffer >> 5 & 0x1F)
                codeLengthCodeCount = 4 + Int(bitBuffer >> 10 & 0xF)
                drop(14)
                guard literalLengthCount <= 286, distanceCount <= 30 else {
                    throw ContainerError.corrupt(.deflate(.tooManySymbols))
                }
                lengthIndex = 0
                phase = .codeLengthCodes
            case .codeLengthCodes:
                let lens = codeLengthLengths
                while lengthIndex < codeLengthCodeCount {
                    guard take(3, &next, end) else { return }
                    lens[Self.codeLengthOrder[lengthIndex]] = UInt8(truncatingIfNeeded: bitBuffer & 7)
                    drop(3)
                    lengthIndex += 1
                }
                for i in codeLengthCodeCount..<19 { lens[Self.codeLengthOrder[i]] = 0 }
                try HuffmanDecodeTable.build(.codeLength, lengths: lens, count: 19, into: codeLengthTable)
                lengthIndex = 0
                phase = .codeLengths
            case .codeLengths:
                guard try readCodeLengths(&next, end) else { return }
                holdsFixedTables = false
                try HuffmanDecodeTable.build(
                    .literalLength, lengths: lengths, count: literalLengthCount, into: literalLengthTable)
                try HuffmanDecodeTable.build(
                    .distance, lengths: lengths + literalLengthCount, count: distanceCount, into: distanceTable)
                phase = .huffmanData
            case .huffmanData:
                guard try decodeHuffmanData(&next, end, into: sink) else { return }
                endBlock()
            case .done:
                return
            }
        }
    }

    private mutating func endBlock() { phase = isLastBlock ? .done : .blockHeader }

    /// Makes sure `count` bits (at most 57) are held, taking input bytes one by one; false when the input ends first.
    mutating func take(_ count: Int, _ next: inout UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>) -> Bool {
        while bitCount < count {
            guard next < end else { return false }
            bitBuffer |= UInt64(next.pointee) << UInt64(bitCount)
            next += 1
            bitCount += 8
        }
        return true
    }

    mutating func drop(_ count: Int) {
        bitBuffer >>= UInt64(count)
        bitCount -= count
    }

    /// Copies the current stored block's bytes on; true when the block is complete.
    private mutating func copyStored(_ next: inout UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>, into sink: Sink)
        throws -> Bool
    {
        while storedRemaining > 0 {
            if outIndex >= Self.slideIndex { try slide(into: sink) }
            if bitCount >= 8 {
                // Bytes already taken into the bit buffer come first (the buffer is byte-aligned here).
                buffer[outIndex] = UInt8(truncatingIfNeeded: bitBuffer)
                drop(8)
                outIndex += 1
                storedRemaining -= 1
                continue
            }
            let n = min(storedRemaining, end - next, Self.slideIndex - outIndex)
            guard n > 0 else { return false }
            (buffer + outIndex).update(from: next, count: n)
            next += n
            outIndex += n
            storedRemaining -= n
        }
        return true
    }

    /// Reads a dynamic block's codeword lengths with the code-length code; true when all are read.
    private mutating func readCodeLengths(_ next: inout UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>) throws
        -> Bool
    {
        let total = literalLengthCount + distanceCount
        let lens = lengths
        let table = codeLengthTable
        while lengthIndex < total {
            var entry: UInt32
            var codeBits: Int
            var extraBits: Int
            while true {
                entry = table[Int(bitBuffer & 0x7F)]
                codeBits = Int(entry & 0xFF)
                switch entry >> 16 {
                case 16: extraBits = 2
                case 17: extraBits = 3
                case 18: extraBits = 7
                default: extraBits = 0
                }
                if codeBits + extraBits <= bitCount { break }
                guard take(bitCount + 8, &next, end) else { return false }
            }
            let extra = Int(bitBuffer >> UInt64(codeBits)) & (1 << extraBits - 1)
            drop(codeBits + extraBits)
            let symbol = Int(entry >> 16)
            if symbol < 16 {
                lens[lengthIndex] = UInt8(symbol)
                lengthIndex += 1
                continue
            }
            let repeated: UInt8
            let times: Int
            switch symbol {
            case 16:
                guard lengthIndex > 0 else { throw ContainerError.corrupt(.deflate(.repeatWithoutPrevious)) }
                repeated = lens[lengthIndex - 1]
                times = 3 + extra
            case 17:
                repeated = 0
                times = 3 + extra
            default:
                repeated = 0
                times = 11 + extra
            }
            guard times <= total - lengthIndex else { throw ContainerError.corrupt(.deflate(.repeatPastSymbols)) }
            (lens + lengthIndex).update(repeating: repeated, count: times)
            lengthIndex += times
        }
        guard lens[256] != 0 else { throw ContainerError.corrupt(.deflate(.missingEndOfBlock)) }
        return true
    }

    /// The fixed code of RFC 1951 §3.2.6.
    private mutating func buildFixedTables() throws {
        let lens = lengths
        (lens + 0).update(repeating: 8, count: 144)
        (lens + 144).update(repeating: 9, count: 112)
        (lens + 256).update(repeating: 7, count: 24)
        (lens + 280).update(repeating: 8, count: 8)
        (lens + 288).update(repeating: 5, count: 32)
        try HuffmanDecodeTable.build(.literalLength, lengths: lens, count: 288, into: literalLengthTable)
        try HuffmanDecodeTable.build(.distance, lengths: lens + 288, count: 32, into: distanceTable)
        holdsFixedTables = true
    }

    /// Hands the output not yet handed on to the sink.
    mutating func flush(into sink: Sink) throws {
        let count = outIndex - flushedIndex
        guard count > 0 else { return }
        let from = flushedIndex
        flushedIndex = outIndex
        flushedTotal += count
        do {
            try sink(UnsafeRawBufferPointer(start: buffer + from, count: count))
        } catch {
            throw SinkFailure(error: error)
        }
    }

    /// Hands the output on and keeps its last 32 KiB at the buffer's start, where matches copy from.
    mutating func slide(into sink: Sink) throws {
        try flush(into: sink)
        let keep = InflaterMemory.windowSize
        UnsafeMutableRawPointer(buffer).copyMemory(from: buffer + (outIndex - keep), byteCount: keep)
        outIndex = keep
        flushedIndex = keep
    }
}

/// An error the sink threw, carried out of the decoder apart from its own `ContainerError`s.
struct SinkFailure: Error {
    var error: any Error
}
