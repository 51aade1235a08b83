/// A DEFLATE compressor (RFC 1951, raw: no zlib or gzip wrapper) for the zip entries and xlsx
/// parts the generator writes; independent of the decoder in ExportContainers it is tested with.
///
/// LZ77 with hash chains, as zlib does it: a 64 KiB buffer holding the 32 KiB window and the
/// input ahead, a hash of the next 4 bytes leading to earlier positions with the same hash, the
/// longest match among a few of them taken greedily. Blocks of up to 16,384 symbols (or up to a
/// window slide) are written by `DeflateBlockWriter`. Streaming: input is given in pieces and
/// compressed bytes are handed on as blocks complete; the output depends only on the bytes, not
/// on how they were split, so the same content always gives the same archive.
final class Deflater {
    static let windowSize = 32 * 1024
    private static let bufferSize = 2 * windowSize
    private static let maxMatch = 258
    private static let minMatch = 4
    /// Input kept ahead of the position being matched, so a match is never cut by the buffer's end.
    private static let lookahead = maxMatch + minMatch + 1
    /// Farthest match back: the window, less the lookahead the buffer keeps ahead (zlib's MAX_DIST).
    private static let maxDistance = windowSize - lookahead
    private static let hashBits = 15
    /// Earlier positions tried per match; a match this long ends the search.
    private static let maxChain = 32
    private static let goodEnough = 128
    private static let tokensPerBlock = 16_384

    /// Input bytes: positions 0..<`filled`, plus 8 bytes of zeros the 8-byte compares may read.
    private let buffer: UnsafeMutablePointer<UInt8>
    /// Most recent position for each hash, and per position the one before it with the same hash;
    /// 0 is none (so position 0 is never matched against).
    private let head: UnsafeMutablePointer<UInt16>
    private let previous: UnsafeMutablePointer<UInt16>
    private let tokens: UnsafeMutablePointer<DeflateBlockWriter.Token>
    private let writer = DeflateBlockWriter()

    private var filled = 0
    /// The next position to match.
    private var position = 0
    /// Where the current block's input starts.
    private var blockStart = 0
    private var tokenCount = 0
    private var isFinished = false
    /// Bytes given to compress, and compressed bytes handed on.
    private(set) var totalIn = 0
    private(set) var totalOut = 0

    init() {
        buffer = .allocate(capacity: Self.bufferSize + 8)
        buffer.initialize(repeating: 0, count: Self.bufferSize + 8)
        head = .allocate(capacity: 1 << Self.hashBits)
        head.initialize(repeating: 0, count: 1 << Self.hashBits)
        previous = .allocate(capacity: Self.windowSize)
        previous.initialize(repeating: 0, count: Self.windowSize)
        tokens = .allocate(capacity: Self.tokensPerBlock)
    }

    deinit {
        buffer.deallocate()
        head.deallocate()
        previous.deallocate()
        tokens.deallocate()
    }

    /// Compresses a whole input at once.
    static func compress(_ data: [UInt8]) -> [UInt8] {
        let deflater = Deflater()
        var output: [UInt8] = []
        data.withUnsafeBytes { deflater.compress($0) { output.append(contentsOf: $0) } }
        deflater.finish { output.append(contentsOf: $0) }
        return output
    }

    /// Compresses the next piece of input; compressed bytes are handed to `sink` as blocks complete.
    func compress(_ input: UnsafeRawBufferPointer, into sink: (UnsafeRawBufferPointer) throws -> Void) rethrows {
        precondition(!isFinished, "Deflater used after finish")
        totalIn += input.count
        var offset = 0
        while offset < input.count {
            if filled == Self.bufferSize { try slide(into: sink) }
            let n = min(input.count - offset, Self.bufferSize - filled)
            (buffer + filled).update(from: input.baseAddress!.assumingMemoryBound(to: UInt8.self) + offset, count: n)
            filled += n
            offset += n
            try match(upTo: filled - Self.lookahead, into: sink)
        }
    }

    /// Compresses the rest and ends the stream with its final block.
    func finish(into sink: (UnsafeRawBufferPointer) throws -> Void) rethrows {
        precondition(!isFinished, "Deflater finished twice")
        try match(upTo: filled, into: sink)
        writeBlock(final: true)
        writer.finish()
        isFinished = true
        try drain(into: sink)
    }

    private func drain(into sink: (UnsafeRawBufferPointer) throws -> Void) rethrows {
        totalOut += writer.outputCount
        try writer.drain(into: sink)
    }

    private func writeBlock(final: Bool) {
        // A slide right after a full block would otherwise write an empty one.
        if tokenCount == 0, !final { return }
        writer.writeBlock(
            UnsafeBufferPointer(start: tokens, count: tokenCount),
            raw: UnsafeRawBufferPointer(start: buffer + blockStart, count: position - blockStart), final: final)
        tokenCount = 0
        blockStart = position
    }

    /// Drops the older half of the buffer: the block so far is written first (its bytes go with
    /// it), and every position kept in the hash moves down by the window size.
    private func slide(into sink: (UnsafeRawBufferPointer) throws -> Void) rethrows {
        writeBlock(final: false)
        try drain(into: sink)
        let w = Self.windowSize
        buffer.update(from: buffer + w, count: w)
        filled -= w
        position -= w
        blockStart -= w
        for i in 0..<(1 << Self.hashBits) { head[i] = head[i] >= UInt16(w) ? head[i] - UInt16(w) : 0 }
        for i in 0..<w { previous[i] = previous[i] >= UInt16(w) ? previous[i] - UInt16(w) : 0 }
    }

    @inline(__always)
    private static func hash(_ p: UnsafePointer<UInt8>) -> Int {
        Int(
            truncatingIfNeeded: (UnsafeRawPointer(p).loadUnaligned(as: UInt32.self) &* 0x9E37_79B1)
                >> (32 - UInt32(hashBits)))
    }

    /// Bytes `a` and `b` have in common, up to `limit`; may read 7 bytes past it.
    @inline(__always)
    private static func commonLength(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, limit: Int) -> Int {
        var n = 0
        while n < limit {
            let x =
                UnsafeRawPointer(a + n).loadUnaligned(as: UInt64.self)
                ^ UnsafeRawPointer(b + n).loadUnaligned(as: UInt64.self)
            if x != 0 { return min(limit, n + UInt64(littleEndian: x).trailingZeroBitCount >> 3) }
            n += 8
        }
        return limit
    }

    /// Turns positions up to `end` into literals and matches, writing a block whenever the tokens fill up.
    private func match(upTo end: Int, into sink: (UnsafeRawBufferPointer) throws -> Void) rethrows {
        let buffer = self.buffer
        let head = self.head
        let previous = self.previous
        let tokens = self.tokens
        let windowMask = Self.windowSize - 1
        var position = self.position
        var tokenCount = self.tokenCount
        let filled = self.filled
        defer {
            self.position = position
            self.tokenCount = tokenCount
        }
        while position < end {
            if tokenCount == Self.tokensPerBlock {
                self.position = position
                self.tokenCount = tokenCount
                writeBlock(final: false)
                try drain(into: sink)
                tokenCount = 0
            }
            let available = filled - position
            guard available >= Self.minMatch else {
                // The last bytes of the input: too few to hash.
                tokens[tokenCount] = DeflateBlockWriter.Token(buffer[position])
                tokenCount += 1
                position += 1
                continue
            }
            let here = buffer + position
            let h = Self.hash(here)
            var candidate = Int(head[h])
            head[h] = UInt16(truncatingIfNeeded: position)
            previous[position & windowMask] = UInt16(truncatingIfNeeded: candidate)

            let limit = min(Self.maxMatch, available)
            let nearest = position > Self.maxDistance ? position - Self.maxDistance : 0
            var bestLength = Self.minMatch - 1
            var bestDistance = 0
            var chain = Self.maxChain
            let first = UnsafeRawPointer(here).loadUnaligned(as: UInt32.self)
            while candidate > nearest, chain > 0 {
                let there = buffer + candidate
                // Cheap rejections first: the byte that would make a longer match, then the hashed 4 bytes.
                if bestLength < limit, there[bestLength] == here[bestLength],
                    UnsafeRawPointer(there).loadUnaligned(as: UInt32.self) == first
                {
                    let length = Self.commonLength(there, here, limit: limit)
                    if length > bestLength {
                        bestLength = length
                        bestDistance = position - candidate
                        if length >= Self.goodEnough || length == limit { break }
                    }
                }
                chain -= 1
                candidate = Int(previous[candidate & windowMask])
            }

            if bestDistance > 0 {
                let token =
                    DeflateBlockWriter.matchFlag | DeflateBlockWriter.Token(bestLength) << 16
                    | DeflateBlockWriter.Token(bestDistance)
                tokens[tokenCount] = token
                tokenCount += 1
                // Every position inside the match goes into the hash too: XML repeats whole cells,
                // and a repeat starting mid-match is found only this way (1 point of ratio for 10% of time).
                let last = min(position + bestLength, filled - Self.minMatch + 1)
                var p = position + 1
                while p < last {
                    let h = Self.hash(buffer + p)
                    previous[p & windowMask] = head[h]
                    head[h] = UInt16(truncatingIfNeeded: p)
                    p += 1
                }
                position += bestLength
            } else {
                tokens[tokenCount] = DeflateBlockWriter.Token(here.pointee)
                tokenCount += 1
                position += 1
            }
        }
    }
}
