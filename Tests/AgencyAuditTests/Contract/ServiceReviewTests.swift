import Foundation
import Testing

@testable import AgencyAudit
@testable import AuditContract
@testable import AuditImport
@testable import AuditMeasure
@testable import AuditRecords
@testable import AuditReport
@testable import MonthlyAudit

/// The after-sales service standards (售后托管) on the figures typed into manual.csv, each worked by
/// hand; a value out of range names its line and holds the settlement.
@Suite struct ServiceReviewTests {
    static let terms = """
        "service": {"ratingBelow": [{"below": 4.5, "deduct": 0.3}, {"below": 4.3, "deduct": 1}],
                    "perPlatformComplaint": 500, "perLateFirstResponse": 50,
                    "positiveRate": {"atLeast": 0.95, "deductPerPoint": 0.02},
                    "complaintsResolved": {"atLeast": 0.9, "deduct": 0.1}},
        """

    /// Worked by hand, base fee 5,000: rating 4.42 (below 4.5, not 4.3): 30% = 1,500; 2 complaints ×
    /// 500 = 1,000; 3 late replies × 50 = 150; positive rate 92.5% against 95%: 2.5 points, 2 whole,
    /// × 2% = 4% = 200; 95% of complaints solved in 24 h: met. In all 2,850.
    @Test func eachStandardDeductsItsShare() throws {
        let c = try ContractParser.parse(
            Data(
                "{\"store\": {\"name\": \"店\"}, \"fees\": {\"monthlyBase\": 5000}, \(Self.terms) \"stages\": [{\"from\": \"2025-09\", \"to\": \"2025-09\", \"targets\": {}}]}"
                    .utf8))
        let manual = ManualFigures.parse(
            Array(
                """
                metric,value,source
                storeRating,4.42,生意参谋 服务 截图 2025-09-30
                平台投诉,2,平台客服记录
                lateFirstResponses,3,千牛 接待数据
                好评率,92.5%,评价管理
                complaintsResolvedIn24h,0.95,
                """.utf8), file: "exports/2025-09/manual.csv")
        #expect(manual.problems.isEmpty)
        let r = ServiceReview.review(terms: c.service, figures: manual.figures, baseFee: Money(yuan: 5000))
        #expect(r.checks.map(\.deduction) == [1500, 1000, 150, 200, 0].map { Money(yuan: $0) })
        #expect(r.checks[3].points == 2)
        #expect(r.checks.map(\.met) == [false, false, false, false, true])
        #expect(r.deductions == Money(yuan: 2850))
        for check in r.checks + [ServiceReview.Check(clause: r.checks[0].clause, figure: nil, deduction: .zero)] {
            EveryMessageInBothLanguagesTests.check(check.clause) {
                ServiceWording.clause(check.clause, in: $0) + " " + ServiceWording.result(check, in: $0)
                    + ServiceWording.figure(nil, metric: check.clause.metric, in: $0)
            }
        }
        // 4.2 is below both tiers: the larger, 免单 (100%), applies.
        let low = ServiceReview.review(
            terms: c.service, figures: [ManualFigure(metric: .storeRating, value: 4.2, source: "", line: 2)],
            baseFee: Money(yuan: 5000))
        #expect(low.checks[0].deduction == Money(yuan: 5000))
        #expect(low.checks[1].met == nil)
        #expect(
            ServiceWording.figure(manual.figures[0], metric: .storeRating, in: .chinese)
                == "4.42（手工录入：生意参谋 服务 截图 2025-09-30，manual.csv 第 2 行）")
        // The fee never goes below zero: 免单 plus a complaint caps at what was payable.
        let metrics = [MetricValue(key: .orders, actual: 10, actualExcludingSuspicious: 10)]
        let s = Settlement.compute(metrics: metrics, contract: c).applying(service: r)
        #expect(s.payable == Money(yuan: 5000 - 2850))
        let capped = Settlement.compute(metrics: metrics, contract: c).applying(
            service: ServiceReview.review(
                terms: c.service,
                figures: [
                    ManualFigure(metric: .storeRating, value: 4.0, source: "", line: 2),
                    ManualFigure(metric: .platformComplaints, value: 1, source: "", line: 3),
                ], baseFee: Money(yuan: 5000)))
        #expect(capped.serviceDeduction == Money(yuan: 5000) && capped.payable == .zero)
    }

    @Test(arguments: [
        ("storeRating,7", "exports/2025-09/manual.csv 第 2 行：storeRating 的值「7」不对：应为0 到 5 之间的评分，如 4.42；这一行未用"),
        ("platformComplaints,-1", "exports/2025-09/manual.csv 第 2 行：platformComplaints 的值「-1」不对：应为不小于 0 的整数次数；这一行未用"),
        ("platformComplaints,1.5", "exports/2025-09/manual.csv 第 2 行：platformComplaints 的值「1.5」不对：应为不小于 0 的整数次数；这一行未用"),
        (
            "positiveRate,120%",
            "exports/2025-09/manual.csv 第 2 行：positiveRate 的值「120%」不对：应为0 到 100% 之间的比例，如 96.5% 或 0.965；这一行未用"
        ),
        (
            "点击率,2%",
            "exports/2025-09/manual.csv 第 2 行：「点击率」不是可录入的服务指标（可用：storeRating, platformComplaints, lateFirstResponses, positiveRate, complaintsResolvedIn24h）；这一行未用"
        ),
    ])
    func aValueOutOfRangeNamesItsLine(line: String, message: String) throws {
        let m = ManualFigures.parse(Array("metric,value,source\n\(line)\n".utf8), file: "exports/2025-09/manual.csv")
        #expect(m.figures.isEmpty)
        let p = try #require(m.problems.first)
        #expect(ServiceWording.problem(p, in: .chinese) == message)
        // (Only ASCII values: any Chinese in the English edition is then an untranslated word.)
        if line.allSatisfy(\.isASCII) {
            EveryMessageInBothLanguagesTests.check(p) { ServiceWording.problem(p, in: $0) }
        }
    }

    /// Through the workspace: manual.csv is no export, its figures are judged and deducted, and a
    /// bad line holds the month's settlement with its line named.
    @Test func manualFiguresThroughTheWorkspace() throws {
        let contract = """
            {"store": {"name": "测试店"}, "fees": {"monthlyBase": 1000},
             "service": {"ratingBelow": [{"below": 4.5, "deduct": 0.3}]},
             "stages": [{"name": "九月", "from": "2025-09", "to": "2025-10", "targets": {"orders": 1}}]}
            """
        let root = try WorkspaceEdgeCaseTests.store(
            [
                "exports/2025-09/a.csv": WorkspaceEdgeCaseTests.header + "1,10,交易成功,2025-09-01 10:00\n",
                "exports/2025-09/manual.csv": "metric,value,source\nstoreRating,4.4,DSR 截图\n",
                "exports/2025-10/a.csv": WorkspaceEdgeCaseTests.header + "2,10,交易成功,2025-10-01 10:00\n",
                "exports/2025-10/Manual.CSV": "storeRating,7,DSR\n",
            ], contract: contract)
        let out = root.deletingLastPathComponent().appendingPathComponent("out")
        let runs = try WorkspaceAudit(workspace: StoreWorkspace(root: root), outputRoot: out).run(months: nil)
        let september = runs[0].result
        #expect(september.inputs.map(\.file) == ["exports/2025-09/a.csv"])
        #expect(september.settlement.serviceDeduction == Money(yuan: 300))
        #expect(september.settlement.payable == Money(yuan: 700))
        let report = try String(contentsOf: out.appendingPathComponent("2025-09/report.md"), encoding: .utf8)
        #expect(report.contains("## 服务条款"))
        #expect(report.contains("| 店铺评分低于 4.5 分扣 30% | 4.40（手工录入：DSR 截图，manual.csv 第 2 行） | ❌ 未达标 | ¥300.00 |"))
        #expect(report.contains("| 服务条款扣减 | -¥300.00 |"))
        let october = runs[1].result
        #expect(october.status == .withheld)
        #expect(october.settlement.withheld == [.unusableManualFigures(file: "exports/2025-10/Manual.CSV", lines: [1])])
    }
}
