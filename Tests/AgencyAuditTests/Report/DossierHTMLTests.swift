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
}
