import AuditRecords

extension Money {
    /// Yuan held as a `Double` (an average, a metric's value), to the nearest fen.
    ///
    /// Rounded as `DisplayNumber.money(yuan:)` rounds, so the amount the report writes is the one found.
    init(roundingYuan yuan: Double) { self.init(cents: Int64((yuan * 100).rounded())) }
}
