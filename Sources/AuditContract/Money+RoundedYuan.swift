import AuditRecords

extension Money {
    /// Yuan rounded to the fen (an amount typed in approvals.csv, a price computed from a share).
    init(roundingYuan yuan: Double) { self.init(cents: Int64((yuan * 100).rounded())) }
}
