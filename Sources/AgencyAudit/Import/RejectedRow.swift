/// A data row the audit could not use, with the reason and the row as it stood in the file.
public struct RejectedRow: Sendable, Hashable {
    public var location: RowLocation
    /// `第 7 列「买家实际支付金额」`, or nil when the row as a whole is wrong.
    public var column: String?
    public var reason: String
    public var raw: String

    public init(location: RowLocation, column: String?, reason: String, raw: String) {
        self.location = location
        self.column = column
        self.reason = reason
        self.raw = raw
    }
}

/// Why a row is rejected; thrown inside a row mapper and turned into a `RejectedRow`.
struct RowRejection: Error {
    var column: String?
    var reason: String
}
