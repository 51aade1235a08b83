import AuditRecords

/// Numbers as the platforms write them: `¥1,234.56`, `1,234`, `3.25%`, `0元`, `1:2.5`.
///
/// A comma is taken only as a thousands separator in its place (groups of three digits left of
/// the decimal point, the first of one to three): `12,34` (a decimal comma) or `1,2345.00` (a
/// slip) is refused with its reason rather than read as 1234 or 12345, a different number
/// that would pass every later check.
public enum NumberCell {
    /// Yuan to the fen. Accepts ¥ ￥ 元 and thousands separators; a third decimal is rounded half up.
    public static func money(_ raw: UnsafeBufferPointer<UInt8>) -> CellParse<Money> {
        let t = CellText.trimmed(raw)
        if CellText.isNull(t) { return .null }
        let scan = scanDecimal(t)
        if case .misplacedComma = scan { return .invalid(.misplacedComma) }
        guard case .number(let mantissa, let scale, let percent) = scan, !percent else {
            return .invalid(.notMoney)
        }
        guard scale <= 6 else { return .invalid(.moneyTooPrecise) }
        guard mantissa.magnitude <= UInt64(Int64.max / 100) else { return .invalid(.moneyTooLarge) }
        var cents = mantissa
        if scale < 2 {
            for _ in scale..<2 { cents *= 10 }
        } else if scale > 2 {
            var div: Int64 = 1
            for _ in 2..<scale { div *= 10 }
            let rounded = (cents.magnitude + UInt64(div / 2)) / UInt64(div)
            cents = cents < 0 ? -Int64(rounded) : Int64(rounded)
        }
        return .value(Money(cents: cents))
    }

    /// A count such as 访客数 (`1,234`); `12.0` (an Excel re-save) is accepted, `12.5` is not.
    public static func integer(_ raw: UnsafeBufferPointer<UInt8>) -> CellParse<Int> {
        let t = CellText.trimmed(raw)
        if CellText.isNull(t) { return .null }
        let scan = scanDecimal(t)
        if case .misplacedComma = scan { return .invalid(.misplacedComma) }
        guard case .number(let mantissa, let scale, let percent) = scan, !percent else { return .invalid(.notInteger) }
        var v = mantissa
        for _ in 0..<scale {
            guard v % 10 == 0 else { return .invalid(.notInteger) }
            v /= 10
        }
        // Counts (visitors, clicks) beyond this are export errors; bounding them keeps sums exact.
        guard v.magnitude <= 1_000_000_000_000 else { return .invalid(.integerTooLarge) }
        return .value(Int(v))
    }

    /// A plain decimal (ROI 3.25, or `1:3.25` as the seeds write it).
    public static func decimal(_ raw: UnsafeBufferPointer<UInt8>) -> CellParse<Double> {
        let t = CellText.trimmed(raw)
        if CellText.isNull(t) { return .null }
        var start = 0
        if t.count > 2, t[0] == UInt8(ascii: "1"), t[1] == UInt8(ascii: ":") { start = 2 }
        let scan = scanDecimal(UnsafeBufferPointer(rebasing: t[start...]))
        if case .misplacedComma = scan { return .invalid(.misplacedComma) }
        guard case .number(let mantissa, let scale, let percent) = scan else { return .invalid(.notNumber) }
        var v = Double(mantissa)
        for _ in 0..<scale { v /= 10 }
        return .value(percent ? v / 100 : v)
    }

    /// A rate: `3.25%` is 0.0325; a bare `0.0325` is taken as it is.
    public static func rate(_ raw: UnsafeBufferPointer<UInt8>) -> CellParse<Double> {
        decimal(raw)
    }

    /// What `scanDecimal` found in a cell.
    enum DecimalScan: Equatable {
        /// The digits as an integer, the number of decimals, and whether a `%` followed.
        case number(mantissa: Int64, scale: Int, percent: Bool)
        /// A number whose comma is no thousands separator in its place (`12,34`, `1,2345`).
        case misplacedComma
        case notANumber
    }

    /// Scans `[-]digits[.digits][%]` skipping currency signs, 元, spaces and thousands separators
    /// (a comma of either width) where they belong.
    static func scanDecimal(_ t: UnsafeBufferPointer<UInt8>) -> DecimalScan {
        var i = 0
        let n = t.count
        var negative = false
        var mantissa: Int64 = 0
        var digits = 0
        var scale = 0
        var seenPoint = false
        var percent = false
        // Digits since the last thousands separator, and whether there was one.
        var group = 0
        var grouped = false
        /// A separator ends a group: the first of 1–3 digits, every later one of exactly 3.
        func separatorFits() -> Bool { grouped ? group == 3 : (1...3).contains(group) }
        while i < n {
            let c = t[i]
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if percent { return .notANumber }
                guard digits < 17 else { return .notANumber }
                mantissa = mantissa * 10 + Int64(c - UInt8(ascii: "0"))
                digits += 1
                if seenPoint { scale += 1 } else { group += 1 }
                i += 1
            case UInt8(ascii: "."):
                if seenPoint || percent { return .notANumber }
                // The integer part ends here: its last group must be whole too (`1,2345.00`).
                if grouped, group != 3 { return .misplacedComma }
                seenPoint = true
                i += 1
            case UInt8(ascii: ","):
                if seenPoint { return .notANumber }
                guard separatorFits() else { return .misplacedComma }
                grouped = true
                group = 0
                i += 1
            case UInt8(ascii: " "):
                if seenPoint { return .notANumber }
                i += 1
            case UInt8(ascii: "-"), UInt8(ascii: "+"):
                if digits > 0 || seenPoint || negative { return .notANumber }
                negative = c == UInt8(ascii: "-")
                i += 1
            case UInt8(ascii: "%"):
                if digits == 0 || percent { return .notANumber }
                percent = true
                i += 1
            case 0xC2 where i + 1 < n && t[i + 1] == 0xA5:  // ¥
                if digits > 0 { return .notANumber }
                i += 2
            case 0xEF where i + 2 < n && t[i + 1] == 0xBF && t[i + 2] == 0xA5:  // ￥
                if digits > 0 { return .notANumber }
                i += 3
            case 0xEF where i + 2 < n && t[i + 1] == 0xBC && t[i + 2] == 0x8C:  // full-width comma
                if seenPoint { return .notANumber }
                guard separatorFits() else { return .misplacedComma }
                grouped = true
                group = 0
                i += 3
            case 0xE5 where i + 2 < n && t[i + 1] == 0x85 && t[i + 2] == 0x83:  // 元
                if digits == 0 || i + 3 != n { return .notANumber }
                i += 3
            default:
                return .notANumber
            }
        }
        guard digits > 0 else { return .notANumber }
        if grouped, !seenPoint, group != 3 { return .misplacedComma }
        return .number(mantissa: negative ? -mantissa : mantissa, scale: scale, percent: percent)
    }
}
