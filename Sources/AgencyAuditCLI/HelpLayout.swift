/// Lays out help text for a terminal: display widths, wrapped paragraphs and the options list.
enum HelpLayout {
    /// Help is wrapped to this many columns (a Chinese character takes two).
    static let width = 100
    /// An options list's labels longer than this put their help on the next line, so that one
    /// long label does not push every other line's help to the right.
    static let maximumLabelWidth = 24

    /// Columns a terminal gives `text`: two for each wide (CJK, full-width) character, one for the others.
    static func displayWidth(_ text: some StringProtocol) -> Int {
        text.unicodeScalars.reduce(0) { $0 + (isWide($1) ? 2 : 1) }
    }

    /// East Asian wide and full-width characters (Unicode's EastAsianWidth W and F), in the ranges help text uses.
    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
            0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// `text` broken at spaces into lines of at most `width` columns; a word longer than a line
    /// gets a line of its own.
    static func wrap(_ text: String, width: Int = width) -> [String] {
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in text.split(separator: " ") {
            let wordWidth = displayWidth(word)
            if !line.isEmpty, lineWidth + 1 + wordWidth > width {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            lineWidth += (line.isEmpty ? 0 : 1) + wordWidth
            line += (line.isEmpty ? "" : " ") + word
        }
        return lines + [line]
    }

    /// Paragraphs separated by blank lines: an example (two leading spaces) as it is, the others wrapped.
    static func paragraphs(_ paragraphs: [String]) -> String {
        paragraphs.map { $0.hasPrefix("  ") ? $0 : wrap($0).joined(separator: "\n") }.joined(separator: "\n\n")
    }

    /// Labels two spaces in, each with its help wrapped in a column beside it:
    /// `  --out DIR    where reports go; …`; a label too long for the column has its help below it.
    static func list(_ rows: [(label: String, help: String)]) -> String {
        let labelWidth = rows.map { displayWidth($0.label) }.filter { $0 <= maximumLabelWidth }.max() ?? 0
        let helpIndent = String(repeating: " ", count: 2 + labelWidth + 2)
        var lines: [String] = []
        for row in rows {
            let help = wrap(row.help, width: width - helpIndent.count)
            let columns = displayWidth(row.label)
            if columns > labelWidth {
                lines.append("  " + row.label)
                lines += help.map { helpIndent + $0 }
            } else {
                lines.append("  " + row.label + String(repeating: " ", count: labelWidth - columns + 2) + help[0])
                lines += help.dropFirst().map { helpIndent + $0 }
            }
        }
        return lines.joined(separator: "\n")
    }
}
