import Foundation
import Testing

@testable import AgencyAuditCLI

/// A store selling on Taobao and 拼多多 in one month: a generated Taobao store with a generated
/// 拼多多 store's July exports copied into its July folder, audited through the command line.
/// Each platform's figures must equal the figures its own generator computed, the total their sum,
/// and a target naming 拼多多 is judged on 拼多多's figure alone.
@Suite struct TwoPlatformStoreAuditTests {
    /// The audit of the two-platform store, beside each platform's figures as its own generator computed them.
    struct Run {
        let taobao: [String: Double]
        let pinduoduo: [String: Double]
        let audit: [String: Any]
        let report: String
        let code: Int32
        let stdout: String
    }

    static let month = "2025-07"

    /// `agency-audit sample` arguments for a one-month store of `platform`.
    static func sample(_ platform: String) -> [String] {
        ["--platform", platform, "--months", "1", "--orders-per-day", "12", "--seed", "7"]
    }

    /// Runs `body` on a Taobao store with a 拼多多 store's exports in its July folder, audited from the command line.
    static func withTwoPlatformStore(_ body: (Run) throws -> Void) throws {
        try CLIStoreHarness.withStore { harness in
            let store = harness.store
            let pdd = harness.root.appendingPathComponent("pdd")
            for (folder, platform) in [(store, "taobao"), (pdd, "pinduoduo")] {
                try harness.sample(sample(platform), into: folder)
            }
            func expected(_ folder: URL) throws -> [String: Double] {
                try harness.expectedMonths(in: folder).first { $0["month"] as? String == month }!["metrics"]
                    as! [String: Double]
            }
            let taobao = try expected(store)
            let pinduoduo = try expected(pdd)
            let fm = FileManager.default
            // Without Taobao's 数据概览 download, so 看市场 names both platforms' data tools.
            let sycm = store.appendingPathComponent("exports/\(month)/生意参谋")
            for name in try fm.contentsOfDirectory(atPath: sycm.path) where name.contains("数据概览") {
                try fm.removeItem(at: sycm.appendingPathComponent(name))
            }
            // 拼多多's exports beside Taobao's, renamed so no file name is shared.
            let from = pdd.appendingPathComponent("exports/\(month)")
            for name in try fm.contentsOfDirectory(atPath: from.path) {
                try fm.copyItem(
                    at: from.appendingPathComponent(name),
                    to: store.appendingPathComponent("exports/\(month)/拼多多-\(name)"))
            }
            // The sales target names 拼多多 and is set at twice its sales: judged on 拼多多 alone it is
            // half attained (on the store's total it would be met).
            let contractURL = store.appendingPathComponent("contract.json")
            var contract = try harness.storeJSON("contract.json")
            var stages = contract["stages"] as! [[String: Any]]
            var targets = stages[0]["targets"] as! [String: Any]
            targets["gmv"] = ["value": pinduoduo["gmv"]! * 2, "platform": "pinduoduo"]
            stages[0]["targets"] = targets
            contract["stages"] = stages
            try JSONSerialization.data(withJSONObject: contract).write(to: contractURL)

            let run = harness.audit()
            let audit = try harness.auditJSON(month: month)
            let report = try harness.report(month: month)
            try body(
                Run(
                    taobao: taobao, pinduoduo: pinduoduo, audit: audit, report: report, code: run.code,
                    stdout: run.stdout))
        }
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
        try Self.withTwoPlatformStore { run in
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
    }

    @Test func aTargetNamingAPlatformIsJudgedOnThatPlatformsFigure() throws {
        try Self.withTwoPlatformStore { run in
            let metrics = run.audit["metrics"] as! [[String: Any]]
            let gmv = try #require(metrics.first { $0["key"] as? String == "gmv" })
            #expect(gmv["platform"] as? String == "pinduoduo")
            #expect(Self.close(gmv["actual"] as? Double, run.pinduoduo["gmv"]))
            #expect(Self.close(gmv["attainment"] as? Double, 0.5))
            #expect(gmv["met"] as? Bool == false)
            // Its reason is 拼多多's own: 拼多多 has no traffic export, so no visitors are needed or
            // blamed (the store's 生意参谋 visitors are Taobao's).
            let reason = try #require(gmv["reason"] as? String)
            #expect(reason.contains("缺少流量数据") && !reason.contains("访客"), "\(reason)")
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
    }

    @Test func theReportShowsEachPlatformAndNoLongerWarnsOfMixedExports() throws {
        try Self.withTwoPlatformStore { run in
            #expect(run.report.contains("平台：淘宝/天猫、拼多多 ｜"))
            #expect(run.report.contains("## 各平台数据"))
            #expect(run.report.contains("| 指标 | 淘宝/天猫 | 拼多多 | 全店合计 |"))
            #expect(
                run.report.contains("| 支付订单数 | \(Int(run.taobao["orders"]!)) | \(Int(run.pinduoduo["orders"]!)) | "))
            #expect(!run.report.contains("有导出文件来自"))
            let warnings = run.audit["warnings"] as! [String]
            #expect(!warnings.contains { $0.hasPrefix("有导出文件来自") }, "\(warnings)")
            // 看市场 names both platforms' data tools.
            #expect(run.report.contains("请在生意参谋、拼多多 数据中心的行业/市场数据里"))
            let inputs = run.audit["inputs"] as! [[String: Any]]
            #expect(Set(inputs.map { $0["platform"] as! String }) == ["taobao", "pinduoduo"])
        }
    }

    /// On a store with one platform, a target naming that platform is its figure (no 各平台数据
    /// table), and a target naming a platform without exports this month has no figure: the month
    /// is not settled, as for a missing export.
    @Test func aTargetNamingAPlatformWithoutExportsHasNoFigure() throws {
        try CLIStoreHarness.withStore { harness in
            try harness.sample(Self.sample("pinduoduo"))
            let month = try #require(try harness.expectedMonths().first { $0["month"] as? String == Self.month })
            let pinduoduo = month["metrics"] as! [String: Double]
            var contract = try harness.storeJSON("contract.json")
            var stages = contract["stages"] as! [[String: Any]]
            stages[0]["targets"] = [
                "orders": ["value": 100, "platform": "pinduoduo"], "gmv": ["value": 1000, "platform": "taobao"],
            ]
            contract["stages"] = stages
            try JSONSerialization.data(withJSONObject: contract).write(
                to: harness.store.appendingPathComponent("contract.json"))
            _ = harness.audit()
            let audit = try harness.auditJSON(month: Self.month)
            #expect(audit["platforms"] == nil, "one platform: no per-platform figures")
            let metrics = audit["metrics"] as! [[String: Any]]
            let orders = try #require(metrics.first { $0["key"] as? String == "orders" })
            #expect(orders["platform"] as? String == "pinduoduo")
            #expect(orders["actual"] as? Double == pinduoduo["orders"])
            let gmv = try #require(metrics.first { $0["key"] as? String == "gmv" })
            #expect(gmv["platform"] as? String == "taobao")
            #expect(gmv["actual"] is NSNull)
            let settlement = audit["settlement"] as! [String: Any]
            #expect(settlement["payable"] is NSNull)
            #expect(settlement["withheld"] is String)
            let report = try harness.report(month: Self.month)
            #expect(report.contains("| 月销售额（淘宝/天猫） |"))
            #expect(!report.contains("## 各平台数据"))
        }
    }
}
