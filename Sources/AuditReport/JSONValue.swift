import AuditRecords

/// A JSON document with keys in the order written and numbers in a fixed format, so audit.json
/// is byte-identical for the same inputs (Foundation's encoder guarantees neither).
indirect enum JSONValue {
    case null
    case bool(Bool)
    case int(Int)
    /// A number written with at most `decimals` decimals, trailing zeros dropped.
    case number(Double, decimals: Int)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])
    /// An object written on one line, whatever it holds: for small records repeated many times
    /// (an anomaly's facts), which read better as one line each.
    case oneLineObject([(String, JSONValue)])

    static func optional(_ v: Double?, decimals: Int) -> JSONValue {
        v.map { .number($0, decimals: decimals) } ?? .null
    }
    static func optional(_ s: String?) -> JSONValue { s.map { .string($0) } ?? .null }
    static func money(_ m: Money) -> JSONValue { .number(m.yuan, decimals: 2) }

    func rendered(indent: String = "") -> String {
        let inner = indent + "  "
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .number(let d, let decimals):
            guard d.isFinite else { return "null" }
            var s = DisplayNumber.fixed(d, decimals: decimals)
            if s.contains(".") {
                while s.hasSuffix("0") { s.removeLast() }
                if s.hasSuffix(".") { s.removeLast() }
            }
            return s == "-0" ? "0" : s
        case .string(let s): return Self.quote(s)
        case .array(let items):
            if items.isEmpty { return "[]" }
            if items.allSatisfy(\.isScalar) { return "[" + items.map { $0.rendered() }.joined(separator: ", ") + "]" }
            return "[\n" + items.map { inner + $0.rendered(indent: inner) }.joined(separator: ",\n") + "\n" + indent
                + "]"
        case .object(let fields):
            if fields.isEmpty { return "{}" }
            return "{\n"
                + fields.map { inner + Self.quote($0.0) + ": " + $0.1.rendered(indent: inner) }.joined(separator: ",\n")
                + "\n" + indent + "}"
        case .oneLineObject(let fields):
            return "{" + fields.map { Self.quote($0.0) + ": " + $0.1.renderedOnOneLine() }.joined(separator: ", ") + "}"
        }
    }

    /// The value with no line breaks: nested arrays and objects as `[a, b]` and `{"k": v}`.
    func renderedOnOneLine() -> String {
        switch self {
        case .array(let items): return "[" + items.map { $0.renderedOnOneLine() }.joined(separator: ", ") + "]"
        case .object(let fields), .oneLineObject(let fields):
            return "{" + fields.map { Self.quote($0.0) + ": " + $0.1.renderedOnOneLine() }.joined(separator: ", ") + "}"
        default: return rendered()
        }
    }

    private var isScalar: Bool {
        switch self {
        case .array, .object, .oneLineObject: return false
        default: return true
        }
    }

    /// A JSON string: quotes and backslashes escaped, and every control character below U+0020 (JSON
    /// requires it), plus U+2028 and U+2029, which JSON allows raw but JavaScript before ES2019
    /// reads as line ends inside a string literal (audit.json may be pasted into a page's script).
    static func quote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if u.value < 0x20 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }
}
