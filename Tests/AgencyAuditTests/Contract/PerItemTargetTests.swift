import Foundation
import Testing

@testable import AgencyAudit
@testable import AuditContract
@testable import AuditDiagnose
@testable import AuditMeasure
@testable import AuditRecords
@testable import AuditReport
@testable import MonthlyAudit

/// 「爆款带动 3 款关联产品，每款月销提升 50%」: targets on named items, matched by 商品ID or 商家编码
/// (never by title), measured from the 子订单 export, each item judged on its own.
@Suite struct PerItemTargetTests {
    static let contract = """
        {"store": {"name": "测试店"}, "fees": {"monthlyBase": 1000},
         "stages": [{"name": "九月", "from": "2025-09", "to": "2025-09",
                     "targets": {"itemUnits": {"growth": 0.5, "items": ["612000000001", "商家编码 SKU-B"]},
                                 "itemSales": {"value": 100, "items": ["商品ID 612000000001"]}}}]}
        """
    static let lineHeader = "子订单编号,主订单编号,商品标题,商品价格,购买数量,商品ID,商家编码\n"

    /// August, the month before the contract, is the baseline: item A (商品ID 612000000001) sold 2,
    /// item B (named by its 商家编码 SKU-B, beside a 商品ID of its own) sold 2. The targets are
    /// 2 × 1.5 = 3 units each.
    ///
    /// September, worked by hand:
    /// - order 3, paid ¥60: A at ¥20 × 2 (¥40 of list value) and B at ¥10 × 2 (¥20): A's share of
    ///   the payment is 60 × 40/60 = ¥40, B's ¥20;
    /// - order 4, paid ¥45: A at ¥25 × 2, all of it A's;
    /// - order 5, paid ¥30: another item (612000000003) with A's very title: not A's.
    /// A: 4 units of 3 (133.3%, met) and ¥40 + ¥45 = ¥85 of ¥100 (85.0%, missed); B: 2 units of 3
    /// (66.7%, missed). The month's overall attainment is (100% + 66.7% + 85%) / 3 = 83.9%.
    static let files = [
        "exports/2025-08/orders.csv": WorkspaceEdgeCaseTests.header
            + "1,20,交易成功,2025-08-01 10:00\n2,20,交易成功,2025-08-02 10:00\n",
        "exports/2025-08/lines.csv": lineHeader
            + "11,1,爆款连衣裙,10,2,612000000001,SKU-A\n21,2,关联T恤,10,2,612000000002,SKU-B\n",
        "exports/2025-09/orders.csv": WorkspaceEdgeCaseTests.header
            + "3,60,交易成功,2025-09-01 10:00\n4,45,交易成功,2025-09-02 10:00\n5,30,交易成功,2025-09-03 10:00\n",
        "exports/2025-09/lines.csv": lineHeader
            + "31,3,爆款连衣裙,20,2,612000000001,SKU-A\n32,3,关联T恤,10,2,612000000002,SKU-B\n"
            + "41,4,爆款连衣裙,25,2,612000000001,SKU-A\n51,5,爆款连衣裙,30,1,612000000003,SKU-C\n",
    ]

    static func audit(_ files: [String: String]) throws -> (run: WorkspaceAudit.PeriodRun, out: URL) {
        let root = try WorkspaceEdgeCaseTests.store(files, contract: contract)
        let out = root.deletingLastPathComponent().appendingPathComponent("out")
        return (try WorkspaceAudit(workspace: StoreWorkspace(root: root), outputRoot: out).runPeriod(months: nil), out)
    }

    @Test func eachItemIsMeasuredFromTheLineItemsAndJudgedOnItsOwn() throws {
        let (run, out) = try Self.audit(Self.files)
        let august = run.months[0].result
        #expect(august.isBaselineMonth)
        let september = run.months[1].result
        let items = september.metrics.filter { $0.key.isPerItem }
        #expect(items.map(\.item) == ["612000000001", "SKU-B", "612000000001"])
        #expect(items.map(\.key) == [.itemUnits, .itemUnits, .itemSales])
        #expect(items.map(\.actual) == [4, 2, 85])
        #expect(items.map(\.target) == [3, 3, 100])
        #expect(items.map(\.isMet) == [true, false, false])
        #expect(september.status == .complete)
        let overall = try #require(september.settlement.overallAttainment)
        #expect(abs(overall - (1 + 2.0 / 3 + 0.85) / 3) < 1e-9)
        #expect(september.targetBases.map(\.item) == ["612000000001", "SKU-B"])
        #expect(september.targetBases.map(\.baseline) == [2, 2])
        // 差异原因 against August: A 2 orders, (¥40 + ¥45) / 4 = ¥21.25 a unit, against 1 order of
        // 2 units at ¥20 (¥10.00); B 1 order, ¥20 / 2 = ¥10.00, as in August.
        let august8 = YearMonth(year: 2025, month: 8)
        let reasons = september.findings.filter { $0.metric.key.isPerItem }.map(\.reasons)
        #expect(
            reasons[0] == [
                .itemUnitsChanged(units: 4, comparedUnits: 2, month: august8),
                .itemOrdersAndPrice(
                    orders: 2, averagePrice: Money(cents: 2125), comparedOrders: 1,
                    comparedAveragePrice: Money(cents: 1000), month: august8),
            ])
        #expect(
            reasons[1] == [
                .itemUnitsChanged(units: 2, comparedUnits: 2, month: august8),
                .itemOrdersAndPrice(
                    orders: 1, averagePrice: Money(cents: 1000), comparedOrders: 1,
                    comparedAveragePrice: Money(cents: 1000), month: august8),
            ])
        // A value target with no baseline month is compared with the month before.
        #expect(reasons[2].first == .itemUnitsChanged(units: 4, comparedUnits: 2, month: august8))

        let report = try String(contentsOf: out.appendingPathComponent("2025-09/report.md"), encoding: .utf8)
        #expect(report.contains("| 单品月销件数（商品 612000000001） | 3（基准 2025-08 的 2，+50%） | 4 | ✅ 133.3% |"))
        #expect(
            report.contains(
                "| 单品月销件数（商品 SKU-B） | 3（基准 2025-08 的 2，+50%） | 2 | ❌ 66.7% | 本月 2 件，2025-08 为 2 件（+0.0%）；"
                    + "1 单，件均实付 ¥10.00（2025-08：1 单，件均 ¥10.00） | 要求托管方提交改进计划 |"))
        #expect(report.contains("| 单品月销售额（商品 612000000001） | ¥100.00 | ¥85.00 | ❌ 85.0% |"))
        #expect(report.contains("综合达成率 83.9%"))
        // Each per-item target taken whole: units 1 of 2 items, (100% + 66.7%) / 2 = 83.3%.
        #expect(report.contains("- 单品月销件数：2 款中 1 款达成，各款封顶 100% 后平均达成率 83.3%。"))
        #expect(report.contains("- 单品月销售额：1 款中 0 款达成，各款封顶 100% 后平均达成率 85.0%。"))
        let html = try String(contentsOf: out.appendingPathComponent("2025-09/report.html"), encoding: .utf8)
        #expect(html.contains("<td>单品月销件数（商品 SKU-B）</td>"))
        let json =
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: out.appendingPathComponent("2025-09/audit.json"))) as! [String: Any]
        let metrics = try #require(json["metrics"] as? [[String: Any]]).filter { $0["item"] != nil }
        #expect(metrics.map { $0["item"] as? String } == ["612000000001", "SKU-B", "612000000001"])
        #expect(metrics.map { $0["actual"] as? Double } == [4, 2, 85])
        #expect(metrics.map { $0["met"] as? Bool } == [true, false, false])
        #expect(metrics[1]["baseline"] as? Double == 2 && metrics[1]["growth"] as? Double == 0.5)
        let whole = try #require(json["itemTargets"] as? [[String: Any]])
        #expect(whole.map { $0["metric"] as? String } == ["itemUnits", "itemSales"])
        #expect(whole.map { $0["met"] as? Int } == [1, 0])
        #expect(whole.map { $0["items"] as? [String] } == [["612000000001", "SKU-B"], ["612000000001"]])
        #expect(abs((whole[0]["attainment"] as? Double ?? 0) - 0.8333) < 1e-9)
        for summary in ItemTargetSummary.summaries(september.metrics) + [
            ItemTargetSummary(metric: .itemUnits, items: ["A-1"], met: 0, attainment: nil)
        ] {
            EveryMessageInBothLanguagesTests.check(summary) { ItemTargetWording.line(summary, in: $0) }
        }
        let period = try String(contentsOf: out.appendingPathComponent("period.md"), encoding: .utf8)
        #expect(period.contains("| 单品月销件数（商品 SKU-B） | ❌ 2 / 3（66.7%） |"))
        let dossier = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(dossier.contains("<figcaption>单品月销售额（商品 612000000001）</figcaption>"))

        let english = MarkdownReport().render(september, options: ReportOptions(language: .english))
        #expect(
            String(decoding: english, as: UTF8.self).contains(
                "| Item units sold (item SKU-B) | 3 (from 2 in 2025-08, +50%) | 2 | ❌ 66.7% |"))
    }

    /// Without September's 子订单 export no item can be measured: the month is withheld like any
    /// target whose export is missing, and the report names the export to download.
    @Test func withoutTheLineItemsTheMonthIsWithheld() throws {
        var files = Self.files
        files["exports/2025-09/lines.csv"] = nil
        let (run, out) = try Self.audit(files)
        let september = run.months[1].result
        #expect(september.status == .withheld)
        #expect(september.settlement.withheld.contains(.unmeasuredTargets(metrics: [.itemUnits, .itemSales])))
        #expect(september.warnings.contains(.exportMissing(.lineItems)))
        let report = try String(contentsOf: out.appendingPathComponent("2025-09/report.md"), encoding: .utf8)
        #expect(report.contains("本月缺少子订单报表导出"))
        #expect(report.contains("补充导出子订单报表后重新审计"))
        // A contract without per-item targets asks for no 子订单 export.
        let plain = try WorkspaceEdgeCaseTests.store(
            ["exports/2025-09/orders.csv": WorkspaceEdgeCaseTests.header + "3,60,交易成功,2025-09-01 10:00\n"])
        let result = try WorkspaceAudit(
            workspace: StoreWorkspace(root: plain),
            outputRoot: plain.deletingLastPathComponent().appendingPathComponent("out")
        ).runPeriod(months: nil).months.last!.result
        #expect(!result.warnings.contains(.exportMissing(.lineItems)))
    }
}

/// Brushing is usually done on exactly the items a contract names: each item's figure is also
/// given without the suspected fake orders, as the store's figures are.
@Suite struct PerItemSuspectedFakeOrderTests {
    static let contract = """
        {"store": {"name": "测试店"}, "fees": {"monthlyBase": 1000},
         "stages": [{"name": "九月", "from": "2025-09", "to": "2025-09",
                     "targets": {"itemUnits": {"value": 4, "items": ["612000000001"]},
                                 "itemSales": {"value": 100, "items": ["612000000001"]}}}]}
        """
    static let header = "订单编号,买家实际支付金额,订单状态,订单付款时间,物流单号\n"

    /// Item A (612000000001) sold 5 units in September, worked by hand:
    /// - order 3, paid ¥60 with a tracking number: A × 3;
    /// - orders 6 and 7, ¥20 each, A × 1 each, and order 8, ¥10, another item: three orders marked
    ///   交易成功 with no tracking number within 48 hours, which the detector flags (空包, medium).
    /// A: 5 units of 4 (125.0%, met) and ¥100 of ¥100 (met), as the store's targets are judged;
    /// without the suspected fake orders 3 units (75.0%) and ¥60 (60.0%): 2 of its 5 units
    /// (40%) are in flagged orders.
    static let files = [
        "exports/2025-09/orders.csv": header
            + "3,60,交易成功,2025-09-01 10:00,SF1001\n6,20,交易成功,2025-09-05 10:00,\n"
            + "7,20,交易成功,2025-09-05 12:00,\n8,10,交易成功,2025-09-05 14:00,\n",
        "exports/2025-09/lines.csv": PerItemTargetTests.lineHeader
            + "31,3,爆款连衣裙,20,3,612000000001,SKU-A\n61,6,爆款连衣裙,20,1,612000000001,SKU-A\n"
            + "71,7,爆款连衣裙,20,1,612000000001,SKU-A\n81,8,关联T恤,10,1,612000000002,SKU-B\n",
    ]

    @Test func eachItemIsAlsoMeasuredWithoutTheSuspectedFakeOrders() throws {
        let root = try WorkspaceEdgeCaseTests.store(Self.files, contract: Self.contract)
        let out = root.deletingLastPathComponent().appendingPathComponent("out")
        let run = try WorkspaceAudit(workspace: StoreWorkspace(root: root), outputRoot: out).runPeriod(months: nil)
        let september = try #require(run.months.last).result
        #expect(Anomaly.suspectedFakeOrderIDs(in: september.anomalies) == ["6", "7", "8"])
        let items = september.metrics.filter { $0.key.isPerItem }
        #expect(items.map(\.actual) == [5, 100])
        #expect(items.map(\.actualExcludingSuspicious) == [3, 60])
        // Judged on the figure with them, as the store's targets are; the figure without them beside it.
        #expect(items.map(\.isMet) == [true, true])
        #expect(items.map(\.attainmentExcludingSuspicious) == [0.75, 0.6])
        #expect(september.settlement.overallAttainment == 1)
        // 差异原因: 3 orders at ¥100 / 5 units = ¥20.00 a unit; 2 of the 5 units (40.0%) flagged.
        let findings = september.findings.filter { $0.metric.key.isPerItem }
        #expect(
            findings[0].reasons == [
                .itemOrdersAndPrice(
                    orders: 3, averagePrice: Money(cents: 2000), comparedOrders: nil, comparedAveragePrice: nil,
                    month: nil),
                .itemUnitsInSuspectedFakeOrders(units: 2, of: 5, valueExcludingThem: 3, attainmentExcludingThem: 0.75),
            ])
        #expect(findings[0].actions == [.explainSuspectedFakeOrders])
        #expect(
            findings[1].reasons.last
                == .itemUnitsInSuspectedFakeOrders(
                    units: 2, of: 5, valueExcludingThem: 60, attainmentExcludingThem: 0.6))
        let report = try String(contentsOf: out.appendingPathComponent("2025-09/report.md"), encoding: .utf8)
        #expect(report.contains("3 单，件均实付 ¥20.00；5 件中 2 件（40.0%）在疑似刷单订单里，剔除后为 3（达成 75.0%）"))

        let csv = try String(contentsOf: out.appendingPathComponent("2025-09/targets.csv"), encoding: .utf8)
        #expect(csv.contains("itemUnits,单品月销件数（商品 612000000001）,4,5,3,125.0%,是,"))
        #expect(csv.contains("itemSales,单品月销售额（商品 612000000001）,¥100.00,¥100.00,¥60.00,100.0%,是,"))
        let html = try String(contentsOf: out.appendingPathComponent("2025-09/report.html"), encoding: .utf8)
        #expect(html.contains("<td>单品月销件数（商品 612000000001）</td>"))
        #expect(html.contains("<td class=\"num\">5</td><td class=\"num\">3</td>"))
        let json =
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: out.appendingPathComponent("2025-09/audit.json"))) as! [String: Any]
        let metrics = try #require(json["metrics"] as? [[String: Any]]).filter { $0["item"] != nil }
        #expect(metrics.map { $0["actualExcludingSuspicious"] as? Double } == [3, 60])
        let period =
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: out.appendingPathComponent("period.json"))) as! [String: Any]
        let months = try #require(period["months"] as? [[String: Any]])
        let targets = try #require(months.first?["targets"] as? [[String: Any]])
        #expect(targets.map { $0["actualExcludingSuspicious"] as? Double } == [3, 60])
    }
}

/// An item's 差异原因 from its price changes and stock-outs, on evidence built by hand.
@Suite struct PerItemDiagnosisTests {
    static let item = TargetItem(id: "612000000001", key: 612_000_000_001)
    static func day(_ d: Int) -> CalendarDay { CalendarDay(year: 2025, month: 9, day: d)! }

    /// Item A sold 6 units in 4 orders for ¥150 (¥25.00 a unit) against a target of 10; in July
    /// 10 units in 8 orders for ¥200 (¥20.00). Its price went from ¥20.00 to ¥25.00 on 9-05
    /// (+25.0%), and it sold nothing 9-10 to 9-14 (5 days) while the store sold.
    @Test func priceChangesAndStockOutsAreReasonsOfAMissedItem() {
        var current = ItemFigures(
            hasLineItems: true, byKey: [Self.item.key: .init(units: 6, sales: Money(cents: 15_000), orders: 4)])
        current.titles[Self.item.key] = "爆款连衣裙"
        let july = YearMonth(year: 2025, month: 7)
        let evidence = ItemTargetEvidence(
            items: [Self.item], current: current, excludingSuspicious: current,
            comparedWith: [
                Self.item.id: .init(month: july, figure: .init(units: 10, sales: Money(cents: 20_000), orders: 8))
            ],
            priceChanges: [
                .init(
                    itemKey: nil, title: "爆款连衣裙", before: Money(cents: 2000), after: Money(cents: 2500),
                    day: Self.day(5)),
                .init(itemKey: 1, title: nil, before: Money(cents: 900), after: Money(cents: 500), day: Self.day(6)),
            ],
            stockOuts: [
                StockOut(
                    item: "爆款连衣裙", first: Self.day(10), last: Self.day(14), usualDailyOrders: 1,
                    usualDailySales: Money(cents: 2500), expectedOrders: 4),
                StockOut(
                    item: "关联T恤", first: Self.day(1), last: Self.day(3), usualDailyOrders: 1,
                    usualDailySales: Money(cents: 1000), expectedOrders: 3),
            ])
        let metric = MetricValue(
            key: .itemUnits, actual: 6, actualExcludingSuspicious: 6, target: 10, item: Self.item.id)
        let found = TargetDiagnosis.itemFinding(metric, met: false, evidence: evidence)
        #expect(
            found.reasons == [
                .itemUnitsChanged(units: 6, comparedUnits: 10, month: july),
                .itemOrdersAndPrice(
                    orders: 4, averagePrice: Money(cents: 2500), comparedOrders: 8,
                    comparedAveragePrice: Money(cents: 2000), month: july),
                .itemPriceChanged(before: Money(cents: 2000), after: Money(cents: 2500), day: Self.day(5)),
                .itemSoldNothing(first: Self.day(10), last: Self.day(14)),
            ])
        #expect(found.actions == [.keepItemInStock, .checkItemPriceChange])
        let finding = TargetFinding(metric: metric, reasons: found.reasons, actions: found.actions)
        #expect(
            TargetFindingWording.reason(finding, in: .chinese)
                == "本月 6 件，2025-07 为 10 件（-40.0%）；4 单，件均实付 ¥25.00（2025-07：8 单，件均 ¥20.00）；"
                + "2025-09-05 起价格 ¥20.00 → ¥25.00（+25.0%）；2025-09-10 至 2025-09-14 连续 5 天无销量而全店照常出单，疑似断货")
        #expect(
            TargetFindingWording.reason(finding, in: .english)
                == "6 units this month, 10 in 2025-07 (-40.0%); 4 orders, ¥25.00 paid per unit (2025-07: 8 orders, "
                + "¥20.00 per unit); price ¥20.00 → ¥25.00 from 2025-09-05 (+25.0%); no sale for 5 days in a row, "
                + "2025-09-10 to 2025-09-14, while the store kept selling: likely out of stock")
        // Met, the same figures carry no action beyond the usual.
        #expect(TargetDiagnosis.itemFinding(metric, met: true, evidence: evidence).actions.isEmpty)
    }
}

/// agency-claims.csv naming an item ("商品 612000000001 月销 5 件"): set beside the item's figure
/// from the 子订单 export, with and without the suspected fake orders, as the store's claims are.
@Suite struct PerItemClaimTests {
    /// The suspected-fake-order month, with one more order of item B (SKU-B), ¥10 with a tracking
    /// number on 9-20: B sold 2 units, 1 of them in a flagged order.
    ///
    /// - A's units claimed 5: 5 measured, 3 without the flagged orders: 5 / 3 − 1 = +66.7%, overstated (high);
    /// - A's sales claimed ¥60: ¥100 measured, ¥60 without them: consistent;
    /// - B's units claimed 1 (an item no target names, by its 商家编码): 2 measured, 1 without them (0.0%
    ///   better than the less flattering): consistent;
    /// - `单品销量` with no item: a problem on line 5.
    @Test func aClaimOnAnItemIsCheckedAgainstItsLineItems() throws {
        var files = PerItemSuspectedFakeOrderTests.files
        files["exports/2025-09/orders.csv"]! += "9,10,交易成功,2025-09-20 10:00,SF1002\n"
        files["exports/2025-09/lines.csv"]! += "91,9,关联T恤,10,1,612000000002,SKU-B\n"
        files["exports/2025-09/agency-claims.csv"] =
            "metric,claimed\n商品 612000000001 月销,5件\n单品销售额 612000000001,¥60\nitemUnits:SKU-B,1\n单品销量,3\n"
        let root = try WorkspaceEdgeCaseTests.store(files, contract: PerItemSuspectedFakeOrderTests.contract)
        let out = root.deletingLastPathComponent().appendingPathComponent("out")
        let run = try WorkspaceAudit(workspace: StoreWorkspace(root: root), outputRoot: out).runPeriod(months: nil)
        let september = try #require(run.months.last).result
        #expect(september.claims.map(\.item) == ["612000000001", "612000000001", "SKU-B"])
        #expect(september.claims.map(\.metric) == [.itemUnits, .itemSales, .itemUnits])
        #expect(september.claims.map(\.measured) == [5, 100, 2])
        #expect(september.claims.map(\.measuredWithoutFakes) == [3, 60, 1])
        #expect(september.claims.map(\.verdict) == [.overstated, .consistent, .consistent])
        #expect(abs((september.claims[0].gap ?? 0) - 2.0 / 3) < 1e-9)
        #expect(september.claimProblems.map(\.reason) == [.itemWithoutID(.itemUnits)])
        let flagged = september.anomalies.filter { $0.rule == .claimOverstated }
        #expect(flagged.map(\.severity) == [.high])
        #expect(flagged.first?.facts.value(.claimedItem) == .text("612000000001"))

        let report = try String(contentsOf: out.appendingPathComponent("2025-09/report.md"), encoding: .utf8)
        #expect(report.contains("| 单品月销件数（商品 612000000001） | 5 | 5 | 3 | +66.7% | ❌ 夸大 |"))
        #expect(report.contains("| 单品月销件数（商品 SKU-B） | 1 | 2 | 1 | 0.0% | ✅ 相符 |"))
        #expect(report.contains("运营方汇报单品月销件数（商品 612000000001） 5（agency-claims.csv 第 2 行）"))
        let english = MarkdownReport().render(september, options: ReportOptions(language: .english))
        #expect(
            String(decoding: english, as: UTF8.self).contains(
                "The agency reported item units sold of item 612000000001 of 5 (agency-claims.csv line 2)"))
        let json =
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: out.appendingPathComponent("2025-09/audit.json"))) as! [String: Any]
        let claims = try #require(json["claims"] as? [String: Any])
        let comparisons = try #require(claims["comparisons"] as? [[String: Any]])
        #expect(comparisons.map { $0["item"] as? String } == ["612000000001", "612000000001", "SKU-B"])
    }
}

extension PerItemDiagnosisTests {
    /// With the contract's price-change limit (单价调整超过 10% 需商家审批), the check by 商品ID finds
    /// item A's list price moving ¥20.00 (9-01) → ¥25.00 (9-02), +25.0%: a reason of both its
    /// targets, and on the missed sales target (¥85 of ¥100) the action to check it.
    @Test func theContractsPriceChangeCheckIsAReasonOfTheItem() throws {
        let contract = PerItemTargetTests.contract.replacingOccurrences(
            of: "\"fees\": {\"monthlyBase\": 1000},",
            with: "\"fees\": {\"monthlyBase\": 1000}, \"limits\": {\"priceChange\": 0.1},")
        let root = try WorkspaceEdgeCaseTests.store(PerItemTargetTests.files, contract: contract)
        let out = root.deletingLastPathComponent().appendingPathComponent("out")
        let run = try WorkspaceAudit(workspace: StoreWorkspace(root: root), outputRoot: out).runPeriod(months: nil)
        let september = try #require(run.months.last).result
        let change = TargetFinding.Reason.itemPriceChanged(
            before: Money(cents: 2000), after: Money(cents: 2500), day: CalendarDay(year: 2025, month: 9, day: 2)!)
        let findings = september.findings.filter { $0.metric.key.isPerItem }
        #expect(findings.map { $0.reasons.contains(change) } == [true, false, true])
        #expect(
            findings.map(\.actions) == [[.keepCurrentApproach], [.requestImprovementPlan], [.checkItemPriceChange]])
        let report = try String(contentsOf: out.appendingPathComponent("2025-09/report.md"), encoding: .utf8)
        #expect(report.contains("2025-09-02 起价格 ¥20.00 → ¥25.00（+25.0%） | 核实该款改价是否经商家同意，未经同意的改回 |"))
    }
}
