import AuditRecords

/// Something missing from, or wrong with, a month's exports that the figures cannot show by
/// themselves: rows the audit could not read, a download of another month, days not covered,
/// copies that disagree. The contract stage decides which of them hold the settlement.
public enum DataGap: Sendable, Hashable {
    /// Order rows rejected that may be paid orders (their status does not say unpaid or closed),
    /// more than `MonthCompleteness.rejectedShareTolerated` of the month's paid-order rows:
    /// `rows` are the first few, all of them are in rejects.csv.
    case rejectedOrderRows(rejected: Int, paidRows: Int, rows: [RowLocation])
    /// Exports of `kind` (nil: a file that could not be read far enough to tell) that could not be
    /// used, while the month's other exports were read: part of the month's rows is missing.
    case unreadableExports(kind: ExportKind?, files: [String])
    /// An export whose rows all fall in other months: a download of another month in this
    /// month's folder. Its rows are not counted.
    case otherMonthsExport(file: String, kind: ExportKind, months: [YearMonth], rows: Int)
    /// The month's rows of `kind` cover only the days from `first` to `last` (the rest of the
    /// month is missing from the exports, not merely quiet).
    case partialMonth(kind: ExportKind, first: CalendarDay, last: CalendarDay, daysInMonth: Int)
    /// Records of `kind` (orders; traffic or ad rows of a day) read from two copies whose figures
    /// disagree (the first copy is counted): `records` orders, or rows.
    case conflictingCopies(kind: ExportKind, records: Int, files: [String])

    /// The days covered, for a partial month.
    public var coveredDays: Int? {
        guard case .partialMonth(_, let first, let last, _) = self else { return nil }
        return last.ordinal - first.ordinal + 1
    }
}
