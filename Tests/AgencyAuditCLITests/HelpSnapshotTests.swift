import Foundation
import Testing

@testable import AgencyAuditCLI

/// Every help screen, checked verbatim against a file in `Snapshots/`.
///
/// The help is generated from each command's declared options, so a change to an option or its
/// wording shows up here as a reviewed diff. After a meant change, re-record with
/// `RECORD_SNAPSHOTS=1 swift test --filter HelpSnapshotTests` and read `git diff Tests/AgencyAuditCLITests/Snapshots`.
@Suite struct HelpSnapshotTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" }

    /// Each way to ask for help, the screen it prints and its exit code (no arguments at all is a
    /// usage error that still shows the help).
    @Test(arguments: [
        ([], "agency-audit.txt", ExitCode.usage),
        (["--help"], "agency-audit.txt", .success), (["-h"], "agency-audit.txt", .success),
        (["help"], "agency-audit.txt", .success),
        (["help", "audit"], "audit.txt", .success), (["audit", "--help"], "audit.txt", .success),
        (["audit", "-h"], "audit.txt", .success),
        (["audit", "store", "--month", "2025-08", "--help"], "audit.txt", .success),
        (["help", "portfolio"], "portfolio.txt", .success), (["portfolio", "--help"], "portfolio.txt", .success),
        (["portfolio", "-h"], "portfolio.txt", .success),
        (["help", "init"], "init.txt", .success), (["init", "--help"], "init.txt", .success),
        (["help", "sample"], "sample.txt", .success), (["sample", "--help"], "sample.txt", .success),
        (["sample", "-h"], "sample.txt", .success),
        (["help", "evaluate"], "evaluate.txt", .success), (["evaluate", "--help"], "evaluate.txt", .success),
        (["evaluate", "-h"], "evaluate.txt", .success),
    ])
    func everyHelpScreenEqualsItsSnapshot(arguments: [String], snapshot: String, exitCode: ExitCode) throws {
        let run = CLIStoreHarness.run(arguments)
        #expect(run.code == exitCode.rawValue)
        #expect(run.stderr.isEmpty)
        let file = Self.folder.appendingPathComponent(snapshot)
        if Self.recording {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            // Several invocations print the same screen: each writes it whole, so none sees half a file.
            try Data(run.stdout.utf8).write(to: file, options: .atomic)
            return
        }
        let expected = try #require(
            try? String(contentsOf: file, encoding: .utf8), "no snapshot \(snapshot); record with RECORD_SNAPSHOTS=1")
        #expect(run.stdout == expected, "\(arguments): \(Self.firstDifference(run.stdout, expected))")
    }

    /// Every snapshot is some screen's: a file left behind by a renamed command would pin nothing.
    @Test func everySnapshotIsAHelpScreen() throws {
        guard !Self.recording else { return }
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).sorted()
        let screens = ["agency-audit.txt"] + CommandLineTool.subcommands.map { "\($0.declaration.name).txt" }
        #expect(names == screens.sorted())
    }

    /// The first line that differs, so a failure says where without a diff tool.
    static func firstDifference(_ printed: String, _ snapshot: String) -> String {
        let a = printed.split(separator: "\n", omittingEmptySubsequences: false)
        let b = snapshot.split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(a.count, b.count) {
            let x = i < a.count ? String(a[i]) : "<end>"
            let y = i < b.count ? String(b[i]) : "<end>"
            if x != y { return "line \(i + 1): printed «\(x)», snapshot «\(y)»" }
        }
        return "same lines"
    }
}
