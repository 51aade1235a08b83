import Testing

@testable import AuditDiagnose
@testable import AuditRecords
@testable import AuditReport

@Suite struct ThreeStepDiagnosisWordingTests {
    static func day(_ d: Int) -> CalendarDay { CalendarDay(year: 2025, month: 9, day: d)! }

    static let executionSentences: [(ThreeStepDiagnosis.ExecutionFinding, String)] = [
        (.spendOverLimit(days: 3), "3 天推广花费超过合同日限额"),
        (.roiBelowRedLine(runs: 1, days: 4), "ROI 连续低于红线 1 次（共 4 天），需核实是否按合同暂停并说明"),
        (.suspectedFakeOrders(groups: 3, orders: 5), "3 组疑似刷单订单（高/中），涉及 5 单"),
        (.daysWithoutSpend(days: [day(3), day(4)]), "2 天没有任何推广花费（2025-09-03、2025-09-04）：计划可能中断"),
        // Only the first five days are named; the count is of all of them.
        (
            .daysWithoutSpend(days: (2...9).map(day)),
            "8 天没有任何推广花费（2025-09-02、2025-09-03、2025-09-04、2025-09-05、2025-09-06）：计划可能中断"
        ),
        (.noBreachFound, "导出里没有发现违反合同执行条款的情况"),
    ]

    @Test(arguments: executionSentences)
    func execution(finding: ThreeStepDiagnosis.ExecutionFinding, sentence: String) {
        #expect(ThreeStepDiagnosisWording.sentence(finding, in: .chinese) == sentence)
    }

    static let cooperationSentences: [(ThreeStepDiagnosis.CooperationFinding, String)] = [
        (
            .unitPriceChanged(
                item: "连衣裙", lowest: Money(yuan: 100), lowestOn: day(1), highest: Money(yuan: 120),
                highestOn: day(2), change: 0.2),
            "「连衣裙」单价在 ¥100.00（2025-09-01）与 ¥120.00（2025-09-02）之间变动 20.0%，超过 10% 需商家批准：请核实是谁改的价"
        ),
        // A long title is cut to its first 16 characters.
        (
            .unitPriceChanged(
                item: "冰丝防晒衣女夏季长袖外套薄款透气防紫外线", lowest: Money(yuan: 79), lowestOn: day(14), highest: Money(yuan: 89),
                highestOn: day(1), change: 89.0 / 79 - 1),
            "「冰丝防晒衣女夏季长袖外套薄款透气」单价在 ¥79.00（2025-09-14）与 ¥89.00（2025-09-01）之间变动 12.7%，超过 10% 需商家批准：请核实是谁改的价"
        ),
        (.noPriceChangeSeen, "订单里没有看到同一商品单价变动超过 10%；素材交付情况不在导出里，需商家自查"),
    ]

    @Test(arguments: cooperationSentences)
    func cooperation(finding: ThreeStepDiagnosis.CooperationFinding, sentence: String) {
        #expect(ThreeStepDiagnosisWording.sentence(finding, in: .chinese) == sentence)
    }

    static let marketSentences: [(ThreeStepDiagnosis.MarketFinding, String)] = [
        (
            .visitorsChanged(visitorsChange: -0.2, naturalVisitorsChange: 400.0 / 600 - 1),
            "全店访客较上月 -20.0%，淘内免费访客 -33.3%"
        ),
        (.visitorsChanged(visitorsChange: 1, naturalVisitorsChange: nil), "全店访客较上月 +100.0%，淘内免费访客 +0.0%"),
        (.noCategoryData, "导出里没有类目/行业数据，无法判断大盘变化；请在生意参谋「市场」查看同类目流量趋势后再下结论"),
    ]

    @Test(arguments: marketSentences)
    func market(finding: ThreeStepDiagnosis.MarketFinding, sentence: String) {
        #expect(ThreeStepDiagnosisWording.sentence(finding, platforms: [.taobao], in: .chinese) == sentence)
    }

    /// 看市场 sends the merchant to the platform's own data tool, not to 生意参谋 on every store.
    static let marketSentencesByPlatform: [([Platform], ThreeStepDiagnosis.MarketFinding, String)] = [
        ([.jd], .noCategoryData, "导出里没有类目/行业数据，无法判断大盘变化；请在京东商智的行业/市场数据里查看同类目流量趋势后再下结论"),
        ([.pinduoduo], .noCategoryData, "导出里没有类目/行业数据，无法判断大盘变化；请在拼多多 数据中心的行业/市场数据里查看同类目流量趋势后再下结论"),
        ([.douyin], .noCategoryData, "导出里没有类目/行业数据，无法判断大盘变化；请在抖店 电商罗盘的行业/市场数据里查看同类目流量趋势后再下结论"),
        (
            [.taobao, .douyin], .noCategoryData,
            "导出里没有类目/行业数据，无法判断大盘变化；请在生意参谋、抖店 电商罗盘的行业/市场数据里查看同类目流量趋势后再下结论"
        ),
        ([.douyin], .visitorsChanged(visitorsChange: 0.1, naturalVisitorsChange: -0.05), "全店访客较上月 +10.0%，免费访客 -5.0%"),
    ]

    @Test(arguments: marketSentencesByPlatform)
    func marketOnEachPlatform(platforms: [Platform], finding: ThreeStepDiagnosis.MarketFinding, sentence: String) {
        #expect(ThreeStepDiagnosisWording.sentence(finding, platforms: platforms, in: .chinese) == sentence)
        #expect(!sentence.contains("生意参谋") || platforms.contains(.taobao))
    }
}
