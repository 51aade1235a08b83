import AuditRecords

/// The activities the store's items ran in, week by week of the month, from 千牛 营销活动 exports:
/// enough to say "第 2、3 周没有任何活动商品" when the contract asks for an activity every week.
///
/// Weeks are counted from the 1st: days 1–7, 8–14, 15–21, and 22 to the month's end (the last
/// days join the fourth week rather than make a stub of one to three days).
public struct ActivityWeeks: Sendable, Hashable {
    public var weeks: [Week]
    /// The contract asks for an activity every week (`agencyDuties.weeklyActivity`).
    public var required: Bool
    /// The files the activities came from.
    public var files: [String]

    public struct Week: Sendable, Hashable {
        /// 1 to 4.
        public var number: Int
        public var first: CalendarDay
        public var last: CalendarDay
        /// The activities running on a day of the week, by name, sorted.
        public var activities: [String]
        /// Distinct items in them.
        public var items: Int
        public init(number: Int, first: CalendarDay, last: CalendarDay, activities: [String], items: Int) {
            self.number = number
            self.first = first
            self.last = last
            self.activities = activities
            self.items = items
        }
    }

    public init(weeks: [Week], required: Bool, files: [String]) {
        self.weeks = weeks
        self.required = required
        self.files = files
    }

    /// Weeks with no item in any activity.
    public var idleWeeks: [Week] { weeks.filter { $0.activities.isEmpty } }

    /// Idle weeks when the contract asks for weekly activities: the agency's part under 看执行.
    public var isBreach: Bool { required && !idleWeeks.isEmpty }

    /// The month's weeks: (number, first day, last day).
    public static func weeks(of month: YearMonth) -> [(number: Int, first: CalendarDay, last: CalendarDay)] {
        let first = month.firstDay
        return (0..<4).map { k in
            (k + 1, first.adding(days: 7 * k), k == 3 ? month.lastDay : first.adding(days: 7 * k + 6))
        }
    }

    /// The month's weeks from its activity items; nil without any (no export read).
    public static func find(_ items: [ActivityItemRecord], month: YearMonth, required: Bool) -> ActivityWeeks? {
        guard !items.isEmpty else { return nil }
        let weeks = Self.weeks(of: month).map { w in
            let running = items.filter { $0.overlaps(w.first, w.last) }
            return Week(
                number: w.number, first: w.first, last: w.last,
                activities: Array(Set(running.map { $0.activity.isEmpty ? "?" : $0.activity })).sorted(),
                items: Set(running.map(\.itemID)).count)
        }
        return ActivityWeeks(
            weeks: weeks, required: required, files: Array(Set(items.map(\.location.exportFile))).sorted())
    }
}
