/// How a typed spreadsheet value becomes the text a CSV export would have held.
///
/// Numbers print as the platforms print them (`5652`, `128.5`, never `5652.0`); a number too big
/// to be exact in a double prints in Excel's scientific form, so an order id a re-save turned
/// into a number is recognised as damaged instead of read as the wrong id. Date-formatted numbers
/// print as `2025-07-03 10:12:45` (or `2025-07-03` for a format without a time), the form the
/// importer reads fastest.
public enum CellValueText {
    /// Appends `value` as plain decimal text.
    public static func appendNumber(_ value: Double, to out: inout [UInt8]) {
        guard value.isFinite else {
            out.append(contentsOf: Array("#NUM!".utf8))
            return
        }
        if value == value.rounded(), value.magnitude < 9_007_199_254_740_992 {
            appendInteger(Int64(value), to: &out)
            return
        }
        // Shortest text that reads back as the same double (Swift's own algorithm).
        var s = value.description
        if s.contains("e") {
            // Swift writes 1e-07 / 1.2e+16; Excel writes 1E-07 / 1.2E+16.
            s = String(s.map { $0 == "e" ? "E" : $0 })
            if value.magnitude < 1, value != 0 { s = plainDecimal(value) ?? s }
        }
        out.append(contentsOf: Array(s.utf8))
    }

    /// Small fractions in plain digits (`0.0000012`), as an export writes them.
    private static func plainDecimal(_ value: Double) -> String? {
        let s = value.description
        guard let e = s.firstIndex(of: "e"), let exponent = Int(s[s.index(after: e)...]), exponent < 0, exponent > -20
        else { return nil }
        var mantissa = String(s[..<e])
        var negative = false
        if mantissa.hasPrefix("-") {
            negative = true
            mantissa.removeFirst()
        }
        let digits = mantissa.filter { $0 != "." }
        let zeros = String(repeating: "0", count: -exponent - 1)
        return (negative ? "-" : "") + "0." + zeros + digits
    }

    public static func appendInteger(_ value: Int64, to out: inout [UInt8]) {
        if value < 0 { out.append(UInt8(ascii: "-")) }
        var m = value.magnitude
        var digits:
            (
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8
            ) =
                (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = 0
        withUnsafeMutableBytes(of: &digits) { d in
            repeat {
                d[n] = UInt8(truncatingIfNeeded: 48 + m % 10)
                m /= 10
                n += 1
            } while m > 0
            for i in stride(from: n - 1, through: 0, by: -1) { out.append(d[i]) }
        }
    }

    /// Appends a date serial (days since 1899-12-30, or since 1904-01-01 in a 1904 workbook) as
    /// `yyyy-MM-dd HH:mm:ss`, or `yyyy-MM-dd` when `dateOnly`. Returns false (appending nothing)
    /// for a serial outside 1900–9999.
    @discardableResult
    public static func appendDate(serial: Double, date1904: Bool, dateOnly: Bool, to out: inout [UInt8]) -> Bool {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return false }
        // Whole seconds, rounded: Excel keeps times to the millisecond.
        let totalSeconds = Int64((serial * 86_400).rounded())
        var days = Int(totalSeconds / 86_400)
        let seconds = Int(totalSeconds % 86_400)
        // Days from 1970-01-01: the 1900 system counts from 1899-12-30 (which absorbs Lotus's
        // phantom 1900-02-29 for every date after it); the 1904 system from 1904-01-01.
        days += date1904 ? -24_107 : -25_569
        let (y, m, d) = civil(fromDays: days)
        guard y >= 1900, y <= 9999 else { return false }
        appendPadded(y, 4, &out)
        out.append(UInt8(ascii: "-"))
        appendPadded(m, 2, &out)
        out.append(UInt8(ascii: "-"))
        appendPadded(d, 2, &out)
        if dateOnly { return true }
        out.append(UInt8(ascii: " "))
        appendPadded(seconds / 3600, 2, &out)
        out.append(UInt8(ascii: ":"))
        appendPadded(seconds / 60 % 60, 2, &out)
        out.append(UInt8(ascii: ":"))
        appendPadded(seconds % 60, 2, &out)
        return true
    }

    private static func appendPadded(_ value: Int, _ width: Int, _ out: inout [UInt8]) {
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        while divisor > 0 {
            out.append(UInt8(truncatingIfNeeded: 48 + value / divisor % 10))
            divisor /= 10
        }
    }

    /// Year, month, day of a count of days from 1970-01-01 (Howard Hinnant's algorithm).
    static func civil(fromDays z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? y + 1 : y, m, d)
    }

    /// `TRUE` / `FALSE`, as Excel shows a boolean cell.
    public static func appendBoolean(_ value: Bool, to out: inout [UInt8]) {
        out.append(contentsOf: value ? Array("TRUE".utf8) : Array("FALSE".utf8))
    }
}

/// Which number formats show a date, from a format's built-in id or its code.
public enum DateFormatRule {
    /// What a format shows of a date serial.
    public enum Shows: Sendable, Equatable {
        /// Not a date: the number itself.
        case number
        /// A calendar day, no time of day.
        case date
        /// A day and a time (or a time alone: kept with its day, 1899-12-30 when the serial is under 1).
        case dateTime
    }

    /// A built-in format id (the ids below 164 no file defines).
    public static func builtIn(_ id: Int) -> Shows {
        switch id {
        case 14...17, 27...31, 34...36, 50...58: return .date
        case 18...22, 32, 33, 45...47: return .dateTime
        default: return .number
        }
    }

    /// A custom format code such as `yyyy-mm-dd hh:mm:ss` or `0.00%`: a date when it has y, m, d,
    /// h or s outside quoted text, escapes and brackets (`[Red]`, `[$-804]`; but `[h]` is time).
    public static func code(_ code: String) -> Shows {
        var hasDate = false
        var hasTime = false
        var inQuote = false
        var inBracket = false
        var bracket = ""
        var escaped = false
        // Only the first section (positive numbers) matters; the word General holds no date letter.
        let lowered = Array(code.lowercased())
        let general = Array("general")
        var skip = 0
        for (i, ch) in lowered.enumerated() {
            if skip > 0 {
                skip -= 1
                continue
            }
            if !inQuote, !inBracket, !escaped, ch == "g", lowered[i...].starts(with: general) {
                skip = general.count - 1
                continue
            }
            if escaped {
                escaped = false
                continue
            }
            if inQuote {
                if ch == "\"" { inQuote = false }
                continue
            }
            if inBracket {
                if ch == "]" {
                    inBracket = false
                    if ["h", "hh", "m", "mm", "s", "ss"].contains(bracket) { hasTime = true }
                } else {
                    bracket.append(ch)
                }
                continue
            }
            switch ch {
            case "\"": inQuote = true
            case "\\", "_", "*": escaped = true
            case "[":
                inBracket = true
                bracket = ""
            case ";": return hasDate ? (hasTime ? .dateTime : .date) : (hasTime ? .dateTime : .number)
            case "y", "d", "m": hasDate = true
            case "h", "s": hasTime = true
            default: break
            }
        }
        return hasDate ? (hasTime ? .dateTime : .date) : (hasTime ? .dateTime : .number)
    }
}
