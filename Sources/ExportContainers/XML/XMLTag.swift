/// One start or end tag inside a buffer of XML, read without building strings.
///
/// `name` is the local name (any `x:` prefix dropped); attributes are read on demand from the
/// bytes between the name and `>`.
struct XMLTag {
    let buffer: UnsafeBufferPointer<UInt8>
    /// The `<`.
    let start: Int
    /// Just past the `>`.
    let end: Int
    let isEnd: Bool
    let isSelfClosing: Bool
    /// The local name's range.
    let name: Range<Int>
    /// Attributes: from after the name to before `>` or `/>`.
    let attributes: Range<Int>

    func nameIs(_ local: StaticString) -> Bool {
        guard name.count == local.utf8CodeUnitCount else { return false }
        let p = local.utf8Start
        for k in 0..<name.count where buffer[name.lowerBound + k] != p[k] { return false }
        return true
    }

    /// The local name compared without regard to ASCII case (HTML).
    func nameIsIgnoringCase(_ local: StaticString) -> Bool {
        guard name.count == local.utf8CodeUnitCount else { return false }
        let p = local.utf8Start
        for k in 0..<name.count where buffer[name.lowerBound + k] | 0x20 != p[k] | 0x20 { return false }
        return true
    }

    /// The raw value of attribute `local` (prefix ignored, so `r:id` matches `id`), entities undecoded.
    func attribute(_ local: StaticString) -> UnsafeBufferPointer<UInt8>? {
        var i = attributes.lowerBound
        let end = attributes.upperBound
        while i < end {
            while i < end, XMLTag.isSpace(buffer[i]) { i += 1 }
            let nameStart = i
            while i < end, buffer[i] != UInt8(ascii: "="), !XMLTag.isSpace(buffer[i]) { i += 1 }
            var localStart = nameStart
            for k in nameStart..<i where buffer[k] == UInt8(ascii: ":") { localStart = k + 1 }
            let nameEnd = i
            while i < end, XMLTag.isSpace(buffer[i]) { i += 1 }
            guard i < end, buffer[i] == UInt8(ascii: "=") else { return nil }
            i += 1
            while i < end, XMLTag.isSpace(buffer[i]) { i += 1 }
            guard i < end, buffer[i] == UInt8(ascii: "\"") || buffer[i] == UInt8(ascii: "'") else { return nil }
            let quote = buffer[i]
            i += 1
            let valueStart = i
            while i < end, buffer[i] != quote { i += 1 }
            guard i < end else { return nil }
            let valueEnd = i
            i += 1
            if nameEnd - localStart == local.utf8CodeUnitCount {
                let p = local.utf8Start
                var same = true
                for k in 0..<(nameEnd - localStart) where buffer[localStart + k] != p[k] {
                    same = false
                    break
                }
                if same { return UnsafeBufferPointer(rebasing: buffer[valueStart..<valueEnd]) }
            }
        }
        return nil
    }

    /// The attribute's value decoded as text.
    func attributeString(_ local: StaticString) -> String? {
        guard let raw = attribute(local) else { return nil }
        var out: [UInt8] = []
        XMLText.append(raw, spreadsheetEscapes: false, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The attribute as a non-negative integer; nil when absent or not digits.
    func integerAttribute(_ local: StaticString) -> Int? {
        guard let raw = attribute(local), !raw.isEmpty, raw.count <= 18 else { return nil }
        var v = 0
        for d in raw {
            guard d >= 0x30, d <= 0x39 else { return nil }
            v = v * 10 + Int(d - 0x30)
        }
        return v
    }

    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    /// The tag starting at `start` (a `<`), or nil when the buffer ends inside it. Comments,
    /// processing instructions and declarations come back with an empty name.
    static func read(_ buffer: UnsafeBufferPointer<UInt8>, at start: Int) -> XMLTag? {
        let n = buffer.count
        var i = start + 1
        guard i < n else { return nil }
        if buffer[i] == UInt8(ascii: "!") || buffer[i] == UInt8(ascii: "?") {
            // <!-- … -->, <![CDATA[ … ]]>, <?xml … ?>, <!DOCTYPE …>: skipped whole.
            let isComment = i + 2 < n && buffer[i + 1] == UInt8(ascii: "-") && buffer[i + 2] == UInt8(ascii: "-")
            let isCData = i + 7 < n && buffer[i + 1] == UInt8(ascii: "[")
            var j = i + 1
            while j < n {
                if buffer[j] == UInt8(ascii: ">") {
                    if isComment, !(j >= 2 && buffer[j - 1] == UInt8(ascii: "-") && buffer[j - 2] == UInt8(ascii: "-"))
                    {
                        j += 1
                        continue
                    }
                    if isCData, !(j >= 2 && buffer[j - 1] == UInt8(ascii: "]") && buffer[j - 2] == UInt8(ascii: "]")) {
                        j += 1
                        continue
                    }
                    return XMLTag(
                        buffer: buffer, start: start, end: j + 1, isEnd: false, isSelfClosing: true, name: i..<i,
                        attributes: i..<i)
                }
                j += 1
            }
            return nil
        }
        let isEnd = buffer[i] == UInt8(ascii: "/")
        if isEnd { i += 1 }
        let nameStart = i
        var localStart = i
        while i < n, !isSpace(buffer[i]), buffer[i] != UInt8(ascii: ">"), buffer[i] != UInt8(ascii: "/") {
            if buffer[i] == UInt8(ascii: ":") { localStart = i + 1 }
            i += 1
        }
        guard i < n else { return nil }
        _ = nameStart
        let nameEnd = i
        // Attribute values may hold `>` inside quotes.
        var quote: UInt8 = 0
        while i < n {
            let c = buffer[i]
            if quote != 0 {
                if c == quote { quote = 0 }
            } else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
                quote = c
            } else if c == UInt8(ascii: ">") {
                let selfClosing = i > nameEnd && buffer[i - 1] == UInt8(ascii: "/")
                return XMLTag(
                    buffer: buffer, start: start, end: i + 1, isEnd: isEnd, isSelfClosing: selfClosing,
                    name: localStart..<nameEnd, attributes: nameEnd..<(selfClosing ? i - 1 : i))
            }
            i += 1
        }
        return nil
    }

    /// Calls `body` with every tag of a whole document in order (for small parts: workbook,
    /// relationships, styles). Text between tags is passed as the range before each tag.
    static func forEach(in buffer: UnsafeBufferPointer<UInt8>, _ body: (XMLTag, Range<Int>) throws -> Void) throws {
        var i = 0
        var textStart = 0
        let n = buffer.count
        while i < n {
            guard buffer[i] == UInt8(ascii: "<") else {
                i += 1
                continue
            }
            guard let tag = read(buffer, at: i) else { throw ContainerError.truncated(.xmlEndsInTag) }
            try body(tag, textStart..<i)
            i = tag.end
            textStart = i
        }
    }
}
