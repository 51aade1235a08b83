import AuditRecords

/// The day and export time of a store overview row, as the downloads write them.
///
/// 生意参谋's 数据概览 writes its day as a range `2025-08-01|2025-08-01` (one day a file) and the
/// export time beside it; 拼多多's 概况 files write `统计时间` as `MM-DD-YY` (`12-29-25` is
/// 2025-12-29), American order with a two-digit year.
enum OverviewDate {
    /// The first day a cell names: a range's start, a date in any form `DateCell` reads, an Excel
    /// serial, or `MM-DD-YY`. Nil for anything else, and for a cell with a time of day (an export time).
    static func day(_ text: String) -> CalendarDay? {
        let first = text.split(whereSeparator: { $0 == "|" || $0 == "~" || $0 == "～" }).first.map(String.init) ?? text
        let trimmed = first.trimmingSpaces
        guard !trimmed.isEmpty, !trimmed.contains(":") else { return nil }
        if let d = DateCell.day(in: trimmed[...]) { return d }
        var bytes = Array(trimmed.utf8)
        if case .value(let t) = bytes.withUnsafeMutableBufferPointer({ DateCell.time(UnsafeBufferPointer($0)) }),
            t.secondOfDay == 0, trimmed.allSatisfy({ $0.isNumber || $0 == "." })
        {
            return t.day
        }
        return americanShortDate(trimmed)
    }

    /// `12-29-25` or `12/29/25`: month, day, two-digit year of this century.
    static func americanShortDate(_ text: String) -> CalendarDay? {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "/" })
        guard parts.count == 3, parts[2].count == 2, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
            let m = Int(parts[0]), let d = Int(parts[1]), let y = Int(parts[2])
        else { return nil }
        return CalendarDay(year: 2000 + y, month: m, day: d)
    }

    /// A date with a time of day (`2025-08-02 09:30:15`): an export time; nil for a bare date.
    static func exportTime(_ text: String) -> LocalTime? {
        let trimmed = text.trimmingSpaces
        guard trimmed.contains(":") else { return nil }
        var bytes = Array(trimmed.utf8)
        guard case .value(let t) = bytes.withUnsafeMutableBufferPointer({ DateCell.time(UnsafeBufferPointer($0)) })
        else { return nil }
        return t
    }

    /// The export time in a workbook's name, `…-20250802_093015.xlsx` (生意参谋's 数据概览 workbooks).
    static func exportTime(fileName: String) -> LocalTime? {
        let stem = fileName.split(separator: ".").first.map(String.init) ?? fileName
        let tokens = stem.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == " " })
        guard tokens.count >= 2 else { return nil }
        for k in stride(from: tokens.count - 2, through: 0, by: -1) {
            let date = tokens[k]
            let time = tokens[k + 1]
            guard date.count == 8, time.count == 6, date.allSatisfy(\.isASCII), time.allSatisfy(\.isASCII),
                let day = DateCell.day(in: date), let hms = Int(time)
            else { continue }
            let (h, m, s) = (hms / 10000, hms / 100 % 100, hms % 100)
            guard h < 24, m < 60, s < 60 else { continue }
            return LocalTime(day: day, hour: h, minute: m, second: s)
        }
        return nil
    }
}

extension String {
    /// Without spaces and tabs at either end.
    fileprivate var trimmingSpaces: String {
        var s = Substring(self)
        while let c = s.first, c == " " || c == "\t" { s = s.dropFirst() }
        while let c = s.last, c == " " || c == "\t" { s = s.dropLast() }
        return String(s)
    }
}
