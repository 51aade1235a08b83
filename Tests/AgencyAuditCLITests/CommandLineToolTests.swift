import AgencyAudit
import Foundation
import Testing

@testable import AgencyAuditCLI

@Suite struct CommandLineToolTests {
    static func run(_ args: [String]) -> CLIStoreHarness.Run { CLIStoreHarness.run(args) }

    @Test(arguments: [["--help"], ["help"], ["audit", "--help"], ["sample", "-h"], ["help", "audit"]])
    func helpPrintsUsage(args: [String]) {
        let r = Self.run(args)
        #expect(r.code == 0)
        #expect(r.stdout.contains("Usage"))
        #expect(r.stderr.isEmpty)
    }

    @Test(arguments: [
        (["audit", "store", "--bogus"], "错误：未知选项 --bogus（见 --help）"),
        (["audit", "store", "--month"], "错误：选项 --month 后面缺少取值"),
        (
            ["audit", "store", "--month", "2025-13"],
            "错误：选项 --month 应为 YYYY-MM 格式的月份，多个月用逗号分隔（如 2025-08,2025-09），实际是「2025-13」"
        ),
        (["audit"], "错误：缺少店铺文件夹：agency-audit audit <店铺文件夹>"),
        (["audit", "store", "--fail-on", "low"], "错误：选项 --fail-on 应为 high 或 medium，实际是「low」"),
        (["frobnicate"], "错误：未知命令 frobnicate（可用命令：audit、portfolio、init、sample、evaluate；见 --help）"),
        (["sample", "dir", "--months", "x"], "错误：选项 --months 应为 1 到 24 之间的整数，实际是「x」"),
        (["audit", "a", "b"], "错误：多余的参数 b"),
        (["audit", "store", "--lang", "fr"], "错误：选项 --lang 应为 zh 或 en，实际是「fr」"),
        (
            ["audit", "store", "--as-of", "2025-09-31"],
            "错误：选项 --as-of 应为 YYYY-MM-DD 格式的日期（如 2025-09-10），实际是「2025-09-31」"
        ),
        (["audit", "store", "--as-of", "20251002"], "错误：选项 --as-of 应为 YYYY-MM-DD 格式的日期（如 2025-09-10），实际是「20251002」"),
    ])
    func usageErrorsAreOneLineWithExitCode2(args: [String], message: String) {
        let r = Self.run(args)
        #expect(r.code == 2)
        #expect(r.stderr == message + "\n", "\(r.stderr)")
    }

    @Test func missingStoreIsAnInputErrorWithExitCode3() {
        let r = Self.run(["audit", "/nonexistent/store-\(UUID().uuidString)"])
        #expect(r.code == 3)
        #expect(r.stderr.hasPrefix("错误：找不到店铺文件夹 /nonexistent/store-"), "\(r.stderr)")
    }

    @Test func argumentListAcceptsInlineValues() throws {
        let cmd = try AuditCommand(["store", "--month=2025-08,2025-09", "--out", "x", "--reveal-pii", "--fail-on=high"])
        #expect(cmd.months?.map(\.description) == ["2025-08", "2025-09"])
        #expect(cmd.out == "x")
        #expect(cmd.revealPII)
        #expect(cmd.failOn == .high)
        #expect(cmd.language == .chinese)
        #expect(try AuditCommand(["store", "--lang=en"]).language == .english)
        #expect(try AuditCommand(["store", "--lang", "zh"]).language == .chinese)
        #expect(try AuditCommand(["store", "--as-of=2025-10-02"]).asOf?.description == "2025-10-02")
        #expect(try AuditCommand(["store"]).asOf == nil)
    }
}
