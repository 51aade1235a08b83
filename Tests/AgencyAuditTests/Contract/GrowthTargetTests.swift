import Foundation
import Testing

@testable import AgencyAudit
@testable import AuditContract
@testable import AuditMeasure
@testable import AuditRecords
@testable import AuditReport
@testable import MonthlyAudit

/// 「第1个月：自然流量提升30%」, 「3 个月内月销从 5 万提升至 15 万」 and 「前 2 个月不投直通车」: targets
/// against a baseline month or figure, judged at the stage's end, and a stage without paid promotion.
@Suite struct GrowthTargetTests {
    static func contract(_ stages: String, extra: String = "") throws -> Contract {
        try ContractParser.parse(Data("{\"store\": {\"name\": \"店\"}, \(extra) \"stages\": [\(stages)]}".utf8))
    }

    @Test func growthTargetsParseWithTheirBaselineAndJudgedMonth() throws {
        let c = try Self.contract(
            """
            {"name": "第1月", "from": "2025-07", "to": "2025-07", "targets": {"naturalVisitors": {"growth": 0.3}}},
            {"name": "第2-4月", "from": "2025-08", "to": "2025-10",
             "targets": {"gmv": {"value": 150000, "baseline": 50000}, "orders": {"growth": 0.5, "baseline": "2025-05", "judged": "eachMonth"}}}
            """)
        let first = c.stages[0].targets[0]
        #expect(first.metric == .naturalVisitors && first.growth == 0.3)
        #expect(first.baseline == .month(YearMonth("2025-06")!))
        #expect(first.judged == .stageEnd)
        let second = c.stages[1].targets
        #expect(second.map(\.metric) == [.orders, .gmv])
        #expect(second[0].baseline == .month(YearMonth("2025-05")!) && second[0].judged == .eachMonth)
        #expect(second[1].value == 150_000 && second[1].baseline == .figure(50_000) && second[1].judged == .stageEnd)
        #expect(c.baselineMonths == [YearMonth("2025-06")!, YearMonth("2025-05")!])
        let explicit = try Self.contract(
            "{\"from\": \"2025-07\", \"to\": \"2025-07\", \"targets\": {\"orders\": {\"growth\": 1}}}",
            extra: "\"baselineMonth\": \"2025-04\",")
        #expect(explicit.baselineMonths == [YearMonth("2025-04")!])
    }

    @Test(
        arguments: [
            (
                "{\"growth\": 0.3, \"value\": 10}",
                "contract.json: stages[0].targets.naturalVisitors.growth: 与 stages[0].targets.naturalVisitors.value 矛盾：两项只能保留一项（第 1 行）。对应合同条款「第1个月：自然流量提升30%（不考核销售额）」"
            ),
            (
                "{\"growth\": 30}",
                nil
            ),
            (
                "{\"growth\": -1}",
                "contract.json: stages[0].targets.naturalVisitors.growth: 应为增长比例，如提升 30% 写作 0.3、降低 20% 写作 -0.2（大于 -1，不为 0），实际是 -1（第 1 行）。对应合同条款「第1个月：自然流量提升30%（不考核销售额）」"
            ),
            (
                "{\"growth\": 0.3, \"baseline\": \"June\"}",
                "contract.json: stages[0].targets.naturalVisitors.baseline: 应为基准月份（如 \"2025-06\"）或基准数字（如 50000），实际是文本 \"June\"（第 1 行）。对应合同条款「第1个月：自然流量提升30%（不考核销售额）」"
            ),
            (
                "{\"growth\": 0.3, \"judged\": \"lastMonth\"}",
                "contract.json: stages[0].targets.naturalVisitors.judged: 未知取值 \"lastMonth\"（可用：eachMonth, stageEnd）（第 1 行）。对应合同条款「第1个月：自然流量提升30%（不考核销售额）」"
            ),
        ] as [(String, String?)])
    func wrongGrowthTargetsNameTheirPath(target: String, message: String?) throws {
        let stage = "{\"from\": \"2025-07\", \"to\": \"2025-07\", \"targets\": {\"naturalVisitors\": \(target)}}"
        guard let message else {
            // 30 is a growth of 3,000%: written, read.
            #expect(try Self.contract(stage).stages[0].targets[0].growth == 30)
            return
        }
        let error = try #require(throws: ContractError.self) { try Self.contract(stage) }
        #expect(ContractErrorWording.sentence(error, in: .chinese) == message)
    }

    /// Worked by hand: June's 4,000 natural visitors +30% = 5,200 in July (judged in July, the
    /// stage's one month). The second stage's gmv from 50,000 to 150,000 is judged in October only;
    /// its orders +50% over May's 200 = 300 every month. Without May's figures the orders target
    /// cannot be set.
    @Test func targetsResolveFromTheirBaseline() throws {
        let c = try Self.contract(
            """
            {"name": "第1月", "from": "2025-07", "to": "2025-07", "targets": {"naturalVisitors": {"growth": 0.3}}},
            {"name": "第2-4月", "from": "2025-08", "to": "2025-10",
             "targets": {"gmv": {"value": 150000, "baseline": 50000}, "orders": {"growth": 0.5, "baseline": "2025-05", "judged": "eachMonth"}}}
            """)
        func metric(_ key: MetricKey, _ v: Double) -> MetricValue {
            MetricValue(key: key, actual: v, actualExcludingSuspicious: v)
        }
        let baselines = [
            YearMonth("2025-06")!: [metric(.naturalVisitors, 4000)], YearMonth("2025-05")!: [metric(.orders, 200)],
        ]
        let july = MonthTargets.resolve(stage: c.stages[0], month: YearMonth("2025-07")!, baselines: baselines)
        #expect(july.judged.map(\.value) == [5200])
        #expect(
            july.bases == [
                TargetBasis(
                    metric: .naturalVisitors, platform: nil, baseline: 4000, baselineMonth: YearMonth("2025-06")!,
                    growth: 0.3, target: 5200)
            ])
        #expect(TargetBasisWording.suffix(july.bases[0], in: .chinese) == "（基准 2025-06 的 4,000，+30%）")
        let august = MonthTargets.resolve(stage: c.stages[1], month: YearMonth("2025-08")!, baselines: baselines)
        #expect(august.judged.map(\.metric) == [.orders] && august.judged.map(\.value) == [300])
        #expect(august.deferred.map(\.metric) == [.gmv])
        #expect(
            TargetBasisWording.deferred(august.deferred, judgedIn: YearMonth("2025-10")!, in: .chinese)
                == "以下目标在阶段末月（2025-10）判定，本月不计入达成与结算：月销售额 ¥150,000.00。")
        let october = MonthTargets.resolve(stage: c.stages[1], month: YearMonth("2025-10")!, baselines: baselines)
        #expect(october.judged.map(\.value) == [300, 150_000])
        #expect(TargetBasisWording.suffix(october.bases[1], in: .chinese) == "（基准 ¥50,000.00）")
        let noMay = MonthTargets.resolve(stage: c.stages[1], month: YearMonth("2025-08")!, baselines: [:])
        #expect(noMay.judged.isEmpty)
        #expect(noMay.missingBaselines.map(\.metric) == [.orders])
    }

    /// A store whose contract starts in September with a growth target on orders: August's exports
    /// (2 orders) are its baseline month, reported but not settled, judged or put in the dossier;
    /// September's target is 2 × 1.5 = 3 orders, met with 3. The stage writes no paid promotion:
    /// September's ¥120.00 of spend is a finding.
    @Test func theBaselineMonthIsReportedButNeitherSettledNorJudged() throws {
        let contract = """
            {"store": {"name": "测试店"}, "fees": {"monthlyBase": 1000},
             "stages": [{"name": "九月", "from": "2025-09", "to": "2025-09", "noPaidPromotion": true,
                         "targets": {"orders": {"growth": 0.5}}}]}
            """
        let root = try WorkspaceEdgeCaseTests.store(
            [
                "exports/2025-08/a.csv": WorkspaceEdgeCaseTests.header
                    + "1,10,交易成功,2025-08-01 10:00\n2,20,交易成功,2025-08-02 10:00\n",
                "exports/2025-09/a.csv": WorkspaceEdgeCaseTests.header
                    + "3,10,交易成功,2025-09-01 10:00\n4,20,交易成功,2025-09-02 10:00\n5,30,交易成功,2025-09-03 10:00\n",
                "exports/2025-09/ads.csv": "日期,计划名称,花费,总成交金额\n2025-09-02,直通车A,120,300\n",
            ], contract: contract)
        let out = root.deletingLastPathComponent().appendingPathComponent("out")
        let run = try WorkspaceAudit(workspace: StoreWorkspace(root: root), outputRoot: out).runPeriod(months: nil)
        let august = run.months[0].result
        #expect(august.isBaselineMonth)
        #expect(august.status == .withheld)
        #expect(august.settlement.withheld == [.baselineMonth(contractStarts: YearMonth("2025-09")!)])
        #expect(august.metric(.orders)?.actual == 2)
        let september = run.months[1].result
        #expect(september.metric(.orders)?.target == 3)
        #expect(september.metric(.orders)?.isMet == true)
        #expect(september.status == .complete)
        #expect(run.dossier.months.map(\.month.description) == ["2025-09"])
        #expect(september.anomalies.map(\.rule) == [.paidPromotionInStage])
        let report = try String(contentsOf: out.appendingPathComponent("2025-09/report.md"), encoding: .utf8)
        #expect(report.contains("| 支付订单数 | 3（基准 2025-08 的 2，+50%） | 3 | ✅ 100.0% |"))
        #expect(report.contains("- 「九月」阶段约定不做付费推广：本月推广花费 ¥120.00，1 天有花费（见「异常与证据」）。"))
        #expect(report.contains("合同约定「九月」阶段不做付费推广，本月却有推广花费 ¥120.00（2025-09-02）：直通车A ¥120.00"))
        let augustReport = try String(contentsOf: out.appendingPathComponent("2025-08/report.md"), encoding: .utf8)
        #expect(augustReport.contains("本月在合同开始（2025-09）之前，是增长目标的基准月：只计指标，不结算、不判达成，也不计入解约条款"))
        let json =
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: out.appendingPathComponent("2025-09/audit.json"))) as! [String: Any]
        let orders = try #require((json["metrics"] as? [[String: Any]])?.first { $0["key"] as? String == "orders" })
        #expect(orders["baseline"] as? Double == 2 && orders["baselineMonth"] as? String == "2025-08")
        #expect(orders["growth"] as? Double == 0.5)
    }

    /// A baseline month whose exports cannot carry a figure (here two copies of an order that
    /// disagree on its amount) lends it to no growth target: the target is not set and the month
    /// after is not settled, instead of judging 3 orders against a baseline of 2 read from a doctored copy.
    @Test func aBaselineMonthWithAGapInItsExportsSetsNoGrowthTarget() throws {
        let contract = """
            {"store": {"name": "测试店"}, "fees": {"monthlyBase": 1000},
             "stages": [{"name": "九月", "from": "2025-09", "to": "2025-09",
                         "targets": {"orders": {"growth": 0.5}, "visitors": 10}}]}
            """
        let traffic = "统计日期,一级来源,访客数\n"
        let root = try WorkspaceEdgeCaseTests.store(
            [
                "exports/2025-08/a.csv": WorkspaceEdgeCaseTests.header
                    + "1,10,交易成功,2025-08-01 10:00\n2,20,交易成功,2025-08-02 10:00\n",
                "exports/2025-08/b.csv": WorkspaceEdgeCaseTests.header
                    + "1,1000,交易成功,2025-08-01 10:00\n",
                "exports/2025-08/t.csv": traffic + "2025-08-01,淘内免费,40\n",
                "exports/2025-09/a.csv": WorkspaceEdgeCaseTests.header
                    + "3,10,交易成功,2025-09-01 10:00\n4,20,交易成功,2025-09-02 10:00\n5,30,交易成功,2025-09-03 10:00\n",
                "exports/2025-09/t.csv": traffic + "2025-09-01,淘内免费,40\n",
            ], contract: contract)
        let out = root.deletingLastPathComponent().appendingPathComponent("out")
        let run = try WorkspaceAudit(workspace: StoreWorkspace(root: root), outputRoot: out).runPeriod(months: nil)
        let august = run.months[0].result
        #expect(
            august.completeness.gaps.contains { if case .conflictingCopies(.orders, _, _) = $0 { true } else { false } }
        )
        // August counts orders 1 and 2 (3 with the other copy's figures set aside): 2 orders, and a
        // target of 2 × 1.5 = 3 that September's 3 orders would meet.
        #expect(august.metric(.orders)?.actual == 2)
        let september = run.months[1].result
        #expect(september.metric(.orders)?.target == nil)
        #expect(september.status == .withheld)
        #expect(
            september.settlement.withheld.contains(
                .baselineMissing(metrics: [.orders], months: [YearMonth("2025-08")!])))
        let report = try String(contentsOf: out.appendingPathComponent("2025-09/report.md"), encoding: .utf8)
        #expect(report.contains("增长目标「支付订单数」的基准月 2025-08 没有可用的数据（基准月的导出缺失、不完整或不含该指标，见基准月的报告）"))
        // A gap takes out only the metrics its kind of export measures: half a month of traffic
        // leaves the orders' figures as baselines, and rejected order rows the traffic's.
        let figures = [MetricKey.orders, .gmv, .itemUnits, .visitors, .naturalVisitors].map {
            MetricValue(key: $0, actual: 1, actualExcludingSuspicious: 1)
        }
        let day = { (d: Int) in CalendarDay(year: 2025, month: 8, day: d)! }
        let halfTraffic = MonthCompleteness(gaps: [
            .partialMonth(kind: .traffic, first: day(1), last: day(15), daysInMonth: 31)
        ])
        #expect(BaselineFigures.usable(figures, completeness: halfTraffic).map(\.key) == [.orders, .gmv, .itemUnits])
        let rejected = MonthCompleteness(gaps: [.rejectedOrderRows(rejected: 50, paidRows: 100, rows: [])])
        #expect(BaselineFigures.usable(figures, completeness: rejected).map(\.key) == [.visitors, .naturalVisitors])
        #expect(BaselineFigures.usable(figures, completeness: MonthCompleteness(isUnusable: true)).isEmpty)
    }
}
