import Foundation

/// Clean-up of one cell's UTF-8 bytes, in the order real exports need it.
///
/// Trims spaces (ASCII, no-break U+00A0, ideographic U+3000, BOM), then the Excel text tricks:
/// a leading `'`, `` ` `` or tab, and the `="…"` formula wrapper Taobao writes around long ids.
public enum CellText {
    /// The meaningful part of a cell, as a sub-range of `bytes`.
    public static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        // Most cells need nothing: a first byte that starts no space, quote or `=`, and a last byte
        // that ends no space, answer that without the loop below (it runs for every cell read).
        if let first = bytes.first, let last = bytes.last {
            let plainStart =
                first > 0x20 && first != 0x27 && first != 0x60 && first != 0x3D && first != 0xC2 && first != 0xE3
                && first != 0xEF
            let plainEnd = last > 0x20 && last != 0xA0 && last != 0x80
            if plainStart && plainEnd { return bytes }
            // ="3812004976329210623" with nothing to trim inside: 千牛's ids, two or three a row.
            if first == 0x3D, last == 0x22, bytes.count > 3, bytes[1] == 0x22 {
                let a = bytes[2]
                let z = bytes[bytes.count - 2]
                if a > 0x20 && a != 0x27 && a != 0x60 && a < 0x80 && z > 0x20 && z < 0x80 {
                    return UnsafeBufferPointer(rebasing: bytes[2..<bytes.count - 1])
                }
            }
        }
        var s = 0
        var e = bytes.count
        func trimEnds() {
            while true {
                if s < e, bytes[s] == 0x20 || bytes[s] == 0x09 {
                    s += 1
                    continue
                }
                if e > s, bytes[e - 1] == 0x20 || bytes[e - 1] == 0x09 || bytes[e - 1] == 0x0D || bytes[e - 1] == 0x0A {
                    e -= 1
                    continue
                }
                if s + 1 < e, bytes[s] == 0xC2, bytes[s + 1] == 0xA0 {
                    s += 2
                    continue
                }
                if e - 2 >= s, bytes[e - 2] == 0xC2, bytes[e - 1] == 0xA0 {
                    e -= 2
                    continue
                }
                if s + 2 < e, bytes[s] == 0xE3, bytes[s + 1] == 0x80, bytes[s + 2] == 0x80 {
                    s += 3
                    continue
                }
                if e - 3 >= s, bytes[e - 3] == 0xE3, bytes[e - 2] == 0x80, bytes[e - 1] == 0x80 {
                    e -= 3
                    continue
                }
                if s + 2 < e, bytes[s] == 0xEF, bytes[s + 1] == 0xBB, bytes[s + 2] == 0xBF {
                    s += 3
                    continue
                }
                break
            }
        }
        trimEnds()
        // 抖店 prefixes ids with a backtick where others write an apostrophe.
        if s < e, bytes[s] == UInt8(ascii: "'") || bytes[s] == UInt8(ascii: "`") { s += 1 }
        // ="3812004976329210623"
        if e - s >= 3, bytes[s] == UInt8(ascii: "="), bytes[s + 1] == UInt8(ascii: "\""),
            bytes[e - 1] == UInt8(ascii: "\"")
        {
            s += 2
            e -= 1
        } else if e - s >= 2, bytes[s] == UInt8(ascii: "="), bytes[s + 1] == UInt8(ascii: "\"") {
            s += 2
        }
        trimEnds()
        return UnsafeBufferPointer(rebasing: bytes[s..<e])
    }

    /// True for a cell that means "no value": empty, `-`, `--`, `—`, `nan`, `null`, `N/A`, and
    /// `\N` (MySQL's null, which 万相台 downloads carry).
    public static func isNull(_ t: UnsafeBufferPointer<UInt8>) -> Bool {
        switch t.count {
        case 0: return true
        case 1: return t[0] == UInt8(ascii: "-")
        case 2:
            return (t[0] == UInt8(ascii: "-") && t[1] == UInt8(ascii: "-"))
                || (t[0] == UInt8(ascii: "\\") && t[1] == UInt8(ascii: "N"))
        case 3:
            if t[0] == 0xE2 && t[1] == 0x80 && t[2] == 0x94 { return true }  // —
            let l = (t[0] | 0x20, t[1] | 0x20, t[2] | 0x20)
            return (l == (0x6E, 0x61, 0x6E)) || (t[0] == 0x4E && t[1] == 0x2F && t[2] == 0x41)  // nan, N/A
        case 4:
            return (t[0] | 0x20, t[1] | 0x20, t[2] | 0x20, t[3] | 0x20) == (0x6E, 0x75, 0x6C, 0x6C)  // null
        default: return false
        }
    }

    static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool { trimmed(bytes).isEmpty }

    /// The cleaned cell as text; empty for a null cell.
    public static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let t = trimmed(bytes)
        return isNull(t) ? "" : String(decoding: t, as: UTF8.self)
    }

    /// A header cell made comparable: trimmed, full-width brackets folded to ASCII.
    static func headerName(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let s = String(decoding: trimmed(bytes), as: UTF8.self)
        guard s.unicodeScalars.contains(where: { $0 == "（" || $0 == "）" }) else { return s }
        return s.replacingOccurrences(of: "（", with: "(").replacingOccurrences(of: "）", with: ")")
    }
}
