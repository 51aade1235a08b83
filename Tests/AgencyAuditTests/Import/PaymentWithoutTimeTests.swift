import Foundation
import Testing

@testable import AuditImport
@testable import AuditRecords

/// An order without a time of payment counts as paid only when its row proves the payment: a paid
/// status, or a refund that succeeded (nothing is refunded that was never paid). Its day comes
/// from the order number (拼多多) or else from its creation; the time stays unknown.
@Suite struct PaymentWithoutTimeTests {
    @Test func aCancelledPinduoduoOrderRefundedInFullWasPaidOnItsNumbersDay() throws {
        let csv =
            PinduoduoImportTests.header
            // 已取消 with 售后状态 退款成功 and no time: paid on 05-18, then refunded in full.
            + ",连衣裙,\t260518-607198974342280,已取消,59.90,59.90,0.00,1,退款成功,,,王五,13900001111,浙江省,杭州市,西湖区,古墩路9号\r\n"
            // 已取消 without a refund and no time: never paid.
            + ",连衣裙,\t260518-607198974342281,已取消,59.90,59.90,0.00,1,无售后或售后取消,,,王五,13900001112,浙江省,杭州市,西湖区,古墩路9号\r\n"
        let imported = try #require(
            try Fixtures.importExport(Fixtures.utf8(csv, bom: true), file: "exports/2026-05/orders.csv"))
        let orders = imported.orders
        let records = imported.orderRecords
        #expect(orders[0].paidAt?.description == "2026-05-18 00:00:00")
        #expect(records[0].timeUnknown)
        #expect(orders[0].refundAmount == Money(cents: 5990))
        #expect(records[0].statusClass == .refunded)
        #expect(orders[1].paidAt == nil && !records[1].timeUnknown)
        #expect(records[1].statusClass == .closed)
        #expect(imported.timeUnknownOrders == 1)
    }

    @Test func anOrderProvenPaidWithoutAPaymentTimeWasPaidOnItsCreationDay() throws {
        // 千牛's columns: 交易关闭 with 退款金额 above zero and 订单付款时间 blank.
        let csv =
            "订单编号,买家实际支付金额,订单状态,订单创建时间,订单付款时间,退款金额\n"
            + "9001,59.00,交易关闭,2025-09-05 10:00:00,,59.00\n"
            + "9002,59.00,交易关闭,2025-09-05 11:00:00,,0.00\n"
            + "9003,59.00,等待买家付款,2025-09-05 12:00:00,,\n"
            + "9004,59.00,交易成功,2025-09-05 13:00:00,,\n"
        let imported = try #require(try Fixtures.importExport(Fixtures.utf8(csv), file: "exports/2025-09/orders.csv"))
        let orders = imported.orders
        let records = imported.orderRecords
        #expect(orders.map(\.id) == ["9001", "9002", "9003", "9004"])
        // The refund proves the payment: the creation day, time unknown.
        #expect(orders[0].paidAt?.description == "2025-09-05 00:00:00")
        #expect(records[0].timeUnknown && records[0].statusClass == .refunded)
        // Closed without a refund, and waiting for payment: unpaid.
        #expect(orders[1].paidAt == nil && records[1].statusClass == .closed)
        #expect(orders[2].paidAt == nil && records[2].statusClass == .unpaid)
        // A paid status proves the payment too: the creation day.
        #expect(orders[3].paidAt?.description == "2025-09-05 00:00:00")
        #expect(records[3].timeUnknown && records[3].statusClass == .paid)
        #expect(imported.timeUnknownOrders == 2)
    }
}
