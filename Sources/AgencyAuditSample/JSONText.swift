/// JSON wording for the hand-written files (contract.json, expected.json), whose key order and
/// layout are fixed so that the same spec always gives the same bytes.
enum JSONText {
    /// `s` as a JSON string literal, quotes, backslashes and control characters escaped.
    static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// A number with up to 6 decimals and no trailing zeros: `251234.5`, `0.512345`, `1480`.
    static func number(_ v: Double) -> String {
        var s = ExportNumber.fixed(v, 6)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }
}
