@testable import AuditDetect
@testable import AuditMeasure
@testable import AuditRecords

extension DetectionContext {
    /// The same context, reading back `orders` kept in memory (a month built in code).
    func readingBack(_ orders: [Order]) -> DetectionContext {
        var copy = self
        copy.readBack = OrderReadBack(inMemory: orders)
        return copy
    }
}
