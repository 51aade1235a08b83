import Foundation
import Testing

@testable import AgencyAudit
@testable import AuditRecords
@testable import AuditReport
@testable import MonthlyAudit

/// report.html read back as figures: the page is locked down and self-contained, and each chart
/// draws what the month's data and contract say (one bar or point per day, the contract's lines,
/// the breach run shaded over exactly its days, one mark per day with a finding).
@Suite struct HTMLReportTests {
    /// The committed demo store's months, audited once per test.
    static func demoMonths() throws -> [MonthAuditResult] {
        let scratch = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let store = Fixtures.sampleData.appendingPathComponent("demo-store")
        return try WorkspaceAudit(
            workspace: StoreWorkspace(root: store), outputRoot: scratch.appendingPathComponent("out")
        )
        .run(months: nil).map(\.result)
    }

    static func page(_ r: MonthAuditResult, _ options: ReportOptions = ReportOptions()) -> String {
        String(decoding: HTMLReport().render(r, options: options), as: UTF8.self)
    }

    /// The text between `start` and the next `end` after it.
    static func segment(_ text: String, from start: String, to end: String) throws -> Substring {
        let a = try #require(text.range(of: start), "no \(start)")
        let b = try #require(text.range(of: end, range: a.upperBound..<text.endIndex), "no \(end) after \(start)")
        return text[a.lowerBound..<b.upperBound]
    }

    /// Every `<tag …>` of a kind in `text`, with its attributes.
    static func tags(_ name: String, in text: Substring) -> [[String: String]] {
        var found: [[String: String]] = []
        var rest = text[...]
        while let open = rest.range(of: "<\(name) ") {
            guard let close = rest.range(of: ">", range: open.upperBound..<rest.endIndex) else { break }
            let body = rest[open.upperBound..<close.lowerBound]
            var attributes: [String: String] = [:]
            var scan = body[...]
            while let eq = scan.range(of: "=\"") {
                let key = scan[..<eq.lowerBound].split(separator: " ").last.map(String.init) ?? ""
                guard let endQuote = scan.range(of: "\"", range: eq.upperBound..<scan.endIndex) else { break }
                attributes[key] = String(scan[eq.upperBound..<endQuote.lowerBound])
                scan = scan[endQuote.upperBound...]
            }
            found.append(attributes)
            rest = rest[close.upperBound...]
        }
        return found
    }

    @Test func sha256MatchesTheStandardVectors() {
        #expect(SHA256.base64Digest(Array("abc".utf8)) == "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=")
        #expect(SHA256.base64Digest([]) == "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=")
        #expect(
            SHA256.base64Digest(Array(repeating: UInt8(ascii: "a"), count: 1000))
                == "Qe3s5C1j6Nm/UVqbppMuHCDLyfWl0TRkWttdsblzfqM=")
        #expect(
            SHA256.base64Digest(Array(String(repeating: "审计", count: 37).utf8))
                == "nuz9YcPlqip7Y4li4fPSSeinsJOt2Q0PGUROQThEGJw=")
    }

    @Test func thePageIsSelfContainedAndAllowsOnlyItsOwnStyle() throws {
        let months = try Self.demoMonths()
        for r in months {
            let html = Self.page(r)
            #expect(
                html.hasPrefix(
                    "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\""
                ))
            let csp = try #require(
                Self.tags("meta", in: html[...]).first { $0["http-equiv"] == "Content-Security-Policy" }?["content"])
            #expect(
                csp.contains("default-src 'none'") && csp.contains("base-uri 'none'")
                    && csp.contains("form-action 'none'"))
            #expect(csp.contains("img-src data:"))
            // The style the policy allows is the page's own, byte for byte.
            let style = try Self.segment(html, from: "<style>", to: "</style>").dropFirst(7).dropLast(8)
            #expect(csp.contains("style-src 'sha256-\(SHA256.base64Digest(Array(style.utf8)))'"))
            #expect(html.components(separatedBy: "<style>").count == 2, "one style element")
            // Nothing to run and nothing fetched: the only URL is SVG's namespace name.
            #expect(!html.lowercased().contains("<script"))
            #expect(!html.contains(" style=\""), "no inline style attribute (the policy would block it)")
            let urls = html.components(separatedBy: "http").dropFirst().map { String($0.prefix(24)) }
                .filter { !$0.hasPrefix("-equiv=") }
            #expect(urls.allSatisfy { $0.hasPrefix("://www.w3.org/2000/svg\"") }, "\(urls)")
            #expect(!html.contains(" src=") && !html.contains("@import") && !html.contains("@font-face"))
            // Every chart is an image with a title and a description, its figures in a table beneath it.
            let charts = Self.tags("svg", in: html[...]).filter { $0["class"] == "chart" }
            #expect(charts.count >= 4)
            for chart in charts {
                #expect(chart["role"] == "img")
                let id = try #require(chart["id"]).replacingOccurrences(of: "-chart", with: "")
                #expect(chart["aria-labelledby"] == "\(id)-title \(id)-desc")
                let figure = try Self.segment(html, from: "id=\"\(id)\">\n<figcaption>", to: "</figure>")
                #expect(figure.contains("<title id=\"\(id)-title\">") && figure.contains("<desc id=\"\(id)-desc\">"))
                #expect(figure.contains("<table class=\"figures\">"))
            }
        }
    }

    @Test func theChartsDrawEachDayAndTheContractsLines() throws {
        let months = try Self.demoMonths()
        let july = try #require(months.first { $0.month.description == "2025-07" })
        let html = Self.page(july)
        let days = july.month.dayCount
        // Visitors: one bar per day and source group that had visitors, each with the day's figure.
        let visitors = try Self.segment(html, from: "<svg class=\"chart\" id=\"visitors-chart\"", to: "</svg>")
        let free = Self.tags("rect", in: visitors).filter { $0["class"] == "bar free" }
        #expect(free.count == july.daily.days.filter { $0.freeVisitors > 0 }.count)
        #expect(free.count == days)
        for bar in free {
            let day = try #require(july.daily.days.first { $0.day.description == bar["data-day"] })
            #expect(bar["data-value"] == String(day.freeVisitors))
        }
        // Spend: the limit line at the contract's figure.
        let spend = try Self.segment(html, from: "<svg class=\"chart\" id=\"spend-chart\"", to: "</svg>")
        let limit = try #require(Self.tags("line", in: spend).first { $0["class"] == "limit" })
        #expect(limit["data-value"] == "500")
        #expect(july.limits.dailyAdSpend == Money(cents: 50_000))
        let over = Self.tags("rect", in: spend).filter { $0["class"] == "bar over" }.compactMap { $0["data-day"] }
        #expect(over == july.daily.days.filter { $0.adSpend.cents > 50_000 }.map(\.day.description))
        // ROI: one point per day with spend, the red line at the contract's value, the breach run
        // shaded over exactly its days and each of them marked.
        let roi = try Self.segment(html, from: "<svg class=\"chart\" id=\"roi-chart\"", to: "</svg>")
        let points = Self.tags("circle", in: roi)
        #expect(points.count == july.daily.days.filter { $0.adSpend.cents > 0 }.count)
        #expect(Self.tags("line", in: roi).first { $0["class"] == "limit" }?["data-value"] == "1.5")
        let breach = try #require(july.anomalies.first { $0.rule == .roiBelowRedLine })
        #expect(breach.dates.count == 4)
        let shaded = Self.tags("rect", in: roi).filter { $0["class"] == "breach" }
        #expect(shaded.count == 1)
        #expect(shaded.first?["data-from"] == breach.dates.first?.description)
        #expect(shaded.first?["data-to"] == breach.dates.last?.description)
        let band = 644.0 / Double(days)
        let width = try #require(shaded.first?["width"].flatMap(Double.init))
        #expect(abs(width - band * 4) < 0.1)
        let roiMarks = Self.tags("path", in: roi).compactMap { $0["data-day"] }
        #expect(roiMarks == breach.dates.map(\.description))
        // Orders: the suspected fake orders stacked apart, and one mark per day with a fake-order finding.
        let orders = try Self.segment(html, from: "<svg class=\"chart\" id=\"orders-chart\"", to: "</svg>")
        let fakeDays = Set(july.anomalies.filter { $0.isSuspectedFakeOrder() }.flatMap(\.dates))
        #expect(Self.tags("path", in: orders).count == fakeDays.count)
        let hatched = Self.tags("rect", in: orders).filter { $0["class"] == "bar fake" }
        #expect(
            hatched.reduce(0) { $0 + Int($1["data-value"] ?? "0")! }
                == july.daily.days.reduce(0) { $0 + $1.suspectedFakeOrders })
        let marks = Self.tags("a", in: orders).compactMap { $0["href"] }
        // Each mark links to a finding on the page.
        for href in marks { #expect(html.contains("id=\"\(href.dropFirst())\"")) }
    }

    @Test func theDailySeriesAddsUpToTheMonthsMetrics() throws {
        for r in try Self.demoMonths() {
            let orders = r.daily.days.reduce(0) { $0 + $1.paidOrders }
            #expect(Double(orders) == r.metric(.orders)?.actual)
            let clean = r.daily.days.reduce(0) { $0 + $1.paidOrders - $1.suspectedFakeOrders }
            #expect(Double(clean) == r.metric(.orders)?.actualExcludingSuspicious)
            let visitors = r.daily.days.reduce(0) { $0 + $1.visitors }
            #expect(Double(visitors) == r.metric(.visitors)?.actual)
            let spend = r.daily.days.reduce(Money.zero) { $0 + $1.adSpend }
            #expect(spend.yuan == r.metric(.adSpend)?.actual)
        }
    }

    @Test func theWaterfallsPartsAddUpToTheChangeInSales() throws {
        let months = try Self.demoMonths()
        let august = try #require(months.first { $0.month.description == "2025-08" })
        let change = try #require(august.salesChange)
        #expect(change.previousMonth.description == "2025-07")
        let parts = change.parts
        #expect(parts.map(\.factor) == [.traffic, .conversion, .orderValue])
        #expect(
            parts.reduce(Int64(0)) { $0 + $1.amount.cents } == change.currentSales.cents - change.previousSales.cents)
        // Each part carries its factor's share of the log change.
        let d = change.decomposition
        let total = Double(change.currentSales.cents - change.previousSales.cents)
        let expected = total * log1p(d.visitorsChange) / log1p(d.salesChange)
        #expect(abs(Double(parts[0].amount.cents) - expected) <= 1)
        let html = Self.page(august)
        let steps = Self.tags("rect", in: try Self.segment(html, from: "id=\"waterfall-chart\"", to: "</svg>"))
        #expect(steps.count == 5)
        #expect(steps.first?["data-to"] == DisplayNumber.fixed(change.previousSales.yuan, decimals: 1))
        #expect(steps.last?["data-to"] == DisplayNumber.fixed(change.currentSales.yuan, decimals: 1))
        #expect(html.contains("▲ ") || html.contains("▼ "))
        // No comparable month before the first: no waterfall.
        #expect(months.first?.salesChange == nil)
        #expect(!Self.page(months[0]).contains("waterfall-chart"))
    }

    @Test func theTargetTableShowsEachTargetsStandingInTextAndShape() throws {
        for r in try Self.demoMonths() {
            let html = Self.page(r)
            let rows = Self.tags("tr", in: html[...]).filter { $0["class"] == "target" }
            #expect(rows.count == r.findings.count)
            for (row, f) in zip(rows, r.findings) {
                #expect(row["data-metric"] == f.metric.key.rawValue)
                let standing = try #require(row["data-standing"])
                switch standing {
                case "met": #expect(f.metric.isMet == true)
                case "near": #expect(f.metric.attainment.map { $0 >= 0.9 && $0 < 1 } == true)
                case "missed": #expect(f.metric.attainment.map { $0 < 0.9 } == true)
                default: #expect(f.metric.attainment == nil)
                }
            }
            #expect(rows.contains { $0["data-standing"] == "met" } == html.contains("✔ 达标"))
        }
    }

    @Test func theAgencysClaimsStandBesideTheExports() throws {
        let months = try Self.demoMonths()
        let august = try #require(months.first { $0.month.description == "2025-08" })
        #expect(!august.claims.isEmpty)
        let rows = Self.tags("tr", in: Self.page(august)[...]).filter { $0["class"] == "claim" }
        #expect(rows.map { $0["data-metric"] } == august.claims.map(\.metric.rawValue))
        #expect(rows.map { $0["data-verdict"] } == august.claims.map { "\($0.verdict)" })
        #expect(rows.contains { $0["data-verdict"] == "overstated" })
        // A month without a claims file has no such section.
        let july = try #require(months.first { $0.month.description == "2025-07" })
        #expect(!Self.page(july).contains("id=\"claims\""))
    }

    /// A store with the diagnosis's planted causes: the page shows the figures that had not
    /// settled (with when to run again) and every step's findings, as report.md does.
    @Test func theDiagnosisAndTheUnsettledFiguresAreOnThePage() throws {
        let run = try DiagnosisStoreTests.store.get()
        for r in run.runs.map(\.result) {
            let page = Self.page(r)
            #expect(page.contains("id=\"settling\"") == !r.settling.isSettled, "\(r.month)")
            if let day = r.settling.rerunOn { #expect(page.contains(SettlingWording.rerun(day, language: .chinese))) }
            let say = HTMLSentences(result: r, options: ReportOptions())
            for sentence in say.execution + say.cooperation + say.market {
                #expect(page.contains(HTMLText.escaped(sentence)), "\(r.month): \(sentence)")
            }
            // The agency's own work (客服绩效, 单品立减导出, promotion): one item each under 看执行.
            #expect(say.agencyWork.count == 3, "\(r.month)")
            #expect(
                page.contains("<ul>" + say.agencyWork.map { "<li>\(HTMLText.escaped($0))</li>" }.joined() + "</ul>"))
        }
        #expect(run.runs.contains { !$0.result.settling.isSettled })
    }

    /// The fee table adds up: a service-terms deduction (manual.csv's typed-in figures) has a row
    /// of its own, so base − deductions + bonus + commission is the payable shown.
    @Test func theFeeTableAddsUpToThePayable() throws {
        let months = try Self.demoMonths()
        #expect(months.contains { $0.settlement.serviceDeduction != .zero })
        for r in months {
            guard let payable = r.settlement.payable else { continue }
            let st = r.settlement
            #expect(st.baseFee - st.deduction - st.serviceDeduction + st.bonus + st.commission == payable)
            let table = try Self.segment(Self.page(r), from: "<table class=\"settlement\">", to: "</table>")
            #expect(
                table.contains("服务条款扣减</td><td class=\"num\">-\(DisplayNumber.money(st.serviceDeduction))")
                    == (st.serviceDeduction != .zero), "\(r.month)")
            #expect(table.contains(DisplayNumber.money(payable)))
        }
    }

    /// The contract's clauses on the page, as report.md has them: the profit (35% margin on the
    /// demo store's sales), each item over a limit with its approval, the budget overrun, the
    /// typed-in service figures with their source, the baseline of a growth target and which
    /// clause took the deduction; in English too.
    @Test func theClausesProfitAndServiceTermsAreOnThePage() throws {
        let months = try Self.demoMonths()
        let july = try #require(months.first { $0.month.description == "2025-07" })
        let september = try #require(months.first { $0.month.description == "2025-09" })
        let page = Self.page(july)

        // 利润: ¥246,784.10 of sales × 35% = ¥86,374.435 → ¥86,374.44 of gross profit; less
        // ¥10,449.44 of ad spend and the fee of ¥15,587.14 leaves ¥60,337.86 (8,637,444 −
        // 1,044,944 − 1,558,714 = 6,033,786 cents).
        #expect(july.profit.sales == Money(cents: 24_678_410))
        #expect(july.settlement.payable == Money(cents: 1_558_714))
        let profit = try Self.segment(page, from: "<table class=\"profit\">", to: "</table>")
        #expect(profit.contains("<td>毛利</td><td class=\"num\">¥86,374.44</td>"))
        #expect(profit.contains("<td>推广花费</td><td class=\"num\">-¥10,449.44</td>"))
        #expect(profit.contains("<tr class=\"total\"><td>留给商家</td><td class=\"num\">¥60,337.86</td>"))
        #expect(july.profit.leftForMerchant == Money(cents: 6_033_786))
        // ¥15,587.14 of ¥86,374.44 − ¥10,449.44 = 20.5%, within the contract's 30%.
        #expect(page.contains("✅ 托管费占推广后利润的 20.5%，在合同约定的 30% 以内"))

        // 合同条款检查: July's one campaign-day over the ¥180 limit, without approvals.csv.
        let rows = Self.tags("tr", in: page[...]).filter { $0["class"] == "clause-check" }
        #expect(rows.map { $0["data-day"] } == ["2025-07-12"])
        #expect(page.contains("<td>花费 ¥190.54，成交 ¥196.13，ROI 1:1.03</td><td>❓ 无法核对（没有 approvals.csv）</td>"))
        // September: ¥10,785.28 of spend against the ¥10,500 budget is ¥285.28 over; a price
        // change the merchant approved and three campaign-days nobody did.
        let sept = Self.page(september)
        let septRows = Self.tags("tr", in: sept[...]).filter { $0["class"] == "clause-check" }
        #expect(septRows.map { $0["data-day"] } == ["2025-09-10", "2025-09-23", "2025-09-23", "2025-09-23"])
        #expect(sept.contains("¥285.28"))
        #expect(sept.contains("✅ 商家 2025-09-09 审批（approvals.csv 第 2 行，69.00）"))
        #expect(sept.contains("❌ 未经审批"))

        // 服务条款: a rating of 4.42 typed in (below 4.5: 30% of ¥5,000 = ¥1,500) and one
        // complaint to the platform (¥500 each), each marked as typed in with its source.
        let service = Self.tags("tr", in: sept[...]).filter { $0["class"] == "service-check" }
        #expect(service.map { $0["data-metric"] } == ["storeRating", "platformComplaints"])
        #expect(service.map { $0["data-standing"] } == ["missed", "missed"])
        #expect(sept.contains("4.42（手工录入：生意参谋 服务 截图 2025-09-30，manual.csv 第 2 行）"))
        #expect(sept.contains("<td>❌ 未达标</td><td class=\"num\">¥1,500.00</td>"))
        #expect(sept.contains("<td>❌ 未达标</td><td class=\"num\">¥500.00</td>"))

        // A growth target names its baseline: July's 36,685 natural visitors + 5% = 38,519.25.
        #expect(sept.contains("38,519<br><span class=\"basis\">（基准 2025-07 的 36,685，+5%）</span>"))
        // Which clause took the deduction.
        #expect(page.contains("未达标扣减<br><span class=\"note\">按综合达成率 97.8% 的缺口比例扣减</span>"))
        // The breach joins 看执行, as in report.md.
        #expect(sept.contains("推广超预算 ¥285.28"))

        let english = Self.page(september, ReportOptions(language: .english))
        for heading in ["Service standards", "Profit", "Contract clauses"] {
            #expect(english.contains(">\(heading)</h3>"), "\(heading)")
        }
        #expect(english.contains("4.42 (typed in: 生意参谋 服务 截图 2025-09-30, manual.csv line 2)"))
        #expect(!english.contains("利润") && !english.contains("手工录入"))
    }
}
