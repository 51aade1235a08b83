import AuditReport
import Foundation
import Testing

@testable import AuditContract
@testable import AuditRecords
@testable import PeriodAudit

/// Names from contract.json (the store's, the agency's, a stage's) reach period.md in the title,
/// the tables, the clause lines and the message block: they read as the same text and never act
/// as markup, and none can close the message's code fence.
@Suite struct PeriodMarkdownHostileTextTests {
    static let store = "店```\n# 已结算"
    static let agency = "<script>alert(1)</script>|托管"
    static let stage = "第2阶段 | **达标** ```"

    static func hostileDossier() throws -> PeriodDossier {
        var d = try PeriodDossierTests.demo.get().period.dossier
        d.storeName = Self.store
        d.agencyName = Self.agency
        func renamed(_ s: TerminationCheck.ClauseStanding) -> TerminationCheck.ClauseStanding {
            var s = s
            s.evidence = s.evidence.map {
                guard case .stageMissed(_, let from, let to, let missed) = $0 else { return $0 }
                return .stageMissed(name: Self.stage, from: from, to: to, missedMonths: missed)
            }
            return s
        }
        for i in d.months.indices {
            d.months[i].stage?.name = Self.stage
            d.months[i].clauses = d.months[i].clauses.map(renamed)
            if case .terminate(let grounds) = d.months[i].verdict {
                d.months[i].verdict = .terminate(grounds: grounds.map(renamed))
            }
        }
        return d
    }

    @Test func contractNamesStayTextInPeriodMD() throws {
        let md = String(
            decoding: PeriodMarkdown().render(try Self.hostileDossier(), options: ReportOptions()), as: UTF8.self)
        let lines = md.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(!lines.contains { $0.hasPrefix("# 已结算") })
        // The message's fence is longer than any run of backticks inside it, and the names' line
        // breaks are shown as `\n` there.
        let open = try #require(lines.firstIndex { $0.hasPrefix("````") && $0.hasSuffix("text") })
        let fence = String(lines[open].dropLast(4))
        let close = try #require(lines[(open + 1)...].firstIndex(of: fence))
        let message = lines[(open + 1)..<close]
        #expect(message.first == Self.agency + "：")
        #expect(message.contains { $0.contains("店```\\n# 已结算") })
        #expect(!message.contains { $0.hasPrefix(fence) })
        // Outside the code block (whose text is never markup) the agency's name is escaped.
        let outside = (lines[..<open] + lines[(close + 1)...]).joined(separator: "\n")
        #expect(!outside.contains("<script>"))
        #expect(outside.contains("\\<script\\>alert(1)\\</script\\>\\|托管"))
        // Each table row keeps its cells: the stage's pipe is escaped.
        let stageRow = try #require(lines.first { $0.hasPrefix("| 阶段 |") })
        #expect(stageRow.components(separatedBy: " | ").count == 4)
        #expect(stageRow.contains("第2阶段 \\| \\*\\*达标\\*\\* \\`\\`\\`"))
        let json = PeriodJSON().render(try Self.hostileDossier(), options: ReportOptions())
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json)) as? [String: Any])
        #expect((parsed["store"] as? [String: Any])?["name"] as? String == Self.store)
    }
}
