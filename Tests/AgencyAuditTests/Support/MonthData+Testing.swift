@testable import AuditMeasure
@testable import AuditRecords

extension MonthData {
    /// A month of orders built in code, each record's `position` its index in `orders`, so
    /// `OrderReadBack(inMemory: orders)` reads them back.
    init(month: YearMonth, orders: [Order], traffic: [TrafficRecord], ads: [AdRecord]) {
        var paid: [OrderRecord] = []
        var other: [OrderRecord] = []
        paid.reserveCapacity(orders.count)
        for (i, o) in orders.enumerated() {
            let r = OrderRecord(o, position: UInt64(i))
            if let t = o.paidAt, month.contains(t.day) { paid.append(r) } else { other.append(r) }
        }
        self.init(month: month, paidOrders: paid, otherOrders: other, traffic: traffic, ads: ads)
    }
}
