import Foundation
import Testing

@testable import AgencyAudit
@testable import AuditContract
@testable import AuditRecords
@testable import AuditReport
@testable import MonthlyAudit

/// 满减力度超过 30% 需审批 on 拼多多: the order export says the store's own discount (店铺优惠折扣(元))
/// beside the goods' total (商品总价(元)), so the depth is the one the store gave, not what the
/// platform's coupons or the postage make of the paid amount.
@Suite struct PinduoduoDiscountTests {
    static let contract = """
        {"store": {"name": "拼店", "platform": "pinduoduo"}, "fees": {"monthlyBase": 1000},
         "limits": {"maxDiscount": 0.3},
         "stages": [{"name": "九月", "from": "2025-09", "to": "2025-09", "targets": {"orders": 1}}]}
        """
    static let header =
        "订单成交时间,商品,订单号,订单状态,商品总价(元),邮费(元),店铺优惠折扣(元),平台优惠折扣(元),用户实付金额(元),商品数量(件),商品id,售后状态\n"

    /// Worked by hand, on 1 September, item 612000000001:
    /// - order 1: ¥100.00 of goods, ¥35.00 off by the store, ¥10.00 by the platform, ¥55.00 paid:
    ///   35 ÷ 100 = 35% off by the store, over 30% (1 − paid ÷ goods would say 45%);
    /// - order 2: ¥100.00, ¥31.00 off by the store, ¥69.00 paid: 31%, over;
    /// - order 3 (item 612000000002): ¥200.00, ¥40.00 off by the store, ¥60.00 by the platform,
    ///   ¥100.00 paid: 20%, within (1 − paid ÷ goods would say 50%, over).
    /// One group: the 1st, item …001, 2 orders, the deepest 35%; 3 orders measured this way.
    @Test func theStoresDiscountIsReadFromTheOrderExport() throws {
        let root = try WorkspaceEdgeCaseTests.store(
            [
                "exports/2025-09/orders.csv": Self.header
                    + "2025-09-01 10:00:00,连衣裙,250901-001,已收货,100,0,35,10,55,1,612000000001,无售后或售后取消\n"
                    + "2025-09-01 11:00:00,连衣裙,250901-002,已收货,100,0,31,0,69,1,612000000001,无售后或售后取消\n"
                    + "2025-09-01 12:00:00,T恤,250901-003,已收货,200,0,40,60,100,1,612000000002,无售后或售后取消\n"
            ], contract: Self.contract)
        let out = root.deletingLastPathComponent().appendingPathComponent("out")
        let run = try WorkspaceAudit(workspace: StoreWorkspace(root: root), outputRoot: out).runPeriod(months: nil)
        let september = try #require(run.months.last?.result)
        #expect(september.metric(.orders)?.actual == 3)
        let discounts = try #require(september.clauseReview.discounts)
        #expect(discounts.ordersWithShopDiscount == 3)
        #expect(discounts.ordersWithoutListPrice == 0)
        #expect(discounts.groups.count == 1)
        let group = try #require(discounts.groups.first)
        #expect(group.day == CalendarDay(year: 2025, month: 9, day: 1))
        #expect(group.itemID == "612000000001")
        #expect(group.orders == 2)
        #expect(abs(group.deepest - 0.35) < 1e-12)
        // The finding says how the depth was measured.
        let finding = try #require(september.anomalies.first { $0.rule == .discountOverLimit })
        let evidence = AnomalyWording(options: ReportOptions(), trafficPlatform: .pinduoduo).evidence(finding)
        #expect(evidence.contains("有 2 单折扣超过合同约定的 30%（最深 35.0%）"), "\(evidence)")
        #expect(evidence.contains("折扣 = 店铺优惠折扣 ÷ 商品总价（拼多多订单报表）"), "\(evidence)")
        #expect(
            ClauseReviewWording.lines(september.clauseReview, files: [], in: .chinese).contains {
                $0.contains("其中 3 单按拼多多订单的店铺优惠折扣 ÷ 商品总价计算")
            })
    }
}
