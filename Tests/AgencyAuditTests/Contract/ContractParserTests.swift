import Foundation
import Testing

@testable import AgencyAudit
@testable import AuditContract
@testable import AuditMeasure
@testable import AuditRecords

@Suite struct ContractParserTests {
    static let example = """
        {
          "store": {"name": "示例女装旗舰店", "platform": "taobao"},
          "agency": {"name": "某某电商托管"},
          "fees": {"monthlyBase": 5000, "commissionTiers": [{"upTo": 100000, "rate": 0.03}, {"rate": 0.05}]},
          "limits": {"dailyAdSpend": 500, "roiRedLine": 1.5, "roiRedLineDays": 3},
          "stages": [
            {"name": "第1月 适应期", "from": "2025-07", "to": "2025-07", "targets": {"searchVisitorsPerDay": 500, "orders": 50}},
            {"name": "第2-3月 增长期", "from": "2025-08", "to": "2025-09",
             "targets": {"naturalTrafficShare": 0.4, "orders": 150, "gmv": 80000, "adROI": 4.0}}
          ],
          "termination": {"consecutiveMissedStages": 2, "missBelow": 0.8}
        }
        """

    /// `termination.rectificationDays`: whole days after the last audited month's end (default 15);
    /// anything else is an error naming its path.
    @Test(
        arguments: [
            ("", 15, nil),
            (", \"rectificationDays\": 10", 10, nil),
            (", \"rectificationDays\": null", 15, nil),
            (
                ", \"rectificationDays\": \"10\"", nil,
                "contract.json: termination.rectificationDays: 应为数字（不加引号），实际是文本 \"10\""
            ),
            (
                ", \"rectificationDays\": 7.5", nil,
                "contract.json: termination.rectificationDays: 应为不小于 1 的整数天数，实际是 7.5"
            ),
            (", \"rectificationDays\": 0", nil, "contract.json: termination.rectificationDays: 应为不小于 1 的整数天数，实际是 0"),
        ] as [(String, Int?, String?)])
    func rectificationDaysAreWholeDays(written: String, days: Int?, message: String?) throws {
        let text = Self.example.replacingOccurrences(of: "\"missBelow\": 0.8}", with: "\"missBelow\": 0.8\(written)}")
        #expect(text != Self.example || written.isEmpty)
        if let days {
            #expect(try ContractParser.parse(Data(text.utf8)).termination.rectificationDays == days)
            return
        }
        do {
            _ = try ContractParser.parse(Data(text.utf8))
            Issue.record("\(written) was read")
        } catch {
            #expect(error.description.hasPrefix(message ?? ""), "\(error.description)")
            #expect(error.path == "termination.rectificationDays")
        }
    }

    @Test func theDocumentedExampleParses() throws {
        let c = try ContractParser.parse(Data(Self.example.utf8))
        #expect(c.storeName == "示例女装旗舰店")
        #expect(c.fees.monthlyBase == Money(yuan: 5000))
        #expect(c.fees.commissionTiers.count == 2)
        #expect(c.limits.dailyAdSpend == Money(yuan: 500))
        #expect(c.stages.count == 2)
        #expect(c.stage(for: YearMonth("2025-09")!)?.name == "第2-3月 增长期")
        #expect(c.stage(for: YearMonth("2025-10")!) == nil)
        #expect(c.stages[1].targets.map(\.metric) == [.orders, .gmv, .naturalTrafficShare, .adROI])
        #expect(c.termination.missBelow == 0.8)
        #expect(!c.settlement.proRataPartialMonth)
        let proRata = try ContractParser.parse(
            Data(
                Self.example.replacingOccurrences(
                    of: "\"termination\"", with: "\"settlement\": {\"proRataPartialMonth\": true}, \"termination\""
                ).utf8))
        #expect(proRata.settlement.proRataPartialMonth)
    }

    @Test(arguments: [
        ("\"orders\": 150", "\"orderz\": 150", "contract.json: stages[1].targets.orderz: 未知指标（可用：orders, gmv,"),
        (
            "\"from\": \"2025-08\"", "\"from\": \"2025-07\"",
            "contract.json: stages[1]: 与 stages[0]（2025-07…2025-07）时间重叠：每个月只能属于一个阶段"
        ),
        (
            "\"rate\": 0.03", "\"rate\": 3",
            "contract.json: fees.commissionTiers[0].rate: 应为 0 到 1 之间的比例（3% 写作 0.03），实际是 3"
        ),
        (
            "\"monthlyBase\": 5000", "\"monthlyBase\": \"5000\"",
            "contract.json: fees.monthlyBase: 应为数字（不加引号），实际是文本 \"5000\""
        ),
        ("\"monthlyBase\": 5000", "\"monthlyBase\": true", "contract.json: fees.monthlyBase: 应为数字（不加引号），实际是布尔值 true"),
        (
            "\"monthlyBase\": 5000", "\"monthlyBase\": 1e30",
            "contract.json: fees.monthlyBase: 数字太大（1e+30），最多 999,999,999,999"
        ),
        (
            "\"to\": \"2025-09\"", "\"to\": \"2025-9x\"",
            "contract.json: stages[1].to: 应为月份，如 \"2025-07\"，实际是文本 \"2025-9x\""
        ),
        (
            "\"agency\"", "\"agencyy\"",
            "contract.json: agencyy: 未知字段（可用：agency, agencyDuties, baselineMonth, fees, limits, service, settlement, stages, store, termination）"
        ),
        (
            "\"naturalTrafficShare\": 0.4", "\"naturalTrafficShare\": 40",
            "contract.json: stages[1].targets.naturalTrafficShare: 应为 0 到 1 之间的比例（40% 写作 0.4），实际是 40"
        ),
        // A target naming its platform: the platform must be one the tool knows, the object only value and platform.
        (
            "\"gmv\": 80000", "\"gmv\": {\"value\": 80000, \"platform\": \"pdd\"}",
            "contract.json: stages[1].targets.gmv.platform: 未知平台 \"pdd\"（可用：taobao, pinduoduo, jd, douyin）"
        ),
        (
            "\"gmv\": 80000", "\"gmv\": {\"value\": 80000, \"platfrom\": \"jd\"}",
            "contract.json: stages[1].targets.gmv.platfrom: 未知字段（可用：baseline, growth, items, judged, platform, value）"
        ),
        (
            "\"gmv\": 80000", "\"gmv\": {\"platform\": \"jd\"}",
            "contract.json: stages[1].targets.gmv.value: 缺少此项（应为数字）"
        ),
        // A per-item target (爆款带动 3 款关联产品，每款月销提升 50%) names its items by 商品ID or 商家编码.
        (
            "\"gmv\": 80000", "\"gmv\": 80000, \"itemUnits\": 150",
            "contract.json: stages[1].targets.itemUnits.items: 单品目标要写明考核哪些商品"
        ),
        (
            "\"gmv\": 80000", "\"gmv\": {\"value\": 80000, \"items\": [\"612345678901\"]}",
            "contract.json: stages[1].targets.gmv.items: gmv 是全店指标，不能写 items"
        ),
        (
            "\"gmv\": 80000", "\"gmv\": 80000, \"itemUnits\": {\"value\": 150, \"items\": [\"612345678901\", 7]}",
            "contract.json: stages[1].targets.itemUnits.items[1]: 应为商品ID或商家编码，如 \"612345678901\" 或 \"商家编码 A-1\"，实际是数字 7"
        ),
        (
            "\"gmv\": 80000",
            "\"gmv\": 80000, \"itemSales\": {\"value\": 9000, \"items\": [\"商品ID 612345678901\", \"612345678901\"]}",
            "contract.json: stages[1].targets.itemSales.items[1]: 与 items 的第 1 项是同一商品"
        ),
        (
            "\"gmv\": 80000", "\"gmv\": 80000, \"itemUnits\": {\"value\": 150, \"items\": []}",
            "contract.json: stages[1].targets.itemUnits.items: 单品目标要写明考核哪些商品"
        ),
        (
            "\"termination\"", "\"settlement\": {\"proRataPartialMonth\": \"yes\"}, \"termination\"",
            "contract.json: settlement.proRataPartialMonth: 应为 true 或 false"
        ),
        (
            "\"naturalTrafficShare\": 0.4", "\"naturalTrafficShare\": {\"value\": 40, \"platform\": \"taobao\"}",
            "contract.json: stages[1].targets.naturalTrafficShare.value: 应为 0 到 1 之间的比例（40% 写作 0.4），实际是 40"
        ),
    ])
    func wrongFieldsNameTheirPath(original: String, replacement: String, message: String) {
        let broken = Self.example.replacingOccurrences(of: original, with: replacement)
        #expect(broken != Self.example)
        do {
            _ = try ContractParser.parse(Data(broken.utf8))
            Issue.record("expected an error for \(replacement)")
        } catch {
            #expect(error.description.hasPrefix(message), "\(error.description)")
        }
    }

    /// A target may name the platform whose figure it measures; the others measure the store's total.
    @Test func aTargetMayNameItsPlatform() throws {
        let text = Self.example.replacingOccurrences(
            of: "\"gmv\": 80000", with: "\"gmv\": {\"value\": 30000, \"platform\": \"pinduoduo\"}")
        let c = try ContractParser.parse(Data(text.utf8))
        let targets = c.stages[1].targets
        #expect(targets.map(\.metric) == [.orders, .gmv, .naturalTrafficShare, .adROI])
        #expect(targets.map(\.platform) == [nil, .pinduoduo, nil, nil])
        #expect(targets[1].value == 30000)
    }

    /// JSON that does not parse names the line and column where the reader stopped, or that it ended early.
    @Test(arguments: [
        ("{\"store\": ", "contract.json: JSON 没有写完：文件在最后的 } 或 ] 之前就结束了"),
        (
            "{\n  \"store\": {\"name\": \"店\"}\n  \"stages\": []\n}",
            "contract.json: 不是有效的 JSON：第 3 行第 3 列附近有错（检查引号、逗号和括号）"
        ),
        // The column counts characters, not bytes: the missing comma is the 28th character of its line.
        (
            "{\n  \"store\": {\"name\": \"示例店\"} \"stages\": []\n}",
            "contract.json: 不是有效的 JSON：第 2 行第 28 列附近有错（检查引号、逗号和括号）"
        ),
        ("", "contract.json: JSON 没有写完：文件在最后的 } 或 ] 之前就结束了"),
    ])
    func invalidJSONIsReportedWithItsPlace(text: String, message: String) throws {
        let error = try #require(throws: ContractError.self) { try ContractParser.parse(Data(text.utf8)) }
        #expect(error.description == message)
    }

    static func error(parsing text: String) throws -> ContractError {
        try error(parsing: Array(text.utf8))
    }

    static func error(parsing bytes: [UInt8]) throws -> ContractError {
        try #require(throws: ContractError.self) { try ContractParser.parse(Data(bytes)) }
    }

    /// A key written twice is an error naming its path and both lines: JSON readers keep one of
    /// the two without a word (Foundation kept the last, so a base fee of 5000 settled at 1).
    @Test(arguments: [
        (
            "\"monthlyBase\": 5000, ", "\"monthlyBase\": 5000,\n          \"monthlyBase\": 1, ",
            "contract.json: fees.monthlyBase: 写了两次（第 4 行和第 5 行）：每项只能写一次，请删去不要的那个。对应合同条款「基础服务费：每月 5000 元，每月 5 日前支付」"
        ),
        (
            "\"orders\": 150", "\"orders\": 150, \"orders\": 15",
            "contract.json: stages[1].targets.orders: 在第 9 行写了两次：每项只能写一次，请删去不要的那个。对应合同条款「月销 50 单」"
        ),
        (
            "\"termination\": {", "\"fees\": {\"monthlyBase\": 1},\n  \"termination\": {",
            "contract.json: fees: 写了两次（第 4 行和第 11 行）：每项只能写一次，请删去不要的那个"
        ),
    ])
    func aKeyWrittenTwiceNamesItsPathAndBothLines(original: String, replacement: String, message: String) throws {
        let text = Self.example.replacingOccurrences(of: original, with: replacement)
        #expect(text != Self.example)
        #expect(try Self.error(parsing: text).description == message)
    }

    /// A wrong value is placed on its line (after the message, so the path leads), a wrong key on the key's.
    @Test(arguments: [
        (
            "\"monthlyBase\": 5000", "\"monthlyBase\": 1e309",
            "contract.json: fees.monthlyBase: 数字太大（1e309），最多 999,999,999,999（第 4 行）。对应合同条款「基础服务费：每月 5000 元，每月 5 日前支付」"
        ),
        (
            "\"monthlyBase\": 5000", "\"monthlyBase\": -1e400",
            "contract.json: fees.monthlyBase: 数字太大（-1e400），最多 999,999,999,999（第 4 行）。对应合同条款「基础服务费：每月 5000 元，每月 5 日前支付」"
        ),
        (
            "\"monthlyBase\": 5000", "\"monthlyBase\": 1e30",
            "contract.json: fees.monthlyBase: 数字太大（1e+30），最多 999,999,999,999（第 4 行）。对应合同条款「基础服务费：每月 5000 元，每月 5 日前支付」"
        ),
        (
            "\"dailyAdSpend\": 500", "\"dailyAdSpend\": \"500\"",
            "contract.json: limits.dailyAdSpend: 应为数字（不加引号），实际是文本 \"500\"（第 5 行）。对应合同条款「直通车单日花超 500 元，必须经我同意」"
        ),
        (
            "\"orders\": 150", "\"orderz\": 150",
            "contract.json: stages[1].targets.orderz: 未知指标（可用：\(MetricKey.allCases.map(\.rawValue).joined(separator: ", "))）（第 9 行）。对应合同条款「按阶段设目标：第 1 月 手淘搜索 500 / 天、月销 50 单；第 2-3 月 自然流量占 40%、月销 150 单」"
        ),
        (
            "\"to\": \"2025-09\",", "\"to\": \"2025-09\", \"tagrets\": 1,",
            "contract.json: stages[1].tagrets: 未知字段（可用：from, name, noPaidPromotion, targets, to, trial）（第 8 行）。对应合同条款「按阶段设目标：第 1 月 手淘搜索 500 / 天、月销 50 单；第 2-3 月 自然流量占 40%、月销 150 单」"
        ),
        (
            "\"name\": \"第1月 适应期\"", "\"name\": 1e309",
            "contract.json: stages[0].name: 应为文本（加英文双引号），实际是数字 1e309（第 7 行）。对应合同条款「按阶段设目标：第 1 月 手淘搜索 500 / 天、月销 50 单；第 2-3 月 自然流量占 40%、月销 150 单」"
        ),
    ])
    func aWrongValueIsPlacedOnItsLine(original: String, replacement: String, message: String) throws {
        let text = Self.example.replacingOccurrences(of: original, with: replacement)
        #expect(text != Self.example)
        #expect(try Self.error(parsing: text).description == message)
    }

    /// A contract saved as GBK (Notepad's "ANSI") is named as such with the line of its first
    /// non-UTF-8 byte and how to save it as UTF-8, not called invalid JSON.
    @Test func aGBKContractSaysHowToSaveItAsUTF8() throws {
        // Line 2 holds 示例女装旗舰店: 示 in GBK (CA BE) happens to be valid UTF-8, 例 (C0 FD) is not.
        let error = try Self.error(parsing: Fixtures.gb18030(Self.example))
        #expect(
            error.description
                == "contract.json: 不是 UTF-8 编码：第 2 行的字节 0xC0 不是 UTF-8（文件可能存成了 GBK/ANSI）。"
                + "请另存为 UTF-8：记事本「文件 → 另存为」，「编码」选「UTF-8」；WPS「文件 → 另存为」，文件类型选「纯文本」，编码选「UTF-8」")
    }

    /// UTF-8 with a BOM (Notepad before 2019) and UTF-16 with a BOM (Notepad's "Unicode") read as UTF-8 does.
    @Test(arguments: [
        [0xEF, 0xBB, 0xBF] + Array(example.utf8),
        [0xFF, 0xFE] + JSONReaderTests.utf16(example, bigEndian: false),
        [0xFE, 0xFF] + JSONReaderTests.utf16(example, bigEndian: true),
    ])
    func aBOMIsAccepted(bytes: [UInt8]) throws {
        let c = try ContractParser.parse(Data(bytes))
        #expect(c.storeName == "示例女装旗舰店")
        #expect(c.stages.map(\.name) == ["第1月 适应期", "第2-3月 增长期"])
    }

    @Test func settlementDeductsInProportionAndComputesTieredCommission() throws {
        let c = try ContractParser.parse(Data(Self.example.utf8))
        let metrics = [
            MetricValue(key: .orders, actual: 120, actualExcludingSuspicious: 120, target: 150),  // 80%
            // capped at 100%
            MetricValue(key: .gmv, actual: 150_000, actualExcludingSuspicious: 150_000, target: 80000),
        ]
        let s = Settlement.compute(metrics: metrics, contract: c)
        #expect(abs(s.overallAttainment! - 0.9) < 1e-12)
        #expect(s.deduction == Money(yuan: 500))
        #expect(s.commission == Money(yuan: 3000 + 2500))
        #expect(s.payable == Money(yuan: 5000 - 500 + 5500))
    }

    @Test func twoMonthsBelowTheLineAllowTermination() throws {
        let c = try ContractParser.parse(Data(Self.example.utf8))
        let history = [
            TerminationCheck.MonthStanding(
                month: YearMonth("2025-08")!, stageName: "第2-3月 增长期", overallAttainment: 0.7, allTargetsMet: false),
            TerminationCheck.MonthStanding(
                month: YearMonth("2025-09")!, stageName: "第2-3月 增长期", overallAttainment: 0.75, allTargetsMet: false),
        ]
        let check = TerminationCheck.evaluate(history: history, contract: c, anomalies: [])
        #expect(check.mayTerminate)
        #expect(
            check.grounds == [
                .consecutiveMonthsBelow(
                    months: history.map { .init(month: $0.month, attainment: $0.overallAttainment) },
                    threshold: c.termination.missBelow)
            ])
        let oneMonth = TerminationCheck.evaluate(history: [history[1]], contract: c, anomalies: [])
        #expect(!oneMonth.mayTerminate)
        #expect(oneMonth.warnings.count == 1)
    }
}
