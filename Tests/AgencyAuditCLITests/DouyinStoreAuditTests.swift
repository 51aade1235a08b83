import Foundation
import Testing

@testable import AgencyAuditCLI

/// A generated 抖店 store, written and audited through the command line, against the figures the
/// generator computed from the rows it wrote (expected.json, read here with Foundation only).
@Suite struct DouyinStoreAuditTests {
    static let sample = ["--platform", "douyin", "--months", "2", "--orders-per-day", "12", "--seed", "7"]

    @Test func theStoreIsADouyinStoreWithoutATrafficExport() throws {
        try CLIStoreHarness.withAuditedSample(Self.sample) { harness, run in
            #expect(run.code == 0, "\(run.stdout)")
            let contract = try String(
                contentsOf: harness.store.appendingPathComponent("contract.json"), encoding: .utf8)
            #expect(contract.contains(#""platform": "douyin""#))
            for m in try harness.expectedMonths() {
                let files = m["files"] as! [[String: Any]]
                #expect(Set(files.map { $0["kind"] as! String }) == ["orders", "ads", "customerService"])
                // 千川 in csv one month, xlsx the next; the order csv in UTF-8 with BOM, then GB18030;
                // 飞鸽's 客服表现 an xlsx.
                #expect(
                    Set(files.map { $0["encoding"] as! String })
                        == (m["month"] as? String == "2025-07" ? ["utf-8-bom", "utf-8", "xlsx"] : ["gb18030", "xlsx"]))
                let orders = try #require(files.first { $0["kind"] as? String == "orders" }?["file"] as? String)
                // 抖店 names the file by the export's unix time: 10 digits, then `_`.
                let name = orders.split(separator: "/").last!
                #expect(name.prefix(10).allSatisfy(\.isNumber) && name.dropFirst(10).hasPrefix("_"), "\(name)")
            }
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
                for key in ["orders", "gmv", "averageOrderValue", "adSpend", "adROI"] {
                    let got = try #require(actual(key), "\(month) \(key)")
                    #expect(abs(got - want[key]!) <= max(1e-4 * abs(want[key]!), 0.006), "\(month) \(key): \(got)")
                }
                // No traffic export: the traffic figures are missing, and the report says why.
                #expect(actual("visitors") == nil)
                #expect(actual("naturalTrafficShare") == nil)
                let warnings = audit["warnings"] as! [String]
                #expect(warnings.contains { $0.hasPrefix("本月没有流量来源导出：电商罗盘流量来源（抖店）没有公开的导出格式，本工具不读取") }, "\(warnings)")
                let report = try harness.report(month: month)
                #expect(report.contains("本月没有流量来源导出"))
                // 飞鸽's 客服表现: the store's mean row (45 s first reply, 2 min 50 s on average), no peer
                // row and no limit in the contract to judge it by.
                #expect(
                    report.contains(
                        "   - 客服首次响应 45 秒、平均响应 2 分 50 秒、询单转化率 24.6%：文件没有同行同层行、合同也没有响应时限，无从比较（来自 exports/\(month)/飞鸽_客服表现_"
                    ), "\(report)")
                #expect(report.contains("平台：抖店"))
            }
        }
    }

    @Test func everyRowAddsUpAndATwoItemOrderCountsOnce() throws {
        try CLIStoreHarness.withAuditedSample(Self.sample) { harness, run in
            #expect(run.code == 0, "\(run.stderr)")
            for m in try harness.expectedMonths() {
                let month = m["month"] as! String
                let want = m["metrics"] as! [String: Double]
                let audit = try harness.auditJSON(month: month)
                let inputs = audit["inputs"] as! [[String: Any]]
                #expect(inputs.count == (m["files"] as! [Any]).count)
                for file in try CLIStoreHarness.accountedFiles(audit: audit, expected: m) {
                    #expect(file.rows.addsUp, "\(month) \(file.name): \(file.rows)")
                    #expect(file.rows == file.expected, "\(month) \(file.name)")
                    #expect(file.input["platform"] as? String == "douyin")
                    #expect(
                        file.input["encoding"] as? String == file.listed["encoding"] as? String, "\(month) \(file.name)"
                    )
                }
                // Every multi-item order has two 子订单 rows: the second is taken into its order, so
                // paid orders are fewer than the rows and the note counts exactly those rows.
                let multi = Int(want["multiItemOrders"]!)
                #expect(multi > 0, "the generator writes a few two-item orders")
                let orderInput = try #require(inputs.first { $0["kind"] as? String == "orders" })
                let notes = orderInput["notes"] as! [String]
                #expect(notes.contains("\(multi) 行是已读订单的其他子订单：按主订单编号并入该订单（金额、件数相加），订单只计一次"), "\(notes)")
                #expect(Int(want["orders"]!) < Int(want["orderRows"]!) - multi + 1)
                #expect((audit["duplicateOrders"] as! [Any]).isEmpty)
            }
        }
    }

    @Test func theDefaultPlatformIsStillTaobaoAndAnUnknownOneIsAUsageError() {
        let unknown = CLIStoreHarness.run(["sample", "dir", "--platform", "weibo"])
        #expect(unknown.code == 2)
        #expect(unknown.stderr == "错误：选项 --platform 应为 taobao、pinduoduo、jd 或 douyin，实际是「weibo」\n", "\(unknown.stderr)")
        let conflict = CLIStoreHarness.run(["sample", "dir", "--platform", "douyin", "--legacy-csv"])
        #expect(conflict.code == 2)
        #expect(
            conflict.stderr == "错误：--legacy-csv 只用于淘宝/天猫的示例店铺，不能与 --platform 的其他平台同时使用\n", "\(conflict.stderr)")
    }
}
