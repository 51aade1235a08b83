/// Hand-built DEFLATE streams for the inflate tests: the edge cases zlib never writes (a distance
/// before the start, bad code lengths, no distance codes) and long outputs whose expected bytes the
/// test computes itself.
///
/// Deliberately naive (bit by bit, codewords from RFC 1951's own algorithm), so it shares nothing
/// with the decoder it checks.
struct DeflateTestStream {
    /// Bits packed least significant first, as DEFLATE packs them.
    private(set) var bytes: [UInt8] = []
    private var bitCount = 0

    /// `count` bits of `value`, least significant first (header fields, extra bits).
    mutating func bits(_ value: Int, _ count: Int) {
        for i in 0..<count {
            if bitCount % 8 == 0 { bytes.append(0) }
            if value >> i & 1 == 1 { bytes[bytes.count - 1] |= UInt8(1 << (bitCount % 8)) }
            bitCount += 1
        }
    }

    /// A Huffman codeword: sent most significant bit first.
    mutating func codeword(_ code: (code: Int, length: Int)) {
        for i in stride(from: code.length - 1, through: 0, by: -1) { bits(code.code >> i & 1, 1) }
    }

    /// Pads to the next byte boundary with zero bits.
    mutating func align() { bitCount = bytes.count * 8 }

    /// A stored block holding `data` (at most 65,535 bytes).
    mutating func stored(_ data: [UInt8], final: Bool) {
        bits(final ? 1 : 0, 1)
        bits(0, 2)
        align()
        bits(data.count, 16)
        bits(data.count ^ 0xFFFF, 16)
        bytes += data
        bitCount = bytes.count * 8
    }

    /// What a Huffman block codes: literal bytes and (length, distance) copies.
    enum Token: Equatable {
        case literal(UInt8)
        case match(length: Int, distance: Int)
    }

    /// A fixed-Huffman block of `tokens` and its end-of-block symbol.
    mutating func fixed(_ tokens: [Token], final: Bool) {
        bits(final ? 1 : 0, 1)
        bits(1, 2)
        let literalCodes = Self.canonicalCodes(Self.fixedLiteralLengths)
        let distanceCodes = Self.canonicalCodes([Int](repeating: 5, count: 30))
        body(tokens, literalCodes, distanceCodes)
    }

    /// The fixed code's literal/length lengths (RFC 1951 §3.2.6).
    static let fixedLiteralLengths =
        [Int](repeating: 8, count: 144) + [Int](repeating: 9, count: 112)
        + [Int](repeating: 7, count: 24) + [Int](repeating: 8, count: 8)

    /// A dynamic block's header: `literalLengths` (257…286 of them) and `distanceLengths` (1…30)
    /// sent plainly, one code-length symbol per length, with a code-length code of `codeLengthLengths`.
    mutating func dynamicHeader(final: Bool, literalLengths: [Int], distanceLengths: [Int], codeLengthLengths: [Int]) {
        let symbols = (literalLengths + distanceLengths).map { (symbol: $0, extra: 0, extraBits: 0) }
        dynamicHeader(
            final: final, literalCount: literalLengths.count, distanceCount: distanceLengths.count,
            codeLengthLengths: codeLengthLengths, symbols: symbols)
    }

    /// A dynamic block's header from its raw parts: the counts and the code-length symbols as given
    /// (repeats included), so a test can send what a valid encoder never would.
    mutating func dynamicHeader(
        final: Bool, literalCount: Int, distanceCount: Int, codeLengthLengths: [Int],
        symbols: [(symbol: Int, extra: Int, extraBits: Int)]
    ) {
        bits(final ? 1 : 0, 1)
        bits(2, 2)
        bits(literalCount - 257, 5)
        bits(distanceCount - 1, 5)
        let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
        var sent = 19
        while sent > 4, codeLengthLengths[order[sent - 1]] == 0 { sent -= 1 }
        bits(sent - 4, 4)
        for i in 0..<sent { bits(codeLengthLengths[order[i]], 3) }
        let codes = Self.canonicalCodes(codeLengthLengths)
        for s in symbols {
            codeword(codes[s.symbol])
            bits(s.extra, s.extraBits)
        }
    }

    /// The symbols of a Huffman block and its end-of-block symbol, with the given codes.
    mutating func body(
        _ tokens: [Token], _ literalCodes: [(code: Int, length: Int)], _ distanceCodes: [(code: Int, length: Int)]
    ) {
        for token in tokens {
            switch token {
            case .literal(let byte):
                codeword(literalCodes[Int(byte)])
            case .match(let length, let distance):
                let l = Self.lengthBases.lastIndex { $0 <= length }!
                codeword(literalCodes[257 + l])
                bits(length - Self.lengthBases[l], Self.lengthExtra[l])
                let d = Self.distanceBases.lastIndex { $0 <= distance }!
                codeword(distanceCodes[d])
                bits(distance - Self.distanceBases[d], d < 4 ? 0 : d / 2 - 1)
            }
        }
        codeword(literalCodes[256])
    }

    /// Canonical codewords for `lengths` (RFC 1951 §3.2.2); length 0 gets no codeword.
    static func canonicalCodes(_ lengths: [Int]) -> [(code: Int, length: Int)] {
        var count = [Int](repeating: 0, count: 16)
        for l in lengths where l > 0 { count[l] += 1 }
        var next = [Int](repeating: 0, count: 16)
        var code = 0
        for bits in 1..<16 {
            code = (code + count[bits - 1]) << 1
            next[bits] = code
        }
        return lengths.map { l in
            guard l > 0 else { return (0, 0) }
            defer { next[l] += 1 }
            return (next[l], l)
        }
    }

    static let lengthBases = [
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59,
        67, 83, 99, 115, 131, 163, 195, 227, 258,
    ]
    static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    static let distanceBases = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769,
        1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
    ]

    /// What `tokens` expand to after `history`, copied byte by byte.
    static func expand(_ tokens: [Token], after history: [UInt8] = []) -> [UInt8] {
        var out = history
        for token in tokens {
            switch token {
            case .literal(let byte): out.append(byte)
            case .match(let length, let distance):
                for _ in 0..<length { out.append(out[out.count - distance]) }
            }
        }
        return out
    }
}
