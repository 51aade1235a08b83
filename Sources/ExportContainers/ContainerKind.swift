/// What a file is, told from its first bytes, never from its name.
///
/// Back offices hand out `.xls` files that are HTML or tab-separated text, `.csv` files that are
/// zips, and JSON error bodies under a report's name; the extension says little.
public enum ContainerKind: Sendable, Hashable {
    /// `PK\x03\x04` (or an empty zip's `PK\x05\x06`): an xlsx, a zip of exports, an encrypted zip.
    case zip
    /// `D0 CF 11 E0 A1 B1 1A E1`: an OLE2 compound file — a BIFF8 `.xls`, or an encrypted OOXML package.
    case compoundFile
    /// `<` after any byte-order mark and white space: an HTML table or SpreadsheetML 2003 saved as `.xls`.
    case markup
    /// `{` or `[` after any byte-order mark and white space: a JSON body (an error page, not a report).
    case json
    /// Anything else: delimited text (CSV, or tab-separated text saved as `.xls`).
    case text

    /// How many leading bytes `sniff` looks at (at most).
    public static let sniffLength = 512

    /// Tells the kind from the file's first bytes (up to `sniffLength`).
    public static func sniff(_ head: [UInt8]) -> ContainerKind {
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06]) { return .zip }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .compoundFile }
        var i = 0
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
        // UTF-16 markup (SpreadsheetML saved as Unicode) starts `FF FE 3C 00`.
        if head.count >= 4, (head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF) {
            // Code units whose high byte is zero: the ASCII characters.
            let littleEndian = head[0] == 0xFF
            var k = 2
            while k + 1 < head.count {
                let low = littleEndian ? head[k] : head[k + 1]
                let high = littleEndian ? head[k + 1] : head[k]
                if high == 0, isSpace(low) {
                    k += 2
                    continue
                }
                return high == 0 && low == UInt8(ascii: "<") ? .markup : .text
            }
            return .text
        }
        while i < head.count, isSpace(head[i]) { i += 1 }
        guard i < head.count else { return .text }
        switch head[i] {
        case UInt8(ascii: "<"): return .markup
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            // `[` also starts a CSV whose first header is bracketed; JSON has a quote, brace or digit next.
            if head[i] == UInt8(ascii: "[") {
                var j = i + 1
                while j < head.count, isSpace(head[j]) { j += 1 }
                guard j < head.count,
                    head[j] == UInt8(ascii: "{") || head[j] == UInt8(ascii: "\"") || head[j] == UInt8(ascii: "]")
                else { return .text }
            }
            return .json
        default: return .text
        }
    }

    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
}
