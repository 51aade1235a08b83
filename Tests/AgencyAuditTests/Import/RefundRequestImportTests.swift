import ExportContainers
import Foundation
import Testing

@testable import AgencyAuditSample
@testable import AuditImport
@testable import AuditRecords

/// 千牛 退款管理 批量导出 (diagnosis-exports.md §1e, HIGH): sheet `export`, header on row 0.
@Suite struct RefundRequestImportTests {
    static let header = [
        "订单编号", "退款编号", "订单付款时间", "买家实际支付金额", "宝贝标题", "买家退款金额", "退款的申请时间", "退款状态", "货物状态", "买家退款原因",
    ]

    @Test func requestsAreReadWithTheirGoodsStatusAndReason() throws {
        let rows = [
            Self.header,
            [
                "3001", "R1", "2025-08-12 10:00:00", "59.00", "纯棉T恤", "59.00", "2025-08-12 16:00:00", "退款成功", "未发货",
                "缺货",
            ],
            [
                "3002", "R2", "2025-08-12 11:00:00", "59.00", "纯棉T恤", "59.00", "2025-08-13 09:00:00", "退款成功", "未发货",
                "拍错/多拍/不喜欢",
            ],
            [
                "3003", "R3", "2025-08-01 11:00:00", "239.00", "连衣裙", "20.00", "2025-08-05 09:00:00", "退款成功", "已收到货",
                "少件/漏发",
            ],
            // No request time: the payment day stands in.
            ["3004", "R4", "2025-08-14 11:00:00", "59.00", "纯棉T恤", "59.00", "", "退款成功", "买家未收到货", "卖家缺货"],
        ]
        let bytes = try ShopOverviewImportTests.workbook(sheet: "export", rows)
        let result = ShopOverviewImportTests.read(bytes, as: "退款管理/ExportRefundList.xlsx")
        let export = try #require(result.exports.first)
        #expect(export.kind == .refundRequests)
        #expect(export.counts.read == 4 && export.counts.accepted == 4)
        let r = export.refundRequests
        #expect(r.map(\.goods) == [.notShipped, .notShipped, .received, .notReceived])
        #expect(r.map(\.day.description) == ["2025-08-12", "2025-08-13", "2025-08-05", "2025-08-14"])
        #expect(r.map(\.amount) == [Money(yuan: 59), Money(yuan: 59), Money(yuan: 20), Money(yuan: 59)])
        // Only a request never shipped whose reason names 缺货 is a stock-out.
        #expect(r.map(\.isStockOut) == [true, false, false, false])
        #expect(r[0].item == "纯棉T恤" && r[0].orderIDKey == Order.idKey(of: "3001"))
        #expect(r.map { $0.paidDay?.description } == ["2025-08-12", "2025-08-12", "2025-08-01", "2025-08-14"])
    }

    @Test func aRefundExportWithoutAReasonIsNamedByTheColumnItLacks() throws {
        let rows = [["订单编号", "退款编号", "货物状态", "退款状态", "买家退款金额"], ["3001", "R1", "未发货", "退款成功", "59.00"]]
        let result = ShopOverviewImportTests.read(
            try ShopOverviewImportTests.workbook(sheet: "export", rows), as: "退款.xlsx")
        #expect(result.exports.isEmpty)
        guard case .error(.missingColumn(_, _, let kind, let column, _, _)) = result.ignored.first?.reason else {
            Issue.record("expected a missing column: \(result.ignored)")
            return
        }
        #expect(kind == .refundRequests && column == "买家退款原因")
    }
}
