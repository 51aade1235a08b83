import Foundation
import Testing

@testable import AgencyAudit

/// The committed demo store's reports, checked byte for byte against golden files.
///
/// Any change to a report's bytes fails here, so every change to what a merchant reads is a deliberate,
/// reviewed diff of `Tests/AgencyAuditTests/Golden/`. After a meant change, re-record with
/// `RECORD_GOLDEN=1 swift test --filter GoldenReportTests` and read the diff before committing.
@Suite struct GoldenReportTests {
    static let reportFiles = [
        "report.md", "audit.json", "targets.csv", "anomalies.csv", "suspicious-orders.csv", "rejects.csv",
    ]

    static var goldenRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Golden/demo-store")
    }

    static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" }

    /// The demo store audited once into a temporary directory, as `agency-audit audit SampleData/demo-store` does.
    static let written = Result { () throws -> URL in
        let out = Fixtures.temporaryDirectory()
        let workspace = try StoreWorkspace(root: Fixtures.sampleData.appendingPathComponent("demo-store"))
        _ = try WorkspaceAudit(workspace: workspace, outputRoot: out).run(months: nil)
        return out
    }

    static let months = ["2025-07", "2025-08", "2025-09"]

    @Test(arguments: months)
    func reportsEqualTheGoldenFilesByteForByte(month: String) throws {
        let out = try Self.written.get()
        for file in Self.reportFiles {
            let written = try Data(contentsOf: out.appendingPathComponent("\(month)/\(file)"))
            let golden = Self.goldenRoot.appendingPathComponent("\(month)/\(file)")
            if Self.recording {
                try FileManager.default.createDirectory(
                    at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
                try written.write(to: golden)
                continue
            }
            let expected = try #require(
                try? Data(contentsOf: golden), "no golden file \(month)/\(file); record with RECORD_GOLDEN=1")
            #expect(
                written == expected,
                "\(month)/\(file) differs from its golden file: \(Self.firstDifference(written, expected))")
        }
    }

    @Test func theOutputFolderHoldsExactlyTheGoldenFiles() throws {
        let out = try Self.written.get()
        for month in Self.months {
            let names = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent(month).path)
                .sorted()
            #expect(names == Self.reportFiles.sorted(), "\(month)")
        }
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
