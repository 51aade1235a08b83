@testable import AuditImport
@testable import AuditMeasure
@testable import AuditRecords

extension OrderReadBack {
    /// Orders built in code and kept in memory in full, each record's `position` its index
    /// (as `MonthData(month:orders:traffic:ads:)` numbers them).
    convenience init(inMemory orders: [Order]) {
        self.init(details: [InMemoryOrders(list: orders)])
    }
}
