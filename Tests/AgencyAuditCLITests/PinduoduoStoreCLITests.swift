import Foundation
import Testing

@testable import AgencyAuditCLI

/// A generated 拼多多 store audited end to end from the command line: `agency-audit sample
/// --platform pinduoduo`, then `agency-audit audit`, and audit.json compared with expected.json
/// (both read with Foundation, so the test shares no code with the generator or the renderer).
@Suite struct PinduoduoStoreCLITests {
    struct Run: @unchecked Sendable {
        let expected: [[String: Any]]
        let audits: [[String: Any]]
        let reports: [String]
        let auditOutput: String
    }

    static let run = Result { () throws -> Run in
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("agency-audit-pdd-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: tmp) }
        let store = tmp.appendingPathComponent("store").path
        let out = tmp.appendingPathComponent("reports").path
        var stdout = ""
        var stderr = ""
        let sampled = CommandLineTool.run(
            ["sample", store, "--platform", "pinduoduo", "--months", "2", "--orders-per-day", "12", "--seed", "7"],
            output: &stdout, errors: &stderr)
        guard sampled == 0 else { throw CLIError(stderr) }
        stdout = ""
        let audited = CommandLineTool.run(["audit", store, "--out", out], output: &stdout, errors: &stderr)
        guard audited == 0 else { throw CLIError("exit \(audited): \(stderr)") }
        let contract = try String(contentsOfFile: store + "/contract.json", encoding: .utf8)
        guard contract.contains(#""platform": "pinduoduo""#) else { throw CLIError(contract) }
        let expected = try JSONSerialization.jsonObject(
            with: Data(contentsOf: URL(fileURLWithPath: store + "/expected.json")))
        let months = (expected as? [String: Any])?["months"] as? [[String: Any]] ?? []
        var audits: [[String: Any]] = []
        var reports: [String] = []
        for m in months {
            let folder = out + "/" + (m["month"] as? String ?? "?")
            let json = try JSONSerialization.jsonObject(
                with: Data(contentsOf: URL(fileURLWithPath: folder + "/audit.json")))
            audits.append(json as? [String: Any] ?? [:])
            reports.append(try String(contentsOfFile: folder + "/report.md", encoding: .utf8))
        }
        return Run(expected: months, audits: audits, reports: reports, auditOutput: stdout)
    }

    struct CLIError: Error, CustomStringConvertible {
        var description: String
        init(_ d: String) { description = d }
    }

    static func metric(_ audit: [String: Any], _ key: String) -> Double? {
        let metrics = audit["metrics"] as? [[String: Any]] ?? []
        return metrics.first { $0["key"] as? String == key }?["actual"] as? Double
    }

    @Test func figuresEqualTheGeneratorsExpectedValues() throws {
        let run = try Self.run.get()
        #expect(run.expected.count == 2)
        #expect(run.audits.count == 2)
        for (audit, expected) in zip(run.audits, run.expected) {
            let metrics = try #require(expected["metrics"] as? [String: Double])
            for key in ["orders", "gmv", "refundAmount", "refundRate", "averageOrderValue", "adSpend", "adROI"] {
                let want = try #require(metrics[key], "\(key)")
                let got = try #require(Self.metric(audit, key), "\(key)")
                #expect(abs(got - want) <= max(1e-4 * abs(want), 0.006), "\(key): \(got) vs \(want)")
            }
            #expect((metrics["orders"] ?? 0) > 300)
            // Traffic is not measurable from 拼多多's exports: no figure, and the report says why.
            for key in try #require(expected["unmeasurable"] as? [String]) {
                #expect(Self.metric(audit, key) == nil, "\(key)")
            }
            let warnings = try #require(audit["warnings"] as? [String])
            #expect(warnings.contains { $0.hasPrefix("本月没有流量来源导出：数据中心的流量数据（拼多多）没有公开的导出格式") })
            // The untimed orders, counted as the generator counted them.
            let untimed = try #require(expected["timeUnknownOrders"] as? Int)
            #expect(untimed > 5)
            #expect(warnings.contains { $0.hasPrefix("\(untimed) 个已付款订单没有成交时间") }, "\(warnings)")
            let inputs = try #require(audit["inputs"] as? [[String: Any]])
            #expect(inputs.compactMap { $0["timeUnknownOrders"] as? Int }.reduce(0, +) == untimed)
            // The skipped rule, with the reason.
            for rule in try #require(expected["skippedRules"] as? [String]) {
                #expect(
                    warnings.contains { $0.hasPrefix("已跳过规则") && $0.contains("（\(rule)）") && $0.contains("没有买家账号") })
            }
            // No unknown status: the generator writes only 拼多多's own.
            #expect(!inputs.contains { $0["unknownStatuses"] != nil })
        }
        #expect(run.reports.allSatisfy { $0.contains("无法从拼多多的导出测量") })
        #expect(run.auditOutput.contains("应付 待定"))
    }

    @Test func everyRowIsAccountedFor() throws {
        let run = try Self.run.get()
        for (audit, expected) in zip(run.audits, run.expected) {
            let inputs = try #require(audit["inputs"] as? [[String: Any]])
            let files = try #require(expected["files"] as? [[String: Any]])
            #expect(inputs.map { $0["file"] as? String } == files.map { $0["file"] as? String })
            for (input, file) in zip(inputs, files) {
                let rows = try #require(input["rows"] as? [String: Any])
                let want = try #require(file["rows"] as? [String: Int])
                let read = rows["read"] as? Int
                let accepted = rows["accepted"] as? Int ?? -1
                let rejected = rows["rejected"] as? Int ?? -1
                let skipped = rows["skipped"] as? Int ?? -1
                #expect(read == accepted + rejected + skipped)
                #expect(read == want["read"] && accepted == want["accepted"], "\(file)")
                #expect(rejected == want["rejected"] && skipped == want["skipped"], "\(file)")
                #expect(input["platform"] as? String == "pinduoduo")
            }
            let totals = try #require(audit["rows"] as? [String: Any])
            #expect(
                totals["read"] as? Int == files.compactMap { ($0["rows"] as? [String: Int])?["read"] }.reduce(0, +))
        }
    }

    /// Five orders without 订单成交时间 to one address on one day: no finding (they are not put at 00:00).
    @Test func untimedOrdersToOneAddressAreNoFinding() throws {
        let run = try Self.run.get()
        for audit in run.audits {
            let anomalies = try #require(audit["anomalies"] as? [[String: Any]])
            #expect(!anomalies.contains { ["high", "medium"].contains($0["severity"] as? String) }, "\(anomalies)")
        }
    }

    @Test func unknownPlatformsAndTaobaoOnlyOptionsAreAClearUsageError() {
        var stdout = ""
        var stderr = ""
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("agency-audit-pdd-\(UUID().uuidString)")
        #expect(
            CommandLineTool.run(["sample", tmp.path, "--platform", "weibo"], output: &stdout, errors: &stderr) == 2)
        #expect(stderr.contains("选项 --platform 应为 taobao、pinduoduo、jd 或 douyin，实际是「weibo」"), "\(stderr)")
        stderr = ""
        #expect(
            CommandLineTool.run(
                ["sample", tmp.path, "--platform", "pinduoduo", "--legacy-csv"], output: &stdout, errors: &stderr) == 2)
        #expect(stderr.contains("--legacy-csv 只用于淘宝/天猫的示例店铺"), "\(stderr)")
        #expect(!FileManager.default.fileExists(atPath: tmp.path))
    }
}
