import Foundation
import Testing

@testable import AgencyAudit
@testable import AgencyAuditSample
@testable import AuditRecords
@testable import MonthlyAudit

/// A store whose file, zip entry and sheet names and whose cells carry markup, line breaks and
/// control characters: nothing of it may write a heading, a list item or raw HTML into report.md,
/// nor a row into the CSVs, and audit.json must give the text back as it was.
@Suite struct HostileTextReportTests {
    static let contract = """
        {"store": {"name": "测试店"}, "limits": {"dailyAdSpend": 500},
         "stages": [{"name": "九月", "from": "2025-09", "to": "2025-09", "targets": {"orders": 3}}]}
        """
    // Names hold anything but `/` (a line break included, on Linux and macOS alike).
    static let ordersFile = "订单 #1 | <script>alert(1)\n# 已结算.csv"
    static let ignoredFile = "说明 # <img src=x onerror=alert(1)> | *粗*.txt"
    static let zipFile = "推广.zip"
    static let zipEntry = "计划 | <script>\n# 标题.csv"
    static let workbookFile = "订单2.xlsx"
    static let sheetName = "# <b>订单<b> | _表_"
    static let junkSheet = "<script>表"
    static let title = "# 夏装\n<script>x"
    static let campaign = "<img src=x onerror=alert(1)>\n# 计划\u{2028}"
    static let badAmount = "<script>alert(1)</script>\n# 金额"

    static func store() throws -> URL {
        let root = Fixtures.temporaryDirectory().appendingPathComponent("store")
        let month = root.appendingPathComponent("exports/2025-09")
        try FileManager.default.createDirectory(at: month, withIntermediateDirectories: true)
        try Data(contract.utf8).write(to: root.appendingPathComponent("contract.json"))
        func quoted(_ s: String) -> String { "\"" + s + "\"" }
        let orders =
            "订单编号,买家实际支付金额,订单状态,订单付款时间,收货地址,宝贝标题,收货人姓名,联系手机\n"
            + "1,59.00,交易成功,2025-09-05 10:00,浙江省 杭州市 西湖区 文三路100号,\(quoted(title)),张三,13812345678\n"
            + "2,59.00,交易成功,2025-09-05 10:30,浙江省 杭州市 西湖区 文三路100号,\(quoted(title)),李四,13812345679\n"
            + "3,59.00,交易成功,2025-09-05 11:00,浙江省 杭州市 西湖区 文三路100号,\(quoted(title)),王五,13812345670\n"
            + "4,\(quoted(badAmount)),交易成功,2025-09-06 11:00,上海市 浦东新区 世纪大道1号,裙子,赵六,13900000000\n"
        try Data(orders.utf8).write(to: month.appendingPathComponent(ordersFile))
        try Data("这不是报表\n".utf8).write(to: month.appendingPathComponent(ignoredFile))
        let zip = try ZipWriter(
            path: month.appendingPathComponent(zipFile).path,
            modified: ArchiveTimestamp(year: 2025, month: 9, day: 30, hour: 10, minute: 0, second: 0))
        try zip.addEntry(
            name: zipEntry, method: .stored,
            data: Array("日期,计划名称,花费,总成交金额\n2025-09-05,\(quoted(campaign)),900.00,100.00\n".utf8))
        try zip.close()
        let book = try XLSXWriter(
            path: month.appendingPathComponent(workbookFile).path,
            options: XLSXWriter.Options(
                timestamp: ArchiveTimestamp(year: 2025, month: 9, day: 30, hour: 10, minute: 0, second: 0)))
        book.beginSheet(name: sheetName)
        book.row(["订单编号", "买家实际支付金额", "订单状态", "订单付款时间"].map { .text($0) })
        book.row([.text("9"), .number("30.00"), .text("交易成功"), .text("2025-09-07 12:00")])
        book.beginSheet(name: junkSheet)
        book.row([.text("不是表头")])
        book.endSheet()
        try book.close()
        return root
    }

    /// The report's own headings, the only lines that may start with `#`.
    static let headings: Set<String> = [
        "# 托管审计报告：测试店 2025-09", "## 结论", "## 目标对比表", "## 费用结算", "## 利润", "## 异常与证据", "## 诊断三步法", "## 数据核对", "## 提示",
    ]

    /// The month's audit and its report files as written, the store removed.
    static func audit() throws -> (result: MonthAuditResult, files: [String: Data]) {
        let root = try store()
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        let out = root.deletingLastPathComponent().appendingPathComponent("out")
        let runs = try WorkspaceAudit(workspace: StoreWorkspace(root: root), outputRoot: out).run(months: nil)
        var files: [String: Data] = [:]
        for name in ["report.md", "rejects.csv", "anomalies.csv", "suspicious-orders.csv", "targets.csv", "audit.json"]
        {
            files[name] = try Data(contentsOf: out.appendingPathComponent("2025-09/" + name))
        }
        return (try #require(runs.first).result, files)
    }

    static func text(_ files: [String: Data], _ name: String) throws -> String {
        String(decoding: try #require(files[name]), as: UTF8.self)
    }

    @Test func reportMarkdownHasNoHeadingMarkupOrLineOfTheirs() throws {
        let (r, files) = try Self.audit()
        // The hostile texts reach the audit as they are.
        #expect(r.inputs.map(\.file).contains("exports/2025-09/" + Self.ordersFile))
        #expect(r.inputs.map(\.file).contains("exports/2025-09/\(Self.zipFile)/\(Self.zipEntry)"))
        #expect(r.inputs.contains { $0.sheets == [Self.sheetName] })
        #expect(r.ignoredFiles.map(\.file) == ["exports/2025-09/" + Self.ignoredFile])
        #expect(r.rejects.count == 1)
        #expect(r.anomalies.map(\.rule) == [.spendOverLimit, .sameAddressCluster])
        let md = try Self.text(files, "report.md")
        let lines = md.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(
            lines.filter { $0.hasPrefix("#") }.allSatisfy(Self.headings.contains),
            "\(lines.filter { $0.hasPrefix("#") })")
        #expect(lines.filter { $0.hasPrefix("#") }.count == Self.headings.count)
        // Every `<` and `|` of the data is escaped: none starts a tag, none splits a table cell.
        #expect(Self.unescaped("<", in: md) == 0)
        #expect(Self.unescaped("<", in: md.replacingOccurrences(of: "\\<", with: "<")) > 0, "the check sees a tag")
        #expect(md.unicodeScalars.filter { $0.value < 0x20 && $0 != "\n" }.isEmpty)
        for table in ["| 严重度 | 规则 |", "| 文件 | 类型 |"] {
            let header = try #require(lines.firstIndex { $0.hasPrefix(table) })
            let width = Self.cells(lines[header])
            let rows = lines[(header + 2)...].prefix { $0.hasPrefix("|") }
            #expect(rows.count >= 2)
            #expect(rows.allSatisfy { Self.cells($0) == width }, "\(rows)")
        }
        // The file, zip entry and sheet names, and the cells, as report.md shows them.
        #expect(md.contains("| exports/2025-09/订单 \\#1 \\| \\<script\\>alert(1)\\n\\# 已结算.csv |"))
        #expect(md.contains("| exports/2025-09/推广.zip/计划 \\| \\<script\\>\\n\\# 标题.csv |"))
        #expect(md.contains("| xlsx（工作表：\\# \\<b\\>订单\\<b\\> \\| \\_表\\_） |"))
        #expect(md.contains("- exports/2025-09/订单2.xlsx：工作表「\\<script\\>表」没有认出表头，未读取\n"))
        #expect(md.contains("- 未读取 exports/2025-09/说明 \\# \\<img src=x onerror=alert(1)\\> \\| \\*粗\\*.txt："))
        #expect(md.contains("实际是「\\<script\\>alert(1)\\</script\\>\\n\\# 金额」\n"))
        #expect(md.contains("花费最多的计划：\\<img src=x onerror=alert(1)\\>\\n\\# 计划\\u{2028} ¥900.00"))
        #expect(md.contains("同一商品「\\# 夏装\\n\\<script\\>x」"))
    }

    /// The number of cells in a table row: its unescaped pipes, less one.
    static func cells(_ row: String) -> Int { unescaped("|", in: row) - 1 }

    /// How many times `mark` stands in `text` without a backslash before it.
    static func unescaped(_ mark: Character, in text: String) -> Int {
        var count = 0
        var escaped = false
        for c in text {
            if c == mark && !escaped { count += 1 }
            escaped = c == "\\" && !escaped
        }
        return count
    }

    @Test func theCSVsKeepOneRowPerLineAndShowLineBreaksAsEscapes() throws {
        let (_, files) = try Self.audit()
        for file in ["rejects.csv", "anomalies.csv", "suspicious-orders.csv", "targets.csv"] {
            let csv = try Self.text(files, file)
            let rows = csv.split(separator: "\r\n", omittingEmptySubsequences: false)
            // suspicious-orders.csv alone has cells of several lines (one indicator per finding).
            if file != "suspicious-orders.csv" { #expect(!rows.contains { $0.contains("\n") }, "\(file)") }
            #expect(!csv.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\r" }, "\(file)")
        }
        let rejects = try Self.text(files, "rejects.csv")
        #expect(rejects.contains(#"exports/2025-09/订单 #1 | <script>alert(1)\n# 已结算.csv,8,第 2 列「买家实际支付金额」,"#))
        #expect(rejects.contains(#"实际是「<script>alert(1)</script>\n# 金额」"#))
        #expect(
            rejects.contains(
                #""4,<script>alert(1)</script>\n# 金额,交易成功,2025-09-06 11:00,上海市 浦东新区 ***,裙子,赵*,139****0000""#))
        let anomalies = try Self.text(files, "anomalies.csv")
        #expect(anomalies.contains(#"花费最多的计划：<img src=x onerror=alert(1)>\n# 计划\u{2028} ¥900.00"#))
        #expect(anomalies.contains(#"同一商品「# 夏装\n<script>x」"#))
        let suspicious = try Self.text(files, "suspicious-orders.csv")
        #expect(suspicious.contains(#",# 夏装\n<script>x,"#))
    }

    /// audit.json gives every text back as it was, control characters escaped as JSON requires.
    @Test func auditJSONHoldsTheTextsAsTheyWere() throws {
        let (_, files) = try Self.audit()
        let data = try #require(files["audit.json"])
        #expect(!data.contains { $0 < 0x20 && $0 != 0x0A })
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let inputs = try #require(json["inputs"] as? [[String: Any]])
        #expect(inputs.compactMap { $0["file"] as? String }.contains("exports/2025-09/" + Self.ordersFile))
        #expect(inputs.compactMap { $0["sheets"] as? [String] }.contains([Self.sheetName]))
        let ignored = try #require(json["ignoredFiles"] as? [[String: Any]])
        #expect(ignored.first?["file"] as? String == "exports/2025-09/" + Self.ignoredFile)
        let anomalies = try #require(json["anomalies"] as? [[String: Any]])
        let evidence = anomalies.compactMap { $0["evidence"] as? String }
        #expect(evidence.contains { $0.contains("花费最多的计划：\(Self.campaign) ¥900.00") })
        #expect(evidence.contains { $0.contains("同一商品「\(Self.title)」") })
        let text = String(decoding: data, as: UTF8.self)
        #expect(!text.contains("\u{2028}") && text.contains(#"# 计划\u2028 ¥900.00"#))
        #expect(text.contains(#""file": "exports/2025-09/推广.zip/计划 | <script>\n# 标题.csv""#))
    }
}
