import Foundation
import Testing

@testable import AgencyAuditCLI

/// A generated 京东 store, written and audited through the command line, against the figures the
/// generator computed from the rows it wrote (expected.json, read here with Foundation only).
@Suite struct JDStoreCLITests {
    static let sample = ["--platform", "jd", "--months", "2", "--orders-per-day", "12", "--seed", "7"]

    @Test func theStoreHasEachOfJDsShapes() throws {
        try CLIStoreHarness.withAuditedSample(Self.sample) { harness, run in
            #expect(run.code == 0, "\(run.stdout)")
            let contract = try String(
                contentsOf: harness.store.appendingPathComponent("contract.json"), encoding: .utf8)
            #expect(contract.contains(#""platform": "jd""#))
            for m in try harness.expectedMonths() {
                let files = m["files"] as! [[String: Any]]
                let encodings = files.map { "\($0["kind"]!):\($0["encoding"]!)" }.sorted()
                // The legacy GBK csv and 快车's xlsx one month; 订单明细 xlsx, 售后明细 xlsx and 全站营销's
                // zipped csv the next.
                #expect(
                    encodings
                        == (m["month"] as? String == "2025-07"
                            ? ["ads:xlsx", "orders:gb18030", "traffic:xlsx"]
                            : ["ads:gb18030", "orders:xlsx", "refunds:xlsx", "traffic:xlsx"]))
            }
            // The legacy csv is GBK: `订单号` as B6A9 B5A5 BAC5, no BOM, not UTF-8.
            let csv = try Data(
                contentsOf: harness.store.appendingPathComponent("exports/2025-07/订单导出_202508010815.csv"))
            #expect(Array(csv.prefix(6)) == [0xB6, 0xA9, 0xB5, 0xA5, 0xBA, 0xC5])
            #expect(String(data: csv, encoding: .utf8) == nil)
        }
    }

    @Test func figuresEqualTheGeneratorsExpectedValues() throws {
        try CLIStoreHarness.withAuditedSample(Self.sample) { harness, run in
            #expect(run.code == 0, "\(run.stderr)")
            for m in try harness.expectedMonths() {
                let month = m["month"] as! String
                let want = m["metrics"] as! [String: Double]
                let audit = try harness.auditJSON(month: month)
                let metrics = audit["metrics"] as! [[String: Any]]
                func actual(_ key: String) -> Double? {
                    metrics.first { $0["key"] as? String == key }?["actual"] as? Double
                }
                let keys = [
                    "orders", "gmv", "averageOrderValue", "refundAmount", "visitors", "naturalTrafficShare", "adSpend",
                    "adROI", "searchVisitorsPerDay",
                ]
                for key in keys {
                    let got = try #require(actual(key), "\(month) \(key)")
                    #expect(abs(got - want[key]!) <= max(1e-4 * abs(want[key]!), 0.006), "\(month) \(key): \(got)")
                }
                // Natural traffic is 京东免费 by the jd table: about half the visitors, never all of them.
                #expect(want["naturalTrafficShare"]! > 0.45 && want["naturalTrafficShare"]! < 0.6)
                let report = try harness.report(month: month)
                #expect(report.contains("平台：京东"))
                let warnings = audit["warnings"] as! [String]
                // Without a 售后明细 the refunds are missing, and the report says so; with one they are read.
                let noRefunds = warnings.contains { $0.hasPrefix("本月没有京东售后明细：京东的订单导出没有退款金额") }
                #expect(noRefunds == (month == "2025-07"), "\(warnings)")
                #expect((want["refundAmount"]! > 0) == (month == "2025-08"))
                #expect(!warnings.contains { $0.contains("有导出文件来自") }, "every file is told as 京东's: \(warnings)")
                #expect(!warnings.contains { $0.contains("不在京东的来源分类表里") }, "\(warnings)")
            }
        }
    }

    @Test func everyRowAddsUpAndTheSummaryRowIsSkipped() throws {
        try CLIStoreHarness.withAuditedSample(Self.sample) { harness, run in
            #expect(run.code == 0, "\(run.stderr)")
            for m in try harness.expectedMonths() {
                let month = m["month"] as! String
                let audit = try harness.auditJSON(month: month)
                #expect((audit["ignoredFiles"] as! [Any]).isEmpty, "\(month)")
                let inputs = audit["inputs"] as! [[String: Any]]
                #expect(inputs.count == (m["files"] as! [Any]).count)
                for file in try CLIStoreHarness.accountedFiles(audit: audit, expected: m) {
                    let (rows, accepted, skipped) = (file.rows, file.rows.accepted, file.rows.skipped)
                    #expect(rows.addsUp, "\(month) \(file.name): \(rows)")
                    #expect(rows == file.expected && rows.rejected == 0, "\(month) \(file.name)")
                    #expect(file.input["platform"] as? String == "jd", "\(month) \(file.name)")
                    #expect(
                        file.input["encoding"] as? String == file.listed["encoding"] as? String, "\(month) \(file.name)"
                    )
                    let by = (file.input["rows"] as! [String: Any])["skippedBy"] as! [String: Int]
                    switch file.input["kind"] as? String {
                    case "ads":
                        // The 汇总 row, and in 快车's workbook each campaign's range row (a period
                        // total beside the daily rows): summaries, never added.
                        let summaries = file.name.hasSuffix(".xlsx") ? 1 + 2 : 1
                        #expect(
                            by["summary"] == summaries, "the 汇总 and range rows, skipped and not added: \(file.name)")
                    case "traffic": #expect(by["breakdown"] == skipped && skipped > 0, "三级来源 rows: \(file.name)")
                    case "refunds": #expect(accepted > 0 && skipped == 0, "售后明细, its header on row 2: \(file.name)")
                    default: #expect(skipped == 0)
                    }
                }
            }
        }
    }

    @Test func theSameSeedWritesTheSameBytes() throws {
        try CLIStoreHarness.withStore { harness in
            let again = harness.root.appendingPathComponent("again")
            try harness.sample(Self.sample)
            try harness.sample(Self.sample, into: again)
            let names = try FileManager.default.subpathsOfDirectory(atPath: harness.store.path).sorted()
            #expect(names == (try FileManager.default.subpathsOfDirectory(atPath: again.path).sorted()))
            for name in names where name.contains(".") {
                let a = try Data(contentsOf: harness.store.appendingPathComponent(name))
                let b = try Data(contentsOf: again.appendingPathComponent(name))
                #expect(a == b, "\(name)")
            }
        }
    }
}
