import Testing

@testable import AgencyAudit
@testable import AuditImport
@testable import AuditRecords

@Suite struct ExportImporterTests {
    /// A Taobao order report with the ugly parts real ones have: GBK, header names with trailing
    /// spaces, ="…" ids, '-prefixed phones, a buyer note with a comma, a quote and a newline,
    /// a blank line, a 合计 row and one row whose amount is not a number.
    static let orderReport = """
        "订单编号","买家会员名","买家实际支付金额","订单状态","买家留言","收货人姓名","收货地址 ","联系手机","订单创建时间","订单付款时间 ","宝贝标题 ","宝贝总数量","物流单号 ","退款金额"\r
        ="3812004976329210623",tb_001,128.00,交易成功,,张三,浙江省 杭州市 西湖区 文三路138号(310012),'13812345678,2025-09-01 10:00:00,2025-09-01 10:00:30,法式碎花连衣裙,1,="7734512987341",0.00\r
        ="3812004976329210624",小鹿,"¥1,234.50",交易关闭,"快点发货,谢谢""老板""
        第二行",李四,上海 上海市 浦东新区 世纪大道100号,138****5678,2025/9/2 11:00,2025/9/2 11:01,针织开衫,2,,"1,234.50"\r
        \r
        ="3812004976329210625",tb_003,12..50,交易成功,,王五,北京 北京市 朝阳区 建国路1号,'13900001111,2025-09-03 09:00:00,2025-09-03 09:00:10,袖套,1,,0\r
        ="3812004976329210626",tb_004,59.00,等待买家付款,,赵六,广东省 广州市 天河区 体育西路2号,'13700002222,2025-09-04 09:00:00,,T恤,1,,无退款申请\r
        合计,,1421.50,,,,,,,,,,,\r

        """

    @Test func taobaoOrderReportInGBK() throws {
        for chunk in [7, 1 << 20] {
            let imported = try #require(try Fixtures.importExport(Fixtures.gb18030(Self.orderReport), chunk: chunk))
            #expect(imported.kind == .orders)
            #expect(imported.platform == .taobao)
            #expect(imported.encoding == .gb18030)
            #expect(imported.counts.read == 6)
            #expect(imported.counts.accepted == 3)
            #expect(imported.counts.rejected == 1)
            #expect(imported.counts.skippedBlank == 1)
            #expect(imported.counts.skippedSummary == 1)
            let first = imported.orders[0]
            #expect(first.id == "3812004976329210623")
            #expect(first.phone == "13812345678")
            #expect(first.logisticsNumber == "7734512987341")
            #expect(first.paidAmount == Money(cents: 12800))
            #expect(first.paidAt?.description == "2025-09-01 10:00:30")
            let second = imported.orders[1]
            #expect(second.paidAmount == Money(cents: 123450))
            #expect(second.refundAmount == Money(cents: 123450))
            #expect(second.quantity == 2)
            #expect(second.phone == "138****5678")
            #expect(second.paidAt?.description == "2025-09-02 11:01:00")
            #expect(second.location.line == 3)
            let unpaid = imported.orders[2]
            #expect(unpaid.paidAt == nil)
            #expect(unpaid.refundAmount == .zero)
            let reject = try #require(imported.rejects.first)
            #expect(reject.location.line == 6)
            #expect(reject.columnText == "第 3 列「买家实际支付金额」")
            #expect(reject.reasonText.contains("实际是「12..50」"))
            #expect(reject.raw(masker: PIIMasker()).contains("139****1111"))
            #expect(!reject.raw(masker: PIIMasker()).contains("王五"))
        }
    }

    @Test func missingRequiredColumnNamesFileColumnAndAcceptedNames() {
        let text = "订单编号,买家会员名,订单状态,订单付款时间,收货地址\n1,a,交易成功,2025-09-01,x\n"
        #expect(throws: ImportError.self) { try Fixtures.importExport(Fixtures.utf8(text)) }
        do {
            _ = try Fixtures.importExport(Fixtures.utf8(text), file: "exports/2025-09/orders.csv")
        } catch {
            let message = (error as? ImportError)?.text ?? "\(error)"
            #expect(message.contains("exports/2025-09/orders.csv:1"))
            #expect(message.contains("买家实际支付金额"))
            #expect(message.contains("买家实付金额"))
        }
    }

    @Test func duplicatedHeaderNameIsAnError() {
        let text = "订单编号,买家实际支付金额,订单状态,订单付款时间,订单编号\n1,2,交易成功,2025-09-01,3\n"
        #expect(throws: ImportError.inFile("f.csv", .duplicateColumn(file: "f.csv", line: 1, column: "订单编号"))) {
            try Fixtures.importExport(Fixtures.utf8(text), file: "f.csv")
        }
    }

    @Test func rowWithTooManyOrTooFewFieldsIsRejected() throws {
        let text =
            "订单编号,买家实际支付金额,订单状态,订单付款时间\n1,2,交易成功,2025-09-01\n2,3,交易成功\n3,4,交易成功,2025-09-01,extra\n4,5,交易成功,2025-09-01,,\n"
        let imported = try #require(try Fixtures.importExport(Fixtures.utf8(text)))
        #expect(imported.counts.accepted == 2)
        #expect(imported.rejects.map(\.location.line) == [3, 4])
        #expect(imported.rejects[0].reasonText.contains("本行有 3 列，表头有 4 列"))
    }

    /// A one-day 生意参谋 download: BOM, title lines, no date column, 汇总 subtotals, thousands separators.
    static let oneDayTraffic = """
        【生意参谋平台】店铺来源
        统计时间：2025-09-03 ~ 2025-09-03

        流量载体,一级来源,二级来源,访客数,浏览量,支付买家数,支付转化率,支付金额,客单价
        无线端,淘内免费,汇总,"1,700","4,000",40,2.35%,"6,000.00",150.00
        无线端,淘内免费,手淘搜索,"1,200","3,000",30,2.50%,"4,500.00",150.00
        无线端,淘内免费,手淘推荐,500,"1,000",10,2.00%,"1,500.00",150.00
        无线端,其他来源,其他来源,35,40,0,0.00%,0.00,-

        """

    @Test func oneDayTrafficTakesItsDateFromTheTitleAndSkipsSubtotals() throws {
        let imported = try #require(
            try Fixtures.importExport(
                Fixtures.utf8(Self.oneDayTraffic, bom: true),
                file: "exports/2025-09/生意参谋/【生意参谋平台】店铺来源_2025-09-03_2025-09-03.csv"))
        #expect(imported.kind == .traffic)
        #expect(imported.encoding == .utf8BOM)
        #expect(imported.headerLine == 4)
        #expect(imported.counts.read == 4)
        #expect(imported.counts.skippedSummary == 1)
        #expect(imported.traffic.map(\.visitors) == [1200, 500, 35])
        #expect(imported.traffic.allSatisfy { $0.day.description == "2025-09-03" })
        #expect(imported.traffic[0].source == TrafficSource(group: "淘内免费", name: "手淘搜索"))
        #expect(imported.traffic[0].paidAmount == Money(cents: 450000))
    }

    @Test func multiDayTrafficWithoutDateColumnIsAnError() {
        let text = "流量载体,一级来源,二级来源,访客数\n无线端,淘内免费,手淘搜索,10\n"
        #expect(throws: ImportError.self) {
            try Fixtures.importExport(Fixtures.utf8(text), file: "exports/2025-09/店铺来源_2025-09-01_2025-09-30.csv")
        }
    }

    @Test func adsReportWithYuanSignsAndTotalRow() throws {
        let text = """
            日期,场景名字,计划ID,计划名称,展现量,点击量,花费,点击率,平均点击花费,总成交金额,总成交笔数,投入产出比
            2025/9/1,关键词推广,30001,连衣裙-关键词推广,"12,000",300,"¥1,200.50",2.50%,4.00,"¥3,601.50",20,3.00
            2025-09-01,人群推广,30002,防晒袖套-拉新快,5000,100,¥86.20,2.00%,0.86,-,0,0.00
            合计,-,-,-,"17,000",400,"¥1,286.70",-,-,"¥3,601.50",20,2.80

            """
        let imported = try #require(
            try Fixtures.importExport(Fixtures.utf8(text), file: "exports/2025-09/计划报表_20250930_110330.csv"))
        #expect(imported.kind == .ads)
        #expect(imported.counts.accepted == 2)
        #expect(imported.counts.skippedSummary == 1)
        #expect(imported.ads[0].spend == Money(cents: 120050))
        #expect(imported.ads[0].attributedSales == Money(cents: 360150))
        #expect(imported.ads[0].impressions == 12000)
        #expect(imported.ads[1].attributedSales == .zero)
        #expect(imported.ads[1].day.description == "2025-09-01")
    }

    /// An amount or count whose comma is no thousands separator in its place rejects its row with
    /// the column and the reason, instead of entering the figures as another number.
    @Test func aCommaOutOfPlaceRejectsItsRowWithTheColumn() throws {
        let orders = """
            订单编号,买家实际支付金额,订单状态,订单付款时间
            1,"¥1,234.00",交易成功,2025-09-01 10:00:00
            2,"12,34",交易成功,2025-09-01 10:00:00
            3,"0,50",交易成功,2025-09-01 10:00:00
            4,"1,2345.00",交易成功,2025-09-01 10:00:00
            5,"1,234,567.89",交易成功,2025-09-01 10:00:00
            6,￥86.2,交易成功,2025-09-01 10:00:00

            """
        let imported = try #require(try Fixtures.importExport(Fixtures.utf8(orders)))
        #expect(imported.orders.map(\.id) == ["1", "5", "6"])
        #expect(
            imported.orders.map(\.paidAmount) == [Money(cents: 123400), Money(cents: 123_456_789), Money(cents: 8620)])
        #expect(
            BrokenFilesTests.messages(imported)
                == ["12,34", "0,50", "1,2345.00"].enumerated().map { k, cell in
                    "exports/2025-09/test.csv:\(k + 3)：第 2 列「买家实际支付金额」 逗号位置不对：千位分隔符应每三位一个（如 1,234 或 1,234.50），小数点应为「.」，实际是「\(cell)」"
                })
        #expect(imported.counts.read == imported.counts.accepted + imported.counts.rejected)

        let traffic = Self.oneDayTraffic.replacingOccurrences(of: "500,\"1,000\"", with: "\"5,00\",\"1,000\"")
        let visitors = try #require(
            try Fixtures.importExport(
                Fixtures.utf8(traffic), file: "exports/2025-09/店铺来源_2025-09-03_2025-09-03.csv"))
        #expect(visitors.traffic.map(\.visitors) == [1200, 35])
        #expect(visitors.rejects.map(\.columnText) == ["第 4 列「访客数」"])
    }

    @Test func unknownFileIsNotAnExport() throws {
        #expect(try Fixtures.importExport(Fixtures.utf8("商品ID,库存\n1,2\n")) == nil)
    }

    @Test func emptyFileIsReported() {
        #expect(throws: ImportError.emptyFile(file: "e.csv")) { try Fixtures.importExport([], file: "e.csv") }
    }
}
