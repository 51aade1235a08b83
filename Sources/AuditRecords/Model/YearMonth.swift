/// A calendar month such as 2025-09: the unit of the audit, of contract stages and of the exports folder.
public struct YearMonth: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    public init(year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    /// Parses `2025-09` (also `2025-9`); nil for anything else.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, (1...2).contains(parts[1].count),
            let y = Int(parts[0]), let m = Int(parts[1]), (1...12).contains(m), (1900...2200).contains(y)
        else { return nil }
        self.init(year: y, month: m)
    }

    public var dayCount: Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public var firstDay: CalendarDay {
        CalendarDay(ordinal: CalendarDay.daysFromCivil(year: year, month: month, day: 1))
    }
    public var lastDay: CalendarDay { firstDay.adding(days: dayCount - 1) }
    public var days: [CalendarDay] { (0..<dayCount).map { firstDay.adding(days: $0) } }

    public func contains(_ day: CalendarDay) -> Bool { day >= firstDay && day <= lastDay }

    public var previous: YearMonth {
        month == 1 ? YearMonth(year: year - 1, month: 12) : YearMonth(year: year, month: month - 1)
    }
    public var next: YearMonth {
        month == 12 ? YearMonth(year: year + 1, month: 1) : YearMonth(year: year, month: month + 1)
    }

    public var description: String { "\(year)-\(CalendarDay.twoDigits(month))" }

    public static func < (a: YearMonth, b: YearMonth) -> Bool { (a.year, a.month) < (b.year, b.month) }
}
