import Foundation
import Testing

@testable import AgencyAudit
@testable import AuditContract
@testable import AuditRecords
@testable import AuditReport
@testable import MonthlyAudit
@testable import PeriodAudit

/// index.html read back as figures: the verdict the dossier holds, one bar per month for each
/// target with that month's target line, every agency claim, every clause, and links to the months.
@Suite struct DossierHTMLTests {
    static func demoDossier() throws -> PeriodDossier {
        let results = try HTMLReportTests.demoMonths()
        return try #require(PeriodDossier(results))
    }

    @Test func theDossierPageDrawsWhatTheDossierHolds() throws {
        let d = try Self.demoDossier()
        let page = String(decoding: DossierHTML().render(d, options: ReportOptions()), as: UTF8.self)
        #expect(
            page.hasPrefix(
                "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\""
            ))
        #expect(!page.lowercased().contains("<script"))
        // The verdict, in data and in words.
        #expect(d.verdict.kind == .terminate)
        #expect(
            page.contains("data-verdict=\"terminate\"") && page.contains(VerdictWording.headline(d.verdict, .chinese)))
        // One chart per target row and one for the overall attainment; in each, a bar per month
        // with a figure and a line at each month's own target.
        let months = d.months.map(\.month.description)
        for (k, row) in d.targetRows.enumerated() {
            let svg = try HTMLReportTests.segment(page, from: "id=\"target-\(k + 1)\"", to: "</svg>")
            let cells = d.months.map { m in m.targets.first { $0.row == row } }
            let bars = HTMLReportTests.tags("rect", in: svg)
            #expect(
                bars.compactMap { $0["data-month"] } == zip(months, cells).compactMap { $1?.actual == nil ? nil : $0 })
            let lines = HTMLReportTests.tags("line", in: svg).filter { $0["class"] == "limit" }
            #expect(lines.compactMap { $0["data-month"] } == zip(months, cells).compactMap { $1 == nil ? nil : $0 })
            for line in lines {
                let index = try #require(months.firstIndex(of: line["data-month"] ?? ""))
                let cell = try #require(cells[index])
                #expect(line["data-value"] == DisplayNumber.fixed((cell.target * 10).rounded() / 10, decimals: 1))
            }
        }
        let overall = try HTMLReportTests.segment(page, from: "id=\"overall\"", to: "</svg>")
        #expect(
            HTMLReportTests.tags("rect", in: overall).count == d.months.filter { $0.overallAttainment != nil }.count)
        // The agency's claims of every month, and every clause with whether it holds.
        let claims = HTMLReportTests.tags("tr", in: page[...]).filter { $0["class"] == "claim" }
        #expect(claims.count == d.months.reduce(0) { $0 + $1.claims.count })
        #expect(claims.contains { $0["data-verdict"] == "overstated" })
        let clauses = HTMLReportTests.tags("tr", in: page[...]).filter { $0["class"] == "clause" }
        #expect(clauses.map { $0["data-holds"] } == d.clauses.map { "\($0.status == .holds)" })
        // Links go to the month pages beside it, and nowhere else.
        let links = HTMLReportTests.tags("a", in: page[...]).compactMap { $0["href"] }
        #expect(links == months.map { "\($0)/report.html" })
    }

    @Test func theEnglishDossierHasNoChineseOfItsOwn() throws {
        let d = try Self.demoDossier()
        let page = String(decoding: DossierHTML().render(d, options: ReportOptions(language: .english)), as: UTF8.self)
        #expect(page.contains("<html lang=\"en\">") && page.contains("Contract-period dossier"))
        // Chinese only where the contract's and the exports' own names stand (the store, the
        // agency, the stages, item titles in the diagnosis): none of the page's own words or marks.
        let punctuation = page.unicodeScalars.filter {
            (0x3000...0x303F).contains($0.value) || (0xFF00...0xFFEF).contains($0.value)
        }
        #expect(punctuation.isEmpty, "\(String(String.UnicodeScalarView(punctuation.prefix(20))))")
        let chinese = DossierPageWords(language: .chinese)
        for word in [
            chinese.verdict, chinese.fees, chinese.clauses, chinese.targets, chinese.overall, chinese.message,
            chinese.rule,
        ] {
            #expect(!page.contains(word), "\(word)")
        }
        #expect(!page.contains(VerdictWording.headline(d.verdict, .chinese)))
    }

    /// The notice of termination, each clause's refund term, the message period.md sends, the
    /// month-by-month clauses, profit and typed-in service figures, and a growth target's baseline.
    @Test func theDossierShowsTheNoticeRefundTermsAndEachMonthsClauses() throws {
        var d = try Self.demoDossier()
        // Notice given on 10 September with the contract's 15 days: the contract can end on
        // 25 September, 25 of its 30 days served: ¥5,000 × 25/30 = ¥4,166.67.
        d.notice = TerminationNotice(
            givenOn: try #require(CalendarDay(iso: "2025-09-10")), noticeDays: 15, monthlyBase: Money(cents: 500_000),
            proRata: true)
        let page = String(decoding: DossierHTML().render(d, options: ReportOptions()), as: UTF8.self)
        let notice = HTMLReportTests.tags("p", in: page[...]).filter { $0["class"] == "notice" }
        #expect(notice.map { $0["data-earliest-end"] } == ["2025-09-25"])
        #expect(page.contains("最早于 2025-09-25 终止；2025-09 已服务 25 天，基础服务费按比例为 ¥4,166.67（¥5,000.00 × 25/30）"))
        // The message is period.md's, with the notice and the refund terms in it.
        let message = VerdictWording.messageLines(
            d.verdict, storeName: d.storeName, agencyName: d.agencyName, from: try #require(d.firstMonth),
            to: try #require(d.lastMonth), unsettled: [], clauses: d.clauses, notice: d.notice, weighing: d.weighing,
            .chinese)
        #expect(page.contains(message.map(HTMLText.escaped).joined(separator: "\n")))
        // The clause with a refund term says it.
        #expect(page.contains("连续 2 个月综合达成率低于 80%<span class=\"refund-term\">（退还 50% 服务费）</span>"))
        // Every month's items over a limit, with the month.
        let rows = HTMLReportTests.tags("tr", in: page[...]).filter { $0["class"] == "clause-check" }
        #expect(
            rows.map { $0["data-month"] ?? "" }
                == d.months.flatMap { m in
                    ClauseReviewWording.rows(m.clauseReview, in: .chinese).map { _ in m.month.description }
                })
        #expect(rows.count == 8)
        // Each month's profit, what was left for the merchant.
        for (month, left) in [("2025-07", "¥60,337.86"), ("2025-08", "¥70,607.89"), ("2025-09", "¥67,531.72")] {
            #expect(
                page.contains(
                    "<tr class=\"total\" data-month=\"\(month)\"><td>\(month)</td><td>留给商家</td><td class=\"num\">\(left)</td>"
                ))
        }
        // September's typed-in rating, marked as typed in.
        #expect(
            page.contains("<td>2025-09</td><td>店铺评分低于 4.5 分扣 30%，低于 4.3 分扣 100%</td><td class=\"typed-in\">4.42（手工录入"))
        // The growth target's baseline beside its month.
        #expect(page.contains("（基准 2025-07 的 36,685，+5%）"))
    }
}
