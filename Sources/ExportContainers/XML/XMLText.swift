/// Character data of an XML document decoded to UTF-8: the five entities, numeric character
/// references, and the `_xHHHH_` escapes spreadsheet writers use for control characters.
///
/// Only what XML defines without a DTD is decoded; a DOCTYPE is refused before any text is read
/// (`XMLElementStream`), so no entity can expand into anything else. An entity this decoder does
/// not know stays as it was written.
enum XMLText {
    /// Appends `raw` decoded; `spreadsheetEscapes` also decodes `_x000D_` and friends (cell text,
    /// not numbers).
    static func append(_ raw: UnsafeBufferPointer<UInt8>, spreadsheetEscapes: Bool, to out: inout [UInt8]) {
        // Most text holds neither `&` nor `_`: copied as it is.
        var plain = true
        for b in raw where b == UInt8(ascii: "&") || (spreadsheetEscapes && b == UInt8(ascii: "_")) {
            plain = false
            break
        }
        if plain {
            out.append(contentsOf: raw)
            return
        }
        var i = 0
        let n = raw.count
        var pendingHigh: UInt32?
        func flushHigh() {
            if pendingHigh != nil { UTF8Bytes.append(scalar: 0xFFFD, to: &out) }
            pendingHigh = nil
        }
        while i < n {
            let c = raw[i]
            if c == UInt8(ascii: "&"), let (scalar, length) = entity(raw, at: i) {
                flushHigh()
                UTF8Bytes.append(scalar: scalar, to: &out)
                i += length
                continue
            }
            if spreadsheetEscapes, c == UInt8(ascii: "_"), i + 6 < n, raw[i + 1] == UInt8(ascii: "x"),
                raw[i + 6] == UInt8(ascii: "_"),
                let unit = hex(raw, i + 2, 4)
            {
                if (0xD800...0xDBFF).contains(unit) {
                    flushHigh()
                    pendingHigh = unit
                } else if (0xDC00...0xDFFF).contains(unit), let high = pendingHigh {
                    pendingHigh = nil
                    UTF8Bytes.append(scalar: 0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00), to: &out)
                } else {
                    flushHigh()
                    UTF8Bytes.append(scalar: unit, to: &out)
                }
                i += 7
                continue
            }
            flushHigh()
            out.append(c)
            i += 1
        }
        flushHigh()
    }

    /// The scalar an entity at `i` (`&amp;`, `&#21488;`, `&#x53F0;`) stands for, and its length.
    private static func entity(_ raw: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int)? {
        var j = i + 1
        let limit = min(raw.count, i + 12)
        while j < limit, raw[j] != UInt8(ascii: ";") { j += 1 }
        guard j < limit else { return nil }
        let name = UnsafeBufferPointer(rebasing: raw[(i + 1)..<j])
        let length = j - i + 1
        if name.first == UInt8(ascii: "#") {
            let value: UInt32?
            if name.count > 1, name[1] == UInt8(ascii: "x") || name[1] == UInt8(ascii: "X") {
                value = hex(name, 2, name.count - 2)
            } else {
                var v: UInt32 = 0
                var ok = name.count > 1 && name.count <= 8
                for d in name.dropFirst() {
                    guard d >= 0x30, d <= 0x39 else {
                        ok = false
                        break
                    }
                    v = v * 10 + UInt32(d - 0x30)
                }
                value = ok ? v : nil
            }
            guard let value else { return nil }
            return (value, length)
        }
        switch Array(name) {
        case Array("lt".utf8): return (0x3C, length)
        case Array("gt".utf8): return (0x3E, length)
        case Array("amp".utf8): return (0x26, length)
        case Array("quot".utf8): return (0x22, length)
        case Array("apos".utf8): return (0x27, length)
        default: return nil
        }
    }

    private static func hex(_ raw: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> UInt32? {
        guard count >= 1, count <= 6, start + count <= raw.count else { return nil }
        var v: UInt32 = 0
        for k in start..<(start + count) {
            let d = raw[k]
            let digit: UInt8
            switch d {
            case 0x30...0x39: digit = d - 0x30
            case 0x41...0x46: digit = d - 0x41 + 10
            case 0x61...0x66: digit = d - 0x61 + 10
            default: return nil
            }
            v = v << 4 | UInt32(digit)
        }
        return v
    }
}
