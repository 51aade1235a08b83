/// Tells a value the platform masked or encrypted (`****`, `张**`, `##密文…`, `$$密文…`) from a real one.
///
/// 拼多多 and 抖店 mask or encrypt receivers' names, phones and addresses in some exports. A masked
/// value is the same text for thousands of unrelated buyers, so it is never a grouping key.
package enum MaskedText {
    /// True when the cell holds two stars in a row, `##`/`$$` (an encrypted placeholder) or `密文`.
    /// One pass over the bytes, no allocation: every order's address goes through here.
    package static func isMasked(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: UInt8 = 0
        var i = 0
        while i < u.count {
            let b = u[i]
            if b == previous, b == 0x2A || b == 0x23 || b == 0x24 { return true }  // ** ## $$
            // 密文 in UTF-8: E5 AF 86 E6 96 87.
            if b == 0xE5, i + 5 < u.count, u[i + 1] == 0xAF, u[i + 2] == 0x86, u[i + 3] == 0xE6, u[i + 4] == 0x96,
                u[i + 5] == 0x87
            {
                return true
            }
            previous = b
            i += 1
        }
        return false
    }

    /// `isMasked` of a string.
    package static func isMasked(_ text: String) -> Bool {
        var t = text
        return t.withUTF8 { isMasked($0) }
    }
}
