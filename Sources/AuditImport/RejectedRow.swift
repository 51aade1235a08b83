import AuditRecords
import Foundation

/// A data row the audit could not use, with the reason and the row as it stood in the file.
public struct RejectedRow: Sendable, Hashable {
    public var location: RowLocation
    /// `第 7 列「买家实际支付金额」`, or nil when the row as a whole is wrong.
    public var column: String?
    public var reason: String
    /// The row's fields as read, unmasked; render with `raw(masker:)`.
    public var fields: [String]
    /// Fields holding buyer names, accounts, phones or addresses, by index.
    public var personalFields: [Int: PersonalField]

    public init(
        location: RowLocation, column: String?, reason: String, fields: [String],
        personalFields: [Int: PersonalField] = [:]
    ) {
        self.location = location
        self.column = column
        self.reason = reason
        self.fields = fields
        self.personalFields = personalFields
    }

    /// The row as comma-separated text, personal fields masked unless the masker reveals them.
    public func raw(masker: PIIMasker) -> String {
        fields.enumerated().map { i, f in
            let shown = personalFields[i].map { masker.mask(f, as: $0) } ?? masker.scrubPhones(f)
            return shown.contains(",") || shown.contains("\"")
                ? "\"" + shown.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : shown
        }.joined(separator: ",")
    }
}

/// Why a row is rejected; thrown inside a row mapper and turned into a `RejectedRow`.
struct RowRejection: Error {
    var column: String?
    var reason: String
}
