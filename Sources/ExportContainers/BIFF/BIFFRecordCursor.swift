/// Reads a record's data, and when asked the CONTINUE records right after it, as one run of bytes.
///
/// BIFF8 caps a record at 8,224 bytes of data, so a long SST (or a long formula result in STRING)
/// goes on in CONTINUE records. Lengths, rich-text runs and phonetic data just carry on across the
/// boundary, but a string's characters that cross it restart with a fresh option-flags byte, so
/// compressed (Latin-1) and uncompressed (UTF-16LE) can change in the middle of one string. Every
/// read is bounded by the stream: a length that runs past the data ends the read, never the
/// program.
struct BIFFRecordCursor {
    private let stream: UnsafeBufferPointer<UInt8>
    /// The next byte to read.
    private var position: Int
    /// The end of the current record's data.
    private var end: Int
    private let followsContinues: Bool

    /// A cursor over the data in `data` (a range of `stream`); with `followsContinues` it goes on
    /// into the CONTINUE records that follow.
    init(_ stream: UnsafeBufferPointer<UInt8>, data: Range<Int>, followsContinues: Bool) {
        self.stream = stream
        position = data.lowerBound
        end = Swift.min(data.upperBound, stream.count)
        self.followsContinues = followsContinues
    }

    /// True while bytes are left, in this record or a CONTINUE after it.
    var hasBytes: Bool {
        mutating get { nextSegment() }
    }

    mutating func byte() -> UInt8? {
        guard nextSegment() else { return nil }
        defer { position += 1 }
        return stream[position]
    }

    mutating func u16() -> UInt16? {
        guard let lo = byte(), let hi = byte() else { return nil }
        return UInt16(lo) | UInt16(hi) << 8
    }

    mutating func u32() -> UInt32? {
        guard let lo = u16(), let hi = u16() else { return nil }
        return UInt32(lo) | UInt32(hi) << 16
    }

    /// Skips `count` bytes; false when the data ends first.
    @discardableResult
    mutating func skip(_ count: Int) -> Bool {
        var left = count
        while left > 0 {
            guard nextSegment() else { return false }
            let k = Swift.min(left, end - position)
            position += k
            left -= k
        }
        return true
    }

    /// Appends a BIFF8 unicode string (its length in `lengthBytes` bytes, option flags, then the
    /// characters) as UTF-8, skipping any rich-text runs and phonetic data after it.
    ///
    /// - Returns: false when the data ended inside the characters (what was read is appended).
    mutating func appendUnicodeString(lengthBytes: Int, to out: inout [UInt8]) -> Bool {
        let length = lengthBytes == 1 ? byte().map(Int.init) : u16().map(Int.init)
        guard let length else { return false }
        // Some writers leave the flags out of an empty string at the very end of a record.
        guard let flags = byte() else { return length == 0 }
        var runs = 0
        var phonetic = 0
        if flags & 0x08 != 0 {
            guard let n = u16() else { return length == 0 }
            runs = Int(n)
        }
        if flags & 0x04 != 0 {
            guard let n = u32() else { return length == 0 }
            phonetic = Int(n)
        }
        guard appendCharacters(length, uncompressed: flags & 0x01 != 0, to: &out) else { return false }
        skip(4 * runs + phonetic)
        return true
    }

    /// Appends `count` characters as UTF-8: compressed ones are Latin-1, uncompressed ones
    /// UTF-16LE, whose surrogate pairs may straddle a CONTINUE boundary; a lone surrogate
    /// becomes U+FFFD.
    private mutating func appendCharacters(_ count: Int, uncompressed: Bool, to out: inout [UInt8]) -> Bool {
        var left = count
        var wide = uncompressed
        var highSurrogate: UInt32 = 0
        defer { if highSurrogate != 0 { UTF8Bytes.append(scalar: 0xFFFD, to: &out) } }
        while left > 0 {
            if position >= end {
                guard nextSegment() else { return false }
                wide = stream[position] & 0x01 != 0
                position += 1
                continue
            }
            if !wide {
                let k = Swift.min(left, end - position)
                if highSurrogate != 0 {
                    UTF8Bytes.append(scalar: 0xFFFD, to: &out)
                    highSurrogate = 0
                }
                for i in position..<(position + k) {
                    let b = stream[i]
                    if b < 0x80 {
                        out.append(b)
                    } else {
                        out.append(0xC0 | b >> 6)
                        out.append(0x80 | b & 0x3F)
                    }
                }
                position += k
                left -= k
                continue
            }
            let k = Swift.min(left, (end - position) / 2)
            // Half a character at the end of a record: no writer splits one; skip the stray byte.
            if k == 0 {
                position = end
                continue
            }
            for i in 0..<k {
                let unit = UInt32(stream.u16(position + 2 * i))
                if unit >= 0xD800, unit < 0xDC00 {
                    if highSurrogate != 0 { UTF8Bytes.append(scalar: 0xFFFD, to: &out) }
                    highSurrogate = unit
                } else if unit >= 0xDC00, unit < 0xE000 {
                    if highSurrogate != 0 {
                        UTF8Bytes.append(scalar: 0x10000 + (highSurrogate - 0xD800) << 10 + (unit - 0xDC00), to: &out)
                        highSurrogate = 0
                    } else {
                        UTF8Bytes.append(scalar: 0xFFFD, to: &out)
                    }
                } else {
                    if highSurrogate != 0 {
                        UTF8Bytes.append(scalar: 0xFFFD, to: &out)
                        highSurrogate = 0
                    }
                    UTF8Bytes.append(scalar: unit, to: &out)
                }
            }
            position += 2 * k
            left -= k
        }
        return true
    }

    /// Makes sure a byte is there to read, moving into the next CONTINUE record (past empty
    /// ones) when this record's data is used up; false at the end of the data.
    private mutating func nextSegment() -> Bool {
        while position >= end {
            guard followsContinues else { return false }
            let header = end
            guard header + 4 <= stream.count, stream.u16(header) == BIFFRecordID.continue else { return false }
            let length = Int(stream.u16(header + 2))
            guard header + 4 + length <= stream.count else { return false }
            position = header + 4
            end = position + length
        }
        return true
    }
}
