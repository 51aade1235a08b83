import Foundation
import Testing

@testable import AgencyAuditCLI

/// README's example console output is what the bundled demo store really prints: a merchant who
/// runs the first command sees the figures README shows.
@Suite struct ReadmeExampleTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The first code block after `marker` in README.
    static func block(after marker: String) throws -> String {
        let readme = try String(contentsOf: repository.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.firstRange(of: marker), "README has no «\(marker)»")
        let open = try #require(readme[start.upperBound...].firstRange(of: "```\n"))
        let close = try #require(readme[open.upperBound...].firstRange(of: "```"))
        return String(readme[open.upperBound..<close.lowerBound])
    }

    @Test func theDemoStoresConsoleOutputIsREADMEs() throws {
        try CLIStoreHarness.withStore { harness in
            // Reports go where the README's command puts them, relative to where it is run.
            let out = harness.root.appendingPathComponent("Reports/demo-store")
            let store = Self.repository.appendingPathComponent("SampleData/demo-store")
            let run = harness.run(["audit", store.path, "--out", out.path])
            #expect(run.code == 0, "\(run.stderr)")
            let printed = run.stdout.replacingOccurrences(of: harness.root.path + "/", with: "")
            let shown = try Self.block(after: "verdict over the period:")
            #expect(printed == shown)
            // And the English edition's lines, under "In English".
            let english = harness.run(["audit", store.path, "--out", out.path, "--lang", "en"])
            #expect(english.code == 0, "\(english.stderr)")
            let shownInEnglish = try Self.block(after: "SampleData/demo-store --lang en\n```\n")
            #expect(english.stdout.replacingOccurrences(of: harness.root.path + "/", with: "") == shownInEnglish)
        }
    }
}
