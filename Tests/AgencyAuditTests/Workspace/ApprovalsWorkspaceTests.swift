import Foundation
import Testing

@testable import AgencyAudit
@testable import AuditContract
@testable import AuditImport
@testable import AuditRecords
@testable import MonthlyAudit

/// The merchant's approvals.csv through the whole workspace: found by name (not read as an export),
/// checked against the per-campaign daily limit, and written into report.md and audit.json; a
/// month without one says approvals could not be checked.
@Suite struct ApprovalsWorkspaceTests {
    static let contract = """
        {"store": {"name": "测试店"}, "limits": {"campaignDailySpend": 1000, "monthlyAdBudget": 3000},
         "stages": [{"name": "九月", "from": "2025-09", "to": "2025-10", "targets": {"orders": 1}}]}
        """
    static let ads = "日期,计划名称,花费,总成交金额\n"

    /// September: 计划A 1,200 on the 1st (over the limit), 计划B 900 on the 2nd, 计划A 1,500 on the
    /// 3rd (3,600 in all: ¥600.00 over the ¥3,000.00 budget, passed on the 3rd). The merchant
    /// approved 计划A on the 1st up to 1,300, which covers the 1st (1,200) but not the 3rd (1,500).
    /// October: 计划A 1,100 on the 1st, and no approvals.csv.
    @Test func approvalsAreReadCheckedAndReported() throws {
        let root = try WorkspaceEdgeCaseTests.store(
            [
                "exports/2025-09/orders.csv": WorkspaceEdgeCaseTests.header + "1,10,交易成功,2025-09-01 10:00\n",
                "exports/2025-09/ads.csv": Self.ads
                    + "2025-09-01,计划A,1200,3000\n2025-09-02,计划B,900,900\n2025-09-03,计划A,1500,2000\n",
                "exports/2025-09/Approvals.csv": "date,subject,detail,value\n2025-09-01,推广,计划A,1300\n",
                "exports/2025-10/orders.csv": WorkspaceEdgeCaseTests.header + "2,10,交易成功,2025-10-01 10:00\n",
                "exports/2025-10/ads.csv": Self.ads + "2025-10-01,计划A,1100,2000\n",
            ], contract: Self.contract)
        let out = root.deletingLastPathComponent().appendingPathComponent("out")
        let runs = try WorkspaceAudit(workspace: StoreWorkspace(root: root), outputRoot: out).run(months: nil)
        let september = runs[0].result
        #expect(september.inputs.map(\.file).sorted() == ["exports/2025-09/ads.csv", "exports/2025-09/orders.csv"])
        #expect(september.ignoredFiles.isEmpty)
        #expect(september.approvalsFiles == ["exports/2025-09/Approvals.csv"])
        let days = try #require(september.clauseReview.campaignLimit?.days)
        #expect(days.map(\.day.description) == ["2025-09-01", "2025-09-03"])
        #expect(days.map(\.approval.isApproved) == [true, false])
        #expect(september.clauseReview.budget?.exceededOn?.description == "2025-09-03")
        #expect(
            september.anomalies.filter { $0.rule == .campaignOverDailyLimit || $0.rule == .adBudgetExceeded }.map(
                \.severity) == [.high, .medium])
        // A month breaching a clause asks the agency to explain it in writing.
        #expect(september.verdict.kind == .demandRectification)

        let report = try String(contentsOf: out.appendingPathComponent("2025-09/report.md"), encoding: .utf8)
        #expect(report.contains("## 合同条款检查"))
        #expect(report.contains("- 推广预算：本月预算 ¥3,000.00，推广花费 ¥3,600.00：超支 ¥600.00，2025-09-03 起超出预算（见「异常与证据」）。"))
        #expect(report.contains("- 单计划单日限额 ¥1,000.00：2 个计划日超限，其中 1 个有审批，1 个未经审批。"))
        #expect(report.contains("- 审批记录：exports/2025-09/Approvals.csv，可用 1 条。"))
        #expect(
            report.contains(
                "| 2025-09-01 | 单计划单日限额 ¥1,000.00 | 计划A | 花费 ¥1,200.00，成交 ¥3,000.00，ROI 1:2.50 | ✅ 商家 2025-09-01 审批（approvals.csv 第 2 行，1300.00） |"
            ))
        #expect(report.contains("2. **看配合**："))
        #expect(report.contains("商家已书面审批 1 个计划日超单日限额"))
        // 看执行 says what the clauses found, not also that nothing was found.
        #expect(
            report.contains(
                "1. **看执行**：合同条款：推广超预算 ¥600.00，1 个计划日超单日限额未经审批（见「合同条款检查」）\n"))

        let json =
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: out.appendingPathComponent("2025-09/audit.json"))) as! [String: Any]
        let checks = try #require(json["clauseChecks"] as? [String: Any])
        #expect(checks["breaches"] as? Int == 2)
        let limit = try #require(checks["campaignLimit"] as? [String: Any])
        let kinds = (limit["days"] as? [[String: Any]])?.map { ($0["approval"] as? [String: Any])?["kind"] as? String }
        #expect(kinds == ["approved", "notApproved"])

        let october = runs[1].result
        #expect(october.approvalsFiles.isEmpty)
        #expect(october.clauseReview.campaignLimit?.days.map(\.approval) == [.notChecked])
        let octoberReport = try String(contentsOf: out.appendingPathComponent("2025-10/report.md"), encoding: .utf8)
        #expect(octoberReport.contains("审批记录：本月文件夹没有 approvals.csv，以上需审批的事项无法核对"))
        #expect(octoberReport.contains("❓ 无法核对（没有 approvals.csv）"))
    }
}
