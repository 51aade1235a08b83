/// Reads JSON text (RFC 8259) strictly, keeping the line and column of every value.
///
/// contract.json is edited by hand, and Foundation's reader is lenient where a hand-edited file
/// needs strictness and vague where the merchant needs a place: it kept the last of a key written
/// twice (`"monthlyBase": 5000, …, "monthlyBase": 1` settled on ¥1 without a word), named a byte
/// offset on Linux, and refused `1e309` as a generic error. This reader refuses a repeated key
/// with its path and both lines, names the line and column where the text stops being JSON, and
/// keeps each number's text so the parser can call a number too large with its path and line.
package struct JSONReader {
    /// The text, already UTF-8 (see `utf8Text`).
    private let bytes: [UInt8]
    private var i = 0
    private var line = 1
    /// The last column worked out on the current line (`offset` is at `column`): values are met in
    /// order, so each column counts on from the one before and a long line costs no more than once.
    private var columnMark = (offset: 0, column: 1)
    /// Where the current line starts.
    private var lineStart = 0
    private var depth = 0

    /// Nesting deeper than this is refused before it exhausts the stack (a contract needs five).
    static let maxDepth = 128

    private init(bytes: [UInt8]) { self.bytes = bytes }

    /// The one JSON value `data` holds.
    package static func read(_ data: [UInt8]) throws(Failure) -> JSONNode {
        var reader = JSONReader(bytes: try utf8Text(data))
        reader.skipWhitespace()
        let root = try reader.value(path: "")
        reader.skipWhitespace()
        guard reader.i == reader.bytes.count else { throw reader.unexpected() }
        return root
    }

    // MARK: Values

    private mutating func value(path: String) throws(Failure) -> JSONNode {
        guard i < bytes.count else { throw .unfinished }
        let (startLine, startColumn) = (line, column(at: i))
        func node(_ v: JSONNode.Value) -> JSONNode { JSONNode(value: v, line: startLine, column: startColumn) }
        switch bytes[i] {
        case UInt8(ascii: "{"): return node(try object(path: path))
        case UInt8(ascii: "["): return node(try array(path: path))
        case UInt8(ascii: "\""): return node(.string(try string()))
        case UInt8(ascii: "t"): return node(try literal("true", .bool(true)))
        case UInt8(ascii: "f"): return node(try literal("false", .bool(false)))
        case UInt8(ascii: "n"): return node(try literal("null", .null))
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return node(try number())
        default: throw unexpected()
        }
    }

    private mutating func object(path: String) throws(Failure) -> JSONNode.Value {
        try enter()
        i += 1
        var members: [JSONMember] = []
        // Each key's line, to name both places of one written twice (a table, not a search of the
        // members: a hostile file may hold an object of a million keys).
        var lines: [String: Int] = [:]
        skipWhitespace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
            i += 1
            depth -= 1
            return .object(members)
        }
        while true {
            guard i < bytes.count else { throw .unfinished }
            guard bytes[i] == UInt8(ascii: "\"") else { throw unexpected() }
            let keyLine = line
            let key = try string()
            let memberPath = path.isEmpty ? key : "\(path).\(key)"
            if let first = lines.updateValue(keyLine, forKey: key) {
                throw .duplicateKey(path: memberPath, firstLine: first, secondLine: keyLine)
            }
            skipWhitespace()
            try expect(UInt8(ascii: ":"))
            skipWhitespace()
            members.append(JSONMember(key: key, keyLine: keyLine, node: try value(path: memberPath)))
            skipWhitespace()
            guard i < bytes.count else { throw .unfinished }
            if bytes[i] == UInt8(ascii: "}") {
                i += 1
                depth -= 1
                return .object(members)
            }
            try expect(UInt8(ascii: ","))
            skipWhitespace()
        }
    }

    private mutating func array(path: String) throws(Failure) -> JSONNode.Value {
        try enter()
        i += 1
        var elements: [JSONNode] = []
        skipWhitespace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "]") {
            i += 1
            depth -= 1
            return .array(elements)
        }
        while true {
            elements.append(try value(path: "\(path)[\(elements.count)]"))
            skipWhitespace()
            guard i < bytes.count else { throw .unfinished }
            if bytes[i] == UInt8(ascii: "]") {
                i += 1
                depth -= 1
                return .array(elements)
            }
            try expect(UInt8(ascii: ","))
            skipWhitespace()
        }
    }

    private mutating func enter() throws(Failure) {
        guard depth < Self.maxDepth else { throw unexpected() }
        depth += 1
    }

    /// A string from its opening quote, escapes undone.
    private mutating func string() throws(Failure) -> String {
        i += 1
        var out: [UInt8] = []
        while true {
            guard i < bytes.count else { throw .unfinished }
            let c = bytes[i]
            switch c {
            case UInt8(ascii: "\""):
                i += 1
                return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try escape(into: &out)
            case 0..<0x20:
                // A raw line break or tab inside quotes: most often a closing quote left out.
                throw unexpected()
            default:
                out.append(c)
                i += 1
            }
        }
    }

    /// One escape from its backslash: `\n`, `\"`, `\u5E97`, a surrogate pair `\uD83D\uDE00`.
    private mutating func escape(into out: inout [UInt8]) throws(Failure) {
        guard i + 1 < bytes.count else { throw .unfinished }
        if let byte = Self.escaped(bytes[i + 1]) {
            out.append(byte)
            i += 2
            return
        }
        guard bytes[i + 1] == UInt8(ascii: "u") else { throw unexpected() }
        let start = i
        var scalar = try hexUnit()
        if (0xD800..<0xDC00).contains(scalar) {
            // A high surrogate must be followed by its low half.
            guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else {
                throw unexpected(at: start)
            }
            let low = try hexUnit()
            guard (0xDC00..<0xE000).contains(low) else { throw unexpected(at: start) }
            scalar = 0x10000 + (scalar - 0xD800) << 10 + (low - 0xDC00)
        }
        guard let s = Unicode.Scalar(scalar) else { throw unexpected(at: start) }
        out.append(contentsOf: Array(String(Character(s)).utf8))
    }

    /// The byte a one-letter escape stands for (`n` for `\n`); nil for `u` and for letters JSON has no escape for.
    private static func escaped(_ letter: UInt8) -> UInt8? {
        switch letter {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): return letter
        case UInt8(ascii: "b"): return 0x08
        case UInt8(ascii: "f"): return 0x0C
        case UInt8(ascii: "n"): return 0x0A
        case UInt8(ascii: "r"): return 0x0D
        case UInt8(ascii: "t"): return 0x09
        default: return nil
        }
    }

    /// The four hex digits of `\uXXXX`, from its backslash.
    private mutating func hexUnit() throws(Failure) -> UInt32 {
        guard i + 6 <= bytes.count else { throw .unfinished }
        var v: UInt32 = 0
        for k in (i + 2)..<(i + 6) {
            guard let digit = Self.hexDigit(bytes[k]) else { throw unexpected(at: k) }
            v = v << 4 | digit
        }
        i += 6
        return v
    }

    private static func hexDigit(_ c: UInt8) -> UInt32? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(c - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(c - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(c - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`, kept as written beside its Double.
    private mutating func number() throws(Failure) -> JSONNode.Value {
        let start = i
        if bytes[i] == UInt8(ascii: "-") { i += 1 }
        guard i < bytes.count else { throw .unfinished }
        if bytes[i] == UInt8(ascii: "0") {
            i += 1
        } else {
            guard try digits() > 0 else { throw unexpected() }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            guard try digits() > 0 else { throw unexpected() }
        }
        if i < bytes.count, bytes[i] | 0x20 == UInt8(ascii: "e") {
            i += 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard try digits() > 0 else { throw unexpected() }
        }
        let written = String(decoding: bytes[start..<i], as: UTF8.self)
        // Every text the grammar above accepts is one Double reads (infinite when too large).
        return .number(Double(written) ?? .nan, written: written)
    }

    /// Skips decimal digits; how many there were.
    private mutating func digits() throws(Failure) -> Int {
        let start = i
        while i < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i]) { i += 1 }
        if i == bytes.count, i == start { throw .unfinished }
        return i - start
    }

    private mutating func literal(_ word: StaticString, _ value: JSONNode.Value) throws(Failure) -> JSONNode.Value {
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        for (k, c) in expected.enumerated() {
            guard i + k < bytes.count else { throw .unfinished }
            guard bytes[i + k] == c else { throw unexpected(at: i + k) }
        }
        i += expected.count
        return value
    }

    // MARK: Places

    private mutating func expect(_ c: UInt8) throws(Failure) {
        guard i < bytes.count else { throw .unfinished }
        guard bytes[i] == c else { throw unexpected() }
        i += 1
    }

    /// Skips spaces, tabs and line breaks, counting lines: LF, CRLF and a lone CR each end one.
    private mutating func skipWhitespace() {
        while i < bytes.count {
            switch bytes[i] {
            case 0x20, 0x09:
                i += 1
            case 0x0A:
                i += 1
                line += 1
                lineStart = i
                columnMark = (i, 1)
            case 0x0D:
                i += 1
                if i < bytes.count, bytes[i] == 0x0A { i += 1 }
                line += 1
                lineStart = i
                columnMark = (i, 1)
            default:
                return
            }
        }
    }

    /// The 1-based column of byte `offset` on the current line, in characters (continuation bytes
    /// of UTF-8 do not count).
    private mutating func column(at offset: Int) -> Int {
        var (k, n) = offset < columnMark.offset ? (lineStart, 1) : columnMark
        while k < offset {
            if bytes[k] & 0xC0 != 0x80 { n += 1 }
            k += 1
        }
        columnMark = (k, n)
        return n
    }

    private mutating func unexpected(at offset: Int? = nil) -> Failure {
        let at = offset ?? i
        return at >= bytes.count ? .unfinished : .unexpected(line: line, column: column(at: at))
    }
}
