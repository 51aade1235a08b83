/// Writes DEFLATE blocks (RFC 1951 §3.2.3–3.2.7) from a block's symbols: whichever is smallest of
/// a dynamic Huffman block, a fixed Huffman block and stored blocks.
///
/// Owns the bit packing and the output buffer; `Deflater` hands it a block's tokens and the
/// bytes they stand for, then takes the output with `drain`.
final class DeflateBlockWriter {
    /// A literal byte (below 256), or a match: bit 31 set, the length in bits 16–24, the distance below.
    typealias Token = UInt32
    static let matchFlag: Token = 1 << 31

    /// Symbol counts of the block being written: 286 literal/length symbols, then 30 distance symbols.
    private let counts: UnsafeMutablePointer<UInt32>
    /// `lengthSymbol` and `distanceSymbolTable`, copied where the per-token loops read them without
    /// the lazy-initialisation check of a static.
    private let lengthSymbols: UnsafeMutablePointer<UInt8>
    private let distanceSymbols: UnsafeMutablePointer<UInt8>
    static let literalLengthSymbols = 286
    static let distanceSymbols = 30

    /// Bytes written and not yet drained; at most one block's worth (a block covers at most 64 KiB of input).
    private let output: UnsafeMutablePointer<UInt8>
    private static let outputCapacity = 160 * 1024
    private(set) var outputCount = 0
    /// Bits not yet making a whole 32-bit word, lowest first.
    private var bitBuffer: UInt64 = 0
    private var bitCount = 0

    init() {
        counts = .allocate(capacity: Self.literalLengthSymbols + Self.distanceSymbols)
        counts.initialize(repeating: 0, count: Self.literalLengthSymbols + Self.distanceSymbols)
        output = .allocate(capacity: Self.outputCapacity)
        lengthSymbols = .allocate(capacity: Self.lengthSymbol.count)
        lengthSymbols.initialize(from: Self.lengthSymbol, count: Self.lengthSymbol.count)
        distanceSymbols = .allocate(capacity: Self.distanceSymbolTable.count)
        distanceSymbols.initialize(from: Self.distanceSymbolTable, count: Self.distanceSymbolTable.count)
    }

    deinit {
        counts.deallocate()
        output.deallocate()
        lengthSymbols.deallocate()
        distanceSymbols.deallocate()
    }

    @inline(__always)
    private func distanceSymbol(_ distance: Int) -> Int {
        distance <= 256 ? Int(distanceSymbols[distance - 1]) : Int(distanceSymbols[256 + (distance - 1) >> 7])
    }

    /// Writes one block of `tokens`, which stand for `raw`.
    func writeBlock(_ tokens: UnsafeBufferPointer<Token>, raw: UnsafeRawBufferPointer, final: Bool) {
        counts.update(repeating: 0, count: Self.literalLengthSymbols + Self.distanceSymbols)
        for token in tokens {
            if token & Self.matchFlag == 0 {
                counts[Int(token)] += 1
            } else {
                counts[257 + Int(lengthSymbols[Int(token >> 16 & 0x1FF)])] += 1
                counts[Self.literalLengthSymbols + distanceSymbol(Int(token & 0xFFFF))] += 1
            }
        }
        counts[256] = 1
        let literal = HuffmanCode(
            counts: UnsafeBufferPointer(start: counts, count: Self.literalLengthSymbols), maxLength: 15)
        let distance = HuffmanCode(
            counts: UnsafeBufferPointer(start: counts + Self.literalLengthSymbols, count: Self.distanceSymbols),
            maxLength: 15)
        let header = DynamicHeader(literal: literal, distance: distance)

        // Sizes in bits; the extra bits of lengths and distances cost the same in both Huffman forms.
        var extra = 0
        var dynamicBits = 3 + header.bits
        var fixedBits = 3
        for s in 0..<Self.literalLengthSymbols {
            let n = Int(counts[s])
            guard n > 0 else { continue }
            dynamicBits += n * Int(literal.lengths[s])
            fixedBits += n * Int(Self.fixedLiteral.lengths[s])
            if s >= 257 { extra += n * Int(Self.lengthExtraBits[s - 257]) }
        }
        for d in 0..<Self.distanceSymbols {
            let n = Int(counts[Self.literalLengthSymbols + d])
            guard n > 0 else { continue }
            dynamicBits += n * Int(distance.lengths[d])
            fixedBits += n * 5
            extra += n * Self.distanceExtraBits(d)
        }
        dynamicBits += extra
        fixedBits += extra
        var storedBits = 0
        var at = bitCount
        var left = raw.count
        repeat {
            let n = min(left, 65_535)
            at = (at + 3 + 7) & ~7
            at += 32 + 8 * n
            left -= n
        } while left > 0
        storedBits = at - bitCount

        // zlib's preferences on ties: stored, then fixed.
        if storedBits <= min(dynamicBits, fixedBits) {
            writeStored(raw, final: final)
        } else if fixedBits <= dynamicBits {
            put(final ? 1 : 0, 1)
            put(1, 2)
            writeTokens(tokens, Self.fixedLiteral, Self.fixedDistance)
        } else {
            put(final ? 1 : 0, 1)
            put(2, 2)
            header.write(to: self)
            writeTokens(tokens, literal, distance)
        }
    }

    /// Pads the last byte with zero bits (after the final block).
    func finish() {
        while bitCount > 0 {
            output[outputCount] = UInt8(truncatingIfNeeded: bitBuffer)
            outputCount += 1
            bitBuffer >>= 8
            bitCount = max(0, bitCount - 8)
        }
    }

    /// Hands the whole bytes written so far to `sink` and forgets them.
    func drain(into sink: (UnsafeRawBufferPointer) throws -> Void) rethrows {
        guard outputCount > 0 else { return }
        let n = outputCount
        outputCount = 0
        try sink(UnsafeRawBufferPointer(start: output, count: n))
    }

    private func writeStored(_ raw: UnsafeRawBufferPointer, final: Bool) {
        var offset = 0
        repeat {
            let n = min(raw.count - offset, 65_535)
            put(final && offset + n == raw.count ? 1 : 0, 1)
            put(0, 2)
            // To the byte boundary, then LEN and its complement.
            if bitCount & 7 != 0 { put(0, 8 - bitCount & 7) }
            put(n, 16)
            put(n ^ 0xFFFF, 16)
            flushWords()
            while bitCount > 0 {
                output[outputCount] = UInt8(truncatingIfNeeded: bitBuffer)
                outputCount += 1
                bitBuffer >>= 8
                bitCount -= 8
            }
            if n > 0 {
                (output + outputCount).update(
                    from: raw.baseAddress!.assumingMemoryBound(to: UInt8.self) + offset, count: n)
                outputCount += n
            }
            offset += n
        } while offset < raw.count
    }

    private func writeTokens(_ tokens: UnsafeBufferPointer<Token>, _ literal: HuffmanCode, _ distance: HuffmanCode) {
        literal.lengths.withUnsafeBufferPointer { literalLengths in
            literal.codes.withUnsafeBufferPointer { literalCodes in
                distance.lengths.withUnsafeBufferPointer { distanceLengths in
                    distance.codes.withUnsafeBufferPointer { distanceCodes in
                        var buffer = bitBuffer
                        var count = bitCount
                        var out = output + outputCount
                        for token in tokens {
                            if token & Self.matchFlag == 0 {
                                buffer |= UInt64(literalCodes[Int(token)]) << UInt64(count)
                                count += Int(literalLengths[Int(token)])
                            } else {
                                let length = Int(token >> 16 & 0x1FF)
                                let dist = Int(token & 0xFFFF)
                                let l = Int(lengthSymbols[length])
                                buffer |= UInt64(literalCodes[257 + l]) << UInt64(count)
                                count += Int(literalLengths[257 + l])
                                buffer |= UInt64(length - Int(Self.lengthBase[l])) << UInt64(count)
                                count += Int(Self.lengthExtraBits[l])
                                if count >= 32 {
                                    UnsafeMutableRawPointer(out).storeBytes(
                                        of: UInt32(truncatingIfNeeded: buffer).littleEndian, as: UInt32.self)
                                    out += 4
                                    buffer >>= 32
                                    count -= 32
                                }
                                let d = distanceSymbol(dist)
                                buffer |= UInt64(distanceCodes[d]) << UInt64(count)
                                count += Int(distanceLengths[d])
                                buffer |= UInt64(dist - Int(Self.distanceBase[d])) << UInt64(count)
                                count += Self.distanceExtraBits(d)
                            }
                            if count >= 32 {
                                UnsafeMutableRawPointer(out).storeBytes(
                                    of: UInt32(truncatingIfNeeded: buffer).littleEndian, as: UInt32.self)
                                out += 4
                                buffer >>= 32
                                count -= 32
                            }
                        }
                        buffer |= UInt64(literalCodes[256]) << UInt64(count)
                        count += Int(literalLengths[256])
                        bitBuffer = buffer
                        bitCount = count
                        outputCount = out - output
                        flushWords()
                    }
                }
            }
        }
    }

    /// Appends the low `count` bits of `value` (at most 32).
    func put(_ value: Int, _ count: Int) {
        bitBuffer |= UInt64(value) << UInt64(bitCount)
        bitCount += count
        flushWords()
    }

    private func flushWords() {
        while bitCount >= 32 {
            UnsafeMutableRawPointer(output + outputCount).storeBytes(
                of: UInt32(truncatingIfNeeded: bitBuffer).littleEndian, as: UInt32.self)
            outputCount += 4
            bitBuffer >>= 32
            bitCount -= 32
        }
    }

    // MARK: The alphabets (RFC 1951 §3.2.5)

    static let lengthBase: [UInt16] = [
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31,
        35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258,
    ]
    static let lengthExtraBits: [UInt8] = [
        0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2,
        3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
    ]
    static let distanceBase: [UInt16] = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193,
        257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
        8193, 12289, 16385, 24577,
    ]

    @inline(__always)
    static func distanceExtraBits(_ symbol: Int) -> Int { symbol < 4 ? 0 : symbol / 2 - 1 }

    /// Length (3…258) to its symbol less 257.
    static let lengthSymbol: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 259)
        for s in 0..<29 {
            let end = s == 28 ? 259 : Int(lengthBase[s]) + 1 << Int(lengthExtraBits[s])
            for length in Int(lengthBase[s])..<min(end, 259) { table[length] = UInt8(s) }
        }
        table[258] = 28
        return table
    }()

    /// Distance (1…32768) to its symbol: an entry for each of the first 256, then one per 128 (zlib's `d_code`).
    private static let distanceSymbolTable: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 512)
        for s in 0..<30 {
            let start = Int(distanceBase[s])
            let end = start + 1 << distanceExtraBits(s)
            for d in start..<end {
                if d <= 256 { table[d - 1] = UInt8(s) } else { table[256 + (d - 1) >> 7] = UInt8(s) }
            }
        }
        return table
    }()

    static let fixedLiteral = HuffmanCode(
        lengths: [UInt8](repeating: 8, count: 144) + [UInt8](repeating: 9, count: 112)
            + [UInt8](repeating: 7, count: 24) + [UInt8](repeating: 8, count: 8))
    static let fixedDistance = HuffmanCode(lengths: [UInt8](repeating: 5, count: 30))
}

/// The header of a dynamic block: the two codes' lengths, run-length coded with the code-length
/// code (RFC 1951 §3.2.7), and what it costs.
private struct DynamicHeader {
    let literalCount: Int, distanceCount: Int
    /// Code-length symbols: the symbol, then its extra bits' value.
    var symbols: [(symbol: UInt8, extra: UInt8)] = []
    let codeLengthCode: HuffmanCode
    let codeLengthCount: Int
    private(set) var bits = 0

    static let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    init(literal: HuffmanCode, distance: HuffmanCode) {
        var l = 286
        while l > 257, literal.lengths[l - 1] == 0 { l -= 1 }
        var d = 30
        while d > 1, distance.lengths[d - 1] == 0 { d -= 1 }
        literalCount = l
        distanceCount = d
        // The two sequences are coded apart, as zlib does: no run crosses from one into the other.
        var symbols: [(symbol: UInt8, extra: UInt8)] = []
        Self.runLengths(literal.lengths[0..<l], into: &symbols)
        Self.runLengths(distance.lengths[0..<d], into: &symbols)
        self.symbols = symbols
        var counts = [UInt32](repeating: 0, count: 19)
        for s in symbols { counts[Int(s.symbol)] += 1 }
        codeLengthCode = counts.withUnsafeBufferPointer { HuffmanCode(counts: $0, maxLength: 7) }
        var c = 19
        while c > 4, codeLengthCode.lengths[Self.order[c - 1]] == 0 { c -= 1 }
        codeLengthCount = c
        bits = 5 + 5 + 4 + 3 * c
        for s in symbols {
            bits += Int(codeLengthCode.lengths[Int(s.symbol)])
            bits += s.symbol == 16 ? 2 : s.symbol == 17 ? 3 : s.symbol == 18 ? 7 : 0
        }
    }

    /// zlib's scheme: 16 repeats the previous length 3–6 times, 17 and 18 give 3–10 and 11–138 zeros.
    private static func runLengths(_ lengths: ArraySlice<UInt8>, into symbols: inout [(symbol: UInt8, extra: UInt8)]) {
        var i = lengths.startIndex
        while i < lengths.endIndex {
            let length = lengths[i]
            var run = 1
            while i + run < lengths.endIndex, lengths[i + run] == length { run += 1 }
            i += run
            if length == 0 {
                while run >= 11 {
                    let n = min(run, 138)
                    symbols.append((18, UInt8(n - 11)))
                    run -= n
                }
                if run >= 3 {
                    symbols.append((17, UInt8(run - 3)))
                    run = 0
                }
            } else {
                symbols.append((length, 0))
                run -= 1
                while run >= 3 {
                    let n = min(run, 6)
                    symbols.append((16, UInt8(n - 3)))
                    run -= n
                }
            }
            for _ in 0..<run { symbols.append((length, 0)) }
        }
    }

    func write(to writer: DeflateBlockWriter) {
        writer.put(literalCount - 257, 5)
        writer.put(distanceCount - 1, 5)
        writer.put(codeLengthCount - 4, 4)
        for i in 0..<codeLengthCount { writer.put(Int(codeLengthCode.lengths[Self.order[i]]), 3) }
        for s in symbols {
            let symbol = Int(s.symbol)
            writer.put(Int(codeLengthCode.codes[symbol]), Int(codeLengthCode.lengths[symbol]))
            switch symbol {
            case 16: writer.put(Int(s.extra), 2)
            case 17: writer.put(Int(s.extra), 3)
            case 18: writer.put(Int(s.extra), 7)
            default: break
            }
        }
    }
}
