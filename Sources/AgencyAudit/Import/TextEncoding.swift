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
        return (UTF8Validation.isValidPrefix(b) ? .utf8 : .gb18030, 0)
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
    /// True when `bytes` is valid UTF-8, allowing one truncated sequence at the very end.
    static func isValidPrefix(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let c = bytes[i]
            if c < 0x80 { i += 1; continue }
            let len: Int
            if c >= 0xC2 && c <= 0xDF { len = 2 } else if c >= 0xE0 && c <= 0xEF { len = 3 } else if c >= 0xF0 && c <= 0xF4 { len = 4 } else { return false }
            if i + len > n {
                // Truncated at the end of the sample: judge the bytes that are there.
                for j in (i + 1)..<n where bytes[j] & 0xC0 != 0x80 { return false }
                return true
            }
            for j in (i + 1)..<(i + len) where bytes[j] & 0xC0 != 0x80 { return false }
            if c == 0xE0 && bytes[i + 1] < 0xA0 { return false }
            if c == 0xED && bytes[i + 1] > 0x9F { return false }
            if c == 0xF0 && bytes[i + 1] < 0x90 { return false }
            if c == 0xF4 && bytes[i + 1] > 0x8F { return false }
            i += len
        }
        return true
    }
}
