import AuditRecords

/// Why a data row was rejected, as data; AuditReport words it (rejects.csv, report.md).
public enum RejectReason: Sendable, Hashable {
    /// A value the row needs is empty: the cell's own meaning when the column says too little.
    case empty(RequiredValue?)
    /// A cell holds something other than its column's value (`found`, as read, cut to 40 characters).
    case invalidCell(CellProblem, found: String)
    /// A quantity no order has.
    case implausibleQuantity(Int, ExportKind)
    case negativeAmount(Money)
    case absurdAmount(Money)
    /// An order id Excel turned into scientific notation: its digits are lost.
    case idInScientificNotation(String)
    /// The row is longer than the reader holds (a quote that never closes swallowing the file).
    case tooLong(limitBytes: Int)
    /// A quote still open at the end of the file.
    case unterminatedQuote
    /// The row has another number of fields than the header; `lines` it spans.
    case fieldCount(found: Int, header: Int, lines: Int)

    /// The values a row cannot do without, named where an empty cell is rejected.
    public enum RequiredValue: Sendable, Hashable, CaseIterable {
        case orderID, subOrderID, parentOrderID, refundedOrderID, serviceID, campaignName, trafficSource
    }
}

/// What is wrong with a row as a whole, found while reading it as text.
public enum RecordDefect: Sendable, Hashable {
    /// Longer than the reader holds; cut where its first line ends.
    case tooLong(limitBytes: Int)
    /// A quote still open at the end of the file.
    case unterminatedQuote
}
