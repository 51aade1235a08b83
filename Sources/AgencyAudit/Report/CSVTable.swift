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
        guard f.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) || f.hasPrefix(" ") || f.hasSuffix(" ") else { return f }
        return "\"" + f.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}
