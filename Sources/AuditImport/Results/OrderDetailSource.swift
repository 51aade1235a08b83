import AuditRecords

/// Where the full orders behind compact `OrderRecord`s can be had: the export they were read
/// from, or a list in memory.
public protocol OrderDetailSource: Sendable {
    /// The full order behind each record, in the same order; nil where it cannot be had.
    func orders(_ records: [OrderRecord]) -> [Order?]
}

/// Full orders kept in memory, each record's `position` its index: for orders built in code
/// (tests, small inputs) rather than read from an export.
package struct InMemoryOrders: OrderDetailSource {
    let list: [Order]

    package init(list: [Order]) { self.list = list }

    package func orders(_ records: [OrderRecord]) -> [Order?] {
        records.map { Int($0.position) < list.count ? list[Int($0.position)] : nil }
    }
}
