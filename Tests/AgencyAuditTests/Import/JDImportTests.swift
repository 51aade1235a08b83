import ExportContainers
import Testing

@testable import AuditImport
@testable import AuditMeasure
@testable import AuditRecords

/// 京东's exports with the shapes formats.md §0 and §3 list: the legacy GBK order csv, 售后明细
/// (a group row above the header), 京东商智 流量来源 and a 京准通 全站营销 csv (a title line above
/// the header, a 汇总 row). The xlsx containers of the same exports are read end to end in
/// `JDStoreCLITests`.
@Suite struct JDImportTests {
    static let month = YearMonth(year: 2026, month: 6)

    /// The legacy export's columns (S20), one order per row, each of 京东's statuses once:
    /// 完成, 等待出库, 等待确认收货 (paid), 等待付款 (unpaid, no 付款确认时间), 已取消 and (删除)锁定
    /// (closed), 配送退货 (refunded), and one the table does not know. The masked phone of the
    /// 订单明细 export (`1******6198`) on the last row.
    static let orderCSV = """
        订单号,商品ID,商品名称,订购数量,下单时间,付款确认时间,订单完成时间,京东价,订单金额,结算金额,余额支付,应付金额,运费金额,服务费,订单状态,订单类型,下单帐号,客户姓名,客户地址,联系电话,订单备注,商家备注,货号\r
        283400001001,100012345001,连衣裙,1,2026-06-01 10:00:00,2026-06-01 10:01:00,2026-06-05 12:00:00,199.00,199.00,189.05,0.00,179.00,0.00,0.00,完成,一般订单,jd_a1,张三,北京市朝阳区建国路3号,13800001111,,,JD-101\r
        283400001002,100012345002,T恤,2,2026-06-02 11:00:00,2026-06-02 11:00:30,,59.00,118.00,112.10,0.00,118.00,0.00,0.00,等待出库,一般订单,jd_a2,李四,上海市浦东新区世纪大道2号,13800002222,,,JD-102\r
        283400001003,100012345002,T恤,1,2026-06-03 12:00:00,2026-06-03 12:00:30,,59.00,59.00,56.05,0.00,59.00,0.00,0.00,等待确认收货,一般订单,jd_a3,王五,广东省广州市天河区体育西路4号,13800003333,,,JD-102\r
        283400001004,100012345002,T恤,1,2026-06-04 13:00:00,,,59.00,59.00,0.00,0.00,59.00,0.00,0.00,等待付款,一般订单,jd_a4,赵六,浙江省杭州市西湖区文三路1号,13800004444,,,JD-102\r
        283400001005,100012345002,T恤,1,2026-06-05 14:00:00,,,59.00,59.00,0.00,0.00,59.00,0.00,0.00,已取消,一般订单,jd_a5,钱七,江苏省南京市玄武区中山路5号,13800005555,,,JD-102\r
        283400001006,100012345002,T恤,1,2026-06-06 15:00:00,,,59.00,59.00,0.00,0.00,59.00,0.00,0.00,(删除)锁定,一般订单,jd_a6,孙八,湖北省武汉市洪山区珞喻路6号,13800006666,,,JD-102\r
        283400001007,100012345001,连衣裙,1,2026-06-07 16:00:00,2026-06-07 16:00:30,,199.00,199.00,0.00,0.00,199.00,0.00,0.00,配送退货,一般订单,jd_a7,周九,四川省成都市武侯区人民南路7号,13800007777,,,JD-101\r
        283400001008,100012345001,连衣裙,1,2026-06-08 17:00:00,2026-06-08 17:00:30,,199.00,199.00,0.00,0.00,199.00,0.00,0.00,等待厂商确认,一般订单,jd_a8,吴十,山东省济南市历下区泉城路8号,1******6198,,,JD-101\r

        """

    static func importOrders() throws -> ImportedExport {
        try #require(try Fixtures.importExport(Fixtures.gb18030(orderCSV), file: "exports/2026-06/订单导出.csv"))
    }

    @Test func legacyOrderCSVInGBKWithEachStatus() throws {
        let imported = try Self.importOrders()
        #expect(imported.kind == .orders)
        #expect(imported.platform == .jd)
        #expect(imported.encoding == .gb18030)
        #expect(imported.counts.read == 8 && imported.counts.accepted == 8)
        let orders = imported.orders
        let records = imported.orderRecords
        // 应付金额 is what the buyer paid (a coupon took 20.00 off 订单金额's 199.00).
        #expect(orders[0].paidAmount == Money(cents: 17900))
        #expect(orders[0].paidAt?.description == "2026-06-01 10:01:00")
        #expect(orders[0].buyer == "jd_a1")
        #expect(orders[0].quantity == 1 && orders[1].quantity == 2)
        #expect(records.map(\.statusClass) == [.paid, .paid, .paid, .unpaid, .closed, .closed, .refunded, .unknown])
        #expect(orders[3].paidAt == nil && orders[4].paidAt == nil)
        #expect(imported.unknownStatuses == ["等待厂商确认": 1])
        // 京东's order export has no refund column: a 配送退货 order carries no amount of its own.
        #expect(orders.allSatisfy { $0.refundAmount == .zero })
        #expect(MaskedText.isMasked(orders[7].phone))
    }

    /// 售后明细: the group row (服务信息 / 退款信息) above the header, one 服务单 per row; a 服务单 in
    /// the file twice counts once, a refund on an order not paid this month is said so, and a
    /// refund larger than what is left of the payment is capped.
    @Test func afterSalesRefundsGoToTheirOrders() throws {
        let csv = """
            服务单信息,,,商品信息,,退款信息,\r
            服务单号,订单号,申请时间,商品编号,商品名称,退款金额,处理结果\r
            1870000001,283400001001,2026-06-06 10:00:00,100012345001,连衣裙,179.00,退款完成\r
            1870000002,283400001002,2026-06-06 11:00:00,100012345002,T恤,59.00,部分退款完成\r
            1870000002,283400001002,2026-06-06 11:00:00,100012345002,T恤,59.00,部分退款完成\r
            1870000003,283400001003,2026-06-07 11:00:00,100012345002,T恤,80.00,退款完成\r
            1870000004,283499999999,2026-06-07 12:00:00,100012345002,T恤,10.00,退款完成\r

            """
        let refunds = try #require(
            try Fixtures.importExport(Fixtures.utf8(csv), file: "exports/2026-06/售后明细.csv"))
        #expect(refunds.kind == .refunds)
        #expect(refunds.platform == .jd)
        #expect(refunds.headerLine == 2)
        #expect(refunds.counts.read == 5 && refunds.counts.accepted == 5)
        let result = MonthAssembler.assemble(month: Self.month, inputs: [try Self.importOrders(), refunds])
        let byID = Dictionary(uniqueKeysWithValues: result.data.paidOrders.map { ($0.numericID!, $0) })
        #expect(byID["283400001001"]?.refundAmount == Money(cents: 17900))
        #expect(byID["283400001002"]?.refundAmount == Money(cents: 5900), "the repeated 服务单 once")
        #expect(byID["283400001003"]?.refundAmount == Money(cents: 5900), "at most what was paid")
        let input = try #require(result.inputs.first { $0.kind == .refunds })
        #expect(input.counts.accepted == 4 && input.counts.skippedDuplicate == 1)
        #expect(input.counts.read == input.counts.accepted + input.counts.rejected + input.counts.skipped)
        #expect(
            input.noteSentences.sorted() == [
                "1 个服务单的订单不在本月已付款的订单里：其退款未计入本月", "1 个服务单的退款超过订单余下的实付金额：按实付金额计入",
            ])
    }

    /// 京东商智 流量来源: three levels, 成交客户数 and 成交金额 for the buyers; a 三级来源 row is a
    /// breakdown, a 汇总 row a summary; every 一级来源 is in the jd table.
    @Test func shangZhiTrafficIsJDsAndItsSourcesAreMapped() throws {
        let csv = """
            日期,一级来源,二级来源,三级来源,访客数,浏览量,跳失率,成交客户数,成交单量,成交金额,成交转化率\r
            2026-06-01,京东免费,搜索,,500,800,40.00%,10,10,"1,590.00",2.00%\r
            2026-06-01,京东免费,搜索,关键词搜索,300,500,40.00%,6,6,954.00,2.00%\r
            2026-06-01,京东付费,京东快车,,300,450,45.00%,6,6,954.00,2.00%\r
            2026-06-01,自主访问,购物车,,150,200,30.00%,4,4,636.00,2.67%\r
            2026-06-01,京东站外,微信,,50,60,60.00%,0,0,0.00,0.00%\r
            2026-06-01,汇总,,,1000,1510,42.00%,20,20,"3,180.00",2.00%\r

            """
        let imported = try #require(try Fixtures.importExport(Fixtures.utf8(csv), file: "exports/2026-06/商智.csv"))
        #expect(imported.kind == .traffic)
        #expect(imported.platform == .jd)
        #expect(imported.counts.accepted == 4)
        #expect(imported.counts.skippedBreakdown == 1 && imported.counts.skippedSummary == 1)
        #expect(imported.traffic.map(\.payingBuyers) == [10, 6, 4, 0])
        #expect(imported.traffic.first?.paidAmount == Money(cents: 159_000))
        let table = TrafficSourceTable.standard
        #expect(
            imported.traffic.map { table.category(of: $0.source, on: .jd) } == [.free, .paid, .own, .other])
        // Natural share by the jd table: 京东免费's 500 of 1,000 visitors.
        let natural = imported.traffic.filter { table.category(of: $0.source, on: .jd) == .free }
        #expect(natural.map(\.visitors).reduce(0, +) * 2 == imported.traffic.map(\.visitors).reduce(0, +))
    }

    /// 京准通 全站营销's csv: a title line, the header on row 2, `总费用` as spend, `展现数`/`点击数`,
    /// and the 汇总 row last, skipped and never added.
    @Test func jingZhunTongReportWithItsTitleLineAndSummaryRow() throws {
        let csv = """
            京准通全站营销 计划数据 2026-06-01~2026-06-30\r
            日期,计划名称,计划ID,展现数,点击数,总费用,总订单行,总订单金额,投产比\r
            2026-06-01,全站营销-店铺推广,300100002,4000,120,150.00,3,480.00,3.20\r
            2026-06-02,全站营销-店铺推广,300100002,3000,90,100.00,2,250.00,2.50\r
            汇总,-,-,7000,210,250.00,5,730.00,2.92\r

            """
        let imported = try #require(
            try Fixtures.importExport(Fixtures.gb18030(csv), file: "exports/2026-06/京准通_全站营销.csv"))
        #expect(imported.kind == .ads)
        #expect(imported.platform == .jd)
        #expect(imported.headerLine == 2)
        #expect(imported.counts.read == 3 && imported.counts.accepted == 2 && imported.counts.skippedSummary == 1)
        #expect(imported.ads.map(\.spend) == [Money(cents: 15000), Money(cents: 10000)])
        #expect(imported.ads.map(\.attributedSales) == [Money(cents: 48000), Money(cents: 25000)])
        #expect(imported.ads.map(\.impressions) == [4000, 3000])
        #expect(imported.ads.map(\.clicks) == [120, 90])
        #expect(imported.ads.map(\.attributedOrders) == [3, 2])
    }

    /// A 售后明细 whose columns are not the known ones is listed as not read, with what that leaves
    /// out, instead of the generic "no header" (any other unknown file keeps that one).
    @Test func anUnrecognisedAfterSalesFileIsNamedWithWhatItLeavesOut() {
        let csv = Fixtures.utf8("售后单,订单,金额\r\n1870000001,283400001001,179.00\r\n")
        let named = ExportFileImporter().read(file: "exports/2026-06/售后明细_20260601.csv", bytes: MemoryBytes(csv))
        #expect(named.exports.isEmpty)
        #expect(
            named.ignored.map(\.reasonText) == ["京东售后明细的表头没有认出（应有 服务单号、订单号、退款金额）：其中的退款没有计入退款额和退款率"])
        let other = ExportFileImporter().read(file: "exports/2026-06/其他.csv", bytes: MemoryBytes(csv))
        #expect(other.ignored.map(\.reasonText) == ["前 30 行里没有认出订单、流量或推广报表的表头"])
    }
}
