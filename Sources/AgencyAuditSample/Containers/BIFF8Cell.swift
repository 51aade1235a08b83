/// One cell of a sheet that `BIFF8Writer` writes.
enum BIFF8Cell: Equatable, Sendable {
    /// Text, kept in the shared string table and referred to by a LABELSST record, as jxl writes labels.
    case text(String)
    /// A number, in a NUMBER record (jxl writes no RK records).
    case number(Double)
    /// A date serial (days since 1899-12-30) in a NUMBER record whose format shows `yyyy-mm-dd`.
    case date(Double)
    /// A date serial in a NUMBER record whose format shows `yyyy-mm-dd hh:mm:ss`.
    case dateTime(Double)
    /// No cell at all.
    case empty
}
