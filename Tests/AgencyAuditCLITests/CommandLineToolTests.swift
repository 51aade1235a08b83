import Foundation
import Testing
import AgencyAudit
@testable import AgencyAuditCLI

@Suite struct CommandLineToolTests {
    struct Captured {
        var code: Int32
        var out: String
        var err: String
    }

    static func run(_ args: [String]) -> Captured {
        var out = "", err = ""
        let code = CommandLineTool.run(args, output: &out, errors: &err)
        return Captured(code: code, out: out, err: err)
    }

    @Test(arguments: [["--help"], ["help"], ["audit", "--help"], ["sample", "-h"], ["help", "audit"]])
    func helpPrintsUsage(args: [String]) {
        let r = Self.run(args)
        #expect(r.code == 0)
        #expect(r.out.contains("Usage"))
        #expect(r.err.isEmpty)
    }

    @Test(arguments: [
        (["audit", "store", "--bogus"], "unknown option --bogus"),
        (["audit", "store", "--month"], "missing value for --month"),
        (["audit", "store", "--month", "2025-13"], "--month expects YYYY-MM"),
        (["audit"], "missing store folder"),
        (["audit", "store", "--fail-on", "low"], "--fail-on expects high or medium"),
        (["frobnicate"], "unknown command frobnicate"),
        (["sample", "dir", "--months", "x"], "--months expects"),
        (["audit", "a", "b"], "unexpected argument b"),
    ])
    func usageErrorsAreOneLineWithExitCode2(args: [String], message: String) {
        let r = Self.run(args)
        #expect(r.code == 2)
        #expect(r.err.contains(message), "\(r.err)")
        #expect(r.err.split(separator: "\n").count == 1)
    }

    @Test func missingStoreIsAnInputErrorWithExitCode3() {
        let r = Self.run(["audit", "/nonexistent/store-\(UUID().uuidString)"])
        #expect(r.code == 3)
        #expect(r.err.contains("找不到店铺文件夹"))
    }

    @Test func argumentListAcceptsInlineValues() throws {
        let cmd = try AuditCommand(["store", "--month=2025-08,2025-09", "--out", "x", "--reveal-pii", "--fail-on=high"])
        #expect(cmd.months?.map(\.description) == ["2025-08", "2025-09"])
        #expect(cmd.out == "x")
        #expect(cmd.revealPII)
        #expect(cmd.failOn == .high)
    }
}
