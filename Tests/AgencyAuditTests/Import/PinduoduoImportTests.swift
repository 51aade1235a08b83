import AuditReport
import Foundation
import Testing

@testable import AgencyAudit
@testable import AuditDetect
@testable import AuditImport
@testable import AuditMeasure
@testable import AuditRecords
@testable import MonthlyAudit

/// 拼多多's exports as the back office writes them: a UTF-8 order csv with BOM and stray tabs,
/// blank 订单成交时间, masked receivers, 售后状态 instead of 退款金额; the 推广 report with a title
/// line and a 总计 footer.
@Suite struct PinduoduoImportTests {
    /// The 2026 column set with the older receiver columns (收货人, 手机, 省, 市, 区, 街道).
    static let header =
        "订单成交时间,商品,订单号,订单状态,商品总价(元),用户实付金额(元),商家实收金额(元),商品数量(件),售后状态,快递单号,快递公司,收货人,手机,省,市,区,街道\r\n"
    static let orderCSV =
        header
        // Timed, a tab before the id and the waybill, one after the title.
        + "2026-05-17 10:02:03,冰丝袖套\t,\t260517-607198974342268,已签收,9.90,9.90,9.84,1,无售后或售后取消,\tYT7000000000013,圆通速递,张三,13812346198,浙江省,杭州市,西湖区,文三路100号3幢201室\r\n"
        // No 订单成交时间: the day from the number, time unknown; masked phone and province.
        + ",连衣裙,\t260518-607198974342269,待发货,59.90,59.90,59.54,1,无售后或售后取消,,,李四,1******6198,****,杭州市,西湖区,教工路8号\r\n"
        // No time and cancelled: stays unpaid.
        + ",连衣裙,\t260518-607198974342270,已取消,59.90,59.90,0.00,1,无售后或售后取消,,,王五,13900001111,浙江省,杭州市,西湖区,古墩路9号\r\n"
        // Refunded before shipping: the whole payment refunded (no 退款金额 column).
        + "2026-05-19 21:00:00,T恤,\t260519-607198974342271,未发货退款成功,29.90,29.90,0.00,1,退款成功,,,赵六,13700002222,浙江省,杭州市,拱墅区,##密文##\r\n"
        // Received, then an after-sale refund.
        + "2026-05-20 08:30:00,T恤,\t260520-607198974342272,已签收,29.90,29.90,29.72,1,退款成功,\tYT7000000000026,圆通速递,钱七,13600003333,浙江省,杭州市,拱墅区,湖墅南路1号\r\n"
        // A status nobody has seen.
        + "2026-05-21 09:00:00,T恤,\t260521-607198974342273,神秘状态,29.90,29.90,29.72,1,无售后或售后取消,,,孙八,13500004444,浙江省,杭州市,拱墅区,湖墅南路2号\r\n"

    static func importOrders() throws -> ImportedExport {
        try #require(try Fixtures.importExport(Fixtures.utf8(orderCSV, bom: true), file: "exports/2026-05/orders.csv"))
    }

    @Test func orderCSVWithItsQuirks() throws {
        let imported = try Self.importOrders()
        #expect(imported.kind == .orders)
        #expect(imported.platform == .pinduoduo)
        #expect(imported.encoding == .utf8BOM)
        #expect(imported.counts.read == 6)
        #expect(imported.counts.accepted == 6)
        let orders = imported.orders
        let records = imported.orderRecords
        #expect(orders[0].id == "260517-607198974342268")
        #expect(orders[0].itemTitle == "冰丝袖套")
        #expect(orders[0].logisticsNumber == "YT7000000000013")
        #expect(orders[0].paidAt?.description == "2026-05-17 10:02:03")
        #expect(orders[0].address == "浙江省 杭州市 西湖区 文三路100号3幢201室")
        #expect(!records[0].timeUnknown)
        // Blank 订单成交时间 on a paid order: 00:00 of the number's day, flagged.
        #expect(orders[1].paidAt?.description == "2026-05-18 00:00:00")
        #expect(orders[1].timeUnknown && records[1].timeUnknown)
        #expect(orders[1].address == "杭州市 西湖区 教工路8号")
        #expect(imported.timeUnknownOrders == 1)
        // Blank time on a cancelled order: unpaid.
        #expect(orders[2].paidAt == nil && !records[2].timeUnknown)
        #expect(records[2].statusClass == .closed)
        // 售后状态 退款成功 without 退款金额: the whole payment.
        #expect(orders[3].refundAmount == Money(cents: 2990))
        #expect(records[3].statusClass == .refunded)
        #expect(orders[4].refundAmount == Money(cents: 2990))
        #expect(records[4].statusClass == .paid)
        #expect(orders[0].refundAmount == .zero)
        #expect(imported.unknownStatuses == ["神秘状态": 1])
    }

    /// `1******6198`, `****` and `##密文##` are the same text for unrelated buyers: never a key.
    @Test func maskedValuesAreNeverAGroupingKey() throws {
        let records = try Self.importOrders().orderRecords
        #expect(records[1].phoneKey == 0)
        #expect(records[0].phoneKey == 13_812_346_198)
        #expect(records[3].addressKey == 0)
        #expect(records[0].addressKey != 0)
        #expect(MaskedText.isMasked("****") && MaskedText.isMasked("##密文##") && MaskedText.isMasked("$$密文"))
        #expect(MaskedText.isMasked("张**") && !MaskedText.isMasked("张三") && !MaskedText.isMasked("3#楼"))
        // Six orders of one item within an hour, all to a masked phone and a masked address.
        let orders = (0..<6).map { i in
            RuleTests.order(
                "M\(i)", RuleTests.at(14, 10, i * 5), buyer: "", name: "买家\(i)", phone: "1******6198",
                address: "##密文##")
        }
        #expect(orders.allSatisfy { $0.addressKey == 0 })
        let data = MonthData(month: RuleTests.month, orders: orders, traffic: [], ads: [])
        let context = DetectionContext(
            limits: Contract.Limits(dailyAdSpend: Money(yuan: 500), roiRedLine: 1.5, roiRedLineDays: 3)
        ).readingBack(orders)
        #expect(SameAddressClusterRule().detect(in: data, context: context).isEmpty)
        #expect(SamePhoneClusterRule().detect(in: data, context: context).isEmpty)
        #expect(LinkedOrdersRule().detect(in: data, context: context).isEmpty)
    }

    /// The 推广 report: a title line above the header, 总花费(元) (not 成交花费(元)) as spend, the
    /// 总计 footer skipped and never added.
    @Test func promotionReportWithItsTotalFooter() throws {
        let csv = """
            名称：推广\r
            日期,商品ID,商品名称,推广场景,推广名称,出价方式,分组,是否已删除,成交花费(元),交易额(元),实际投产比,总花费(元),曝光量,点击量,成交笔数\r
            2026-05-01,800011950,连衣裙,多多搜索,多多搜索-连衣裙,目标投产比：3.20,默认分组,否,90.00,320.00,3.20,100.00,5000,170,5\r
            2026-05-01,800002950,T恤,多多场景,多多场景-T恤,目标投产比：4.10,默认分组,否,45.00,205.00,4.10,50.00,2600,90,7\r
            总计,-,-,-,-,-,-,-,135.00,525.00,3.50,150.00,7600,260,12\r
            2026-05-02,800002950,T恤,多多场景,合计,-,-,-,1.00,1.00,1.00,1.00,1,1,1\r

            """
        let imported = try #require(try Fixtures.importExport(Fixtures.utf8(csv), file: "exports/2026-05/推广.csv"))
        #expect(imported.kind == .ads)
        #expect(imported.platform == .pinduoduo)
        #expect(imported.counts.read == 4)
        #expect(imported.counts.accepted == 2)
        #expect(imported.counts.skippedSummary == 2)
        #expect(imported.ads.map(\.spend) == [Money(cents: 10000), Money(cents: 5000)])
        #expect(imported.ads.map(\.attributedSales) == [Money(cents: 32000), Money(cents: 20500)])
        #expect(imported.ads.map(\.impressions) == [5000, 2600])
        #expect(imported.ads.map(\.attributedOrders) == [5, 7])
    }

    /// The month's report names the unknown status with its count, the untimed orders, the rule
    /// skipped for want of buyer accounts, and the traffic 拼多多 does not export.
    @Test func theReportSaysWhatTheExportsCannotTell() throws {
        let imported = try Self.importOrders()
        let contract = Contract(storeName: "拼多多测试店", platform: .pinduoduo, stages: [])
        let out = MonthlyAuditor.audit(
            month: YearMonth(year: 2026, month: 5), contract: contract, imports: [imported], previous: nil,
            history: [])
        let result = out.result
        #expect(result.metric(.orders)?.actual == 5)
        #expect(result.metric(.refundAmount)?.actual == 59.8)
        #expect(result.metric(.naturalTrafficShare)?.actual == nil)
        let warnings = result.warningSentences
        #expect(warnings.contains("1 个订单的状态无法识别：「神秘状态」1 个；有付款时间的按已付款计入，请核对这些状态的含义"))
        #expect(warnings.contains { $0.hasPrefix("1 个已付款（含付款后退款）的订单没有付款时间") })
        #expect(warnings.contains { $0.hasPrefix("已跳过规则「连号账号下单」（sequential-accounts）：拼多多的订单导出没有买家账号") })
        #expect(warnings.contains { $0.hasPrefix("本月没有流量来源导出：数据中心的流量数据（拼多多）没有公开的导出格式") })
        #expect(!warnings.contains { $0.hasPrefix("本月缺少流量报表导出") })
        let markdown = String(decoding: MarkdownReport().render(result), as: UTF8.self)
        #expect(markdown.contains("「神秘状态」1 个"))
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(AuditJSON().render(result))) as? [String: Any])
        let input = try #require((json["inputs"] as? [[String: Any]])?.first)
        let unknown = try #require(input["unknownStatuses"] as? [[String: Any]])
        #expect(unknown.count == 1)
        #expect(unknown.first?["status"] as? String == "神秘状态")
        #expect(unknown.first?["count"] as? Int == 1)
        #expect(input["timeUnknownOrders"] as? Int == 1)
    }
}
