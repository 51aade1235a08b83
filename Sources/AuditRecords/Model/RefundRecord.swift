/// One row of a refunds export (京东 售后明细): money a 服务单 gave back on an order.
public struct RefundRecord: Sendable, Hashable {
    /// The key of the order refunded, as `OrderRecord.idKey`.
    public let orderIDKey: UInt64
    /// The key of the 服务单号: the same 服务单 in two files counts once.
    public let serviceKey: UInt64
    public let amount: Money
    public package(set) var location: RowLocation

    package init(orderIDKey: UInt64, serviceKey: UInt64, amount: Money, location: RowLocation) {
        self.orderIDKey = orderIDKey
        self.serviceKey = serviceKey
        self.amount = amount
        self.location = location
    }
}
