/// One item entered in a platform activity, from a 千牛 营销活动 export (单品立减导出: 活动ID,
/// 活动名称, start, end, 商品ID …; diagnosis-exports.md §2b, LOW-MED): evidence that the agency
/// entered the store in activities, and when they ran.
public struct ActivityItemRecord: Sendable, Hashable {
    /// 活动名称, else 活动ID / 营销ID, as written.
    public let activity: String
    /// 商品ID, as written.
    public let itemID: String
    /// The activity's first and last day.
    public let start: CalendarDay
    public let end: CalendarDay
    public package(set) var location: RowLocation

    public init(activity: String, itemID: String, start: CalendarDay, end: CalendarDay, location: RowLocation) {
        self.activity = activity
        self.itemID = itemID
        self.start = start
        self.end = end
        self.location = location
    }

    /// Whether the activity ran on any day from `first` to `last`.
    public func overlaps(_ first: CalendarDay, _ last: CalendarDay) -> Bool { start <= last && end >= first }
}
