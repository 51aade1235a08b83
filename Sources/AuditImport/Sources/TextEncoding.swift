/// The character encoding of an export file.
public enum TextEncoding: String, Sendable, Hashable {
    case utf8 = "utf-8"
    case utf8BOM = "utf-8-bom"
    case gb18030 = "gb18030"
    case utf16LE = "utf-16le"
    case utf16BE = "utf-16be"

    /// Guesses the encoding from the first bytes of a file.
    ///
    /// A byte-order mark decides; otherwise bytes that are valid UTF-8 throughout the sample are
    /// UTF-8 and anything else is GB18030 (a superset of GBK and GB2312, which Chinese Excel and
    /// the Taobao back office write). An incomplete UTF-8 sequence cut off at the end of the
    /// sample does not count against UTF-8.
    public static func sniff(_ sample: UnsafeRawBufferPointer) -> (encoding: TextEncoding, bomLength: Int) {
        let b = sample.bindMemory(to: UInt8.self)
        if b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { return (.utf8BOM, 3) }
        if b.count >= 2, b[0] == 0xFF, b[1] == 0xFE { return (.utf16LE, 2) }
        if b.count >= 2, b[0] == 0xFE, b[1] == 0xFF { return (.utf16BE, 2) }
        // GBK text rarely forms valid UTF-8 multi-byte sequences (about one in ten of its
        // characters by chance); a UTF-8 file with a few pasted GBK rows still has mostly valid
        // ones. So a sample with at least as many valid sequences as bad bytes stays UTF-8, and
        // its bad fields are read as GB18030 one by one.
        let (valid, invalid) = UTF8Validation.census(b)
        return (invalid == 0 || valid >= invalid ? .utf8 : .gb18030, 0)
    }

    /// The name glibc's iconv knows, for encodings that must be converted to UTF-8.
    var iconvName: String? {
        switch self {
        case .utf8, .utf8BOM: return nil
        case .gb18030: return "GB18030"
        case .utf16LE: return "UTF-16LE"
        case .utf16BE: return "UTF-16BE"
        }
    }
}

/// Checks UTF-8 well-formedness on raw bytes.
enum UTF8Validation {
    /// Counts valid multi-byte sequences and invalid bytes; a sequence cut off at the very end is neither.
    static func census(_ bytes: UnsafeBufferPointer<UInt8>) -> (valid: Int, invalid: Int) {
        var valid = 0
        var invalid = 0
        var i = 0
        let n = bytes.count
        while i < n {
            if bytes[i] < 0x80 {
                i += 1
                continue
            }
            let len = sequenceLength(bytes, at: i)
            if len > 0 {
                valid += 1
                i += len
            } else if len == 0 {
                break
            } else {
                invalid += 1
                i += 1
            }
        }
        return (valid, invalid)
    }

    /// The offsets of bytes that are not part of a well-formed sequence (each once), in order.
    ///
    /// Runs over every chunk of every UTF-8 file, so the common cases go first: eight ASCII bytes
    /// at a time, and the three-byte sequences of Chinese text checked inline.
    static func invalidOffsets(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        guard let base = bytes.baseAddress else { return [] }
        let raw = UnsafeRawPointer(base)
        var offsets: [Int] = []
        var i = 0
        let n = bytes.count
        while i < n {
            if i + 8 <= n, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                continue
            }
            let c = bytes[i]
            if c < 0x80 {
                i += 1
                continue
            }
            // E1–EC and EE–EF lead bytes take any two continuation bytes.
            if c >= 0xE1, c <= 0xEF, c != 0xED, i + 2 < n, bytes[i + 1] & 0xC0 == 0x80, bytes[i + 2] & 0xC0 == 0x80 {
                i += 3
                continue
            }
            let len = sequenceLength(bytes, at: i)
            if len > 0 {
                i += len
            } else {
                offsets.append(i)
                i += 1
            }
        }
        return offsets
    }

    /// Length of the well-formed sequence at `i`; 0 when it is cut off by the end; -1 when invalid.
    static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let c = bytes[i]
        let len: Int
        if c >= 0xC2 && c <= 0xDF {
            len = 2
        } else if c >= 0xE0 && c <= 0xEF {
            len = 3
        } else if c >= 0xF0 && c <= 0xF4 {
            len = 4
        } else {
            return -1
        }
        let n = bytes.count
        for j in (i + 1)..<min(i + len, n) where bytes[j] & 0xC0 != 0x80 { return -1 }
        if i + len > n { return 0 }
        if c == 0xE0 && bytes[i + 1] < 0xA0 { return -1 }
        if c == 0xED && bytes[i + 1] > 0x9F { return -1 }
        if c == 0xF0 && bytes[i + 1] < 0x90 { return -1 }
        if c == 0xF4 && bytes[i + 1] > 0x8F { return -1 }
        return len
    }

}
