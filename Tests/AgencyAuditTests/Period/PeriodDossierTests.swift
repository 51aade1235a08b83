import AuditReport
import Foundation
import Testing

@testable import AgencyAudit
@testable import AuditContract
@testable import AuditRecords
@testable import MonthlyAudit
@testable import PeriodAudit

/// The dossier of the demo store: every month audited side by side, its figures equal to the
/// months' own results, the clauses and verdict of the last month, written beside the month folders.
@Suite struct PeriodDossierTests {
    struct Run: Sendable {
        let out: URL
        let period: WorkspaceAudit.PeriodRun
        let results: [MonthAuditResult]
    }

    static let demo = Result { () throws -> Run in
        let out = Fixtures.temporaryDirectory().appendingPathComponent("reports")
        let store = Fixtures.sampleData.appendingPathComponent("demo-store")
        let period = try WorkspaceAudit(workspace: try StoreWorkspace(root: store), outputRoot: out).runPeriod(
            months: nil)
        return Run(out: out, period: period, results: period.months.map(\.result))
    }

    @Test func eachMonthOfTheDossierIsItsMonthsResult() throws {
        let run = try Self.demo.get()
        let d = run.period.dossier
        #expect(d.months.map(\.month) == run.results.map(\.month))
        #expect(d.storeName == "示例女装旗舰店")
        #expect(d.platforms == [.taobao])
        for (m, r) in zip(d.months, run.results) {
            #expect(m.status == r.status)
            #expect(m.overallAttainment == r.settlement.overallAttainment)
            #expect(m.targets.map(\.metric) == r.findings.map(\.metric.key))
            #expect(m.targets.map(\.attainment) == r.findings.map(\.metric.attainment))
            #expect(m.targets.map(\.target) == r.findings.map { $0.metric.target ?? -1 })
            #expect(m.targetsMet == r.summary.targetsMet)
            #expect(m.fees.payable == r.settlement.payable)
            #expect(m.fees.commissionOnSuspected == r.settlement.commissionOnSuspected)
            #expect(m.anomalies.reduce(0) { $0 + $1.total } == r.anomalies.count)
            #expect(m.anomalies.reduce(0) { $0 + $1.high } == r.summary.anomalies.high)
            #expect(m.diagnosis == r.diagnosis)
            #expect(m.verdict == r.verdict)
        }
        #expect(d.clauses == run.results.last?.clauses)
        #expect(d.verdict == run.results.last?.verdict)
        let totals = d.feeTotals
        #expect(totals.monthsSettled == 3)
        #expect(totals.payable == run.results.compactMap(\.settlement.payable).reduce(.zero, +))
        #expect(totals.commissionOnSuspected > .zero)
    }

    /// The demo store plants high-severity fake orders in August and September, and misses a target in
    /// July and in September: both grounds hold, fake orders first.
    @Test func theDemoStoresVerdictIsToTerminateUnderTheFakeOrderClause() throws {
        let d = try Self.demo.get().period.dossier
        guard case .terminate(let grounds) = d.verdict else {
            Issue.record("\(d.verdict)")
            return
        }
        #expect(grounds.map(\.clause) == [.fakeOrders, .stagesMissed(stages: 2)])
        #expect(
            grounds[0].evidence.map {
                guard case .fakeOrders(let month, _, _) = $0 else { return "" }
                return month.description
            } == ["2025-08", "2025-09"])
        #expect(
            VerdictWording.clauseLine(grounds[1], .chinese)
                == "连续 2 个阶段未达标：第1月 适应期 (2025-07)，第2-3月 增长期 (2025-08…09)")
        // July alone gave no ground yet: its own verdict was to ask about its one campaign-day over
        // the per-campaign limit (July has no approvals.csv to show an approval).
        #expect(
            d.months[0].verdict
                == .demandRectification(
                    items: [.clauseBreaches(month: YearMonth("2025-07")!, count: 1)],
                    deadline: CalendarDay(year: 2025, month: 8, day: 15)!))
    }

    @Test func thePeriodFilesAreWrittenBesideTheMonthFolders() throws {
        let run = try Self.demo.get()
        #expect(run.period.periodFiles.map(\.lastPathComponent) == StandardPeriodReports.all.map(\.fileName))
        let names = try FileManager.default.contentsOfDirectory(atPath: run.out.path).sorted()
        #expect(names == ["2025-07", "2025-08", "2025-09", "index.html", "period.json", "period.md"])
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: run.out.appendingPathComponent("period.json")))
                as? [String: Any])
        #expect((json["months"] as? [Any])?.count == 3)
        #expect((json["verdict"] as? [String: Any])?["kind"] as? String == "terminate")
    }

    /// Months before the one asked for are audited but not written; the dossier still covers them,
    /// since the termination terms count months in a row.
    @Test func theDossierCoversMonthsAuditedButNotWritten() throws {
        let out = Fixtures.temporaryDirectory().appendingPathComponent("reports")
        defer { try? FileManager.default.removeItem(at: out.deletingLastPathComponent()) }
        let store = Fixtures.sampleData.appendingPathComponent("demo-store")
        let run = try WorkspaceAudit(workspace: try StoreWorkspace(root: store), outputRoot: out).runPeriod(
            months: [YearMonth("2025-09")!])
        #expect(run.months.map(\.result.month.description) == ["2025-09"])
        #expect(run.dossier.months.map(\.month.description) == ["2025-07", "2025-08", "2025-09"])
        #expect(run.dossier.verdict == (try Self.demo.get()).period.dossier.verdict)
    }

    /// A dead run's staging folder for the period files is removed by the next run; a live one's is not.
    @Test func aDeadRunsPeriodStagingFolderIsRemoved() throws {
        let root = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("reports")
        // A process that has ended (and been reaped): its pid is no one's.
        let ended = Process()
        ended.executableURL = URL(fileURLWithPath: "/bin/true")
        try ended.run()
        ended.waitUntilExit()
        let dead = out.appendingPathComponent(ReportWriter.rootStagingName(pid: ended.processIdentifier))
        let live = out.appendingPathComponent(ReportWriter.rootStagingName(pid: getppid()))
        for folder in [dead, live] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data("half".utf8).write(to: folder.appendingPathComponent("period.md"))
        }
        try Data("mine".utf8).write(to: out.appendingPathComponent("我的批注.txt"))
        let done = LeftoverFolders.clean(out, reportNames: [], rootReportNames: ["period.md", "period.json"])
        #expect(done == ["removed \(dead.lastPathComponent)"])
        #expect(!FileManager.default.fileExists(atPath: dead.path))
        #expect(FileManager.default.fileExists(atPath: live.path))
        let written = try ReportWriter(outputRoot: out).writeRootFiles([(name: "period.md", bytes: Array("new".utf8))])
        #expect(written == [out.appendingPathComponent("period.md")])
        #expect(try String(contentsOf: out.appendingPathComponent("period.md"), encoding: .utf8) == "new")
        #expect(try String(contentsOf: out.appendingPathComponent("我的批注.txt"), encoding: .utf8) == "mine")
        #expect(
            !FileManager.default.fileExists(atPath: out.appendingPathComponent(ReportWriter.rootStagingName()).path))
    }
}
