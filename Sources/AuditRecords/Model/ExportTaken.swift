/// When an export was taken from the back office, and how the audit knows: the figures of days
/// younger than their settling time (refunds, ad attribution) were still moving then.
public enum ExportTaken: Sendable, Hashable {
    /// The export time the file itself gives (a column, or the workbook's name).
    case insideFile(LocalTime)
    /// The file's modification date on disk: a download keeps the time it was saved.
    case fileModified(CalendarDay)
    /// The date the merchant gave (`--as-of`), which overrides the files'.
    case declared(CalendarDay)

    /// The day the data were taken.
    public var day: CalendarDay {
        switch self {
        case .insideFile(let t): return t.day
        case .fileModified(let d), .declared(let d): return d
        }
    }
}
