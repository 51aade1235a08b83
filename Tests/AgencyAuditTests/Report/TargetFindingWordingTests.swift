import Testing

@testable import AuditDiagnose
@testable import AuditMeasure
@testable import AuditRecords
@testable import AuditReport

@Suite struct TargetFindingWordingTests {
    static let search = TrafficSource(group: "淘内免费", name: "手淘搜索")

    static let reasons: [(TargetFinding.Reason, String)] = [
        (.missingData(export: .traffic), "本月导出里没有计算该指标所需的数据（生意参谋流量来源）"),
        (.missingData(export: .ads), "本月导出里没有计算该指标所需的数据（推广报表）"),
        (.missingData(export: .orders), "本月导出里没有计算该指标所需的数据（订单报表）"),
        (
            .ordersChanged(ordersChange: 0, visitorsChange: -0.2, conversionChange: 0.25),
            "较上月支付订单 +0.0%：访客 -20.0%，订单转化率 +25.0%"
        ),
        (
            .salesChanged(salesChange: -0.1, visitorsChange: 0, conversionChange: 0, orderValueChange: -0.1),
            "较上月销售额 -10.0%：访客 +0.0%，订单转化率 +0.0%，客单价 -10.0%"
        ),
        (.gapMainlyFrom(factor: .traffic), "缺口主要来自流量"),
        (.gapMainlyFrom(factor: .conversion), "缺口主要来自订单转化率"),
        (.gapMainlyFrom(factor: .orderValue), "缺口主要来自客单价"),
        (.biggestSourceDrop(source: search, visitors: 400, previousVisitors: 600), "降幅最大的来源：淘内免费/手淘搜索 -200（-33.3%）"),
        (
            .visitorsNeeded(
                conversion: 0.02, averageOrderValue: Money(yuan: 100), neededVisitors: 1500, visitors: 1000),
            "按本月订单转化率（支付订单/访客）2.00%、客单价 ¥100.00，需访客 1,500，实际 1,000"
        ),
        (.gapNotSplit(orders: 20, averageOrderValue: Money(yuan: 100)), "本月 20 单，客单价 ¥100.00；缺少流量数据，无法拆分缺口"),
        (.gapNotSplit(orders: 0, averageOrderValue: nil), "本月 0 单，客单价 -；缺少流量数据，无法拆分缺口"),
        (
            .includesSuspectedFakeOrders(orders: 3, valueExcludingThem: 1548.6, attainmentExcludingThem: 0.72),
            "含疑似刷单 3 单，剔除后为 1,549（达成 72.0%）"
        ),
        (
            .searchVisitorsPerDay(perDay: 400.0 / 30, firstHalf: 400.0 / 15, secondHalf: 0),
            "手淘搜索日均 13.3：上半月 26.7，下半月 0.0"
        ),
        (.previousSearchVisitorsPerDay(perDay: 600.0 / 31), "上月 19.4"),
        (
            .trafficMix(naturalVisitors: 600, visitors: 1000, paidVisitors: 400),
            "淘内免费访客 600 / 全部 1,000；付费流量访客 400（40.0%）"
        ),
        (.payingBuyers(buyers: 20, visitors: 800), "支付买家 20 / 访客 800"),
        (.trafficSurges(sourceDays: 2), "2 个来源-日出现异常流量暴涨（拉低转化）"),
        (.adSpendAndSales(spend: Money(yuan: 600), sales: Money(yuan: 1900)), "推广花费 ¥600.00，成交 ¥1,900.00"),
        (.worstCampaign(name: "B", roi: 400.0 / 300, spend: Money(yuan: 300)), "ROI 最低的计划：B 1:1.33（花费 ¥300.00）"),
        (.daysBelowROIRedLine(days: 3), "3 天 ROI 低于合同红线"),
        (.daysOverSpendLimit(days: 1), "1 天花费超日限额"),
        (.refunds(amount: Money(yuan: 200), shareOfSales: 0.1), "退款金额 ¥200.00，占销售额 10.0%"),
        (.visitorsChanged(change: -0.2), "较上月 -20.0%"),
        (.visitorsChanged(change: 0.25), "较上月 +25.0%"),
        (.targetMet, "达成"),
        (.targetMissed, "未达成"),
    ]

    @Test(arguments: reasons)
    func reasonSentence(reason: TargetFinding.Reason, sentence: String) {
        #expect(TargetFindingWording.sentence(reason, metric: .orders, in: .chinese) == sentence)
    }

    @Test func figuresWithoutSuspectedOrdersAreWrittenInTheMetricsUnit() {
        let gmv = TargetFinding.Reason.includesSuspectedFakeOrders(
            orders: 3, valueExcludingThem: 1800, attainmentExcludingThem: 1.8)
        #expect(TargetFindingWording.sentence(gmv, metric: .gmv, in: .chinese) == "含疑似刷单 3 单，剔除后为 ¥1,800.00（达成 180.0%）")
        let noTarget = TargetFinding.Reason.includesSuspectedFakeOrders(
            orders: 3, valueExcludingThem: 1800, attainmentExcludingThem: nil)
        #expect(TargetFindingWording.sentence(noTarget, metric: .gmv, in: .chinese) == "含疑似刷单 3 单，剔除后为 ¥1,800.00")
    }

    static let actions: [(TargetFinding.Action, String)] = [
        (.completeExport(export: .traffic), "补充导出生意参谋流量来源后重新审计"),
        (.completeExport(export: .ads), "补充导出推广报表后重新审计"),
        (.improve(factor: .traffic), "提升流量：优化标题关键词与主图，报名平台活动，复核推广计划覆盖"),
        (.improve(factor: .conversion), "提升转化：优化详情页、评价和价格，加强客服话术"),
        (.improve(factor: .orderValue), "提升客单价：搭配套餐、满减凑单、关联推荐"),
        (.explainSuspectedFakeOrders, "要求托管方书面说明疑似刷单订单；核实前不计入提成"),
        (.keepSearchOptimisation, "保持标题与关键词优化，推广到其他主推款"),
        (.improveSearchRanking, "优化主推款标题关键词、主图点击率，提高手淘搜索排名"),
        (.keepGrowingNaturalTraffic, "保持自然流量增长，逐步降低对付费推广的依赖"),
        (.reducePaidTrafficReliance, "减少对付费流量的依赖：优化搜索关键词和内容，承接自然流量"),
        (.keepDetailPageAndService, "保持详情页与客服话术"),
        (.improveDetailPageAndScreenTraffic, "优化详情页、评价与客服话术；排查无效流量"),
        (.keepBidding, "保持出价策略，定期复核关键词"),
        (.cutLowROIBids, "暂停或降低 ROI 最低计划的出价，预算转向 ROI 高的计划"),
        (.investigateRefunds, "按退款原因排查质量与描述不符问题"),
        (.keepAsIs, "保持"),
        (.keepCurrentApproach, "保持当前做法"),
        (.requestImprovementPlan, "要求托管方提交改进计划"),
    ]

    @Test(arguments: actions)
    func actionSentence(action: TargetFinding.Action, sentence: String) {
        #expect(TargetFindingWording.sentence(action, in: .chinese) == sentence)
    }

    @Test func aFindingsReasonsAndActionsShareOneCellEach() {
        let f = TargetFinding(
            metric: MetricValue(key: .orders, actual: 20, actualExcludingSuspicious: 18, target: 25),
            reasons: [
                .ordersChanged(ordersChange: 0, visitorsChange: -0.2, conversionChange: 0.25),
                .gapMainlyFrom(factor: .traffic),
                .biggestSourceDrop(source: Self.search, visitors: 400, previousVisitors: 600),
                .includesSuspectedFakeOrders(orders: 3, valueExcludingThem: 18, attainmentExcludingThem: 0.72),
            ],
            actions: [.improve(factor: .traffic), .explainSuspectedFakeOrders])
        #expect(
            TargetFindingWording.reason(f, in: .chinese)
                == "较上月支付订单 +0.0%：访客 -20.0%，订单转化率 +25.0%；缺口主要来自流量；降幅最大的来源：淘内免费/手淘搜索 -200（-33.3%）；含疑似刷单 3 单，剔除后为 18（达成 72.0%）"
        )
        #expect(
            TargetFindingWording.action(f, in: .chinese) == "提升流量：优化标题关键词与主图，报名平台活动，复核推广计划覆盖；要求托管方书面说明疑似刷单订单；核实前不计入提成")
    }

    @Test(arguments: [
        (1548.6, MetricKey.orders, "1,549"), (622.75, .searchVisitorsPerDay, "622.8"), (277176.1, .gmv, "¥277,176.10"),
        (0.03254, .conversionRate, "3.25%"), (2.776, .adROI, "1:2.78"),
    ])
    func metricValues(value: Double, key: MetricKey, text: String) {
        #expect(MetricWording.value(value, key) == text)
    }
}
