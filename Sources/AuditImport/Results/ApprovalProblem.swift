import AuditRecords

/// A line of approvals.csv the audit could not use, and why, as data: AuditReport words it. One
/// bad line never stops the others.
public struct ApprovalProblem: Sendable, Hashable {
    /// The approvals file, relative to the store folder.
    public var file: String
    /// The line (1-based); 0 when the whole file could not be read.
    public var line: Int
    /// The column (1 date, 2 subject, 3 detail, 4 value); 0 when the whole file could not be read.
    public var column: Int
    public var reason: Reason

    public init(file: String, line: Int, column: Int, reason: Reason) {
        self.file = file
        self.line = line
        self.column = column
        self.reason = reason
    }

    public enum Reason: Sendable, Hashable {
        /// The first cell is no date (`found` as written, cut to 40 characters).
        case badDate(found: String)
        /// The second cell names no subject (price, discount, campaign, activity).
        case unknownSubject(found: String)
        /// The detail is empty: which item or campaign was approved is unknown.
        case emptyDetail(MerchantApproval.Subject)
        /// The value is no price, amount or share.
        case badValue(found: String, subject: MerchantApproval.Subject)
        /// The date is after the month of the folder, or before the month before it.
        case outsideMonth(day: CalendarDay, month: YearMonth)
        /// The month holds several approvals files and this line is not in `file` (column 0): only
        /// approvals every file holds count.
        case notInOtherFile(String)
        /// The file's bytes could not be read or decoded.
        case unreadable(ImportError)
    }
}
