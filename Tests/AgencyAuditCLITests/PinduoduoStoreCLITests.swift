import Foundation
import Testing

@testable import AgencyAuditCLI

/// A generated 拼多多 store audited end to end from the command line: `agency-audit sample
/// --platform pinduoduo`, then `agency-audit audit`, and audit.json compared with expected.json
/// (both read with Foundation, so the test shares no code with the generator or the renderer).
@Suite struct PinduoduoStoreCLITests {
    static let sample = ["--platform", "pinduoduo", "--months", "2", "--orders-per-day", "12", "--seed", "7"]

    /// One month: what the generator wrote beside what the audit found.
    struct Month {
        let expected: [String: Any]
        let audit: [String: Any]
        let report: String
    }

    /// Runs `body` on the store written and audited from the command line, which must succeed.
    static func withAuditedStore(_ body: (CLIStoreHarness.Run, [Month]) throws -> Void) throws {
        try CLIStoreHarness.withAuditedSample(sample) { harness, run in
            guard run.code == 0 else { throw CLIStoreHarness.Failure(description: "exit \(run.code): \(run.stderr)") }
            let contract = try String(
                contentsOf: harness.store.appendingPathComponent("contract.json"), encoding: .utf8)
            guard contract.contains(#""platform": "pinduoduo""#) else {
                throw CLIStoreHarness.Failure(description: contract)
            }
            let months = try harness.expectedMonths().map { m in
                let month = m["month"] as? String ?? "?"
                return Month(
                    expected: m, audit: try harness.auditJSON(month: month), report: try harness.report(month: month))
            }
            try body(run, months)
        }
    }

    static func metric(_ audit: [String: Any], _ key: String) -> Double? {
        let metrics = audit["metrics"] as? [[String: Any]] ?? []
        return metrics.first { $0["key"] as? String == key }?["actual"] as? Double
    }

    @Test func figuresEqualTheGeneratorsExpectedValues() throws {
        try Self.withAuditedStore { run, months in
            #expect(months.count == 2)
            for month in months {
                let (audit, expected) = (month.audit, month.expected)
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
                #expect(warnings.contains { $0.hasPrefix("\(untimed) 个已付款（含付款后退款）的订单没有付款时间") }, "\(warnings)")
                let inputs = try #require(audit["inputs"] as? [[String: Any]])
                #expect(inputs.compactMap { $0["timeUnknownOrders"] as? Int }.reduce(0, +) == untimed)
                // The skipped rule, with the reason.
                for rule in try #require(expected["skippedRules"] as? [String]) {
                    #expect(
                        warnings.contains { $0.hasPrefix("已跳过规则") && $0.contains("（\(rule)）") && $0.contains("没有买家账号") }
                    )
                }
                // No unknown status: the generator writes only 拼多多's own.
                #expect(!inputs.contains { $0["unknownStatuses"] != nil })
            }
            #expect(months.allSatisfy { $0.report.contains("无法从拼多多的导出测量") })
            #expect(run.stdout.contains("应付 待定"))
        }
    }

    @Test func everyRowIsAccountedFor() throws {
        try Self.withAuditedStore { _, months in
            for month in months {
                let (audit, expected) = (month.audit, month.expected)
                let inputs = try #require(audit["inputs"] as? [[String: Any]])
                let files = try #require(expected["files"] as? [[String: Any]])
                #expect(inputs.map { $0["file"] as? String } == files.map { $0["file"] as? String })
                for file in try CLIStoreHarness.accountedFiles(audit: audit, expected: expected) {
                    #expect(file.rows.addsUp, "\(file.name): \(file.rows)")
                    #expect(file.rows == file.expected, "\(file.name)")
                    #expect(file.input["platform"] as? String == "pinduoduo")
                }
                let totals = try #require(audit["rows"] as? [String: Any])
                #expect(
                    totals["read"] as? Int == files.compactMap { ($0["rows"] as? [String: Int])?["read"] }.reduce(0, +))
            }
        }
    }

    /// Five orders without 订单成交时间 to one address on one day: no finding (they are not put at 00:00).
    @Test func untimedOrdersToOneAddressAreNoFinding() throws {
        try Self.withAuditedStore { _, months in
            for audit in months.map(\.audit) {
                let anomalies = try #require(audit["anomalies"] as? [[String: Any]])
                #expect(!anomalies.contains { ["high", "medium"].contains($0["severity"] as? String) }, "\(anomalies)")
            }
        }
    }

    @Test func unknownPlatformsAndTaobaoOnlyOptionsAreAClearUsageError() throws {
        try CLIStoreHarness.withStore { harness in
            let unknown = harness.run(["sample", harness.store.path, "--platform", "weibo"])
            #expect(unknown.code == 2)
            #expect(
                unknown.stderr.contains("选项 --platform 应为 taobao、pinduoduo、jd 或 douyin，实际是「weibo」"), "\(unknown.stderr)"
            )
            let conflict = harness.run(["sample", harness.store.path, "--platform", "pinduoduo", "--legacy-csv"])
            #expect(conflict.code == 2)
            #expect(conflict.stderr.contains("--legacy-csv 只用于淘宝/天猫的示例店铺"), "\(conflict.stderr)")
            #expect(!FileManager.default.fileExists(atPath: harness.store.path))
        }
    }
}
