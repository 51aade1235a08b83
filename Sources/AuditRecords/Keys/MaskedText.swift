/// Tells a value the platform masked or encrypted (`****`, `张**`, `##密文…`, `$$密文…`) from a real one.
///
/// 拼多多 and 抖店 mask or encrypt receivers' names, phones and addresses in some exports. A masked
/// value is the same text for thousands of unrelated buyers, so it is never a grouping key.
package enum MaskedText {
    /// True when the cell holds two stars in a row, `##`/`$$` (an encrypted placeholder) or `密文`.
    package static func isMasked(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        guard u.count >= 2 else { return false }
        for i in 1..<u.count {
            let a = u[i - 1]
            let b = u[i]
            if a == b, a == UInt8(ascii: "*") || a == UInt8(ascii: "#") || a == UInt8(ascii: "$") { return true }
        }
        // 密文 in UTF-8: E5 AF 86 E6 96 87.
        let cipher: [UInt8] = [0xE5, 0xAF, 0x86, 0xE6, 0x96, 0x87]
        guard u.count >= cipher.count else { return false }
        for start in 0...(u.count - cipher.count) where u[start] == 0xE5 {
            if (0..<cipher.count).allSatisfy({ u[start + $0] == cipher[$0] }) { return true }
        }
        return false
    }

    /// `isMasked` of a string.
    package static func isMasked(_ text: String) -> Bool {
        var t = text
        return t.withUTF8 { isMasked($0) }
    }
}
