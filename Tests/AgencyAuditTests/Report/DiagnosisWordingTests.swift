import Testing

@testable import AuditDetect
@testable import AuditDiagnose
@testable import AuditRecords
@testable import AuditReport

/// The new diagnosis sentences in both languages: the peer tier, stock-outs, unsettled figures.
@Suite struct DiagnosisWordingTests {
    static func day(_ d: Int) -> CalendarDay { CalendarDay(year: 2025, month: 8, day: d)! }

    static let comparison = PeerTierComparison(
        target: .orders, previousMonth: YearMonth(year: 2025, month: 7),
        changes: [
            .init(metric: .payingBuyers, store: -0.2, peer: -0.18), .init(metric: .visitors, store: -0.2, peer: -0.18),
            .init(metric: .conversion, store: 0.001, peer: nil),
        ], reading: .market, files: ["a.xlsx", "b.xlsx"])

    @Test func aMissedTargetBesideThePeerTier() {
        #expect(
            ThreeStepDiagnosisWording.sentence(.peerTier(Self.comparison), platforms: [.taobao], in: .chinese)
                == "「支付订单数」未达标，与上月（2025-07）相比：支付买家数 -20.0%（同行同层平均 -18.0%）；访客数 -20.0%（同行同层平均 -18.0%）；"
                + "支付转化率 +0.1%（无同行数据）：主要是市场（同行同层一起下滑）（依据两个月的数据概览下载共 2 个文件）")
        #expect(
            ThreeStepDiagnosisWording.peerTier(Self.comparison, language: .english)
                == "“paid orders” missed; against 2025-07: paying buyers -20.0% (peer tier average -18.0%); visitors -20.0% "
                + "(peer tier average -18.0%); conversion +0.1% (no peer figure): mainly the market (the peer tier fell "
                + "with the store) (from 2 overview downloads of both months)")
        #expect(ThreeStepDiagnosisWording.reading(.store, language: .chinese) == "同行持平或上升：主要是本店")
        #expect(ThreeStepDiagnosisWording.reading(.store, language: .english) == "the peer tier held: mainly the store")
    }

    @Test func theMissingDownloadIsNamedWithWhereToFindIt() {
        #expect(
            ThreeStepDiagnosisWording.sentence(
                .peerTierDownloadMissing(platform: .taobao), platforms: [.taobao], in: .chinese)
                == "导出里没有同行同层数据，无法区分是市场还是本店：生意参谋「首页」数据概览的下载（每天一个文件）可以回答（免费，每个指标都有本店与同行同层平均/优秀）；"
                + "请下载本月和上月每天的文件，分别放进对应月份的 exports 文件夹后重新审计")
        #expect(
            ThreeStepDiagnosisWording.peerTierPreviousMonthMissing(
                month: YearMonth(year: 2025, month: 6), platform: .taobao, language: .english)
                == "this month has overview downloads but 2025-06 has none, so growth cannot be compared: put the download "
                + "of Sycm's Home page data overview (数据概览, one file a day) for every day of 2025-06 into "
                + "exports/2025-06/ and audit again")
    }

    static let stockOut = StockOut(
        item: "纯棉短袖T恤女宽松百搭上衣", first: day(12), last: day(15), usualDailyOrders: 5.9,
        usualDailySales: Money(cents: 37_370), expectedOrders: 16.2)

    @Test func aStockOutWithItsDaysAndSalesLost() {
        #expect(
            ThreeStepDiagnosisWording.sentence(.stockOut(Self.stockOut), in: .chinese)
                == "「纯棉短袖T恤女宽松百搭上衣」2025-08-12 至 2025-08-15（4 天）没有成交，全店照常出单：平时每天约 5.9 单、¥373.70，"
                + "按平时份额这几天应有约 16 单：疑似断货，估计少卖 ¥1,494.80；请商家核对库存记录")
        #expect(
            ThreeStepDiagnosisWording.stockOut(Self.stockOut, language: .english)
                == "“纯棉短袖T恤女宽松百搭上衣” sold nothing from 2025-08-12 to 2025-08-15 (4 days) while the store kept selling: "
                + "it usually sells 5.9 orders (¥373.70) a day, and at its usual share of those days' orders it would have "
                + "had about 16: a likely stock-out, about ¥1,494.80 of sales lost; check the stock records")
        let impact = StockOutImpact(target: .gmv, gap: 18_000, lost: 11_000, items: 3, days: 4)
        #expect(
            ThreeStepDiagnosisWording.sentence(.stockOutsBehindTarget(impact), in: .chinese)
                == "月销售额缺口 ¥18,000.00，其中约 ¥11,000.00 来自 3 款商品断货共 4 天")
        let orders = StockOutImpact(target: .orders, gap: 54, lost: 60, items: 1, days: 4)
        #expect(
            ThreeStepDiagnosisWording.stockOutsBehindTarget(orders, language: .chinese)
                == "支付订单数缺口 54 单，其中约 60 单来自 1 款商品断货共 4 天（足以解释整个缺口）")
        #expect(
            ThreeStepDiagnosisWording.stockOutsBehindTarget(orders, language: .english)
                == "paid orders short of target by 54 orders, of which about 60 orders come from 1 item out of stock for "
                + "4 days in all (enough to explain the whole gap)")
    }

    @Test func refundsNamingAStockOut() {
        let r = StockOutRefunds(
            item: "纯棉短袖T恤女宽松百搭上衣", days: [Self.day(12), Self.day(15)], requests: 21, amount: Money(yuan: 1268))
        #expect(
            ThreeStepDiagnosisWording.sentence(.stockOutRefunds(r), in: .chinese)
                == "「纯棉短袖T恤女宽松百搭上衣」2025-08-12 至 2025-08-15 有 21 笔退款货物未发货、买家退款原因为缺货（¥1,268.00）：退款管理导出证实断货超卖")
        #expect(
            ThreeStepDiagnosisWording.stockOutRefunds(r, language: .english)
                == "“纯棉短袖T恤女宽松百搭上衣” had 21 refunds from 2025-08-12 to 2025-08-15 for goods never shipped, the buyer's "
                + "reason saying out of stock (¥1,268.00): the refund export shows the store sold what it did not have"
        )
    }

    @Test func anItemThatStoppedIsAskedAbout() {
        let s = ItemStopped(
            item: "运动套装女春秋卫衣两件套", lastSale: Self.day(19), daysWithout: 12, usualDailyOrders: 1.9, expectedOrders: 10.4)
        #expect(
            ThreeStepDiagnosisWording.sentence(.itemStopped(s), in: .chinese)
                == "「运动套装女春秋卫衣两件套」自 2025-08-19 之后到月底 12 天没有成交（按平时份额应有约 10 单）：是商家主动下架，还是断货未补？订单无法区分，未计为断货，请商家确认")
    }

    @Test func unsettledFiguresAndTheRunNotCalled() {
        let window = DataSettling.Window(
            figure: .adAttribution, taken: .fileModified(CalendarDay(year: 2025, month: 10, day: 2)!),
            provisionalDays: [CalendarDay(year: 2025, month: 9, day: 30)!],
            settlesOn: CalendarDay(year: 2025, month: 10, day: 3)!)
        #expect(
            SettlingWording.window(window, language: .chinese)
                == "推广报表取于 2025-10-02（文件修改日期）：推广成交约 3 天后才归因完整，2025-09-30 的 ROI 是暂定值（通常偏低）")
        #expect(
            SettlingWording.window(window, language: .english)
                == "The promotion reports were taken on 2025-10-02 (the file's modification date); sales are attributed "
                + "to a day's promotion over about 3 days, so the ROI of 2025-09-30 is provisional (usually too low)")
        let run = Anomaly(
            rule: .roiBelowRedLine, severity: .medium,
            dates: (28...30).map { CalendarDay(year: 2025, month: 9, day: $0)! })
        #expect(
            SettlingWording.held(run, redLineDays: 3, language: .chinese)
                == "ROI 低于红线的 2025-09-28 至 2025-09-30（3 天）结束在归因尚未完成的日子，只算已稳定的天数不足合同的 3 天：本次不认定，待数据稳定后复核")
    }
}
