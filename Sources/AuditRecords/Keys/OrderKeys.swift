import Foundation

/// The grouping keys of an order, read from its cells' UTF-8 bytes.
///
/// The importer computes them once per row on the bytes it already has; `OrderRecord.init(_:)`
/// computes them from a full `Order`'s strings with the same functions, so both agree.
package enum OrderKeys {
    /// The last 11 digits as a number; nil for a masked phone or fewer than 11 digits.
    /// (The last 11 digits taken by one division at the end rather than one per digit.)
    package static func phoneKey(_ u: UnsafeBufferPointer<UInt8>) -> UInt64? {
        var digits = 0
        var value: UInt64 = 0
        for b in u {
            if b == UInt8(ascii: "*") { return nil }
            guard b >= 0x30 && b <= 0x39 else { continue }
            // Past 18 digits keep only the last 11 as we go, so the value never overflows.
            value = digits < 18 ? value * 10 + UInt64(b - 0x30) : (value % 100_000_000_000) * 10 + UInt64(b - 0x30)
            digits += 1
        }
        return digits >= 11 ? value % 100_000_000_000 : nil
    }

    /// The two runs of digits around the stars of a masked phone (`139****2345` → `139`, `2345`);
    /// nil for a phone that is not masked or shows fewer than 7 digits.
    package static func visibleDigits(_ u: UnsafeBufferPointer<UInt8>) -> (Range<Int>, Range<Int>)? {
        let star = UInt8(ascii: "*")
        guard u.contains(star) else { return nil }
        var parts: [Range<Int>] = []
        var start = 0
        for i in 0...u.count where i == u.count || u[i] == star {
            if i > start {
                guard parts.count < 2 else { return nil }
                parts.append(start..<i)
            }
            start = i + 1
        }
        guard parts.count == 2, parts.allSatisfy({ u[$0].allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }),
            parts[0].count + parts[1].count >= 7
        else { return nil }
        return (parts[0], parts[1])
    }

    /// A key of a masked phone's visible digits (`139*2345`), never 0; nil for a phone that is not masked.
    package static func maskedPhoneKey(_ u: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard let (a, b) = visibleDigits(u) else { return nil }
        var h = StableHash()
        for i in a { h.combine(u[i]) }
        h.combine(UInt8(ascii: "*"))
        for i in b { h.combine(u[i]) }
        return h.value == 0 ? 1 : h.value
    }

    /// `tb_880001` → (hash of "tb_", 880001); nil without a trailing number of 4 to 12 digits,
    /// or for a masked account.
    package static func numberedAccount(_ u: UnsafeBufferPointer<UInt8>) -> (prefix: UInt64, number: Int)? {
        var end = u.count
        var number = 0
        var scale = 1
        var digits = 0
        while end > 0 {
            let b = u[end - 1]
            guard b >= 0x30 && b <= 0x39 else { break }
            guard digits < 12 else { return nil }
            number += Int(b - 0x30) * scale
            scale *= 10
            digits += 1
            end -= 1
        }
        guard digits >= 4 else { return nil }
        var h = StableHash()
        for b in u[0..<end] {
            if b == UInt8(ascii: "*") { return nil }
            h.combine(b)
        }
        return (h.value, number)
    }

    /// Statuses that say the goods left the warehouse (commas and spaces ignored).
    static func isShipped(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        OrderStatusClass.isShipped(String(decoding: u, as: UTF8.self))
    }

    /// A waybill number (物流单号) as numbers: the value of its last digits (at most 18) and a
    /// hash of its letter prefix (`SF`, `JDV`, `YT`; 0 without one). Consecutive numbers of one
    /// prefix are consecutive values. (0, 0) when the cell holds no digit.
    package static func waybill(_ u: UnsafeBufferPointer<UInt8>) -> (number: UInt64, prefix: UInt32) {
        var prefix = StableHash()
        var hasPrefix = false
        var digits = 0
        var value: UInt64 = 0
        for b in u {
            if b >= 0x30 && b <= 0x39 {
                value =
                    digits < 18
                    ? value * 10 + UInt64(b - 0x30) : (value % 100_000_000_000_000_000) * 10 + UInt64(b - 0x30)
                digits += 1
            } else if digits == 0, b & 0x80 == 0, (b | 0x20) >= 0x61, (b | 0x20) <= 0x7A {
                prefix.combine(b & ~0x20)
                hasPrefix = true
            }
        }
        guard digits > 0 else { return (0, 0) }
        return (value, hasPrefix ? UInt32(truncatingIfNeeded: prefix.value) | 1 : 0)
    }

    /// `6.00123E+11`: a number a spreadsheet wrote in scientific notation, its last digits lost.
    package static func isScientific(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let e = u.firstIndex(where: { $0 == UInt8(ascii: "E") || $0 == UInt8(ascii: "e") }), e > 0,
            e + 1 < u.count
        else { return false }
        let mantissa = u[0..<e]
        var exponent = u[(e + 1)...]
        if exponent.first == UInt8(ascii: "+") || exponent.first == UInt8(ascii: "-") {
            exponent = exponent.dropFirst()
        }
        let digit = { (b: UInt8) in b >= 0x30 && b <= 0x39 }
        return !exponent.isEmpty && exponent.allSatisfy(digit)
            && mantissa.allSatisfy { digit($0) || $0 == UInt8(ascii: ".") } && mantissa.contains(where: digit)
    }

    /// A 32-bit key of a text (carrier names), 0 for empty text.
    package static func smallKey(_ u: UnsafeBufferPointer<UInt8>) -> UInt32 {
        guard !u.isEmpty else { return 0 }
        var h = StableHash()
        for b in u { h.combine(b) }
        return UInt32(truncatingIfNeeded: h.value) | 1
    }

    /// A 64-bit key of an item id (商品ID as a number when it is digits, else the text's hash), 0 for none.
    ///
    /// `600123456789.0` (a number column re-saved by a spreadsheet) is the same id as `600123456789`.
    /// An id turned into scientific notation (`6.00123E+11`) has lost digits: use `isScientific` to
    /// tell it and never key on it.
    package static func itemIDKey(_ u: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard !u.isEmpty else { return 0 }
        if let n = Order.idNumber(u) { return n }
        if u.count > 2, u[u.count - 2] == UInt8(ascii: "."), u[u.count - 1] == UInt8(ascii: "0"),
            let n = Order.idNumber(UnsafeBufferPointer(rebasing: u[0..<(u.count - 2)]))
        {
            return n
        }
        var h = StableHash()
        for b in u { h.combine(b) }
        return h.value == 0 ? 1 : h.value
    }
}
