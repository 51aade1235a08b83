/// The table-driven form of one canonical Huffman code (RFC 1951 §3.2.2): a slot for every
/// value of the next `primaryBits` bits, and sub-tables for the longer codewords.
///
/// A slot is one `UInt32`, read with the stream's next bits (least significant first):
/// - bits 0–7: the bits to consume — the codeword plus its extra bits, so a length or a
///   distance is taken with one shift; for a sub-table pointer, `primaryBits`;
/// - bits 8–11: the codeword's length, where the extra bits start; a sub-table's index bits;
/// - bits 12–14: the flags `endOfBlock`, `subtable`, `invalid`;
/// - bits 16–31: the value — a literal byte, a length or distance base, a sub-table's start.
/// Bit 31 alone marks a literal, the commonest case, so it is told apart with one test.
enum HuffmanDecodeTable {
    static let literal: UInt32 = 1 << 31
    static let endOfBlock: UInt32 = 1 << 12
    static let subtable: UInt32 = 1 << 13
    static let invalid: UInt32 = 1 << 14
    /// Any of the flags the hot loop handles off its main path.
    static let exceptional: UInt32 = endOfBlock | subtable | invalid

    /// Slots needed at most: 1332 (zlib's `enough 286 10 15`) and 402 (`enough 30 8 15`),
    /// rounded up; the builder checks anyway, so a wrong bound costs an error, not memory.
    static let literalLengthCapacity = 2048
    static let distanceCapacity = 1024
    static let codeLengthCapacity = 128

    /// The three alphabets a DEFLATE stream codes.
    enum Alphabet {
        /// Literal bytes, end of block and lengths (symbols 0–287; 286 and 287 are never valid).
        case literalLength
        /// Distances (symbols 0–31; 30 and 31 are never valid).
        case distance
        /// Code lengths of the other two codes, in a dynamic block's header (symbols 0–18).
        case codeLength

        /// Table bits looked up at once: 10 covers almost all literal codewords of real data.
        var primaryBits: Int {
            switch self {
            case .literalLength: return 10
            case .distance: return 8
            case .codeLength: return 7
            }
        }

        var capacity: Int {
            switch self {
            case .literalLength: return HuffmanDecodeTable.literalLengthCapacity
            case .distance: return HuffmanDecodeTable.distanceCapacity
            case .codeLength: return HuffmanDecodeTable.codeLengthCapacity
            }
        }

        /// What `symbol` decodes to, without its codeword length: flags and value, and the number of extra bits.
        func meaning(_ symbol: Int) -> (bits: UInt32, extra: UInt32) {
            switch self {
            case .literalLength:
                if symbol < 256 { return (HuffmanDecodeTable.literal | UInt32(symbol) << 16, 0) }
                if symbol == 256 { return (HuffmanDecodeTable.endOfBlock, 0) }
                let i = symbol - 257
                guard i < Self.lengthBase.count else { return (HuffmanDecodeTable.invalid, 0) }
                return (UInt32(Self.lengthBase[i]) << 16, UInt32(Self.lengthExtra[i]))
            case .distance:
                guard symbol < Self.distanceBase.count else { return (HuffmanDecodeTable.invalid, 0) }
                return (UInt32(Self.distanceBase[symbol]) << 16, UInt32(symbol < 4 ? 0 : symbol / 2 - 1))
            case .codeLength:
                return (UInt32(symbol) << 16, 0)
            }
        }

        static let lengthBase: [UInt16] = [
            3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31,
            35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258,
        ]
        static let lengthExtra: [UInt8] = [
            0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2,
            3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
        ]
        static let distanceBase: [UInt16] = [
            1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193,
            257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
            8193, 12289, 16385, 24577,
        ]
    }

    /// Fills `table` with the decoding slots of the code whose codeword lengths are `lengths[0..<count]`.
    ///
    /// Accepts what zlib accepts: complete codes; for literals/lengths and distances also a lone
    /// codeword of one bit; for distances also no codeword at all (a block of literals only).
    /// Slots no codeword reaches decode as `invalid`.
    static func build(
        _ alphabet: Alphabet, lengths: UnsafePointer<UInt8>, count: Int,
        into table: UnsafeMutablePointer<UInt32>
    ) throws {
        let primaryBits = alphabet.primaryBits
        let primarySize = 1 << primaryBits
        let unused = invalid | UInt32(primaryBits)
        table.update(repeating: unused, count: primarySize)

        // Per length: codewords, then (consumed while filling) the codewords not yet placed.
        var perLength = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        try withUnsafeMutableBytes(of: &perLength) { raw in
            let counts = raw.bindMemory(to: Int.self)
            for s in 0..<count { counts[Int(lengths[s])] += 1 }
            counts[0] = 0
            var longest = 0
            for length in 1...15 where counts[length] > 0 { longest = length }
            if longest == 0 {
                guard alphabet == .distance else { throw ContainerError.corrupt(.deflate(.emptyCode)) }
                return
            }
            var left = 1
            for length in 1...15 {
                left = left << 1 - counts[length]
                if left < 0 { throw ContainerError.corrupt(.deflate(.oversubscribedCode)) }
            }
            if left > 0, alphabet == .codeLength || longest != 1 {
                throw ContainerError.corrupt(.deflate(.incompleteCode))
            }

            // Symbols sorted by (length, symbol): the order canonical codewords are handed out in.
            try withUnsafeTemporaryAllocation(of: UInt16.self, capacity: 320) { sorted in
                var start = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
                withUnsafeMutableBytes(of: &start) { startRaw in
                    let offsets = startRaw.bindMemory(to: Int.self)
                    for length in 1..<15 { offsets[length + 1] = offsets[length] + counts[length] }
                    for s in 0..<count where lengths[s] != 0 {
                        sorted[offsets[Int(lengths[s])]] = UInt16(s)
                        offsets[Int(lengths[s])] += 1
                    }
                }

                var code = 0
                var next = 0
                var nextFree = primarySize
                var subPrefix = -1
                var subStart = 0
                var subBits = 0
                for length in 1...longest {
                    for _ in 0..<counts[length] {
                        let symbol = Int(sorted[next])
                        next += 1
                        let reversed = reverse(code, length)
                        let (meaning, extra) = alphabet.meaning(symbol)
                        if length <= primaryBits {
                            let entry = meaning | UInt32(length) << 8 | (UInt32(length) + extra)
                            var slot = reversed
                            while slot < primarySize {
                                table[slot] = entry
                                slot += 1 << length
                            }
                        } else {
                            let prefix = reversed & (primarySize - 1)
                            if prefix != subPrefix {
                                // Codewords sharing a prefix are consecutive; the sub-table grows
                                // until the codewords still to place under it fill it.
                                subBits = length - primaryBits
                                var room = 1 << subBits
                                while subBits + primaryBits < longest {
                                    room -= counts[subBits + primaryBits]
                                    if room <= 0 { break }
                                    subBits += 1
                                    room <<= 1
                                }
                                guard nextFree + 1 << subBits <= alphabet.capacity else {
                                    throw ContainerError.corrupt(.deflate(.tableTooLarge))
                                }
                                subStart = nextFree
                                nextFree += 1 << subBits
                                subPrefix = prefix
                                (table + subStart).update(repeating: invalid | UInt32(subBits), count: 1 << subBits)
                                table[prefix] =
                                    subtable | UInt32(subStart) << 16 | UInt32(subBits) << 8 | UInt32(primaryBits)
                            }
                            let subLength = length - primaryBits
                            let entry = meaning | UInt32(subLength) << 8 | (UInt32(subLength) + extra)
                            var slot = reversed >> primaryBits
                            while slot < 1 << subBits {
                                table[subStart + slot] = entry
                                slot += 1 << subLength
                            }
                        }
                        counts[length] -= 1
                        code += 1
                    }
                    code <<= 1
                }
            }
        }
    }

    /// The low `length` bits of `code` in reverse order: codewords are sent most significant bit first.
    private static func reverse(_ code: Int, _ length: Int) -> Int {
        var result = 0
        var c = code
        for _ in 0..<length {
            result = result << 1 | c & 1
            c >>= 1
        }
        return result
    }
}
