/// Control characters in text from outside shown as escapes (`\n`, `\0`, `\u{1B}`), wherever the
/// audit writes such text: report.md, the CSVs, the console.
///
/// A file name, a sheet name or a cell can hold anything. A line break in one would start a new
/// line of report.md (a heading, a list item) or a new row where a reader ignores the quotes; an
/// ESC would drive the merchant's terminal; a NUL cuts the text short in some readers; a bidi
/// override (the "Trojan Source" characters) reorders what is read after it. Written as an escape,
/// each is still there to see and none of them acts.
public enum ControlCharacters {
    /// The escape a scalar is shown as, or nil when it is shown as itself.
    ///
    /// `\0`, `\t`, `\n`, `\r` for the common ones; `\u{1B}` (hexadecimal, as in a Swift string)
    /// for the other C0 controls, DEL, the C1 controls (U+0080–U+009F, NEL among them), the line
    /// and paragraph separators U+2028 and U+2029 (line breaks to many editors and to JavaScript),
    /// and the bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069).
    public static func escape(for scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x00: return "\\0"
        case 0x09: return "\\t"
        case 0x0A: return "\\n"
        case 0x0D: return "\\r"
        case 0x01...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069:
            return "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        default: return nil
        }
    }

    /// The text with every control character shown as its escape; the text itself when it has none.
    public static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { escape(for: $0) != nil }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if let shown = escape(for: scalar) { out += shown } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }
}
