import Foundation
import Testing

@testable import AgencyAudit
@testable import AuditImport
@testable import AuditRecords

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The audit never deletes or changes what the merchant owns: the exports, the store folder, and
/// files the merchant keeps beside the reports — however the report folder is reached.
@Suite struct MerchantFilesTests {
    static let order = WorkspaceEdgeCaseTests.header + "1,10,交易成功,2025-09-01\n"
    static let reportNames = [
        "anomalies.csv", "audit.json", "rejects.csv", "report.html", "report.md", "suspicious-orders.csv",
        "targets.csv",
    ]

    static func run(_ root: URL, out: URL) throws -> [WorkspaceAudit.MonthRun] {
        try WorkspaceAudit(workspace: StoreWorkspace(root: root), outputRoot: out).run(months: nil)
    }

    static func link(_ path: URL, to target: String) throws {
        try FileManager.default.createSymbolicLink(atPath: path.path, withDestinationPath: target)
    }

    /// Every file under `folder` with its bytes: what must come out of a refused run unchanged.
    static func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let walker = FileManager.default.enumerator(atPath: folder.path)
        while let rel = walker?.nextObject() as? String {
            var isDir: ObjCBool = false
            let full = folder.appendingPathComponent(rel).path
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue {
                files[rel] = FileManager.default.contents(atPath: full)
            }
        }
        return files
    }

    /// `--out` reached through a link that ends in exports/ (the link, or a folder above it, or the
    /// month folder inside it), or in the store folder itself: refused before anything is written.
    @Test(arguments: ["exports", "exports/2025-09", "exports/2025-09/sub", "store"])
    func aReportFolderLinkedIntoTheStoreIsRefused(target: String) throws {
        let root = try WorkspaceEdgeCaseTests.store([
            "exports/2025-09/a.csv": Self.order, "exports/2025-09/sub/keep.txt": "note",
        ])
        let base = root.deletingLastPathComponent()
        let before = try Self.snapshot(base)
        let link = base.appendingPathComponent("reports-link")
        try Self.link(link, to: target == "store" ? root.path : root.appendingPathComponent(target).path)
        let error = #expect(throws: WorkspaceError.self) { try Self.run(root, out: link) }
        switch error {
        case .outputInsideExports?: #expect(target != "store")
        case .outputIsStoreFolder?: #expect(target == "store")
        default: Issue.record("unexpected \(String(describing: error))")
        }
        #expect(try Self.snapshot(base) == before, "nothing written, nothing removed")
    }

    /// A path spelt with `..` after a link: the folder checked is the folder written (the path is
    /// tidied first, `here/..` being `base`), so the reports land beside the link, never in exports/.
    @Test func theFolderCheckedIsTheFolderWritten() throws {
        let root = try WorkspaceEdgeCaseTests.store(["exports/2025-09/a.csv": Self.order])
        let base = root.deletingLastPathComponent()
        try Self.link(base.appendingPathComponent("here"), to: root.appendingPathComponent("exports/2025-09").path)
        let runs = try Self.run(root, out: URL(fileURLWithPath: base.path + "/here/../reports"))
        #expect(runs[0].folder.path == base.appendingPathComponent("reports/2025-09").path)
        let exports = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("exports").path)
        #expect(exports == ["2025-09"])
    }

    /// A month folder in the report folder that is a link into exports/ would send that month's
    /// reports into the exports.
    @Test func aMonthReportFolderLinkedIntoExportsIsRefused() throws {
        let root = try WorkspaceEdgeCaseTests.store(["exports/2025-09/a.csv": Self.order])
        let out = root.deletingLastPathComponent().appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Self.link(out.appendingPathComponent("2025-09"), to: root.appendingPathComponent("exports/2025-09").path)
        let error = #expect(throws: WorkspaceError.self) { try Self.run(root, out: out) }
        #expect(error == .outputInsideExports(out.appendingPathComponent("2025-09").path))
        let left = try FileManager.default.contentsOfDirectory(
            atPath: root.appendingPathComponent("exports/2025-09").path)
        #expect(left == ["a.csv"])
    }

    /// `--out` naming an existing file: said as such, not as a system error code.
    @Test func aReportFolderThatIsAFileIsSaidSo() throws {
        let root = try WorkspaceEdgeCaseTests.store(["exports/2025-09/a.csv": Self.order])
        let file = root.deletingLastPathComponent().appendingPathComponent("out.txt")
        try Data("mine".utf8).write(to: file)
        let error = #expect(throws: WorkspaceError.self) { try Self.run(root, out: file) }
        #expect(error == .outputIsAFile(file.path))
        #expect(FileManager.default.contents(atPath: file.path) == Data("mine".utf8))
    }

    /// A sub-folder of the store (not exports/) is a fine place for reports.
    @Test func aReportFolderInsideTheStoreButOutsideExportsIsAllowed() throws {
        let root = try WorkspaceEdgeCaseTests.store(["exports/2025-09/a.csv": Self.order])
        let runs = try Self.run(root, out: root.appendingPathComponent("Reports"))
        #expect(runs.map(\.result.month.description) == ["2025-09"])
    }

    /// Re-running replaces the audit's own files and nothing else: the merchant's notes stay,
    /// and the run says they were kept.
    @Test func rerunningKeepsTheMerchantsOwnFiles() throws {
        let root = try WorkspaceEdgeCaseTests.store(["exports/2025-09/a.csv": Self.order])
        let out = root.deletingLastPathComponent().appendingPathComponent("out")
        let month = out.appendingPathComponent("2025-09")
        _ = try Self.run(root, out: out)
        try Data("批注".utf8).write(to: month.appendingPathComponent("我的批注.docx"))
        try Data("old".utf8).write(to: month.appendingPathComponent("report.md"))
        let runs = try Self.run(root, out: out)
        #expect(runs[0].otherFiles == ["我的批注.docx"])
        let names = try FileManager.default.contentsOfDirectory(atPath: month.path).sorted()
        #expect(names == (Self.reportNames + ["我的批注.docx"]).sorted())
        #expect(FileManager.default.contents(atPath: month.appendingPathComponent("我的批注.docx").path) == Data("批注".utf8))
        let report = try String(contentsOf: month.appendingPathComponent("report.md"), encoding: .utf8)
        #expect(report.hasPrefix("# 托管审计报告"), "the audit's own file is replaced")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
                == ["2025-09", "index.html", "period.json", "period.md"], "no staging folder left")
    }

    /// What a run stopped midway left (its staging folder; an old month folder set aside by an
    /// earlier version) is tidied by the next run — and a live run's folders are left alone.
    @Test func theNextRunTidiesWhatADeadRunLeft() throws {
        let root = try WorkspaceEdgeCaseTests.store([
            "exports/2025-08/a.csv": WorkspaceEdgeCaseTests.header + "1,10,交易成功,2025-08-01\n",
            "exports/2025-09/a.csv": Self.order,
        ])
        let out = root.deletingLastPathComponent().appendingPathComponent("out")
        let dead = Int32.max - 1  // no process has this id
        let live = getppid()
        func folder(_ name: String, _ files: [String: String]) throws {
            let url = out.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            for (n, text) in files { try Data(text.utf8).write(to: url.appendingPathComponent(n)) }
        }
        try folder("2025-09", ["report.md": "new"])
        try folder(".2025-09-incomplete-\(dead)", ["report.md": "half", "audit.json": "{"])
        try folder(".2025-09-old-\(dead)", ["report.md": "old", "我的批注.docx": "批注"])
        // August's old folder was set aside and never replaced: it is put back.
        try folder(".2025-08-old-\(dead)", ["report.md": "old", "八月.txt": "mine"])
        try folder(".2025-07-incomplete-\(live)", ["report.md": "writing"])
        _ = try Self.run(root, out: out)
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(
            names == [".2025-07-incomplete-\(live)", "2025-08", "2025-09", "index.html", "period.json", "period.md"])
        let september = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("2025-09").path)
        #expect(september.sorted() == (Self.reportNames + ["我的批注.docx"]).sorted())
        #expect(
            FileManager.default.contents(atPath: out.appendingPathComponent("2025-08/八月.txt").path) == Data("mine".utf8)
        )
    }

    /// A linked folder inside a month folder: followed when it leads inside the store, named
    /// (and not read) when it leads elsewhere or nowhere; a link back up does not loop.
    @Test func linkedFoldersInAMonthAreFollowedInsideTheStoreAndNamedOutside() throws {
        let root = try WorkspaceEdgeCaseTests.store([
            "exports/2025-09/a.csv": Self.order,
            "downloads/b.csv": WorkspaceEdgeCaseTests.header + "2,20,交易成功,2025-09-02\n",
        ])
        let elsewhere = root.deletingLastPathComponent().appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        try Data((WorkspaceEdgeCaseTests.header + "3,30,交易成功,2025-09-03\n").utf8)
            .write(to: elsewhere.appendingPathComponent("c.csv"))
        let month = root.appendingPathComponent("exports/2025-09")
        try Self.link(month.appendingPathComponent("inside"), to: "../../downloads")
        try Self.link(month.appendingPathComponent("outside"), to: elsewhere.path)
        try Self.link(month.appendingPathComponent("gone"), to: root.appendingPathComponent("nothing").path)
        try Self.link(month.appendingPathComponent("loop"), to: ".")
        let workspace = try StoreWorkspace(root: root)
        let (files, links) = workspace.files(of: YearMonth(year: 2025, month: 9))
        #expect(files == ["exports/2025-09/a.csv", "exports/2025-09/inside/b.csv"])
        #expect(links.map(\.file) == ["exports/2025-09/gone", "exports/2025-09/outside"])
        #expect(links[1].reasonText.contains("店铺文件夹以外"))
        #expect(links.allSatisfy { !$0.isUnusable })
        let result = try Self.run(root, out: root.deletingLastPathComponent().appendingPathComponent("out"))[0].result
        #expect(result.metric(.orders)?.actual == 2)
        #expect(result.ignoredFiles.map(\.file) == ["exports/2025-09/gone", "exports/2025-09/outside"])
    }
}
