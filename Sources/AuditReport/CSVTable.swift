/// Writes a CSV table the way Excel on a Chinese Windows opens it without garbling: UTF-8 with BOM, CRLF.
struct CSVTable {
    private var text = ""

    init(header: [String]) { append(header) }

    mutating func append(_ row: [String]) {
        text += row.map(Self.escape).joined(separator: ",") + "\r\n"
    }

    var bytes: [UInt8] { [0xEF, 0xBB, 0xBF] + Array(text.utf8) }

    /// Quotes when needed; a leading = + @ gets a `'` so Excel shows the text instead of running a formula.
    static func escape(_ field: String) -> String {
        var f = field
        if let first = f.first, first == "=" || first == "+" || first == "@" { f = "'" + f }
        // Bytes, not Characters: "\r\n" is one Character and equals neither "\r" nor "\n".
        guard
            f.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) || f.hasPrefix(" ")
                || f.hasSuffix(" ")
        else { return f }
        return "\"" + f.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}
