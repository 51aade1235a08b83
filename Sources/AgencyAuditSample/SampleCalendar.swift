/// Calendar arithmetic for the generator (kept apart from the pipeline's own on purpose).
struct SampleDay: Hashable, Comparable {
    let year: Int
    let month: Int
    let day: Int

    static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01.
    var ordinal: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        return era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468
    }

    /// 0 = Monday … 6 = Sunday.
    var weekday: Int { ((ordinal % 7) + 7 + 3) % 7 }
    var isWeekend: Bool { weekday >= 5 }

    var next: SampleDay {
        if day < Self.daysIn(year: year, month: month) { return SampleDay(year: year, month: month, day: day + 1) }
        return month == 12
            ? SampleDay(year: year + 1, month: 1, day: 1) : SampleDay(year: year, month: month + 1, day: 1)
    }

    static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// `2025-08-01`.
    var iso: String { "\(year)-\(Self.pad(month))-\(Self.pad(day))" }
    /// `2025/8/1`, as Excel re-saves dates.
    var slashed: String { "\(year)/\(month)/\(day)" }
    var compact: String { "\(year)\(Self.pad(month))\(Self.pad(day))" }

    static func < (a: SampleDay, b: SampleDay) -> Bool { a.ordinal < b.ordinal }
}

/// A time of day on a sample day, to the second.
struct SampleTime: Comparable {
    var day: SampleDay
    /// Seconds since midnight; may exceed a day and roll over.
    var second: Int

    func adding(_ seconds: Int) -> SampleTime {
        var t = SampleTime(day: day, second: second + seconds)
        while t.second >= 86_400 { t = SampleTime(day: t.day.next, second: t.second - 86_400) }
        return t
    }

    /// `2025-08-01 10:00:05`.
    var full: String {
        "\(day.iso) \(SampleDay.pad(second / 3600)):\(SampleDay.pad(second / 60 % 60)):\(SampleDay.pad(second % 60))"
    }
    /// `2025/8/1 10:00`: an Excel re-save drops the seconds.
    var excel: String { "\(day.slashed) \(second / 3600):\(SampleDay.pad(second / 60 % 60))" }

    static func < (a: SampleTime, b: SampleTime) -> Bool { (a.day, a.second) < (b.day, b.second) }
}
