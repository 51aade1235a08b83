import AgencyAuditSample
import Foundation
import Testing
@testable import AgencyAuditCLI

@Suite struct AuditCommandTests {
    @Test func failOnHighExitsWithOneWhenTheAuditFindsHighAnomalies() throws {
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("agency-audit-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: tmp) }
        let store = tmp.appendingPathComponent("store")
        _ = try SampleStoreGenerator.write(SampleStoreSpec(monthCount: 2, ordersPerDay: 10), to: store)
        let out = tmp.appendingPathComponent("reports").path
        var stdout = "", stderr = ""
        let code = CommandLineTool.run(["audit", store.path, "--month", "2025-08", "--out", out, "--fail-on", "high"], output: &stdout, errors: &stderr)
        #expect(code == 1, "\(stderr)")
        #expect(stdout.hasPrefix("2025-08  目标达成"))
        #expect(stdout.contains("报告："))
        #expect(FileManager.default.fileExists(atPath: out + "/2025-08/report.md"))
        #expect(!FileManager.default.fileExists(atPath: out + "/2025-07"), "only the requested month is written")
        let plain = CommandLineTool.run(["audit", store.path, "--month", "2025-08", "--out", out], output: &stdout, errors: &stderr)
        #expect(plain == 0)
    }

    @Test func badContractIsAnInputErrorNamingThePath() throws {
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("agency-audit-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: tmp) }
        try FileManager.default.createDirectory(at: tmp.appendingPathComponent("exports/2025-09"), withIntermediateDirectories: true)
        try Data(#"{"store": {"name": "x"}, "stages": [{"from": "2025-09", "to": "2025-09", "targets": {"orderz": 1}}]}"#.utf8)
            .write(to: tmp.appendingPathComponent("contract.json"))
        var stdout = "", stderr = ""
        let code = CommandLineTool.run(["audit", tmp.path, "--out", tmp.appendingPathComponent("r").path], output: &stdout, errors: &stderr)
        #expect(code == 3)
        #expect(stderr.hasPrefix("agency-audit: contract.json: stages[0].targets.orderz: unknown metric (known: orders, gmv,"))
        #expect(stderr.split(separator: "\n").count == 1)
    }
}
