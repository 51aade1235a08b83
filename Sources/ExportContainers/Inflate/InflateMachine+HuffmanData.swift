/// The symbols of a Huffman-coded block: literals, matches and the end of the block.
///
/// Two decoders that give the same result: a fast loop for when at least 16 input bytes are
/// left, which takes 8 bytes at a time into a 64-bit bit buffer (enough for any literal/length
/// plus distance, 48 bits) and copies matches 8 or 16 bytes at a time into the slack past the
/// output; and a careful one for the last bytes of each piece of input, which takes a byte only
/// when the next symbol, with its extra bits and distance, does not fit in the bits held.
extension InflateMachine {
    /// Decodes the current block's symbols; true when its end-of-block symbol is reached.
    mutating func decodeHuffmanData(_ next: inout UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>, into sink: Sink)
        throws -> Bool
    {
        while true {
            if end - next >= 16, try decodeFast(&next, end, into: sink) { return true }
            if outIndex >= Self.slideIndex { try slide(into: sink) }
            guard let symbol = try peekSymbol() else {
                guard take(bitCount + 8, &next, end) else { return false }
                continue
            }
            switch symbol {
            case .literal(let byte, let bits):
                drop(bits)
                buffer[outIndex] = byte
                outIndex += 1
            case .endOfBlock(let bits):
                drop(bits)
                return true
            case .match(let length, let distance, let bits):
                drop(bits)
                guard distance <= outIndex else { throw Self.distanceTooFar }
                Self.copyMatch(buffer + outIndex, distance: distance, length: length)
                outIndex += length
            }
        }
    }

    static var distanceTooFar: ContainerError { .corrupt(.deflate(.distanceTooFar)) }
    static var invalidLiteralLength: ContainerError { .corrupt(.deflate(.invalidLiteralLength)) }
    static var invalidDistance: ContainerError { .corrupt(.deflate(.invalidDistance)) }

    /// One decoded symbol with the bits it takes (its codeword, extra bits and distance).
    enum Symbol {
        case literal(UInt8, bits: Int)
        case endOfBlock(bits: Int)
        case match(length: Int, distance: Int, bits: Int)
    }

    /// The next symbol, if the bits held are enough for all of it; nil when a byte more is needed.
    ///
    /// Looks at the bits without using them, so a symbol cut between two pieces of input is
    /// simply decoded again once the next piece is there.
    private func peekSymbol() throws -> Symbol? {
        let literalBits = HuffmanDecodeTable.Alphabet.literalLength.primaryBits
        let distanceBits = HuffmanDecodeTable.Alphabet.distance.primaryBits
        var bits = bitBuffer
        var used = 0
        var entry = literalLengthTable[Int(bits & UInt64(1 << literalBits - 1))]
        if entry & HuffmanDecodeTable.subtable != 0 {
            guard bitCount >= literalBits else { return nil }
            bits >>= UInt64(literalBits)
            used = literalBits
            entry = literalLengthTable[Int(entry >> 16) + Int(bits & (1 << UInt64(entry >> 8 & 0xF) - 1))]
        }
        var total = Int(entry & 0xFF)
        guard used + total <= bitCount else { return nil }
        if entry & HuffmanDecodeTable.literal != 0 {
            return .literal(UInt8(truncatingIfNeeded: entry >> 16), bits: used + total)
        }
        if entry & HuffmanDecodeTable.endOfBlock != 0 { return .endOfBlock(bits: used + total) }
        if entry & HuffmanDecodeTable.invalid != 0 { throw Self.invalidLiteralLength }
        let length = Int(entry >> 16) + Int((bits & (1 << UInt64(total) - 1)) >> UInt64(entry >> 8 & 0xF))
        bits >>= UInt64(total)
        used += total

        entry = distanceTable[Int(bits & UInt64(1 << distanceBits - 1))]
        if entry & HuffmanDecodeTable.subtable != 0 {
            guard bitCount - used >= distanceBits else { return nil }
            bits >>= UInt64(distanceBits)
            used += distanceBits
            entry = distanceTable[Int(entry >> 16) + Int(bits & (1 << UInt64(entry >> 8 & 0xF) - 1))]
        }
        total = Int(entry & 0xFF)
        guard used + total <= bitCount else { return nil }
        if entry & HuffmanDecodeTable.invalid != 0 { throw Self.invalidDistance }
        let distance = Int(entry >> 16) + Int((bits & (1 << UInt64(total) - 1)) >> UInt64(entry >> 8 & 0xF))
        return .match(length: length, distance: distance, bits: used + total)
    }

    /// Decodes symbols while at least 16 input bytes are left; true when the block's end is reached.
    ///
    /// On return the whole bytes held beyond the symbols decoded are given back to the input, so
    /// the careful decoder (and the next piece of input) starts from exact bits.
    private mutating func decodeFast(_ input: inout UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>, into sink: Sink)
        throws -> Bool
    {
        let literalMask = 1 << HuffmanDecodeTable.Alphabet.literalLength.primaryBits - 1
        let literalBits = UInt64(HuffmanDecodeTable.Alphabet.literalLength.primaryBits)
        let distanceMask = 1 << HuffmanDecodeTable.Alphabet.distance.primaryBits - 1
        let distanceBits = UInt64(HuffmanDecodeTable.Alphabet.distance.primaryBits)
        let literals = literalLengthTable
        let distances = distanceTable
        let base = buffer
        let outLimit = base + Self.slideIndex
        // Two refills an iteration read up to 15 bytes past `next`.
        let inputLimit = end - 15
        let start = input
        var next = input
        var out = base + outIndex
        var bits = bitBuffer
        // Bits held; after a refill the bits above it hold the next input bytes again, which the
        // next refill ORs over with the same values, so only the low `held` bits count.
        var held = UInt64(bitCount)
        defer {
            let back = min(Int(held >> 3), next - start)
            next -= back
            held -= UInt64(back << 3)
            bitBuffer = bits & (1 &<< held &- 1)
            bitCount = Int(held)
            outIndex = out - base
            input = next
        }

        while next < inputLimit {
            if out >= outLimit {
                outIndex = out - base
                try slide(into: sink)
                out = base + outIndex
            }
            bits |= UnsafeRawPointer(next).loadUnaligned(as: UInt64.self).littleEndian &<< held
            next += Int(truncatingIfNeeded: (63 &- held) &>> 3)
            held |= 56

            var entry = literals[Int(truncatingIfNeeded: bits) & literalMask]
            if entry & HuffmanDecodeTable.literal != 0 {
                // Up to three literals from one refill (3 × 15 bits of the 56 held).
                bits &>>= UInt64(entry & 0xFF)
                held &-= UInt64(entry & 0xFF)
                out.pointee = UInt8(truncatingIfNeeded: entry &>> 16)
                out += 1
                entry = literals[Int(truncatingIfNeeded: bits) & literalMask]
                if entry & HuffmanDecodeTable.literal != 0 {
                    bits &>>= UInt64(entry & 0xFF)
                    held &-= UInt64(entry & 0xFF)
                    out.pointee = UInt8(truncatingIfNeeded: entry &>> 16)
                    out += 1
                    entry = literals[Int(truncatingIfNeeded: bits) & literalMask]
                    if entry & HuffmanDecodeTable.literal != 0 {
                        bits &>>= UInt64(entry & 0xFF)
                        held &-= UInt64(entry & 0xFF)
                        out.pointee = UInt8(truncatingIfNeeded: entry &>> 16)
                        out += 1
                        continue
                    }
                }
                // A match needs up to 48 bits: refill (the entry looked up stays valid).
                bits |= UnsafeRawPointer(next).loadUnaligned(as: UInt64.self).littleEndian &<< held
                next += Int(truncatingIfNeeded: (63 &- held) &>> 3)
                held |= 56
            }
            if entry & HuffmanDecodeTable.exceptional != 0 {
                if entry & HuffmanDecodeTable.subtable != 0 {
                    bits &>>= literalBits
                    held &-= literalBits
                    entry =
                        literals[
                            Int(truncatingIfNeeded: entry &>> 16)
                                &+ (Int(truncatingIfNeeded: bits)
                                    & (1 &<< Int(truncatingIfNeeded: entry &>> 8 & 0xF) &- 1))]
                    if entry & HuffmanDecodeTable.literal != 0 {
                        bits &>>= UInt64(entry & 0xFF)
                        held &-= UInt64(entry & 0xFF)
                        out.pointee = UInt8(truncatingIfNeeded: entry &>> 16)
                        out += 1
                        continue
                    }
                }
                if entry & HuffmanDecodeTable.endOfBlock != 0 {
                    bits &>>= UInt64(entry & 0xFF)
                    held &-= UInt64(entry & 0xFF)
                    return true
                }
                if entry & HuffmanDecodeTable.invalid != 0 { throw Self.invalidLiteralLength }
            }
            var total = UInt64(entry & 0xFF)
            let length =
                Int(truncatingIfNeeded: entry &>> 16)
                &+ Int(truncatingIfNeeded: (bits & (1 &<< total &- 1)) &>> UInt64(entry &>> 8 & 0xF))
            bits &>>= total
            held &-= total

            entry = distances[Int(truncatingIfNeeded: bits) & distanceMask]
            if entry & HuffmanDecodeTable.exceptional != 0 {
                if entry & HuffmanDecodeTable.subtable != 0 {
                    bits &>>= distanceBits
                    held &-= distanceBits
                    entry =
                        distances[
                            Int(truncatingIfNeeded: entry &>> 16)
                                &+ (Int(truncatingIfNeeded: bits)
                                    & (1 &<< Int(truncatingIfNeeded: entry &>> 8 & 0xF) &- 1))]
                }
                if entry & HuffmanDecodeTable.invalid != 0 { throw Self.invalidDistance }
            }
            total = UInt64(entry & 0xFF)
            let distance =
                Int(truncatingIfNeeded: entry &>> 16)
                &+ Int(truncatingIfNeeded: (bits & (1 &<< total &- 1)) &>> UInt64(entry &>> 8 & 0xF))
            bits &>>= total
            held &-= total
            guard distance <= out - base else { throw Self.distanceTooFar }
            Self.copyMatch(out, distance: distance, length: length)
            out += length
        }
        return false
    }

    /// Copies `length` bytes from `distance` back to `out`, the copy overlapping itself when the
    /// distance is shorter than the length (a run). May write up to 15 bytes past the match.
    @inline(__always)
    static func copyMatch(_ out: UnsafeMutablePointer<UInt8>, distance: Int, length: Int) {
        let end = UnsafeMutableRawPointer(out + length)
        var to = UnsafeMutableRawPointer(out)
        var from = UnsafeRawPointer(out - distance)
        if distance >= 16 {
            repeat {
                let a = from.loadUnaligned(as: UInt64.self)
                let b = from.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
                to.storeBytes(of: a, as: UInt64.self)
                to.storeBytes(of: b, toByteOffset: 8, as: UInt64.self)
                from += 16
                to += 16
            } while to < end
        } else if distance >= 8 {
            repeat {
                to.storeBytes(of: from.loadUnaligned(as: UInt64.self), as: UInt64.self)
                from += 8
                to += 8
            } while to < end
        } else if distance == 1 {
            let run = UInt64(from.load(as: UInt8.self)) &* 0x0101_0101_0101_0101
            repeat {
                to.storeBytes(of: run, as: UInt64.self)
                to += 8
            } while to < end
        } else {
            repeat {
                to.storeBytes(of: from.load(as: UInt8.self), as: UInt8.self)
                from += 1
                to += 1
            } while to < end
        }
    }
}
