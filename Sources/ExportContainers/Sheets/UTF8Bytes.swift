/// Text to UTF-8 bytes, one scalar at a time: for the readers that decode escapes and UTF-16
/// (XML references and `_xHHHH_`, BIFF8's unicode strings).
enum UTF8Bytes {
    /// Appends the UTF-8 of `value`; U+FFFD for a surrogate, zero or a value past U+10FFFF.
    @inline(__always)
    static func append(scalar value: UInt32, to out: inout [UInt8]) {
        let v = value == 0 || (0xD800...0xDFFF).contains(value) || value > 0x10FFFF ? 0xFFFD : value
        switch v {
        case 0..<0x80: out.append(UInt8(v))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | v >> 6))
            out.append(UInt8(0x80 | v & 0x3F))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | v >> 12))
            out.append(UInt8(0x80 | v >> 6 & 0x3F))
            out.append(UInt8(0x80 | v & 0x3F))
        default:
            out.append(UInt8(0xF0 | v >> 18))
            out.append(UInt8(0x80 | v >> 12 & 0x3F))
            out.append(UInt8(0x80 | v >> 6 & 0x3F))
            out.append(UInt8(0x80 | v & 0x3F))
        }
    }
}
