import Testing

@testable import AuditRecords

/// The one status table, for every platform's wording (formats.md §1–§4 and the back offices' own
/// status lists), and what happens to a status it does not know.
@Suite struct OrderStatusClassTests {
    @Test(arguments: [
        // 淘宝/天猫
        ("买家已付款，等待卖家发货", OrderStatusClass.paid), ("卖家已发货,等待买家确认", .paid), ("交易成功", .paid),
        ("等待买家付款", .unpaid), ("交易关闭", .closed), ("退款成功", .refunded),
        // 拼多多
        ("待发货", .paid), ("已发货待签收", .paid), ("已签收", .paid), ("待成团", .paid), ("未发货退款成功", .refunded),
        ("已发货，退款成功", .refunded), ("已取消", .closed), ("待支付", .unpaid),
        // 京东
        ("等待出库", .paid), ("等待确认收货", .paid), ("完成", .paid), ("(删除)锁定", .closed), ("（删除）锁定", .closed),
        ("已取消", .closed), ("等待付款", .unpaid), ("配送退货", .refunded),
        // 抖店
        ("待发货", .paid), ("已发货", .paid), ("已完成", .paid), ("售后中", .paid), ("备货中", .paid), ("已关闭", .closed),
        ("待付款", .unpaid),
        // Unknown: reported with its count, never guessed.
        ("神秘状态", .unknown), ("", .unknown),
    ])
    func statusClass(_ status: String, _ expected: OrderStatusClass) {
        #expect(OrderStatusClass.of(status) == expected, "\(status)")
    }

    @Test func aClosedStatusAfterAPaymentAndARefundIsRefunded() {
        #expect(OrderStatusClass.of("交易关闭", paid: true, refunded: true) == .refunded)
        #expect(OrderStatusClass.of("已关闭", paid: true, refunded: false) == .closed)
    }

    @Test(arguments: ["已发货待签收", "已签收", "等待确认收货", "商品出库", "已发货", "已完成", "交易成功"])
    func shippedStatuses(_ status: String) {
        #expect(OrderStatusClass.isShipped(status))
    }

    @Test(arguments: ["待发货", "等待出库", "备货中", "已取消", "待支付"])
    func notShippedStatuses(_ status: String) {
        #expect(!OrderStatusClass.isShipped(status))
    }
}
