import Testing

@testable import AuditDetect
@testable import AuditImport
@testable import AuditMeasure
@testable import AuditRecords

/// 抖店's order csv and 巨量千川's report, with the quirks formats.md §4 lists.
@Suite struct DouyinImportTests {
    static let month = YearMonth(year: 2026, month: 9)

    /// Shaped like the order export public code reads (formats.md S10, plus 支付完成时间 and
    /// 商品金额 from S11/S12): one row per 子订单. P is one item; Q is an item and a free gift
    /// (0.00); R is two paid items (30.00 and 10.00, the second with a backtick id); U was never
    /// paid (`-`). Ids come as `"\t…"`, `'…` and `` `… ``.
    static let orderCSV = """
        主订单编号,子订单编号,选购商品,商品规格,商品数量,商家编码,商品金额,订单应付金额,运费,收件人,收件人手机号,详细地址,订单提交时间,支付完成时间,订单完成时间,订单状态,售后状态,取消原因,发货时间\r
        "\t6917926768823643751","\t6917926768823643751","\t辣丝丝","\t1袋",1,"\t300400008",28.90,28.90,0.00,张三,13800001111,浙江省杭州市西湖区文三路1号,2026-09-22 00:54:10,2026-09-22 00:54:30,2026-09-24 13:18:29,已完成,-,-,2026-09-22 08:53:45\r
        "\t6917926768823643752","\t6917926768823643752","\t辣丝丝","\t1袋",1,"\t300400008",20.00,20.00,0.00,李四,13800002222,上海市浦东新区世纪大道2号,2026-09-25 10:00:00,2026-09-25 10:00:20,2026-10-02 09:00:00,已完成,-,-,2026-09-25 18:00:00\r
        "\t6917926768823643752","\t69179267688236437529","\t赠品","\t默认",1,"\t300400009",0.00,0.00,0.00,李四,13800002222,上海市浦东新区世纪大道2号,2026-09-25 10:00:00,2026-09-25 10:00:20,-,已完成,-,-,2026-09-25 18:00:00\r
        '6917926768823643761,'6917926768823643761,年糕,默认,2,'300400010,15.00,30.00,0.00,王五,13800003333,北京市朝阳区建国路3号,2026-09-20 09:00:00,2026-09-20 09:00:30,-,已发货,-,-,2026-09-20 18:00:00\r
        `6917926768823643761,`69179267688236437619,豆腐,默认,1,`300400011,10.00,10.00,0.00,王五,13800003333,北京市朝阳区建国路3号,2026-09-20 09:00:00,2026-09-20 09:00:30,-,已发货,-,-,2026-09-20 18:00:00\r
        "\t6917926768823643770","\t6917926768823643770","\t辣丝丝","\t1袋",1,"\t300400008",28.90,28.90,0.00,赵六,13800004444,广东省广州市天河区体育西路4号,2026-09-26 10:00:00,-,-,已关闭,-,超时未支付,-\r

        """

    static func assembled(_ bytes: [UInt8]) throws -> (ImportedExport, MonthAssembler.Result) {
        let imported = try #require(try Fixtures.importExport(bytes, file: "exports/2026-09/1791430000_new.csv"))
        return (imported, MonthAssembler.assemble(month: month, inputs: [imported]))
    }

    @Test(arguments: [true, false])
    func subOrdersAddUpToOneOrderEach(utf8: Bool) throws {
        let bytes = utf8 ? Fixtures.utf8(Self.orderCSV, bom: true) : Fixtures.gb18030(Self.orderCSV)
        let (imported, result) = try Self.assembled(bytes)
        #expect(imported.kind == .orders)
        #expect(imported.platform == .douyin)
        #expect(imported.encoding == (utf8 ? .utf8BOM : .gb18030))
        #expect(imported.counts.read == 6)
        #expect(imported.counts.accepted == 6)
        // Each row keeps its own 订单应付金额 at import.
        #expect(imported.orderRecords.map(\.paidAmount.cents) == [2890, 2000, 0, 3000, 1000, 2890])
        let input = try #require(result.inputs.first)
        #expect(input.counts.accepted == 6, "a 子订单 row is accepted as part of its order, not a duplicate")
        #expect(input.counts.skippedDuplicate == 0)
        #expect(input.counts.read == input.counts.accepted + input.counts.rejected + input.counts.skipped)
        #expect(input.noteSentences.contains { $0.hasPrefix("2 行是已读订单的其他子订单") })
        #expect(result.duplicateOrders.isEmpty)
        let paid = result.data.paidOrders
        #expect(paid.count == 3, "P, Q and R; U was never paid")
        let byID = Dictionary(uniqueKeysWithValues: paid.map { ($0.numericID!, $0) })
        // R: 30.00 + 10.00 — neither doubled (80.00, as if repeated per order and summed) nor
        // halved (30.00 or 10.00, as if only one row counted).
        #expect(byID["6917926768823643761"]?.paidAmount == Money(cents: 4000))
        #expect(byID["6917926768823643761"]?.quantity == 3)
        #expect(byID["6917926768823643752"]?.paidAmount == Money(cents: 2000))
        #expect(byID["6917926768823643752"]?.statusClass == .paid)
        #expect(byID["6917926768823643751"]?.paidAmount == Money(cents: 2890))
        #expect(result.data.otherOrders.count == 1)
        // The order read back in full carries the order's sum, not its first row's.
        let r = result.readBack.orders([byID["6917926768823643761"]!])
        #expect(r.first?.paidAmount == Money(cents: 4000))
        #expect(r.first?.receiverName == "王五")
        let gmv = MetricCalculator.measure(
            result.data, readBack: result.readBack, suspiciousOrderIDs: [], targets: []
        ).first { $0.key == .gmv }
        #expect(gmv?.actual == 88.9)
    }

    /// 抖店 writes no 退款金额: a 售后状态 of 退款成功 marks that 子订单's payment refunded (the
    /// mapping the 拼多多 work added for exports without 退款金额), and the refunds of an order's
    /// 子订单 add up when they are merged by 主订单编号. A: one item, refunded and closed; B: two
    /// items, the 30.00 one refunded; C: 售后状态 退款关闭 (the request was withdrawn): not refunded.
    static let refundCSV = """
        主订单编号,子订单编号,选购商品,商品规格,商品数量,商家编码,商品金额,订单应付金额,运费,收件人,收件人手机号,详细地址,订单提交时间,支付完成时间,订单完成时间,订单状态,售后状态,取消原因,发货时间\r
        "\t6917926768823643801","\t6917926768823643801","\t辣丝丝","\t1袋",1,"\t300400008",50.00,50.00,0.00,张三,13800001111,浙江省杭州市西湖区文三路1号,2026-09-10 10:00:00,2026-09-10 10:00:30,-,已关闭,退款成功,-,-\r
        "\t6917926768823643802","\t6917926768823643802","\t年糕","\t默认",1,"\t300400010",30.00,30.00,0.00,李四,13800002222,上海市浦东新区世纪大道2号,2026-09-11 10:00:00,2026-09-11 10:00:20,2026-09-15 09:00:00,已完成,退款成功,-,2026-09-11 18:00:00\r
        "\t6917926768823643802","\t69179267688236438029","\t豆腐","\t默认",1,"\t300400011",10.00,10.00,0.00,李四,13800002222,上海市浦东新区世纪大道2号,2026-09-11 10:00:00,2026-09-11 10:00:20,2026-09-15 09:00:00,已完成,-,-,2026-09-11 18:00:00\r
        "\t6917926768823643803","\t6917926768823643803","\t辣丝丝","\t1袋",1,"\t300400008",20.00,20.00,0.00,王五,13800003333,北京市朝阳区建国路3号,2026-09-12 10:00:00,2026-09-12 10:00:30,2026-09-16 09:00:00,已完成,退款关闭,-,2026-09-12 18:00:00\r

        """

    @Test func aSubOrderWhoseAfterSaleSaysRefundedIsARefund() throws {
        let (imported, result) = try Self.assembled(Fixtures.utf8(Self.refundCSV, bom: true))
        #expect(imported.platform == .douyin)
        #expect(imported.counts.accepted == 4)
        let paid = result.data.paidOrders
        let byID = Dictionary(uniqueKeysWithValues: paid.map { ($0.numericID!, $0) })
        #expect(paid.count == 3)
        #expect(byID["6917926768823643801"]?.refundAmount == Money(cents: 5000))
        #expect(byID["6917926768823643801"]?.statusClass == .refunded)
        // Only the refunded 子订单's 30.00, not the whole order's 40.00.
        #expect(byID["6917926768823643802"]?.paidAmount == Money(cents: 4000))
        #expect(byID["6917926768823643802"]?.refundAmount == Money(cents: 3000))
        #expect(byID["6917926768823643803"]?.refundAmount == .zero)
        let metrics = MetricCalculator.measure(
            result.data, readBack: result.readBack, suspiciousOrderIDs: [], targets: [])
        #expect(metrics.first { $0.key == .refundAmount }?.actual == 80)
        #expect(metrics.first { $0.key == .gmv }?.actual == 110)
    }

    @Test func theSameOrderInTwoExportFilesIsADuplicateNotAnotherPart() throws {
        let bytes = Fixtures.utf8(Self.orderCSV, bom: true)
        let a = try #require(try Fixtures.importExport(bytes, file: "exports/2026-09/1791213782_old.csv"))
        let b = try #require(try Fixtures.importExport(bytes, file: "exports/2026-09/1791430000_new.csv"))
        let result = MonthAssembler.assemble(month: Self.month, inputs: [a, b])
        #expect(result.data.paidOrders.count == 3)
        #expect(result.data.paidOrders.map(\.paidAmount.cents).reduce(0, +) == 8890)
        #expect(result.inputs[1].counts.skippedDuplicate == 6)
    }

    /// S10's rows as 抖店 exports them without decryption: every receiver, phone and address the
    /// same placeholder. Eight orders of one cheap item within an hour would be a same-address
    /// burst if the placeholder were an address.
    @Test func encryptedPlaceholdersAreNeverAGroupingKey() throws {
        var csv = "主订单编号,子订单编号,选购商品,商品规格,商品数量,商家编码,订单应付金额,运费,收件人,收件人手机号,详细地址,支付完成时间,订单状态\n"
        for i in 0..<8 {
            csv +=
                "\"\t69179267688236438\(10 + i)\",\"\t69179267688236438\(10 + i)\",\"\t辣丝丝\",\"\t1袋\",1,\"\t300400008\",9.90,0.00,##密文,$$密文,##密文,2026-09-22 10:0\(i):00,已完成\n"
        }
        let (_, result) = try Self.assembled(Fixtures.utf8(csv, bom: true))
        #expect(result.data.paidOrders.count == 8)
        #expect(result.data.paidOrders.allSatisfy { $0.addressKey == 0 && $0.phoneKey == 0 })
        let anomalies = Detector().detect(
            in: result.data, context: DetectionContext(limits: Contract.Limits(), readBack: result.readBack))
        #expect(anomalies.isEmpty, "\(anomalies.map(\.rule))")
        #expect(AddressNormalizer().hashKey("##密文") == 0)
        #expect(AddressNormalizer().hashKey("浙江省杭州市西湖区文三路1号") != 0)
    }

    /// A 巨量千川 report: 整体消耗 is spend, 整体成交金额 sales; the 合计 row (with `-` for its name)
    /// is skipped and never added.
    static let qianchuanCSV = """
        日期,计划名称,计划ID,整体消耗,整体展示次数,整体点击次数,整体成交订单数,整体成交金额,整体支付ROI,净成交金额,净成交ROI
        2026-09-01,全域推广-店铺整体,1791000000000001,280.00,12000,300,5,980.00,3.50,882.00,3.15
        2026-09-01,标准推广-连衣裙,1791000000000002,120.50,5000,120,2,301.25,2.50,271.13,2.25
        2026-09-02,全域推广-店铺整体,1791000000000001,300.00,13000,310,6,1050.00,3.50,945.00,3.15
        合计,-,-,700.50,-,-,13,2331.25,3.33,-,-

        """

    @Test func qianchuanReportSpendSalesAndItsTotalRow() throws {
        let imported = try #require(try Fixtures.importExport(Fixtures.utf8(Self.qianchuanCSV)))
        #expect(imported.kind == .ads)
        #expect(imported.platform == .douyin)
        #expect(imported.counts.read == 4)
        #expect(imported.counts.accepted == 3)
        #expect(imported.counts.skippedSummary == 1)
        #expect(imported.ads.map(\.spend.cents).reduce(0, +) == 70050)
        #expect(imported.ads.map(\.attributedSales.cents).reduce(0, +) == 233125)
        #expect(imported.ads.map(\.campaignName) == ["全域推广-店铺整体", "标准推广-连衣裙", "全域推广-店铺整体"])
        #expect(imported.ads.map(\.attributedOrders) == [5, 2, 6])
        #expect(imported.ads[1].day.description == "2026-09-01")
    }
}
