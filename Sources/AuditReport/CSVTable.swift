/// Writes a CSV table the way Excel on a Chinese Windows opens it without garbling: UTF-8 with BOM, CRLF.
struct CSVTable {
    private var text = ""

    init(header: [String]) { append(header) }

    mutating func append(_ row: [String]) {
        text += row.map(Self.escape).joined(separator: ",") + "\r\n"
    }

    var bytes: [UInt8] { [0xEF, 0xBB, 0xBF] + Array(text.utf8) }

    /// Quotes when needed; a cell Excel would run as a formula gets a leading `'` so it shows as text.
    ///
    /// OWASP's list of formula starts: `=`, `+`, `-`, `@`, a tab and a carriage return. A plain
    /// negative number (`-12.5`, `-3.0%`, `-¥1,200.00`) is left as it is, so it stays a number.
    static func escape(_ field: String) -> String {
        var f = field
        if let first = f.utf8.first, isFormulaStart(first), !isNegativeNumber(f) { f = "'" + f }
        // Bytes, not Characters: "\r\n" is one Character and equals neither "\r" nor "\n".
        guard
            f.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) || f.hasPrefix(" ")
                || f.hasSuffix(" ")
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
