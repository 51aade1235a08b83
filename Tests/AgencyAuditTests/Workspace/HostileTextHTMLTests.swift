import Foundation
import Testing

@testable import AgencyAudit
@testable import AgencyAuditSample
@testable import AuditRecords
@testable import MonthlyAudit

/// A store whose names, titles, campaigns and file names carry markup meant to run in a browser:
/// report.html shows every one of them as text and nothing of them as markup. Untrusted text lands
/// only in text nodes, `<title>`, `<desc>` and quoted attribute values; ids and links are the
/// renderer's own.
@Suite struct HostileTextHTMLTests {
    static let store = "店\"><script>alert('店')</script>"
    static let agency = "</svg><svg onload=alert(1)>' onmouseover='x"
    static let stage = "<a href=\"javascript:alert(1)\">阶段</a>"
    static let ordersFile = "订单 \"><img src=x onerror=alert(1)> javascript:void(0).csv"
    static let title = "</title><script>x</script>\" onerror=\"y"
    static let campaign = "</svg><script>alert(1)</script><a href=javascript:alert(2)>计划</a>"
    /// Where the merchant read a typed-in figure (manual.csv's source column).
    static let source = "<img src=x onerror=alert(3)> 截图"

    static func contract() -> String {
        func json(_ s: String) -> String {
            "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        return """
            {"store": {"name": \(json(store))}, "agency": {"name": \(json(agency))},
             "fees": {"monthlyBase": 1000, "grossMargin": 0.3},
             "limits": {"dailyAdSpend": 500, "roiRedLine": 2, "roiRedLineDays": 2, "campaignDailySpend": 500,
                        "monthlyAdBudget": 1000},
             "service": {"perPlatformComplaint": 100},
             "stages": [{"name": \(json(stage)), "from": "2025-09", "to": "2025-09", "targets": {"orders": 3}}]}
            """
    }

    static func audit() throws -> (page: String, result: MonthAuditResult, dossier: String) {
        let root = Fixtures.temporaryDirectory().appendingPathComponent("store")
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        let month = root.appendingPathComponent("exports/2025-09")
        try FileManager.default.createDirectory(at: month, withIntermediateDirectories: true)
        try Data(contract().utf8).write(to: root.appendingPathComponent("contract.json"))
        func quoted(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        var orders = "订单编号,买家实际支付金额,订单状态,订单付款时间,收货地址,宝贝标题,收货人姓名,联系手机\n"
        for k in 0..<4 {
            orders +=
                "\(k + 1),59.00,交易成功,2025-09-05 10:0\(k),浙江省 杭州市 西湖区 文三路100号,\(quoted(title)),"
                + "\(quoted("<b>买家\(k)</b>")),1381234567\(k)\n"
        }
        try Data(orders.utf8).write(to: month.appendingPathComponent(ordersFile))
        var ads = "日期,计划名称,花费,总成交金额\n"
        for day in 5...7 { ads += "2025-09-0\(day),\(quoted(campaign)),900.00,100.00\n" }
        try Data(ads.utf8).write(to: month.appendingPathComponent("推广 <svg onload=alert(1)>.csv"))
        try Data("metric,value,source\nplatformComplaints,1,\(quoted(source))\n".utf8).write(
            to: month.appendingPathComponent("manual.csv"))
        let out = root.deletingLastPathComponent().appendingPathComponent("out")
        let runs = try WorkspaceAudit(workspace: StoreWorkspace(root: root), outputRoot: out).run(months: nil)
        let page = try String(contentsOf: out.appendingPathComponent("2025-09/report.html"), encoding: .utf8)
        let dossier = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        return (page, try #require(runs.first).result, dossier)
    }

    /// The elements report.html is made of; anything else came from the data.
    static let elements: Set<String> = [
        "html", "head", "meta", "title", "style", "body", "header", "footer", "section", "h1", "h2", "h3", "p", "div",
        "strong", "br", "ul", "ol", "li", "figure", "figcaption", "table", "thead", "tbody", "tr", "th", "td", "svg",
        "desc", "defs", "pattern", "g", "rect", "line", "path", "circle", "text", "a", "pre", "span",
    ]

    @Test func everyHostileTextIsTextAndNothingOfItIsMarkup() throws {
        let (page, r, _) = try Self.audit()
        // The texts reach the audit as they are, and findings name the campaign and the title.
        #expect(r.storeName == Self.store && r.agencyName == Self.agency)
        #expect(r.anomalies.contains { $0.rule == .spendOverLimit })
        #expect(r.anomalies.contains { $0.rule == .roiBelowRedLine })
        let tagCount = Self.checkOnlyOwnMarkup(page) { $0.hasPrefix("#anomaly-") }
        #expect(tagCount > 100)
        #expect(page.components(separatedBy: "<svg ").count == page.components(separatedBy: "</svg>").count)
        // The hostile texts are on the page, as text.
        #expect(page.contains("&lt;script&gt;alert(&#39;店&#39;)&lt;/script&gt;"))
        #expect(page.contains("&lt;/svg&gt;&lt;svg onload=alert(1)&gt;&#39; onmouseover=&#39;x"))
        #expect(page.contains("&lt;a href=&quot;javascript:alert(1)&quot;&gt;阶段&lt;/a&gt;"))
        #expect(page.contains("订单 &quot;&gt;&lt;img src=x onerror=alert(1)&gt; javascript:void(0).csv"))
        #expect(page.contains("&lt;/svg&gt;&lt;script&gt;alert(1)&lt;/script&gt;"))
        // (The evidence quotes the title's first 16 characters.)
        #expect(page.contains("同一商品「&lt;/title&gt;&lt;script&gt;」"))
        // The page's <title> holds the store's name as text.
        #expect(
            page.contains("<title>托管审计报告：店&quot;&gt;&lt;script&gt;alert(&#39;店&#39;)&lt;/script&gt; 2025-09</title>"))
        #expect(!page.contains("<b>买家"), "buyer names are masked and escaped")
        // The contract's clauses name the campaign and the typed-in figure's source as text too.
        let clauses = try HTMLReportTests.segment(page, from: "<table class=\"clause-checks\">", to: "</table>")
        #expect(clauses.contains("&lt;/svg&gt;&lt;script&gt;alert(1)&lt;/script&gt;"))
        let service = try HTMLReportTests.segment(page, from: "<table class=\"service\">", to: "</table>")
        #expect(service.contains("&lt;img src=x onerror=alert(3)&gt; 截图"))
        #expect(page.contains("id=\"profit\""))
    }

    /// The dossier shows the store's, the agency's and the stage's names as text, and links only to
    /// the month reports beside it.
    @Test func theDossierShowsTheContractsNamesAsText() throws {
        let (_, _, dossier) = try Self.audit()
        let tags = Self.checkOnlyOwnMarkup(dossier) { $0 == "2025-09/report.html" }
        #expect(tags > 50)
        #expect(dossier.contains("&lt;script&gt;alert(&#39;店&#39;)&lt;/script&gt;"))
        #expect(dossier.contains("&lt;/svg&gt;&lt;svg onload=alert(1)&gt;&#39; onmouseover=&#39;x"))
        #expect(dossier.contains("&lt;a href=&quot;javascript:alert(1)&quot;&gt;阶段&lt;/a&gt;"))
        #expect(dossier.components(separatedBy: "<svg ").count == dossier.components(separatedBy: "</svg>").count)
        // The month's clauses, profit and typed-in figures, as text.
        let clauses = try HTMLReportTests.segment(dossier, from: "<table class=\"clause-checks\">", to: "</table>")
        #expect(clauses.contains("&lt;/svg&gt;&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(dossier.contains("&lt;img src=x onerror=alert(3)&gt; 截图"))
    }

    /// Checks that every tag of `page` is one of the pages' own elements, with no event handler, no
    /// script URL, generated ids only and links `isOwnLink` accepts; returns how many tags it read.
    @discardableResult
    static func checkOnlyOwnMarkup(_ page: String, isOwnLink: (Substring) -> Bool) -> Int {
        // Every tag is one of the page's own, with no event handler and no script URL.
        var rest = page[...]
        var tagCount = 0
        while let open = rest.firstIndex(of: "<") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: ">") else {
                Issue.record("a `<` never closed")
                break
            }
            let tag = after[..<close]
            rest = after[after.index(after: close)...]
            if tag.hasPrefix("!DOCTYPE") { continue }
            tagCount += 1
            let name = tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
            #expect(Self.elements.contains(name), "element <\(tag)>")
            // Attribute names: the words before each `="`.
            var scan = tag[...]
            while let eq = scan.range(of: "=\"") {
                let attribute = scan[..<eq.lowerBound].split(separator: " ").last.map(String.init) ?? ""
                #expect(!attribute.lowercased().hasPrefix("on"), "handler in <\(tag)>")
                guard let end = scan.range(of: "\"", range: eq.upperBound..<scan.endIndex) else { break }
                let value = scan[eq.upperBound..<end.lowerBound]
                #expect(!value.lowercased().contains("javascript:"), "script URL in <\(tag)>")
                if attribute == "href" { #expect(isOwnLink(value), "\(value)") }
                if attribute == "id" {
                    #expect(value.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
                }
                scan = scan[end.upperBound...]
            }
            // Outside quotes, a tag holds only the page's attribute syntax: no bare `onload=`.
            #expect(!tag.lowercased().contains(" on") || tag.contains("=\""), "<\(tag)>")
        }
        return tagCount
    }
}
