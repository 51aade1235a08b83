import Foundation
import Testing

@testable import AgencyAudit
@testable import AuditDetect
@testable import AuditImport
@testable import AuditRecords
@testable import MonthlyAudit

/// The agency's claims through the whole workspace: found by name in a month folder (not read as
/// an export), decoded from GBK, compared with the month's figures, and written into report.md
/// and audit.json; a month without a claims file has no trace of them.
@Suite struct AgencyClaimsWorkspaceTests {
    static let claimsFile = "exports/2025-09/运营/Agency-Claims.CSV"

    /// September: four orders of 10, 20, 30 and 40 yuan, and the agency's claims in GBK (as Excel
    /// saves a CSV on a Chinese Windows), one of them no number. October: one order, no claims.
    static func store() throws -> URL {
        let root = try WorkspaceEdgeCaseTests.store([
            "exports/2025-09/a.csv": WorkspaceEdgeCaseTests.header
                + "1,10,交易成功,2025-09-01 10:00\n2,20,交易成功,2025-09-02 10:00\n"
                + "3,30,交易成功,2025-09-03 10:00\n4,40,交易成功,2025-09-04 10:00\n",
            "exports/2025-10/b.csv": WorkspaceEdgeCaseTests.header + "5,50,交易成功,2025-10-01 10:00\n",
        ])
        let claims = root.appendingPathComponent(claimsFile)
        try FileManager.default.createDirectory(
            at: claims.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(Fixtures.gb18030("指标,汇报值\r\n销售额,¥100\r\n订单数,5单\r\n访客数,1000\r\n转化率,x\r\n")).write(to: claims)
        return root
    }

    @Test func claimsAreReadComparedAndReportedAndTheirFileIsNoExport() throws {
        let root = try Self.store()
        let out = root.deletingLastPathComponent().appendingPathComponent("out")
        let runs = try WorkspaceAudit(workspace: StoreWorkspace(root: root), outputRoot: out).run(months: nil)
        let september = runs[0].result
        #expect(september.inputs.map(\.file) == ["exports/2025-09/a.csv"])
        #expect(september.ignoredFiles.isEmpty)
        #expect(september.claimsFiles == [Self.claimsFile])

        // Sales 100 as measured; 5 orders against 4 (+25%, high); visitors without a traffic export.
        #expect(september.claims.map(\.metric) == [.gmv, .orders, .visitors])
        #expect(september.claims.map(\.verdict) == [.consistent, .overstated, .unmeasurable])
        #expect(september.claims.map(\.line) == [2, 3, 4])
        #expect(september.claims[0].measured == 100 && september.claims[0].gap == 0)
        #expect(september.claims[1].measured == 4 && september.claims[1].measuredWithoutFakes == 4)
        #expect(september.claims[1].gap == 0.25)
        let flagged = september.anomalies.filter { $0.rule == .claimOverstated }
        #expect(flagged.map(\.severity) == [.high])
        #expect(flagged.first?.facts.value(.metric) == .text("orders"))
        #expect(
            september.claimProblems == [
                ClaimProblem(
                    file: Self.claimsFile, line: 5, column: 2, reason: .notANumber(found: "x", metric: .conversionRate))
            ])

        let report = try String(
            contentsOf: out.appendingPathComponent("2025-09/report.md"), encoding: .utf8)
        #expect(report.contains("## 运营方汇报 vs 平台导出"))
        #expect(report.contains("| 月销售额 | ¥100.00 | ¥100.00 | ¥100.00 | 0.0% | ✅ 相符 |"))
        #expect(report.contains("| 支付订单数 | 5 | 4 | 4 | +25.0% | ❌ 夸大 |"))
        #expect(report.contains("| 访客数 | 1,000 | - | - | - | — 无法核对（缺少导出） |"))
        #expect(
            report.contains(
                "- exports/2025-09/运营/Agency-Claims.CSV 第 5 行第 2 列：「x」不是支付转化率的数值：应写百分比，如 58% 或 0.58"))
        #expect(report.contains("| 高 | 运营方汇报夸大 |"))
        #expect(report.contains("- 异常：高 1 项，中 0 项，低 0 项。"))

        let json =
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: out.appendingPathComponent("2025-09/audit.json"))) as! [String: Any]
        let claims = try #require(json["claims"] as? [String: Any])
        #expect(claims["files"] as? [String] == [Self.claimsFile])
        let comparisons = try #require(claims["comparisons"] as? [[String: Any]])
        #expect(comparisons.map { $0["verdict"] as? String } == ["consistent", "overstated", "unmeasurable"])
        #expect(comparisons[1]["claimed"] as? Double == 5 && comparisons[1]["measured"] as? Double == 4)
        #expect(comparisons[2]["measured"] is NSNull)
        let problems = try #require(claims["problems"] as? [[String: Any]])
        #expect(problems.map { $0["line"] as? Int } == [5])
        #expect(problems.map { $0["column"] as? Int } == [2])
        #expect((problems[0]["reasonFact"] as? [String: Any])?["kind"] as? String == "notANumber")

        // October has no claims file: no section, no key, no finding.
        let october = runs[1].result
        #expect(october.claims.isEmpty && october.claimsFiles.isEmpty && october.claimProblems.isEmpty)
        let octoberReport = try String(
            contentsOf: out.appendingPathComponent("2025-10/report.md"), encoding: .utf8)
        #expect(!octoberReport.contains("运营方汇报"))
        let octoberJSON =
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: out.appendingPathComponent("2025-10/audit.json"))) as! [String: Any]
        #expect(octoberJSON["claims"] == nil)
    }

    /// A claims file whose lines are all unusable still shows the section, with its problems, and
    /// the month is audited as usual.
    @Test func aClaimsFileWithNothingUsableIsShownWithItsProblems() throws {
        let root = try WorkspaceEdgeCaseTests.store([
            "exports/2025-09/a.csv": WorkspaceEdgeCaseTests.header + "1,10,交易成功,2025-09-01 10:00\n",
            "exports/2025-09/agency-claims.csv": "metric,claimed\n点击率,2%\n\"点击 # |<b>率\",2%\n",
        ])
        let out = root.deletingLastPathComponent().appendingPathComponent("out")
        let result = try WorkspaceAudit(workspace: StoreWorkspace(root: root), outputRoot: out).run(months: nil)[0]
            .result
        #expect(result.metric(.orders)?.actual == 1)
        #expect(result.claims.isEmpty)
        #expect(result.claimProblems.map(\.line) == [2, 3])
        let report = try String(contentsOf: out.appendingPathComponent("2025-09/report.md"), encoding: .utf8)
        #expect(report.contains("## 运营方汇报 vs 平台导出"))
        #expect(!report.contains("| 指标 | 运营方汇报 |"))
        #expect(report.contains("- exports/2025-09/agency-claims.csv 第 2 行第 1 列：「点击率」不是审计能核对的指标"))
        // What the file says is text in the report, never markup.
        #expect(report.contains("第 3 行第 1 列：「点击 \\# \\|\\<b\\>率」不是审计能核对的指标"), "\(report)")
    }
}
