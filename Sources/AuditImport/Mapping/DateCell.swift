import AuditRecords

/// Dates and times as exports write them.
///
/// Accepts `2025-08-01`, `2025/8/1`, `2025.8.1`, `20250801`, `2025年8月1日`, each optionally
/// followed by `10:00`, `10:00:00` or `10:00:00.000`; and Excel serial numbers (45870 or 45870.5)
/// that a re-save leaves behind. Times are China local time, kept without a zone.
public enum DateCell {
    public static func time(_ raw: UnsafeBufferPointer<UInt8>) -> CellParse<LocalTime> {
        let t = CellText.trimmed(raw)
        if CellText.isNull(t) { return .null }
        if t.count == 19, let time = canonicalTime(t) { return .value(time) }
        var scanner = Scanner(bytes: t)
        if let serial = scanner.excelSerial() { return .value(serial) }
        guard let day = scanner.date() else { return .invalid(.notDateTime) }
        scanner.skipSeparators()
        if scanner.atEnd { return .value(LocalTime(day: day)) }
        guard let h = scanner.number(maxDigits: 2), h < 24, scanner.take(UInt8(ascii: ":")),
            let m = scanner.number(maxDigits: 2), m < 60
        else {
            return .invalid(.notDateTime)
        }
        var s = 0
        if scanner.take(UInt8(ascii: ":")) {
            guard let sec = scanner.number(maxDigits: 2), sec < 60 else { return .invalid(.badSeconds) }
            s = sec
            if scanner.take(UInt8(ascii: ".")) { _ = scanner.number(maxDigits: 9) }
        }
        guard scanner.atEnd else { return .invalid(.notDateTime) }
        return .value(LocalTime(day: day, hour: h, minute: m, second: s))
    }

    /// `2025-09-01 10:03:07`, the form nearly every order row has, read at fixed positions; nil for
    /// anything else (including an impossible date or time), which the scanner then reads or rejects.
    @inline(__always)
    static func canonicalTime(_ t: UnsafeBufferPointer<UInt8>) -> LocalTime? {
        guard t[4] == UInt8(ascii: "-"), t[7] == UInt8(ascii: "-"), t[10] == UInt8(ascii: " "),
            t[13] == UInt8(ascii: ":"), t[16] == UInt8(ascii: ":")
        else { return nil }
        var bad = false
        func two(_ at: Int) -> Int {
            let a = Int(t[at]) &- 0x30
            let b = Int(t[at + 1]) &- 0x30
            if a < 0 || a > 9 || b < 0 || b > 9 { bad = true }
            return a * 10 + b
        }
        let year = two(0) * 100 + two(2)
        let month = two(5)
        let dayOfMonth = two(8)
        let hour = two(11)
        let minute = two(14)
        let second = two(17)
        guard !bad, hour < 24, minute < 60, second < 60,
            let day = CalendarDay(year: year, month: month, day: dayOfMonth)
        else { return nil }
        return LocalTime(day: day, hour: hour, minute: minute, second: second)
    }

    /// A date; a time of day after it is allowed and dropped.
    public static func day(_ raw: UnsafeBufferPointer<UInt8>) -> CellParse<CalendarDay> {
        switch time(raw) {
        case .value(let t): return .value(t.day)
        case .null: return .null
        case .invalid: return .invalid(.notDate)
        }
    }

    /// `20260601~20260630`, `2026-06-01 ~ 2026-06-30`, `2026-06-01至2026-06-30`: a period of more
    /// than one day (nil for anything else, a single day written as a range included).
    public static func range(_ raw: UnsafeBufferPointer<UInt8>) -> (first: CalendarDay, last: CalendarDay)? {
        let text = String(decoding: raw, as: UTF8.self)
        for separator in ["~", "～", "至"] {
            let parts = text.split(separator: separator, omittingEmptySubsequences: false)
            guard parts.count == 2 else { continue }
            let ends = parts.map { String($0.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()) }
            guard let a = day(in: Substring(ends[0])),
                let b = day(in: Substring(ends[1])), a < b
            else { return nil }
            return (a, b)
        }
        return nil
    }

    /// Parses a date from text such as `2025-08-01` (used for file names and title lines).
    public static func day(in text: Substring) -> CalendarDay? {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { b -> CalendarDay? in
            var s = Scanner(bytes: b)
            guard let d = s.date(), s.atEnd else { return nil }
            return d
        }
    }

    struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var i = 0
        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        var atEnd: Bool { i >= bytes.count }

        mutating func take(_ c: UInt8) -> Bool {
            if i < bytes.count, bytes[i] == c {
                i += 1
                return true
            }
            return false
        }

        mutating func number(maxDigits: Int) -> Int? {
            var v = 0
            var d = 0
            while i < bytes.count, d < maxDigits, bytes[i] >= 0x30, bytes[i] <= 0x39 {
                v = v * 10 + Int(bytes[i] - 0x30)
                i += 1
                d += 1
            }
            return d == 0 ? nil : v
        }

        mutating func skipSeparators() {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == UInt8(ascii: "T") { i += 1 }
        }

        /// 年 月 日 separators (UTF-8 E5 B9 B4, E6 9C 88, E6 97 A5).
        mutating func takeChinese(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Bool {
            if i + 2 < bytes.count, bytes[i] == a, bytes[i + 1] == b, bytes[i + 2] == c {
                i += 3
                return true
            }
            return false
        }

        mutating func date() -> CalendarDay? {
            let start = i
            guard let first = number(maxDigits: 8) else { return nil }
            let digits = i - start
            if digits == 8 {
                return CalendarDay(year: first / 10000, month: first / 100 % 100, day: first % 100)
            }
            guard digits == 4 else { return nil }
            if takeChinese(0xE5, 0xB9, 0xB4) {
                guard let m = number(maxDigits: 2), takeChinese(0xE6, 0x9C, 0x88), let d = number(maxDigits: 2) else {
                    return nil
                }
                _ = takeChinese(0xE6, 0x97, 0xA5)
                return CalendarDay(year: first, month: m, day: d)
            }
            guard i < bytes.count else { return nil }
            let sep = bytes[i]
            guard sep == UInt8(ascii: "-") || sep == UInt8(ascii: "/") || sep == UInt8(ascii: ".") else { return nil }
            i += 1
            guard let m = number(maxDigits: 2), take(sep), let d = number(maxDigits: 2) else { return nil }
            return CalendarDay(year: first, month: m, day: d)
        }

        /// 45870 or 45870.5: days since 1899-12-30, as Excel stores dates.
        mutating func excelSerial() -> LocalTime? {
            guard bytes.count >= 5, bytes.count <= 16 else { return nil }
            var whole = 0
            var j = 0
            while j < bytes.count, bytes[j] >= 0x30, bytes[j] <= 0x39 {
                whole = whole * 10 + Int(bytes[j] - 0x30)
                j += 1
            }
            guard j == 5, (20000...80000).contains(whole) else { return nil }
            var fraction = 0.0
            if j < bytes.count {
                guard bytes[j] == UInt8(ascii: ".") else { return nil }
                j += 1
                var scale = 0.1
                while j < bytes.count, bytes[j] >= 0x30, bytes[j] <= 0x39 {
                    fraction += Double(bytes[j] - 0x30) * scale
                    scale /= 10
                    j += 1
                }
                guard j == bytes.count else { return nil }
            }
            let epochOffset = -25_569  // 1899-12-30 → 1970-01-01
            let seconds = (whole + epochOffset) * 86_400 + Int((fraction * 86_400).rounded())
            i = bytes.count
            return LocalTime(seconds: seconds)
        }
    }
}
