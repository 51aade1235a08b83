extension JSONReader {
    /// The file's text as UTF-8 bytes: a UTF-8 byte-order mark dropped, UTF-16 converted.
    ///
    /// RFC 8259 asks for UTF-8, and that is what the merchant is told to save. A UTF-8 BOM (Windows
    /// Notepad wrote one until 2019) is harmless. UTF-16 is what Notepad called "Unicode" and
    /// Foundation's reader accepted, so it is converted rather than refused: with a BOM, or told by
    /// its zero bytes, since JSON text starts with an ASCII character. Anything else that is not
    /// UTF-8 is most likely GBK (Notepad's "ANSI" on a Chinese Windows), and converting it by guess
    /// could change a name in the contract, so it is refused with the line of its first bad byte.
    static func utf8Text(_ data: [UInt8]) throws(Failure) -> [UInt8] {
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { return try validUTF8(Array(data.dropFirst(3))) }
        if data.starts(with: [0xFF, 0xFE]) { return utf16(data.dropFirst(2), bigEndian: false) }
        if data.starts(with: [0xFE, 0xFF]) { return utf16(data.dropFirst(2), bigEndian: true) }
        if data.count >= 2, data.count % 2 == 0 {
            if data[0] == 0, data[1] != 0, data[1] < 0x80 { return utf16(data[...], bigEndian: true) }
            if data[0] != 0, data[0] < 0x80, data[1] == 0 { return utf16(data[...], bigEndian: false) }
        }
        return try validUTF8(data)
    }

    /// `bytes` unchanged when they are UTF-8; otherwise the line of the first byte that is not.
    private static func validUTF8(_ bytes: [UInt8]) throws(Failure) -> [UInt8] {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar):
                offset += scalar.count
            case .emptyInput:
                return bytes
            case .error:
                throw .notUTF8(line: lineNumber(at: offset, in: bytes), byte: bytes[offset])
            }
        }
    }

    /// The 1-based line `offset` is on: LF, CRLF and a lone CR each end a line.
    static func lineNumber(at offset: Int, in bytes: [UInt8]) -> Int {
        var line = 1
        for k in 0..<offset {
            if bytes[k] == 0x0A || bytes[k] == 0x0D && (k + 1 >= bytes.count || bytes[k + 1] != 0x0A) { line += 1 }
        }
        return line
    }

    /// UTF-16 code units to UTF-8; a lone surrogate becomes U+FFFD (it can only be inside a
    /// string, whose value is then shown as read).
    private static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> [UInt8] {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var k = bytes.startIndex
        while k + 1 < bytes.endIndex {
            let (high, low) = bigEndian ? (bytes[k], bytes[k + 1]) : (bytes[k + 1], bytes[k])
            units.append(UInt16(high) << 8 | UInt16(low))
            k += 2
        }
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }
}
