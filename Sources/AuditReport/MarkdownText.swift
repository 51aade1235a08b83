/// Text from outside (a file, zip entry or sheet name, a cell, a sentence that embeds one) made
/// safe to insert into report.md: it reads as the same text and never acts as markup.
///
/// A file named `# 已结算.csv` wrote a heading into the report, a `<script>` in a cell wrote raw
/// HTML, a line break started a new list item. Everything the report inserts from the data goes
/// through here; only the report's own markup (`## 结论`, `**本月暂不结算**`, the tables' pipes)
/// stays markup. What is changed, by CommonMark's rules (0.31, with GitHub's tables and
/// strikethrough):
///
/// - control characters are shown as escapes (`ControlCharacters`), so the text stays on its line;
/// - `\`, `` ` ``, `[`, `]`, `<`, `>`, `#`, `|` and `~` get a backslash everywhere, `!` before `[`,
///   and `&` where it would start an entity (`&amp;`, `&#35;`, `&#x23;`);
/// - `*` and `_` get one only where CommonMark could read them as emphasis: a run of `*` that is
///   not between spaces, a run of `_` that is not between spaces nor inside a word. Merchants read
///   report.md raw in Notepad too: `计划报表_20250701_101010.zip` and `浙江省 杭州市 西湖区 ***`
///   stay as they are, while `137****8899` becomes `137\*\*\*\*8899` (two masked accounts in one
///   cell, `t********7 … t********4`, rendered as bold text between them);
/// - running text only: a list, heading, quote or setext start at its beginning (`-`, `+`, `*`,
///   `=`, `1.`, `1)`, after spaces or not), since most insertions start a list item
///   (`- \(file)：\(note)`), and four leading spaces (an indented code block), whose first is
///   written `&#32;`. A table cell holds no blocks, so a cell such as `-3.0%` is left alone.
enum MarkdownText {
    /// For running text and list items, where the text may begin a line.
    static func escaped(_ text: String) -> String { escape(text, inCell: false) }

    /// For a table cell: the cell stays one cell, on one line.
    static func tableCell(_ text: String) -> String { escape(text, inCell: true) }

    /// A scalar of the text, or the escape a control character is shown as (written as it is).
    private enum Piece {
        case scalar(Unicode.Scalar)
        case control(String)

        var first: Unicode.Scalar {
            switch self {
            case .scalar(let u): return u
            case .control(let s): return s.unicodeScalars.first!
            }
        }
        var last: Unicode.Scalar {
            switch self {
            case .scalar(let u): return u
            case .control(let s): return s.unicodeScalars.last!
            }
        }
        func `is`(_ u: Unicode.Scalar) -> Bool {
            if case .scalar(let s) = self { return s == u }
            return false
        }
    }

    /// What CommonMark's emphasis rules ask of the character beside a run of `*` or `_`.
    private enum CharacterClass: CaseIterable {
        case whitespace, punctuation, other
    }

    /// Always escaped: each can start markup wherever it stands.
    private static let alwaysEscaped: Set<Unicode.Scalar> = ["\\", "`", "[", "]", "<", ">", "#", "|", "~"]

    private static func escape(_ text: String, inCell: Bool) -> String {
        let pieces = text.unicodeScalars.map { u in ControlCharacters.escape(for: u).map(Piece.control) ?? .scalar(u) }
        let forced = inCell ? nil : lineStartMarker(pieces)
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        var i = 0
        // Four spaces at a line's start (five after a list's `- `) make an indented code block,
        // which would show the escapes below as they are written; a space cannot be escaped.
        if !inCell, pieces.prefix(4).count == 4, pieces.prefix(4).allSatisfy({ $0.is(" ") }) {
            out += "&#32;"
            i = 1
        }
        while i < pieces.count {
            guard case .scalar(let u) = pieces[i] else {
                if case .control(let shown) = pieces[i] { out += shown }
                i += 1
                continue
            }
            if u == "*" || u == "_" {
                var end = i + 1
                while end < pieces.count, pieces[end].is(u) { end += 1 }
                let escape =
                    forced == i
                    || runCanBeEmphasis(
                        u, before: i > 0 ? pieces[i - 1].last : nil,
                        after: end < pieces.count ? pieces[end].first : nil,
                        inCell: inCell)
                for _ in i..<end {
                    if escape { out += "\\" }
                    out.unicodeScalars.append(u)
                }
                i = end
                continue
            }
            let escape =
                forced == i || alwaysEscaped.contains(u)
                || (u == "!" && i + 1 < pieces.count && pieces[i + 1].is("["))
                || (u == "&" && startsEntity(pieces, after: i))
            if escape { out += "\\" }
            out.unicodeScalars.append(u)
            i += 1
        }
        return out
    }

    /// The piece that would start a block were the text at the beginning of a line: a bullet or
    /// thematic break (`-`, `+`, `*`), a setext underline (`=`), or the `.`/`)` of an ordered
    /// list (`1. `, `12) `). Spaces before it do not stop it (up to three are allowed, and in a
    /// list item more still start a nested list). `#`, `>` and `_` are escaped wherever they are.
    private static func lineStartMarker(_ pieces: [Piece]) -> Int? {
        guard let start = pieces.firstIndex(where: { !$0.is(" ") }), case .scalar(let u) = pieces[start] else {
            return nil
        }
        if u == "-" || u == "+" || u == "*" || u == "=" { return start }
        var i = start
        while i < pieces.count, i - start < 9, case .scalar(let d) = pieces[i], ("0"..."9").contains(d) { i += 1 }
        guard i > start, i < pieces.count, pieces[i].is(".") || pieces[i].is(")") else { return nil }
        // A marker is followed by a space, a tab or the end of the line; the text's end may be any of them.
        return i + 1 == pieces.count || pieces[i + 1].is(" ") ? i : nil
    }

    /// Whether a run of `*` or `_` between these neighbours could open or close emphasis.
    ///
    /// CommonMark decides by the characters on either side (left- and right-flanking runs). A
    /// neighbour unknown here counts as any class: the text's ends in running text (the report
    /// puts it after `：` or before a line end), and a symbol such as `¥`, which CommonMark 0.31
    /// counts as punctuation and earlier versions (and GitHub's parser) do not. A table cell's ends
    /// are its content's ends, which count as whitespace.
    private static func runCanBeEmphasis(
        _ delimiter: Unicode.Scalar, before: Unicode.Scalar?, after: Unicode.Scalar?, inCell: Bool
    ) -> Bool {
        for b in classes(of: before, inCell: inCell) {
            for a in classes(of: after, inCell: inCell) {
                let leftFlanking = a != .whitespace && (a != .punctuation || b == .whitespace || b == .punctuation)
                let rightFlanking = b != .whitespace && (b != .punctuation || a == .whitespace || a == .punctuation)
                if delimiter == "*" {
                    if leftFlanking || rightFlanking { return true }
                } else {
                    // `_` inside a word neither opens nor closes.
                    let opens = leftFlanking && (!rightFlanking || b == .punctuation)
                    let closes = rightFlanking && (!leftFlanking || a == .punctuation)
                    if opens || closes { return true }
                }
            }
        }
        return false
    }

    private static func classes(of scalar: Unicode.Scalar?, inCell: Bool) -> [CharacterClass] {
        guard let u = scalar else { return inCell ? [.whitespace] : CharacterClass.allCases }
        if u == " " || u == "\t" || u == "\n" || u == "\u{0C}" || u == "\r" { return [.whitespace] }
        if u.isASCII {
            let v = u.value
            let punctuation =
                (0x21...0x2F).contains(v) || (0x3A...0x40).contains(v) || (0x5B...0x60).contains(v)
                || (0x7B...0x7E).contains(v)
            return punctuation ? [.punctuation] : [.other]
        }
        switch u.properties.generalCategory {
        case .spaceSeparator: return [.whitespace]
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation:
            return [.punctuation]
        case .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol: return [.punctuation, .other]
        default: return [.other]
        }
    }

    /// Whether the `&` at `index` starts a character reference: `&name;`, `&#123;` or `&#x1F;`.
    private static func startsEntity(_ pieces: [Piece], after index: Int) -> Bool {
        var i = index + 1
        func scalar(_ at: Int) -> Unicode.Scalar? {
            guard at < pieces.count, case .scalar(let u) = pieces[at] else { return nil }
            return u
        }
        func take(max: Int, _ accepts: (Unicode.Scalar) -> Bool) -> Int {
            var n = 0
            while n < max, let u = scalar(i), accepts(u) {
                i += 1
                n += 1
            }
            return n
        }
        let digit: (Unicode.Scalar) -> Bool = { ("0"..."9").contains($0) }
        let hex: (Unicode.Scalar) -> Bool = { digit($0) || ("a"..."f").contains($0) || ("A"..."F").contains($0) }
        let letter: (Unicode.Scalar) -> Bool = { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }
        if scalar(i) == "#" {
            i += 1
            if scalar(i) == "x" || scalar(i) == "X" {
                i += 1
                guard take(max: 6, hex) > 0 else { return false }
            } else {
                guard take(max: 7, digit) > 0 else { return false }
            }
        } else {
            guard take(max: 1, letter) == 1 else { return false }
            _ = take(max: 31, { letter($0) || digit($0) })
        }
        return scalar(i) == ";"
    }
}
