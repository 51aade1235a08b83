/// A local date and time to the second, as the platforms write it (China time, no zone).
public struct LocalTime: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Seconds since 1970-01-01 00:00:00 local time.
    public let seconds: Int

    @inlinable public init(seconds: Int) { self.seconds = seconds }

    public init(day: CalendarDay, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        seconds = day.ordinal * 86_400 + hour * 3600 + minute * 60 + second
    }

    public var day: CalendarDay { CalendarDay(ordinal: seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400) }
    public var secondOfDay: Int { seconds - day.ordinal * 86_400 }
    public var hour: Int { secondOfDay / 3600 }

    /// `2025-09-04 10:03:07`.
    public var description: String {
        let s = secondOfDay
        return
            "\(day) \(CalendarDay.twoDigits(s / 3600)):\(CalendarDay.twoDigits(s / 60 % 60)):\(CalendarDay.twoDigits(s % 60))"
    }

    public static func < (a: LocalTime, b: LocalTime) -> Bool { a.seconds < b.seconds }
}
