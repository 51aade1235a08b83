@testable import AuditRecords

extension Money {
    /// Whole yuan, for amounts written in tests (the pipeline reads fen from the exports).
    init(yuan: Int) { self.init(cents: Int64(yuan) * 100) }
}
