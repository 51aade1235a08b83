import Foundation
import Testing

@testable import AgencyAudit
@testable import AgencyAuditSample
@testable import AuditDetect
@testable import AuditMeasure
@testable import AuditRecords
@testable import AuditReport
@testable import MonthlyAudit

/// Two downloads of one day's store overview (生意参谋 数据概览) that disagree — a doctored copy
/// beside the real one, or an older download. The second used to be skipped as a duplicate without
/// a word, so whichever was read first decided the market step (看市场); now the copies are a
/// finding with both values, and the day is left out of the market step.
@Suite struct OverviewCopyConflictTests {
    static let header = "统计日期,访客数（本店）,访客数（同行同层平均）,支付金额（本店）,支付金额（同行同层平均）\n"

    @Test func overviewCopiesThatDisagreeAreAFindingAndTheDayIsLeftOut() throws {
        let root = try WorkspaceEdgeCaseTests.store(
            [
                "exports/2025-09/a.csv": WorkspaceEdgeCaseTests.header + "1,10,交易成功,2025-09-01 10:00\n",
                "exports/2025-09/o1.csv": Self.header + "2025-09-05,100,200,1000,2000\n2025-09-06,100,200,1000,2000\n",
                // The same day again: the store's visitors tripled and the peers' sales raised.
                "exports/2025-09/o2.csv": Self.header + "2025-09-05,300,200,1000,2500\n",
                // An identical copy of the 6th stays a note.
                "exports/2025-09/o3.csv": Self.header + "2025-09-06,100,200,1000,2000\n",
            ])
        let workspace = try StoreWorkspace(root: root)
        let month = YearMonth(year: 2025, month: 9)
        let assembled = MonthAssembler.assemble(
            month: month, inputs: workspace.importMonth(month).imports, itemKeys: [])
        #expect(assembled.data.overview.map(\.day) == [CalendarDay(year: 2025, month: 9, day: 6)!])
        #expect(assembled.data.conflictingCopies.map(\.kind) == [.shopOverview])

        let out = root.deletingLastPathComponent().appendingPathComponent("out")
        let run = try WorkspaceAudit(workspace: workspace, outputRoot: out).runPeriod(months: nil)
        let r = run.months[0].result
        #expect(
            r.completeness.gaps == [
                .conflictingCopies(
                    kind: .shopOverview, records: 1, files: ["exports/2025-09/o1.csv", "exports/2025-09/o2.csv"])
            ])
        // Evidence for the diagnosis only: the month still settles on its orders.
        #expect(r.status == .complete)
        #expect(r.anomalies.filter { $0.rule == .conflictingCopies }.count == 1)
        let md = try String(contentsOf: out.appendingPathComponent("2025-09/report.md"), encoding: .utf8)
        #expect(
            md.contains(
                "exports/2025-09/o1.csv 与 exports/2025-09/o2.csv 有 1 天的店铺数据概览是同一天、内容不同：2025-09-05 支付金额（同行同层平均） ¥2,000.00 / ¥2,500.00，访客数（本店） 100 / 300（前者的值在前。两份下载互相矛盾，说明其中一份被改过或是过期的下载：这些天两份都不计入「看市场」，请删掉一份后重新审计）"
            ))
        let finding = try #require(r.anomalies.first { $0.rule == .conflictingCopies })
        EveryMessageInBothLanguagesTests.check(finding) { language in
            AnomalyWording(masker: PIIMasker(reveal: false), language: language).evidence(finding)
        }
    }

    /// Last month's 数据概览 zip (one workbook a day) in this month's folder used to be named once per
    /// day — 31 sentences in the month's status line; the archive is one download and is named once.
    @Test func anotherMonthsArchiveIsNamedOnce() throws {
        let root = try WorkspaceEdgeCaseTests.store([
            "exports/2025-09/a.csv": WorkspaceEdgeCaseTests.header + "1,10,交易成功,2025-09-01 10:00\n"
        ])
        let zip = try ZipWriter(
            path: root.appendingPathComponent("exports/2025-09/数据概览.zip").path,
            modified: ArchiveTimestamp(year: 2025, month: 9, day: 1, hour: 9, minute: 0, second: 0))
        for day in 1...3 {
            try zip.addEntry(
                name: "数据概览_2025-08-0\(day).csv", method: .stored,
                data: Array((Self.header + "2025-08-0\(day),100,200,1000,2000\n").utf8))
        }
        try zip.close()
        let out = root.deletingLastPathComponent().appendingPathComponent("out")
        let r = try WorkspaceAudit(workspace: StoreWorkspace(root: root), outputRoot: out).runPeriod(months: nil)
            .months[0].result
        #expect(
            r.completeness.gaps == [
                .otherMonthsExport(
                    file: "exports/2025-09/数据概览.zip", kind: .shopOverview, months: [YearMonth(year: 2025, month: 8)],
                    rows: 3)
            ])
        #expect(r.status == .complete)
    }
}
