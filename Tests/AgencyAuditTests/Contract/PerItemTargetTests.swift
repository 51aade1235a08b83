import Foundation
import Testing

@testable import AgencyAudit
@testable import AuditContract
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

        let report = try String(contentsOf: out.appendingPathComponent("2025-09/report.md"), encoding: .utf8)
        #expect(report.contains("| 单品月销件数（商品 612000000001） | 3（基准 2025-08 的 2，+50%） | 4 | ✅ 133.3% |"))
        #expect(report.contains("| 单品月销件数（商品 SKU-B） | 3（基准 2025-08 的 2，+50%） | 2 | ❌ 66.7% |"))
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
