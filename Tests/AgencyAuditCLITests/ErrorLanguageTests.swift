import AgencyAudit
import Foundation
import Testing

@testable import AgencyAuditCLI

/// Every error a merchant can meet on the command line speaks Chinese: each usage error and each
/// contract error the tool can give is provoked here and its line on standard error checked.
@Suite struct ErrorLanguageTests {
    /// Why `message` is not one-language Chinese, or nil when it is: it must hold Chinese and no
    /// English phrase (three ASCII words in a row) outside option names, paths, JSON paths and
    /// quoted values, which stay as the merchant typed them.
    static func languageProblem(in message: String) -> String? {
        guard message.unicodeScalars.contains(where: { (0x4E00...0x9FFF).contains($0.value) }) else {
            return "no Chinese"
        }
        var rest = message
        for pattern in [
            #"--[A-Za-z0-9-]+"#,  // option names
            #"「[^」]*」"#, #""[^"]*""#,  // values as typed
            #"\S*[/\[][^\s：，（）]*"#,  // paths: files, JSON paths such as stages[1].targets.orderz
        ] {
            rest = rest.replacing(try! Regex(pattern), with: " ")
        }
        if let run = rest.firstMatch(of: try! Regex(#"[A-Za-z]+(?:[ \t]+[A-Za-z]+){2,}"#)) {
            return "English phrase \"\(rest[run.range])\""
        }
        return nil
    }

    /// The check itself: it must reject what the tool used to print.
    @Test(arguments: [
        "unknown option --bogus (see --help)",
        "contract.json: stages[1].targets.orderz: unknown metric (known: orders, gmv, …)",
        "--month expects YYYY-MM, got 2025-13",
        "无法写入报告 /tmp/r/2025-09：The operation could not be completed",
        "contract.json: fees.monthlyBase: 应为数字 (expected a number)",
    ])
    func theCheckRejectsEnglish(message: String) {
        #expect(Self.languageProblem(in: message) != nil, "\(message)")
    }

    @Test(arguments: [
        "错误：未知指标（可用：orders, gmv, refundAmount, refundRate）",
        "错误：选项 --fail-on 应为 high 或 medium，实际是「low」",
        "错误：contract.json: stages[0].targets.orderz: 未知指标（可用：orders, gmv, …）",
        "错误：缺少店铺文件夹：agency-audit audit <店铺文件夹>",
    ])
    func theCheckAcceptsChineseWithNamesAsTyped(message: String) {
        #expect(Self.languageProblem(in: message) == nil, "\(message)")
    }

    /// One line on standard error, `错误：` then Chinese.
    static func expectChineseErrorLine(_ err: String, _ context: String) {
        let lines = err.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 2 && lines[1].isEmpty, "one line: \(context): \(err)")
        #expect(err.hasPrefix("错误："), "\(context): \(err)")
        if let problem = languageProblem(in: err) { Issue.record("\(context): \(problem): \(err)") }
    }

    /// Every `UsageError` case, each provoked from the command line.
    @Test(arguments: [
        ["frobnicate"], ["help", "frobnicate"],  // unknownCommand
        ["audit", "store", "--bogus"], ["sample", "dir", "--bogus"], ["evaluate", "--bogus"],  // unknownOption
        ["audit", "store", "--month"], ["audit", "store", "--out", "--reveal-pii"],  // missingValue
        ["audit", "store", "--reveal-pii=yes"], ["sample", "dir", "--clean=1"],  // valueNotAllowed
        ["audit"], ["sample"],  // missingArgument
        ["audit", "a", "b"], ["sample", "a", "b"], ["evaluate", "x"],  // unexpectedArgument
        ["audit", "store", "--month", "2025-13"], ["audit", "store", "--month="],
        ["audit", "store", "--month", "2025-08,x"],
        ["audit", "store", "--fail-on", "low"], ["audit", "store", "--lang", "en-GB"],
        ["sample", "dir", "--seed", "x"],
        ["sample", "dir", "--first-month", "July"],
        ["sample", "dir", "--months", "0"], ["sample", "dir", "--orders-per-day", "x"],
        ["evaluate", "--seed-offset", "-1"],  // invalidValue
        ["sample", "dir", "--resaved-orders", "--legacy-csv"], ["sample", "dir", "--utf8-orders"],  // conflict
    ])
    func everyUsageErrorIsChinese(args: [String]) {
        let run = CLIStoreHarness.run(args)
        #expect(run.code == ExitCode.usage.rawValue, "\(args)")
        Self.expectChineseErrorLine(run.stderr, "\(args)")
    }

    static let contract = #"""
        {
          "store": {"name": "示例店", "platform": "taobao"},
          "agency": {"name": "某托管"},
          "fees": {"monthlyBase": 5000, "commissionTiers": [{"upTo": 100000, "rate": 0.03}, {"rate": 0.05}]},
          "limits": {"dailyAdSpend": 500, "roiRedLine": 1.5, "roiRedLineDays": 3},
          "stages": [
            {"name": "一", "from": "2025-07", "to": "2025-07", "targets": {"orders": 50}},
            {"name": "二", "from": "2025-08", "to": "2025-09", "targets": {"orders": 150, "naturalTrafficShare": 0.4}}
          ],
          "termination": {"consecutiveMissedStages": 2, "missBelow": 0.8},
          "settlement": {"deductInProportion": true}
        }
        """#

    /// Every kind of contract error: the text replaced in a valid contract, and the path the message must name.
    @Test(arguments: [
        (#""store": {"name": "示例店", "platform": "taobao"},"#, #""store": {"name": "示例店"}"#, ""),  // invalid JSON
        (#""settlement": {"deductInProportion": true}"#, #""settlement": {"#, ""),  // unfinished JSON
        (#""agency": {"name": "某托管"}"#, #""agency": 5"#, "agency"),  // expected object
        (#""agency""#, #""agencyy""#, "agencyy"),  // unknown field
        (#""name": "示例店", "#, "", "store.name"),  // missing text
        (#""name": "示例店""#, #""name": 5"#, "store.name"),  // expected text
        (#"{"rate": 0.05}"#, #"{}"#, "fees.commissionTiers[1].rate"),  // missing number
        (#""monthlyBase": 5000"#, #""monthlyBase": "5000""#, "fees.monthlyBase"),  // expected number
        (#""monthlyBase": 5000"#, #""monthlyBase": 1e30"#, "fees.monthlyBase"),  // too large
        (#""monthlyBase": 5000"#, #""monthlyBase": 1e309"#, "fees.monthlyBase"),  // too large for a Double
        (#""monthlyBase": 5000"#, #""monthlyBase": 5000, "monthlyBase": 1"#, "fees.monthlyBase"),  // written twice
        (#""monthlyBase": 5000"#, #""monthlyBase": -5"#, "fees.monthlyBase"),  // negative
        (#""from": "2025-07", "#, "", "stages[0].from"),  // missing month
        (#""to": "2025-09""#, #""to": "2025-9x""#, "stages[1].to"),  // expected month
        (#""platform": "taobao""#, #""platform": "tmall""#, "store.platform"),  // unknown platform
        (
            #""commissionTiers": [{"upTo": 100000, "rate": 0.03}, {"rate": 0.05}]"#, #""commissionTiers": 5"#,
            "fees.commissionTiers"
        ),  // expected list
        (#""stages": ["#, #""stagez": ["#, "stagez"),  // unknown field before missing stages
        (#""rate": 0.03"#, #""rate": 3"#, "fees.commissionTiers[0].rate"),  // share
        (#""missBelow": 0.8"#, #""missBelow": 80"#, "termination.missBelow"),  // share
        // share
        (#""naturalTrafficShare": 0.4"#, #""naturalTrafficShare": 40"#, "stages[1].targets.naturalTrafficShare"),
        (
            #"{"upTo": 100000, "rate": 0.03}, {"rate": 0.05}"#, #"{"rate": 0.03}, {"rate": 0.05}"#,
            "fees.commissionTiers[1]"
        ),  // after open-ended
        (#"{"rate": 0.05}"#, #"{"upTo": 50000, "rate": 0.05}"#, "fees.commissionTiers[1].upTo"),  // not above previous
        (#""roiRedLineDays": 3"#, #""roiRedLineDays": 2.5"#, "limits.roiRedLineDays"),  // whole days
        (#""roiRedLine": 1.5"#, #""roiRedLine": 0"#, "limits.roiRedLine"),  // ROI above 0
        // ends before start
        (#""from": "2025-08", "to": "2025-09""#, #""from": "2025-09", "to": "2025-08""#, "stages[1].to"),
        (#""from": "2025-08""#, #""from": "2025-07""#, "stages[1]"),  // overlap
        (#""targets": {"orders": 50}"#, #""targets": 50"#, "stages[0].targets"),  // expected targets
        (#""orders": 150"#, #""orderz": 150"#, "stages[1].targets.orderz"),  // unknown metric
        (#""orders": 150"#, #""orders": 0"#, "stages[1].targets.orders"),  // target above 0
        (#""deductInProportion": true"#, #""deductInProportion": "yes""#, "settlement.deductInProportion"),  // boolean
    ])
    func everyContractErrorIsChineseAndNamesItsPath(original: String, replacement: String, path: String) throws {
        let text = Self.contract.replacingOccurrences(of: original, with: replacement)
        #expect(text != Self.contract, "\(original) not found")
        try Self.expectContractError(text, path: path)
    }

    /// The contract errors a replacement in a full contract cannot reach.
    @Test(arguments: [
        (#"[]"#, ""),  // the file is no object
        (#"{"store": {"name": "店"}}"#, "stages"),  // missing stages
        (#"{"store": {"name": "店"}, "stages": {}}"#, "stages"),  // stages not a list
        (#"{"store": {"name": "店"}, "stages": []}"#, "stages"),  // no stage
    ])
    func everyWholeFileContractErrorIsChinese(text: String, path: String) throws {
        try Self.expectContractError(text, path: path)
    }

    /// A contract saved as GBK: the one contract error that needs bytes no Swift string holds.
    @Test func aGBKContractErrorIsChinese() throws {
        let parts = Self.contract.components(separatedBy: "示例店")
        #expect(parts.count == 2)
        // 示例店 in GBK.
        let gbk = Array(parts[0].utf8) + [0xCA, 0xBE, 0xC0, 0xFD, 0xB5, 0xEA] + Array(parts[1].utf8)
        try Self.expectContractError(bytes: gbk, path: "")
    }

    static func expectContractError(_ text: String, path: String) throws {
        try expectContractError(bytes: Array(text.utf8), path: path)
    }

    static func expectContractError(bytes: [UInt8], path: String) throws {
        try CLIStoreHarness.withStore { harness in
            try FileManager.default.createDirectory(
                at: harness.store.appendingPathComponent("exports/2025-09"), withIntermediateDirectories: true)
            try Data(bytes).write(to: harness.store.appendingPathComponent("contract.json"))
            let run = harness.audit()
            #expect(run.code == ExitCode.inputError.rawValue, "\(run.stderr)")
            #expect(
                run.stderr.hasPrefix(path.isEmpty ? "错误：contract.json: " : "错误：contract.json: \(path): "),
                "\(run.stderr)")
            expectChineseErrorLine(run.stderr, path)
        }
    }

    /// The sample generator's errors: a month it does not write, a folder it cannot create.
    @Test func everySampleErrorIsChinese() throws {
        try CLIStoreHarness.withStore { harness in
            // A file where the store folder should be.
            let file = harness.store
            try Data("not a folder".utf8).write(to: file)
            for (args, expected) in [
                (
                    ["sample", harness.root.appendingPathComponent("other").path, "--first-month", "1999-01"],
                    "无法生成示例店铺：firstMonth 应为 2000-01 到 2099-12"
                ),
                (["sample", file.path], "无法写入示例店铺文件 \(file.path)："),
            ] {
                let run = harness.run(args)
                #expect(run.code == ExitCode.inputError.rawValue, "\(args): \(run.stderr)")
                #expect(run.stderr.hasPrefix("错误：" + expected), "\(run.stderr)")
                Self.expectChineseErrorLine(run.stderr, "\(args)")
            }
        }
    }

    /// The store folder errors (not found, no contract, no exports, no such month, reports inside exports).
    @Test func everyStoreFolderErrorIsChinese() throws {
        try CLIStoreHarness.withStore { harness in
            let root = harness.root
            let store = harness.store
            try FileManager.default.createDirectory(at: store, withIntermediateDirectories: true)
            func run(_ args: [String]) -> String {
                let run = harness.run(args)
                #expect(run.code == ExitCode.inputError.rawValue, "\(args): \(run.stderr)")
                Self.expectChineseErrorLine(run.stderr, "\(args)")
                return run.stderr
            }
            #expect(run(["audit", root.appendingPathComponent("missing").path]).contains("找不到店铺文件夹"))
            #expect(run(["audit", store.path]).contains("没有 contract.json"))
            try Data(Self.contract.utf8).write(to: store.appendingPathComponent("contract.json"))
            #expect(
                run(["audit", store.path, "--out", root.appendingPathComponent("r").path]).contains(
                    "没有 exports/<YYYY-MM>/ 月份文件夹"))
            try FileManager.default.createDirectory(
                at: store.appendingPathComponent("exports/2025-09"), withIntermediateDirectories: true)
            #expect(
                run(["audit", store.path, "--month", "2025-08", "--out", root.appendingPathComponent("r").path])
                    .contains(
                        "没有 2025-08 的文件夹"))
            #expect(
                run(["audit", store.path, "--out", store.appendingPathComponent("exports/r").path]).contains(
                    "位于 exports/ 里"))
        }
    }

    /// Every store-folder error and every traffic-sources.csv problem, worded by the command line.
    @Test(arguments: [
        (WorkspaceError.outputIsAFile("/x/out.txt"), "报告目录 /x/out.txt 是一个已有的文件，不是文件夹：请换一个 --out，或移走这个文件；什么都没有写入"),
        (.outputIsStoreFolder("/x/s"), "报告目录 /x/s 就是店铺文件夹本身（或经链接指向它）：请换一个 --out（默认是 Reports/<店铺文件夹名>）；什么都没有写入"),
        (
            .trafficSources(.columns(line: 1, found: 2, text: "taobao,逛逛")),
            "traffic-sources.csv 第 1 行：应有 3 列（平台,来源,类别），实际 2 列：taobao,逛逛"
        ),
        (
            .trafficSources(.unknownPlatform(line: 2, word: "weibo")),
            "traffic-sources.csv 第 2 行：未知平台 \"weibo\"（可用：taobao, pinduoduo, jd, douyin）"
        ),
        (
            .trafficSources(.unknownCategory(line: 1, word: "白嫖")),
            "traffic-sources.csv 第 1 行：未知类别 \"白嫖\"（可用：免费, 付费, 自主, 其他）"
        ),
        (.trafficSources(.emptySource(line: 1)), "traffic-sources.csv 第 1 行：来源为空"),
        (.cannotWrite(path: "/x/r/2025-09/report.md", reason: .errno(ENOSPC)), "无法写入报告 /x/r/2025-09/report.md：磁盘空间不足"),
        (.cannotWrite(path: "/x/r/2025-09", reason: .invalidFileName), "无法写入报告 /x/r/2025-09：文件名无效"),
        (.trafficSources(.notUTF8), "traffic-sources.csv 不是 UTF-8 文本：请在 Excel 里用「CSV UTF-8（逗号分隔）」另存"),
    ])
    func storeFolderErrorsAreWorded(error: WorkspaceError, sentence: String) {
        #expect(ConsoleWording.error(error, in: .chinese) == sentence)
    }
}
