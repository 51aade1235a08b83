import AuditRecords
import AuditReport
import Foundation
import Testing

@testable import AgencyAudit

/// Every report of every month of the golden stores, and their period reports (period.md,
/// period.json beside the month folders), checked byte for byte against golden files.
///
/// The stores are the committed demo store and small generated stores of 拼多多, 京东 and 抖店 and
/// of two platforms at once (`GoldenStore`). Any change to a report's bytes fails here, so every
/// change to what a merchant reads is a deliberate, reviewed diff of `Tests/AgencyAuditTests/Golden/`.
/// One demo-store month is pinned in English too (`--lang en`), in `Golden/demo-store-en/`.
/// After a meant change, re-record with `RECORD_GOLDEN=1 swift test --filter GoldenReportTests`
/// and read the diff before committing.
@Suite struct GoldenReportTests {
    /// The files each month's folder holds: one per renderer, so a new report is pinned as soon as it is written.
    static var reportFiles: [String] { StandardReports.all.map(\.fileName) }

    /// The files beside the month folders: one per period renderer.
    static var periodFiles: [String] { StandardPeriodReports.all.map(\.fileName) }

    /// The period files pinned for a golden folder: index.html for the demo store only, as
    /// report.html is (the pages' structure is checked by `DossierHTMLTests` and `HTMLReportTests`).
    static func goldenPeriodFiles(store: String) -> [String] {
        periodFiles.filter { $0 != "index.html" || store == GoldenStore.demo.folder }
    }

    static let goldenRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden")

    /// report.html is pinned byte for byte for one month (the demo store's first, whose charts have
    /// a spend limit, a red line and a shaded breach run); elsewhere it is written and checked by
    /// `HTMLReportTests`, so a change to the page's look is one reviewed diff, not fifteen.
    static func isPinned(_ file: String, store: String, month: String) -> Bool {
        file != "report.html" || (store == GoldenStore.demo.folder && month == "2025-07")
    }

    /// The files pinned for a golden folder's month.
    static func goldenFiles(store: String, month: String) -> [String] {
        reportFiles.filter { isPinned($0, store: store, month: month) }.sorted()
    }

    static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" }

    /// The English edition's golden month: a month with missed targets and their gap reasons,
    /// fake-order findings of every kind, spend and ROI findings and a termination ground.
    static let englishMonth = "2025-09"
    static let englishFolder = GoldenStore.demo.folder + "-en"

    /// The store audited into a temporary folder, as `agency-audit audit` does: every month it has,
    /// each report file of each month equal to its golden file, and no golden file left over.
    @Test(arguments: GoldenStore.allCases)
    func reportsEqualTheGoldenFilesByteForByte(store: GoldenStore) throws {
        let scratch = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("reports")
        let workspace = try StoreWorkspace(root: try store.storeFolder(scratch: scratch))
        let months = try WorkspaceAudit(workspace: workspace, outputRoot: out).run(months: nil)
            .map(\.result.month.description)
        #expect(!months.isEmpty)
        try Self.compare(written: out, months: months, golden: Self.goldenRoot.appendingPathComponent(store.folder))
    }

    /// One demo-store month audited with `--lang en`, each report file equal to its golden file in
    /// `Golden/demo-store-en/`.
    @Test func theEnglishEditionOfADemoMonthEqualsItsGoldenFiles() throws {
        let scratch = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("reports")
        let workspace = try StoreWorkspace(root: try GoldenStore.demo.storeFolder(scratch: scratch))
        let months = try WorkspaceAudit(
            workspace: workspace, outputRoot: out, options: ReportOptions(language: .english)
        ).run(months: [try #require(YearMonth(Self.englishMonth))]).map(\.result.month.description)
        #expect(months == [Self.englishMonth])
        try Self.compare(
            written: out, months: months, golden: Self.goldenRoot.appendingPathComponent(Self.englishFolder))
    }

    /// Each report file of each month in `written` equal to its golden file (or recorded as it),
    /// and no golden month or file left over.
    static func compare(written out: URL, months: [String], golden: URL) throws {
        let store = golden.lastPathComponent
        if Self.recording { try? FileManager.default.removeItem(at: golden) }
        for month in months {
            let written = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent(month).path)
            #expect(written.sorted() == Self.reportFiles.sorted(), "\(store) \(month): one file per renderer")
            for file in Self.goldenFiles(store: store, month: month) {
                let bytes = try Data(contentsOf: out.appendingPathComponent("\(month)/\(file)"))
                let goldenFile = golden.appendingPathComponent("\(month)/\(file)")
                if Self.recording {
                    try FileManager.default.createDirectory(
                        at: goldenFile.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try bytes.write(to: goldenFile)
                    continue
                }
                let expected = try #require(
                    try? Data(contentsOf: goldenFile),
                    "no golden file \(store)/\(month)/\(file); record with RECORD_GOLDEN=1")
                #expect(
                    bytes == expected,
                    "\(store)/\(month)/\(file) differs from its golden file: \(Self.firstDifference(bytes, expected))")
            }
        }
        for file in Self.goldenPeriodFiles(store: store) {
            let bytes = try Data(contentsOf: out.appendingPathComponent(file))
            let goldenFile = golden.appendingPathComponent(file)
            if Self.recording {
                try bytes.write(to: goldenFile)
                continue
            }
            let expected = try #require(
                try? Data(contentsOf: goldenFile), "no golden file \(store)/\(file); record with RECORD_GOLDEN=1")
            #expect(
                bytes == expected,
                "\(store)/\(file) differs from its golden file: \(Self.firstDifference(bytes, expected))")
        }
        // A golden month or file the audit no longer writes would pin nothing.
        let goldenEntries = try FileManager.default.contentsOfDirectory(atPath: golden.path).sorted()
        #expect(goldenEntries == (months + Self.goldenPeriodFiles(store: store)).sorted(), "\(store)")
        let goldenMonths = goldenEntries.filter { !Self.periodFiles.contains($0) }
        for month in goldenMonths {
            let files = try FileManager.default.contentsOfDirectory(atPath: golden.appendingPathComponent(month).path)
            #expect(files.sorted() == Self.goldenFiles(store: store, month: month), "\(store) \(month)")
        }
    }

    /// Every golden folder is a store's (or the English demo month's): one left behind by a
    /// renamed store would pin nothing.
    @Test func everyGoldenFolderIsAStore() throws {
        guard !Self.recording else { return }
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.goldenRoot.path).sorted()
        #expect(folders == (GoldenStore.allCases.map(\.folder) + [Self.englishFolder]).sorted())
    }

    /// The first line that differs, so a failure says where without a diff tool.
    static func firstDifference(_ written: Data, _ golden: Data) -> String {
        let a = String(decoding: written, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let b = String(decoding: golden, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(a.count, b.count) {
            let x = i < a.count ? String(a[i]) : "<end of file>"
            let y = i < b.count ? String(b[i]) : "<end of file>"
            if x != y { return "line \(i + 1): written «\(x)», golden «\(y)»" }
        }
        return "same text, different bytes"
    }
}
