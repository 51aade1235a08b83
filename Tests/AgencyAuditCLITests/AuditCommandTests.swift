import AgencyAuditSample
import Foundation
import Testing

@testable import AgencyAuditCLI

@Suite struct AuditCommandTests {
    @Test func failOnHighExitsWithOneWhenTheAuditFindsHighAnomalies() throws {
        try CLIStoreHarness.withStore { harness in
            try harness.generate(SampleStoreSpec(monthCount: 2, ordersPerDay: 10))
            let run = harness.audit(["--month", "2025-08", "--fail-on", "high"])
            #expect(run.code == 1, "\(run.stderr)")
            #expect(run.stdout.hasPrefix("2025-08  完整  目标达成"))
            #expect(run.stdout.contains("报告："))
            let out = harness.reports.path
            #expect(FileManager.default.fileExists(atPath: out + "/2025-08/report.md"))
            #expect(!FileManager.default.fileExists(atPath: out + "/2025-07"), "only the requested month is written")
            #expect(harness.audit(["--month", "2025-08"]).code == 0)
        }
    }

    @Test func aMonthTakenTooEarlySaysWhenToRunItAgainUnlessAsOfSaysLater() throws {
        try CLIStoreHarness.withStore { harness in
            // The diagnosis store's last month (2025-09) is dated the 2nd of October, with a red-line
            // run on its last three days.
            try harness.sample(["--diagnosis", "--clean", "--orders-per-day", "20"])
            let early = harness.audit()
            #expect(early.code == 0, "\(early.stderr)")
            let lines = early.stdout.split(separator: "\n").map(String.init)
            let september = try #require(lines.firstIndex { $0.hasPrefix("2025-09") })
            #expect(
                lines[september + 2]
                    == "         部分数据尚未稳定（见报告「尚未稳定的数据」），1 段 ROI 低于红线暂不认定：请在 2025-10-07 或之后重新下载导出并重新审计")
            #expect(lines.filter { $0.contains("尚未稳定") }.count == 1)
            let late = harness.audit(["--as-of", "2025-10-20"])
            #expect(!late.stdout.contains("尚未稳定"))
            let audit = try harness.auditJSON(month: "2025-09")
            #expect(audit["settling"] == nil)
            #expect(
                (audit["anomalies"] as? [[String: Any]])?.contains { $0["rule"] as? String == "roi-below-redline" }
                    == true)
        }
    }

    @Test func badContractIsAnInputErrorNamingThePath() throws {
        try CLIStoreHarness.withStore { harness in
            try FileManager.default.createDirectory(
                at: harness.store.appendingPathComponent("exports/2025-09"), withIntermediateDirectories: true)
            try Data(
                #"{"store": {"name": "x"}, "stages": [{"from": "2025-09", "to": "2025-09", "targets": {"orderz": 1}}]}"#
                    .utf8
            )
            .write(to: harness.store.appendingPathComponent("contract.json"))
            let run = harness.audit()
            #expect(run.code == 3)
            #expect(
                run.stderr.hasPrefix("错误：contract.json: stages[0].targets.orderz: 未知指标（可用：orders, gmv,"),
                "\(run.stderr)")
            #expect(run.stderr.split(separator: "\n").count == 1)
        }
    }

    /// A month as back offices hand it out, but 生意参谋 sent its login page instead of a download:
    /// every month is still audited and written, the file is named with what to do, the month whose
    /// traffic target cannot be measured is not settled, and the run exits 3.
    @Test func anUnusableExportIsNamedTheMonthIsNotSettledAndTheRunExitsThree() throws {
        try CLIStoreHarness.withStore { harness in
            try harness.generate(SampleStoreSpec(monthCount: 2, ordersPerDay: 10))
            let traffic = harness.store.appendingPathComponent("exports/2025-08/生意参谋")
            for name in try FileManager.default.contentsOfDirectory(atPath: traffic.path) {
                try FileManager.default.removeItem(at: traffic.appendingPathComponent(name))
            }
            try Data(#"{"code":"401","msg":"登录已过期"}"#.utf8).write(
                to: traffic.appendingPathComponent("【生意参谋平台】店铺来源_2025-08-01_2025-08-31.xls"))
            let run = harness.audit()
            #expect(run.code == 3, "\(run.stderr)")
            let lines = run.stdout.split(separator: "\n").map(String.init)
            #expect(lines.first?.hasPrefix("2025-07  完整  目标达成") == true)
            #expect(lines.contains { $0.hasPrefix("2025-08  暂不结算  ") && $0.contains("应付 待定") }, "\(run.stdout)")
            #expect(lines.contains { $0.hasPrefix("         暂不结算：目标「") }, "\(run.stdout)")
            #expect(
                lines.contains { $0.contains("文件无法使用：") && $0.contains("这是后台返回的错误页面，不是报表（登录已过期）") }, "\(run.stdout)")
            let report = try harness.report(month: "2025-08")
            #expect(report.contains("- **本月状态：暂不结算**：\n  - 目标"), "\(report)")
            #expect(report.contains("\n  - 文件 exports/2025-08/生意参谋/【生意参谋平台】店铺来源_2025-08-01_2025-08-31.xls 无法读取"))
            // An error page says nothing of what it replaced: the report names the file and says figures may be missing.
            #expect(report.contains("- 未读取 exports/2025-08/生意参谋/【生意参谋平台】店铺来源_2025-08-01_2025-08-31.xls："))
            #expect(report.contains("1 个文件无法读取（见「数据核对」）：若其中有本月的报表，相关指标会缺失"))
            #expect(report.contains("本月缺少流量来源导出：相关指标无法计算"))
        }
    }

    /// A line of the agency's claims that cannot be used is named on the console with its place and
    /// what was expected; the other claims are still checked, and the run succeeds (the claims are
    /// the agency's word, not an export the figures depend on).
    @Test func aBadLineOfTheAgencysClaimsIsNamedOnTheConsole() throws {
        try CLIStoreHarness.withStore { harness in
            let summary = try harness.generate(SampleStoreSpec(monthCount: 2, ordersPerDay: 10))
            let file = try #require(summary.files.first { $0.hasSuffix("agency-claims.csv") })
            let url = harness.store.appendingPathComponent(file)
            let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\r\n").count
            let handle = try FileHandle(forWritingTo: url)
            try handle.seekToEnd()
            try handle.write(contentsOf: Data("点击率,2.1%\r\n".utf8))
            try handle.close()
            let run = harness.audit(["--month", "2025-08"])
            #expect(run.code == 0, "\(run.stderr)")
            #expect(
                run.stdout.contains(
                    "         运营方汇报有误：exports/2025-08/agency-claims.csv 第 \(lines + 1) 行第 1 列：「点击率」不是审计能核对的指标"),
                "\(run.stdout)")
            let json = try harness.auditJSON(month: "2025-08")
            let claims = try #require(json["claims"] as? [String: Any])
            #expect((claims["comparisons"] as? [Any])?.count == 7)
            #expect((claims["problems"] as? [Any])?.count == 1)
        }
    }

    /// A month with nothing to judge it on (its order export is June's) says so on the console,
    /// in report.md and in audit.json, with the same words, and the run exits 3.
    @Test func anUnusableMonthIsSaidTheSameEverywhereAndExitsThree() throws {
        try CLIStoreHarness.withStore { harness in
            let month = harness.store.appendingPathComponent("exports/2025-07")
            try FileManager.default.createDirectory(at: month, withIntermediateDirectories: true)
            try Data(
                #"{"store": {"name": "x"}, "stages": [{"name": "s", "from": "2025-07", "to": "2025-07", "targets": {"orders": 100}}]}"#
                    .utf8
            ).write(to: harness.store.appendingPathComponent("contract.json"))
            let rows = (1...30).map { "\($0),99.00,交易成功,2025-06-\(String(format: "%02d", $0)) 10:00:00\n" }.joined()
            try Data(("订单编号,买家实际支付金额,订单状态,订单付款时间\n" + rows).utf8).write(to: month.appendingPathComponent("订单.csv"))
            let run = harness.audit()
            #expect(run.code == 3, "\(run.stdout)\(run.stderr)")
            let reason = "exports/2025-07/订单.csv 是 2025-06 的订单报表（30 行都在 2025-06），不是本月的：未计入；请把本月的订单报表放进本月文件夹"
            let lines = run.stdout.split(separator: "\n").map(String.init)
            #expect(lines.first?.hasPrefix("2025-07  无法使用  目标达成 0/1") == true, "\(run.stdout)")
            #expect(lines.first?.hasSuffix("应付 待定") == true, "\(run.stdout)")
            #expect(lines.contains("         无法使用：" + reason), "\(run.stdout)")
            let report = try harness.report(month: "2025-07")
            #expect(report.contains("- **本月状态：无法使用**：" + reason + "。"), "\(report)")
            let status = try #require(try harness.auditJSON(month: "2025-07")["status"] as? [String: Any])
            #expect(status["state"] as? String == "unusable")
            #expect(status["name"] as? String == "无法使用")
            #expect(status["reasons"] as? [String] == [reason])
        }
    }

    /// A file is named on the console as it is named, but a control character in its name (an ESC
    /// sequence that would clear the merchant's terminal, a line break that would forge a line of
    /// its own) is printed as an escape.
    @Test func controlCharactersInAFileNameArePrintedAsEscapes() throws {
        try CLIStoreHarness.withStore { harness in
            let month = harness.store.appendingPathComponent("exports/2025-09")
            try FileManager.default.createDirectory(at: month, withIntermediateDirectories: true)
            try Data(
                #"{"store": {"name": "x"}, "stages": [{"from": "2025-09", "to": "2025-09", "targets": {"orders": 1}}]}"#
                    .utf8
            ).write(to: harness.store.appendingPathComponent("contract.json"))
            let name = "\u{1B}[2J\u{1B}[31m订单\n         无法使用：假.csv"
            try Data("订单编号,订单状态,订单付款时间,收货地址\n1,交易成功,2025-09-01,x\n".utf8).write(
                to: month.appendingPathComponent(name))
            let run = harness.audit()
            #expect(run.code == 3, "\(run.stderr)")
            #expect(!run.stdout.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(run.stdout)")
            let unusable = run.stdout.split(separator: "\n").filter { $0.contains("文件无法使用：") }
            #expect(unusable.count == 1, "\(run.stdout)\(run.stderr)")
            #expect(
                unusable.first?.hasPrefix(
                    #"         文件无法使用：exports/2025-09/\u{1B}[2J\u{1B}[31m订单\n         无法使用：假.csv:1: 订单报表缺少必需的列"#)
                    == true, "\(run.stdout)")
        }
    }

    @Test(arguments: [
        ("contract.json: 未知指标 \u{1B}]0;标题\u{07}", #"错误：contract.json: 未知指标 \u{1B}]0;标题\u{7}"#),
        ("a\nb\r\0", #"错误：a\nb\r\0"#), ("普通的错误", "错误：普通的错误"),
    ])
    func errorLinesShowControlCharactersAsEscapes(message: String, line: String) {
        #expect(CommandLineTool.errorLine(message) == line)
    }
}
