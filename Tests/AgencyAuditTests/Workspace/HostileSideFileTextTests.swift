import Foundation
import Testing

@testable import AgencyAudit
@testable import AuditRecords
@testable import MonthlyAudit

/// The merchant's own files (approvals.csv, manual.csv, agency-claims.csv, costs.csv) carry free
/// text that reaches the reports: a detail, a source, a metric name, an item. Each one below holds
/// markup, a line break, a pipe and a `#`, and lands in report.md, report.html and audit.json as
/// text, never as a heading, a table cell of its own or a tag.
@Suite struct HostileSideFileTextTests {
    /// Every hostile text carries 恶意, so the checks can find where it landed.
    static let evil = "恶意 | <script>alert(1)</script>\n# 标题"

    static func quoted(_ s: String) -> String { "\"" + s + "\"" }

    static func audit() throws -> (md: String, html: String, json: String) {
        let root = try WorkspaceEdgeCaseTests.store(
            [
                "exports/2025-09/a.csv": WorkspaceEdgeCaseTests.header
                    + "1,10,交易成功,2025-09-01 10:00\n2,20,交易成功,2025-09-02 10:00\n3,30,交易成功,2025-09-03 10:00\n",
                "exports/2025-09/ads.csv": "日期,计划名称,花费,总成交金额\n2025-09-02,直通车A,900,300\n",
                // A bad date and a detail, both hostile; a second file that disagrees.
                "exports/2025-09/approvals.csv": "date,subject,detail,value\n\(quoted(evil)),campaign,直通车A,1000\n"
                    + "2025-09-02,campaign,\(quoted(evil)),1000\n",
                "exports/2025-09/approvals (1).csv":
                    "date,subject,detail,value\n2025-09-01,campaign,\(quoted(evil)),1\n",
                // A source typed in, and a value out of range.
                "exports/2025-09/manual.csv": "metric,value,source\nplatformComplaints,1,\(quoted(evil))\n"
                    + "storeRating,\(quoted(evil)),x\n",
                "exports/2025-09/agency-claims.csv": "metric,claimed\n\(quoted(evil)),1\norders,\(quoted(evil))\n",
                "costs.csv": "item,unitCost\n\(quoted(evil)),1\n\(quoted(evil)),2\n坏,\(quoted(evil))\n",
            ],
            contract: """
                {"store": {"name": "测试店"}, "fees": {"monthlyBase": 1000},
                 "limits": {"campaignDailySpend": 500},
                 "service": {"perPlatformComplaint": 100, "ratingBelow": [{"below": 4.5, "deduct": 0.3}]},
                 "stages": [{"name": "九月", "from": "2025-09", "to": "2025-09", "targets": {"orders": 3}}]}
                """)
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        let out = root.deletingLastPathComponent().appendingPathComponent("out")
        _ = try WorkspaceAudit(workspace: StoreWorkspace(root: root), outputRoot: out).run(months: nil)
        func read(_ name: String) throws -> String {
            try String(contentsOf: out.appendingPathComponent("2025-09/" + name), encoding: .utf8)
        }
        return (try read("report.md"), try read("report.html"), try read("audit.json"))
    }

    @Test func theMerchantsFilesTextLandsAsText() throws {
        let (md, html, json) = try Self.audit()
        let lines = md.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Each hostile text reached report.md (the problems name them), and on a line of its own.
        let carrying = lines.filter { $0.contains("恶意") }
        #expect(carrying.count >= 6, "\(carrying)")
        #expect(carrying.allSatisfy { $0.hasPrefix("- ") || $0.hasPrefix("| ") }, "\(carrying)")
        #expect(!lines.contains { $0.hasPrefix("# 标题") || $0.hasPrefix("<script") })
        #expect(carrying.allSatisfy { $0.contains("恶意 \\| \\<script\\>alert(1)\\</script\\>\\n\\# 标题") }, "\(carrying)")
        #expect(HostileTextReportTests.unescaped("<", in: md) == 0)
        // The service table's rows keep their width: the source's pipe is escaped.
        let header = try #require(lines.firstIndex { $0.hasPrefix("| 服务标准") || $0.hasPrefix("| 条款") })
        let width = HostileTextReportTests.cells(lines[header])
        for row in lines[(header + 2)...].prefix(while: { $0.hasPrefix("|") }) {
            #expect(HostileTextReportTests.cells(row) == width, "\(row)")
        }
        // report.html: the text is there, escaped, and no tag of it.
        #expect(html.contains("恶意 | &lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("<script>alert(1)"))
        // audit.json holds the texts as they were, its control characters escaped.
        #expect(!json.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(String(describing: object).contains("恶意"))
        #expect(json.contains(#"恶意 | <script>alert(1)</script>\n# 标题"#))
    }
}
