import AgencyAuditSample
import AuditReport
import Foundation
import Testing

@testable import AgencyAudit
@testable import AuditDetect
@testable import AuditDiagnose
@testable import AuditRecords
@testable import MonthlyAudit

@Suite struct DiagnosisStoreTests {
    static func spec(ordersPerDay: Int = 50, seed: UInt64 = 2207) -> SampleStoreSpec {
        var spec = SampleStoreSpec(
            storeName: "诊断店", seed: seed, firstMonth: "2025-07", monthCount: 3, ordersPerDay: ordersPerDay,
            plantAnomalies: false)
        spec.plantDiagnosis = true
        return spec
    }

    @Test func explore() throws {
        let tmp = Fixtures.temporaryDirectory()
        let store = tmp.appendingPathComponent("store")
        _ = try SampleStoreGenerator.write(Self.spec(), to: store)
        let out = tmp.appendingPathComponent("reports")
        let runs = try WorkspaceAudit(workspace: try StoreWorkspace(root: store), outputRoot: out).run(months: nil)
        for run in runs {
            let md = try String(contentsOf: run.folder.appendingPathComponent("report.md"), encoding: .utf8)
            try md.write(toFile: "/tmp/scratch/\(run.result.month).md", atomically: true, encoding: .utf8)
            try Data(contentsOf: run.folder.appendingPathComponent("audit.json")).write(
                to: URL(fileURLWithPath: "/tmp/scratch/\(run.result.month).json"))
            print(run.result.findings.map { "\($0.metric.key) \($0.metric.isMet ?? false)" })
        }
    }
}
