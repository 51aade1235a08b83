/// Writes a CSV table the way Excel on a Chinese Windows opens it without garbling: UTF-8 with BOM, CRLF.
struct CSVTable {
    private var text = ""

    init(header: [String]) { append(header) }

    mutating func append(_ row: [String]) { append(lines: row.map { [$0] }) }

    /// Appends a row whose cells are each one or more lines: the line breaks between a cell's
    /// lines are the report's own (suspicious-orders.csv's indicators, one per finding), while any
    /// inside a line came from the data and is shown as `\n`.
    mutating func append(lines row: [[String]]) {
        text += row.map(Self.escape(lines:)).joined(separator: ",") + "\r\n"
    }

    var bytes: [UInt8] { [0xEF, 0xBB, 0xBF] + Array(text.utf8) }

    /// Quotes when needed; a cell Excel would run as a formula gets a leading `'` so it shows as
    /// text; control characters are shown as escapes.
    ///
    /// OWASP's list of formula starts: `=`, `+`, `-`, `@`, a tab and a carriage return. A plain
    /// negative number (`-12.5`, `-3.0%`, `-¥1,200.00`) is left as it is, so it stays a number.
    /// A line break, NUL or ESC from a file name or a cell is written as `\n`, `\0`, `\u{1B}`
    /// (`ControlCharacters`): a reader that splits rows at line breaks whatever the quotes (many
    /// scripts, some importers) keeps one row per row, and nothing in a cell can end it early.
    static func escape(_ field: String) -> String { escape(lines: [field]) }

    /// One cell of several lines, each line escaped as a field; the guard looks at the first.
    static func escape(lines: [String]) -> String {
        var shown = lines.map(ControlCharacters.visible)
        // The guard looks at the text as read, so a leading tab or carriage return is still seen as one.
        if let line = lines.first, let first = line.utf8.first, isFormulaStart(first), !isNegativeNumber(line) {
            shown[0] = "'" + shown[0]
        }
        let f = shown.joined(separator: "\n")
        // The only line break left is one of ours, between lines.
        guard f.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A }) || f.hasPrefix(" ") || f.hasSuffix(" ")
        else { return f }
        return "\"" + f.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }

    static func isFormulaStart(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "=") || b == UInt8(ascii: "+") || b == UInt8(ascii: "-") || b == UInt8(ascii: "@")
            || b == 0x09
            || b == 0x0D
    }

    /// `-` then digits, with only `.` `,` `%` `¥` among them: a number, not a formula.
    static func isNegativeNumber(_ f: String) -> Bool {
        let rest = f.unicodeScalars.dropFirst()
        guard f.hasPrefix("-"), rest.contains(where: { ("0"..."9").contains($0) }) else { return false }
        return rest.allSatisfy { ("0"..."9").contains($0) || $0 == "." || $0 == "," || $0 == "%" || $0 == "¥" }
    }
}
