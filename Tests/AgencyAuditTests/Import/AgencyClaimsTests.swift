import Testing

@testable import AuditImport
@testable import AuditRecords
@testable import AuditReport

/// agency-claims.csv: the names a metric goes by, the ways a figure is written, the encodings a
/// merchant's spreadsheet saves, and the lines that cannot be used (named by line and column,
/// while the good lines are still read).
@Suite struct AgencyClaimsTests {
    static let file = "exports/2025-08/agency-claims.csv"

    static func parse(_ text: String) -> AgencyClaims { AgencyClaims.parse(Array(text.utf8), file: file) }

    /// One line, `name,value`, read alone.
    static func claim(_ name: String, _ value: String) -> AgencyClaim? {
        let claims = parse("metric,claimed\n\(CSVCell.quoted(name)),\(CSVCell.quoted(value))\n")
        return claims.claims.first
    }

    @Test(arguments: [
        // Amounts: ¥ of either width, thousands separators, 万 and w, a unit word, full-width digits.
        ("GMV", "¥270,000", MetricKey.gmv, 270_000.0),
        ("销售额", "27万", .gmv, 270_000),
        ("成交额", "27.4万元", .gmv, 274_000),
        ("gmv", "270000", .gmv, 270_000),
        ("月销售额", "￥２７０，０００", .gmv, 270_000),
        ("销售额（元）", "270,000.50", .gmv, 270_000.5),
        ("支付金额", "¥27万", .gmv, 270_000),
        ("客单价", "¥174.5", .averageOrderValue, 174.5),
        ("推广花费", "1.05w", .adSpend, 10_500),
        ("refundAmount", "9,585.85元", .refundAmount, 9_585.85),
        // Counts.
        ("订单数", "1,750单", .orders, 1_750),
        ("Orders", "1650", .orders, 1_650),
        ("访客", "1.2万", .visitors, 12_000),
        ("UV", "67,040人", .visitors, 67_040),
        ("searchVisitorsPerDay", "650人/天", .searchVisitorsPerDay, 650),
        // Shares: a percent, or a fraction up to 1.
        ("自然流量占比", "58%", .naturalTrafficShare, 0.58),
        ("自然流量占比", "0.58", .naturalTrafficShare, 0.58),
        ("naturalTrafficShare", "５８％", .naturalTrafficShare, 0.58),
        ("转化率", "2.35%", .conversionRate, 0.0235),
        ("退款率", "3.3%", .refundRate, 0.033),
        // ROI: 1:x with a colon of either width, or x.
        ("ROI", "1:4.2", .adROI, 4.2),
        ("投产比", "4.2", .adROI, 4.2),
        ("投入产出比", "1：4.2", .adROI, 4.2),
        ("ROI(倍)", "4.2倍", .adROI, 4.2),
        ("ＲＯＩ", " 1:4.2 ", .adROI, 4.2),
    ])
    func figuresAreReadAsPeopleWriteThem(name: String, value: String, metric: MetricKey, expected: Double) throws {
        let claim = try #require(Self.claim(name, value), "\(name),\(value)")
        #expect(claim.metric == metric)
        #expect(abs(claim.claimed - expected) < 1e-9, "\(name),\(value) read as \(claim.claimed)")
        #expect(claim.line == 2)
    }

    /// Every metric answers to its contract.json name (in any case) and to its name in the reports;
    /// a per-item one, which would name no item, to none (`aPerItemClaimNamesItsItem`).
    @Test(arguments: MetricKey.allCases)
    func everyMetricAnswersToItsContractNameAndItsReportName(metric: MetricKey) {
        guard !metric.isPerItem else {
            #expect(ClaimMetricName.metric(named: metric.rawValue) == nil)
            #expect(ClaimMetricName.metric(named: metric.name(in: .chinese)) == nil)
            return
        }
        #expect(ClaimMetricName.metric(named: metric.rawValue) == metric)
        #expect(ClaimMetricName.metric(named: metric.rawValue.uppercased()) == metric)
        #expect(ClaimMetricName.metric(named: metric.name(in: .chinese)) == metric)
        #expect(ClaimMetricName.metric(named: " \(metric.name(in: .chinese)) ") == metric)
    }

    /// A per-item figure names its item by 商品ID or 商家编码: the per-item name then the id, as
    /// contract.json and the reports spell it, or the item first, as slides say it.
    @Test(arguments: [
        ("itemUnits:612345678901", "320", MetricKey.itemUnits, "612345678901", 320.0),
        ("ItemUnits 612345678901", "320件", .itemUnits, "612345678901", 320),
        ("单品销量 612345678901", "320件", .itemUnits, "612345678901", 320),
        ("单品月销件数（商品 612345678901）", "320", .itemUnits, "612345678901", 320),
        ("单品月销件数(商品ID:612345678901)", "320", .itemUnits, "612345678901", 320),
        ("商品 612345678901 月销", "320 件", .itemUnits, "612345678901", 320),
        ("商品ID 612345678901 销量", "320", .itemUnits, "612345678901", 320),
        ("商家编码 SKU-B 销售额", "¥1.2万", .itemSales, "SKU-B", 12_000),
        ("itemSales:SKU-B", "12000", .itemSales, "SKU-B", 12_000),
        ("单品月销售额 612345678901", "¥9,600", .itemSales, "612345678901", 9_600),
        ("单品销售额：612345678901", "9600元", .itemSales, "612345678901", 9_600),
    ])
    func aPerItemClaimNamesItsItem(name: String, value: String, metric: MetricKey, item: String, expected: Double)
        throws
    {
        let claim = try #require(Self.claim(name, value), "\(name),\(value)")
        #expect(claim.metric == metric)
        #expect(claim.item?.id == item)
        #expect(claim.item?.key == TargetItem.key(of: item))
        #expect(abs(claim.claimed - expected) < 1e-9, "\(name),\(value) read as \(claim.claimed)")
    }

    /// A per-item name without its item is a problem saying so; the same item twice keeps the first;
    /// two items under one metric are two claims; a store figure keeps no item.
    @Test func perItemClaimsWithoutTheirItemOrTwiceAreProblems() {
        let claims = Self.parse(
            "metric,claimed\n单品销量,320\nitemUnits:612345678901,320\n商品 612345678901 月销,300\n"
                + "itemUnits:SKU-B,10\nGMV,270000\n商品 612345678901 点击率,2%\n")
        #expect(claims.claims.map(\.metric) == [.itemUnits, .itemUnits, .gmv])
        #expect(claims.claims.map(\.item?.id) == ["612345678901", "SKU-B", nil])
        #expect(
            claims.problems.map(\.reason) == [
                .itemWithoutID(.itemUnits), .repeatedMetric(.itemUnits, firstFile: Self.file, firstLine: 3),
                .unknownMetric(found: "商品 612345678901 点击率"),
            ])
        #expect(
            ClaimWording.problem(claims.problems[0])
                == "\(Self.file) 第 2 行第 1 列：单品月销件数要写明是哪个商品：在指标名后写商品ID或商家编码，如「单品月销件数 612345678901」")
        #expect(
            ClaimWording.problem(claims.problems[0], language: .english)
                == "\(Self.file) line 2, column 1: item units sold needs the item: write its item ID or SKU code after the "
                + "name, e.g. “itemUnits:612345678901”")
    }

    @Test(arguments: [
        ("GMV", "58%", ClaimValue.Failure.notANumber),  // a percent on an amount
        ("GMV", "abc", .notANumber),
        ("GMV", "12,34", .notANumber),  // a comma out of its place, as the export readers refuse it
        ("GMV", "-5", .notANumber),
        ("GMV", "1:4", .notANumber),
        ("订单数", "10%", .notANumber),
        ("ROI", "420%", .notANumber),
        ("ROI", "4.2万", .notANumber),
        ("自然流量占比", "58", .shareWithoutPercent),
        ("自然流量占比", "58万", .notANumber),
        ("转化率", "", .empty),
        ("转化率", "  ", .empty),
    ])
    func figuresThatAreNoneAreRefused(name: String, value: String, failure: ClaimValue.Failure) throws {
        let metric = try #require(ClaimMetricName.metric(named: name))
        #expect(ClaimValue.parse(value, unit: metric.unit) == .failure(failure), "\(name),\(value)")
    }

    /// Bad lines are listed with their line and column; the good lines around them are used.
    @Test func badLinesAreNamedByLineAndColumnAndTheRestIsRead() {
        let claims = Self.parse(
            """
            metric,claimed
            GMV,27万
            直通车点击率,2.1%
            ,5
            转化率,abc
            自然流量占比,58
            访客数,
            GMV,28万
            ROI,"1:4.2"
            """)
        #expect(claims.files == [Self.file])
        #expect(
            claims.claims == [
                AgencyClaim(metric: .gmv, claimed: 270_000, line: 2),
                AgencyClaim(metric: .adROI, claimed: 4.2, line: 9),
            ])
        #expect(
            claims.problems == [
                ClaimProblem(file: Self.file, line: 3, column: 1, reason: .unknownMetric(found: "直通车点击率")),
                ClaimProblem(file: Self.file, line: 4, column: 1, reason: .unknownMetric(found: "")),
                ClaimProblem(
                    file: Self.file, line: 5, column: 2, reason: .notANumber(found: "abc", metric: .conversionRate)),
                ClaimProblem(
                    file: Self.file, line: 6, column: 2,
                    reason: .shareWithoutPercent(found: "58", metric: .naturalTrafficShare)),
                ClaimProblem(file: Self.file, line: 7, column: 2, reason: .emptyValue(.visitors)),
                ClaimProblem(
                    file: Self.file, line: 8, column: 1,
                    reason: .repeatedMetric(.gmv, firstFile: Self.file, firstLine: 2)),
            ])
        // As the report and the console say them: the file, the line, the column and what was expected.
        #expect(
            claims.problems.map { ClaimWording.problem($0) } == [
                "exports/2025-08/agency-claims.csv 第 3 行第 1 列：「直通车点击率」不是审计能核对的指标：应写 contract.json 的指标名或报告里的中文名（如 \(ClaimWording.chineseExamples)）",
                "exports/2025-08/agency-claims.csv 第 4 行第 1 列：没有写指标名：应写 contract.json 的指标名或报告里的中文名（如 \(ClaimWording.chineseExamples)）",
                "exports/2025-08/agency-claims.csv 第 5 行第 2 列：「abc」不是支付转化率的数值：应写百分比，如 58% 或 0.58",
                "exports/2025-08/agency-claims.csv 第 6 行第 2 列：「58」没有百分号，看不出是百分之几：自然流量占比应写作百分比（如 58%）或小数（如 0.58）",
                "exports/2025-08/agency-claims.csv 第 7 行第 2 列：访客数没有填写汇报值：应写数量，如 1,650、1650单 或 1.2万",
                "exports/2025-08/agency-claims.csv 第 8 行第 1 列：月销售额已在 exports/2025-08/agency-claims.csv 第 2 行汇报过：按第一次的数字核对，这一行未用",
            ])
        #expect(
            ClaimWording.problem(claims.problems[2], language: .english)
                == "exports/2025-08/agency-claims.csv line 5, column 2: “abc” is not a figure for conversion rate: expected a percentage such as 58% or a fraction such as 0.58"
        )
    }

    /// The header is optional, and so are comment and blank lines; a note column is ignored; a
    /// long value is cut in its problem's wording.
    @Test func headerCommentsBlankLinesAndNotesAreLeftAside() {
        let claims = Self.parse(
            "# 8月运营汇报\r\n\r\nGMV,27万,含活动\r\n指标,汇报值\r\nROI,4.2\r\n,\r\n转化率,\(String(repeating: "x", count: 50))\r\n")
        #expect(claims.claims.map(\.metric) == [.gmv, .adROI])
        #expect(claims.claims.map(\.line) == [3, 5])
        // A header-like line after the first claim is a line like any other: no metric it names.
        #expect(claims.problems.map(\.line) == [4, 7])
        #expect(claims.problems[0].reason == .unknownMetric(found: "指标"))
        #expect(
            claims.problems[1].reason
                == .notANumber(found: String(repeating: "x", count: 40) + "…", metric: .conversionRate))
    }

    /// Typed in Notepad, a figure with thousands separators and no quotes spans cells: its groups
    /// are taken back in, and only they (a note column stays a note).
    @Test func aFigureTypedWithCommasAndNoQuotesIsReadWhole() {
        let claims = Self.parse("GMV,¥270,000\n订单数,1,750单\n推广花费,10,458.09,含 2 天活动\n客单价,174,满减后\nROI,4.2,200\n")
        #expect(claims.claims.map(\.claimed) == [270_000, 1_750, 10_458.09, 174])
        #expect(
            claims.problems == [
                ClaimProblem(file: Self.file, line: 5, column: 2, reason: .notANumber(found: "4.2,200", metric: .adROI))
            ])
    }

    /// What Excel and WPS save: UTF-8 with a BOM, GBK, and UTF-16 tab-separated "Unicode text";
    /// all read to the same claims, on the same lines.
    @Test func utf8WithBOMGBKAndUTF16TextReadAlike() {
        let text = "指标,汇报值\r\n销售额,27万\r\n投产比,1:4.2\r\n自然流量占比,58%\r\n客单价,abc\r\n"
        let plain = AgencyClaims.parse(Array(text.utf8), file: Self.file)
        #expect(plain.claims.count == 3)
        #expect(plain.problems.map(\.line) == [5])
        let bom = AgencyClaims.parse(Fixtures.utf8(text, bom: true), file: Self.file)
        let gbk = AgencyClaims.parse(Fixtures.gb18030(text), file: Self.file)
        #expect(String(validating: Fixtures.gb18030(text), as: UTF8.self) == nil, "GBK bytes are no UTF-8")
        let tabbed = text.replacingOccurrences(of: ",", with: "\t")
        let utf16: [UInt8] = [0xFF, 0xFE] + tabbed.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let unicodeText = AgencyClaims.parse(utf16, file: Self.file)
        for other in [bom, gbk, unicodeText] {
            #expect(other.claims == plain.claims)
            #expect(other.problems == plain.problems)
        }
    }

    @Test func aFileThatIsNoTextIsOneProblemNotACrash() throws {
        // Broken UTF-16 (a lone surrogate): one line whose replaced characters name no metric.
        let claims = AgencyClaims.parse([0xFF, 0xFE, 0x00, 0xD8, 0x41], file: Self.file)
        #expect(claims.claims.isEmpty)
        let problem = try #require(claims.problems.first)
        #expect(claims.problems.count == 1)
        #expect(problem.line == 1 && problem.column == 1)
        guard case .unknownMetric(let found) = problem.reason else {
            Issue.record("\(problem.reason)")
            return
        }
        #expect(found.unicodeScalars.allSatisfy { $0 == "\u{FFFD}" })
        // An empty file claims nothing and has nothing wrong with it.
        #expect(
            AgencyClaims.parse([], file: Self.file)
                == AgencyClaims.parse(Array("metric,claimed\n".utf8), file: Self.file))
        #expect(AgencyClaims.parse([], file: Self.file).problems.isEmpty)
    }

    /// A second claims file in the month: its claims join the first's; a metric both claim keeps
    /// the first file's figure.
    @Test func aSecondFileAddsItsClaimsAndCannotRepeatAMetric() {
        var claims = Self.parse("GMV,27万\n")
        claims.read(Array("ROI,4.2\ngmv,30万\n".utf8), file: "exports/2025-08/slides/AGENCY-CLAIMS.CSV")
        #expect(claims.files == [Self.file, "exports/2025-08/slides/AGENCY-CLAIMS.CSV"])
        #expect(claims.claims.map(\.metric) == [.gmv, .adROI])
        #expect(
            claims.problems == [
                ClaimProblem(
                    file: "exports/2025-08/slides/AGENCY-CLAIMS.CSV", line: 2, column: 1,
                    reason: .repeatedMetric(.gmv, firstFile: Self.file, firstLine: 1))
            ])
    }

    @Test(arguments: [
        ("exports/2025-08/agency-claims.csv", true), ("exports/2025-08/Agency-Claims.CSV", true),
        ("exports/2025-08/运营/agency-claims.csv", true), ("agency-claims.csv", true),
        ("exports/2025-08/agency-claims.csv.bak", false), ("exports/2025-08/my-agency-claims.csv", false),
        ("exports/2025-08/agency-claims.xlsx", false),
    ])
    func theFileIsRecognisedByItsNameInAnyCase(path: String, isClaims: Bool) {
        #expect(AgencyClaims.isClaimsFile(path) == isClaims)
    }
}

/// A cell as a CSV writer quotes it (a comma, a quote or a line break inside).
private enum CSVCell {
    static func quoted(_ s: String) -> String {
        s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" })
            ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
}
