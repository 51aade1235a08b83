import Foundation
import Testing

@testable import AgencyAuditCLI

/// A store selling on Taobao and 拼多多 in one month: a generated Taobao store with a generated
/// 拼多多 store's July exports copied into its July folder, audited through the command line.
/// Each platform's figures must equal the figures its own generator computed, the total their sum,
/// and a target naming 拼多多 is judged on 拼多多's figure alone.
@Suite struct TwoPlatformStoreAuditTests {
    struct Run: @unchecked Sendable {
        let taobao: [String: Double]
        let pinduoduo: [String: Double]
        let audit: [String: Any]
        let report: String
        let code: Int32
        let stdout: String
        /// The 拼多多 store as generated, on its own.
        let pinduoduoStore: URL
    }

    static let month = "2025-07"

    static let run = Result { () throws -> Run in
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent(
            "agency-audit-two-platforms-\(UUID().uuidString)")
        let store = tmp.appendingPathComponent("store")
        let pdd = tmp.appendingPathComponent("pdd")
        let out = tmp.appendingPathComponent("reports")
        var stdout = ""
        var stderr = ""
        for (path, platform) in [(store, "taobao"), (pdd, "pinduoduo")] {
            let made = CommandLineTool.run(
                [
                    "sample", path.path, "--platform", platform, "--months", "1", "--orders-per-day", "12", "--seed",
                    "7",
                ],
                output: &stdout, errors: &stderr)
            guard made == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: ["stderr": stderr]) }
        }
        func expected(_ root: URL) throws -> [String: Double] {
            let json =
                try JSONSerialization.jsonObject(with: Data(contentsOf: root.appendingPathComponent("expected.json")))
                as! [String: Any]
            let months = json["months"] as! [[String: Any]]
            return months.first { $0["month"] as? String == month }!["metrics"] as! [String: Double]
        }
        let taobao = try expected(store)
        let pinduoduo = try expected(pdd)
        // 拼多多's exports beside Taobao's, renamed so no file name is shared.
        let fm = FileManager.default
        let from = pdd.appendingPathComponent("exports/\(month)")
        for name in try fm.contentsOfDirectory(atPath: from.path) {
            try fm.copyItem(
                at: from.appendingPathComponent(name),
                to: store.appendingPathComponent("exports/\(month)/拼多多-\(name)"))
        }
        // The sales target names 拼多多 and is set at twice its sales: judged on 拼多多 alone it is
        // half attained (on the store's total it would be met).
        let contractURL = store.appendingPathComponent("contract.json")
        var contract = try JSONSerialization.jsonObject(with: Data(contentsOf: contractURL)) as! [String: Any]
        var stages = contract["stages"] as! [[String: Any]]
        var targets = stages[0]["targets"] as! [String: Any]
        targets["gmv"] = ["value": pinduoduo["gmv"]! * 2, "platform": "pinduoduo"]
        stages[0]["targets"] = targets
        contract["stages"] = stages
        try JSONSerialization.data(withJSONObject: contract).write(to: contractURL)

        stdout = ""
        let code = CommandLineTool.run(["audit", store.path, "--out", out.path], output: &stdout, errors: &stderr)
        let audit =
            try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("\(month)/audit.json")))
            as! [String: Any]
        let report = try String(contentsOf: out.appendingPathComponent("\(month)/report.md"), encoding: .utf8)
        return Run(
            taobao: taobao, pinduoduo: pinduoduo, audit: audit, report: report, code: code, stdout: stdout,
            pinduoduoStore: pdd)
    }

    static func close(_ got: Double?, _ want: Double?) -> Bool {
        guard let got, let want else { return false }
        return abs(got - want) <= max(1e-4 * abs(want), 0.006)
    }

    static func figures(_ run: Run) throws -> (byPlatform: [String: [String: Any]], total: [String: Any]) {
        let platforms = try #require(run.audit["platforms"] as? [String: Any])
        let list = platforms["byPlatform"] as! [[String: Any]]
        var by: [String: [String: Any]] = [:]
        for p in list { by[p["platform"] as! String] = p["figures"] as? [String: Any] }
        #expect(list.map { $0["platform"] as! String } == ["taobao", "pinduoduo"])
        return (by, platforms["total"] as! [String: Any])
    }

    @Test func eachPlatformsFiguresAreItsOwnAndTheTotalIsTheirSum() throws {
        let run = try Self.run.get()
        #expect(run.code == 0, "\(run.stdout)")
        let (by, total) = try Self.figures(run)
        let taobao = try #require(by["taobao"])
        let pdd = try #require(by["pinduoduo"])
        for key in ["orders", "gmv", "refundAmount", "averageOrderValue", "adSpend", "adROI"] {
            #expect(Self.close(taobao[key] as? Double, run.taobao[key]), "taobao \(key): \(taobao[key] ?? "nil")")
            #expect(Self.close(pdd[key] as? Double, run.pinduoduo[key]), "pinduoduo \(key): \(pdd[key] ?? "nil")")
        }
        for key in ["orders", "gmv", "refundAmount", "adSpend"] {
            let sum = run.taobao[key]! + run.pinduoduo[key]!
            #expect(Self.close(total[key] as? Double, sum), "total \(key): \(total[key] ?? "nil") ≠ \(sum)")
        }
        // The traffic export (生意参谋) is Taobao's: its visitors and natural share, with Taobao's
        // source table; 拼多多 has no traffic figures of its own.
        for key in ["visitors", "naturalTrafficShare", "searchVisitorsPerDay", "conversionRate"] {
            #expect(Self.close(taobao[key] as? Double, run.taobao[key]), "taobao \(key)")
            #expect(Self.close(total[key] as? Double, run.taobao[key]), "total \(key)")
            #expect(pdd[key] is NSNull, "pinduoduo \(key): \(pdd[key] ?? "nil")")
        }
        // The store total's ROI is the pooled one, not an average of the two.
        let pooledROI =
            (run.taobao["adROI"]! * run.taobao["adSpend"]! + run.pinduoduo["adROI"]! * run.pinduoduo["adSpend"]!)
            / (run.taobao["adSpend"]! + run.pinduoduo["adSpend"]!)
        #expect(abs((total["adROI"] as! Double) - pooledROI) < 1e-3)
    }

    @Test func aTargetNamingAPlatformIsJudgedOnThatPlatformsFigure() throws {
        let run = try Self.run.get()
        let metrics = run.audit["metrics"] as! [[String: Any]]
        let gmv = try #require(metrics.first { $0["key"] as? String == "gmv" })
        #expect(gmv["platform"] as? String == "pinduoduo")
        #expect(Self.close(gmv["actual"] as? Double, run.pinduoduo["gmv"]))
        #expect(Self.close(gmv["attainment"] as? Double, 0.5))
        #expect(gmv["met"] as? Bool == false)
        // The orders target names no platform: the store's total.
        let orders = try #require(metrics.first { $0["key"] as? String == "orders" })
        #expect(orders["platform"] == nil)
        #expect(orders["actual"] as? Double == run.taobao["orders"]! + run.pinduoduo["orders"]!)
        // Commission is on the store's sales, not on the one platform the sales target names.
        let settlement = run.audit["settlement"] as! [String: Any]
        let base = try #require(settlement["commissionBase"] as? Double)
        #expect(base > run.pinduoduo["gmv"]! + 1 && base <= run.taobao["gmv"]! + run.pinduoduo["gmv"]! + 0.006)
        #expect(run.report.contains("| 月销售额（拼多多） |"))
    }

    @Test func theReportShowsEachPlatformAndNoLongerWarnsOfMixedExports() throws {
        let run = try Self.run.get()
        #expect(run.report.contains("平台：淘宝/天猫、拼多多 ｜"))
        #expect(run.report.contains("## 各平台数据"))
        #expect(run.report.contains("| 指标 | 淘宝/天猫 | 拼多多 | 全店合计 |"))
        #expect(run.report.contains("| 支付订单数 | \(Int(run.taobao["orders"]!)) | \(Int(run.pinduoduo["orders"]!)) | "))
        #expect(!run.report.contains("有导出文件来自"))
        let warnings = run.audit["warnings"] as! [String]
        #expect(!warnings.contains { $0.hasPrefix("有导出文件来自") }, "\(warnings)")
        // 看市场 names both platforms' data tools.
        #expect(run.report.contains("请在生意参谋、拼多多 数据中心的行业/市场数据里"))
        let inputs = run.audit["inputs"] as! [[String: Any]]
        #expect(Set(inputs.map { $0["platform"] as! String }) == ["taobao", "pinduoduo"])
    }

    /// On a store with one platform, a target naming that platform is its figure (no 各平台数据
    /// table), and a target naming a platform without exports this month has no figure: the month
    /// is not settled, as for a missing export.
    @Test func aTargetNamingAPlatformWithoutExportsHasNoFigure() throws {
        let run = try Self.run.get()
        let store = run.pinduoduoStore
        let contractURL = store.appendingPathComponent("contract.json")
        var contract = try JSONSerialization.jsonObject(with: Data(contentsOf: contractURL)) as! [String: Any]
        var stages = contract["stages"] as! [[String: Any]]
        stages[0]["targets"] = [
            "orders": ["value": 100, "platform": "pinduoduo"], "gmv": ["value": 1000, "platform": "taobao"],
        ]
        contract["stages"] = stages
        try JSONSerialization.data(withJSONObject: contract).write(to: contractURL)
        let out = store.deletingLastPathComponent().appendingPathComponent("pdd-reports")
        var stdout = ""
        var stderr = ""
        _ = CommandLineTool.run(["audit", store.path, "--out", out.path], output: &stdout, errors: &stderr)
        let audit =
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: out.appendingPathComponent("\(Self.month)/audit.json"))) as! [String: Any]
        #expect(audit["platforms"] == nil, "one platform: no per-platform figures")
        let metrics = audit["metrics"] as! [[String: Any]]
        let orders = try #require(metrics.first { $0["key"] as? String == "orders" })
        #expect(orders["platform"] as? String == "pinduoduo")
        #expect(orders["actual"] as? Double == run.pinduoduo["orders"])
        let gmv = try #require(metrics.first { $0["key"] as? String == "gmv" })
        #expect(gmv["platform"] as? String == "taobao")
        #expect(gmv["actual"] is NSNull)
        let settlement = audit["settlement"] as! [String: Any]
        #expect(settlement["payable"] is NSNull)
        #expect(settlement["withheld"] is String)
        let report = try String(
            contentsOf: out.appendingPathComponent("\(Self.month)/report.md"), encoding: .utf8)
        #expect(report.contains("| 月销售额（淘宝/天猫） |"))
        #expect(!report.contains("## 各平台数据"))
    }
}
