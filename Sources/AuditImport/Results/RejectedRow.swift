import AuditRecords

/// A data row the audit could not use, with the reason and the row as it stood in the file.
public struct RejectedRow: Sendable, Hashable {
    public var location: RowLocation
    /// The column at fault, or nil when the row as a whole is wrong.
    public var column: RejectedColumn?
    public var reason: RejectReason
    /// The row's fields as read, unmasked; render with `raw(masker:)`.
    public var fields: [String]
    /// Fields holding buyer names, accounts, phones or addresses, by index in the header.
    public var personalFields: [Int: PersonalField]
    /// The header's number of fields, for a row read from text: a row with another number has
    /// its fields shifted from their columns (a stray comma, a quote left open), so
    /// `personalFields` cannot be trusted for it. Nil for a sheet's row, whose cells carry their
    /// columns (a short one only leaves its empty last cells out).
    public var headerWidth: Int?

    public init(
        location: RowLocation, column: RejectedColumn?, reason: RejectReason, fields: [String],
        personalFields: [Int: PersonalField] = [:], headerWidth: Int? = nil
    ) {
        self.location = location
        self.column = column
        self.reason = reason
        self.fields = fields
        self.personalFields = personalFields
        self.headerWidth = headerWidth
    }
}

/// A column of the header, by its place and name: where a rejected row went wrong.
public struct RejectedColumn: Sendable, Hashable {
    /// From 0.
    public var index: Int
    /// The header's name of the column (empty past the header's end).
    public var name: String
}

/// Why a row is rejected; thrown inside a row mapper and turned into a `RejectedRow`.
struct RowRejection: Error {
    var column: RejectedColumn?
    var reason: RejectReason
}
