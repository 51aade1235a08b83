import AuditReport
import Foundation
import Testing

@testable import AuditDiagnose
@testable import AuditRecords
@testable import PeriodAudit

/// 只会砸钱推广 over the period: months under the red line, each spending 10% or more above the one
/// before, two rises at least; worked by hand.
@Suite struct SpendWithoutReturnTests {
    /// A dossier month (the demo store's first, as a template) with only its promotion set.
    static func month(_ ym: String, spend: Int, sales: Int, previousSpend: Int?) throws -> PeriodDossier.Month {
        var m = try #require(try PeriodDossierTests.demo.get().period.dossier.months.first)
        m.month = YearMonth(ym)!
        m.diagnosis.execution = [
            .promotionSpend(
                PromotionSpend(
                    spend: Money(yuan: spend), sales: Money(yuan: sales),
                    previousSpend: previousSpend.map { Money(yuan: $0) },
                    previousSales: nil, redLine: 1.5, campaigns: []))
        ]
        return m
    }

    @Test func threeMonthsOfRisingSpendUnderTheLineAreNamedAndAFlatMonthEndsTheRun() throws {
        let months = [
            try Self.month("2025-04", spend: 10_000, sales: 14_000, previousSpend: nil),  // ROI 1.4
            try Self.month("2025-05", spend: 12_000, sales: 15_600, previousSpend: 10_000),  // +20%, ROI 1.3
            try Self.month("2025-06", spend: 14_000, sales: 16_800, previousSpend: 12_000),  // +16.7%, ROI 1.2
            try Self.month("2025-07", spend: 14_500, sales: 15_950, previousSpend: 14_000),  // +3.6%: not raised
        ]
        let d = PeriodDossier(storeName: "店", agencyName: "", months: months)
        let run = try #require(d.spendWithoutReturn)
        #expect(run.months.map(\.month.description) == ["2025-04", "2025-05", "2025-06"])
        #expect(run.months.map(\.spend) == [Money(yuan: 10_000), Money(yuan: 12_000), Money(yuan: 14_000)])
        #expect(run.months.map(\.roi) == [1.4, 1.3, 1.2])
        #expect(run.redLine == 1.5)
    }

    @Test func oneRiseAMissingMonthOrAnROIAboveTheLineIsNoRun() throws {
        let oneRise = [
            try Self.month("2025-04", spend: 10_000, sales: 14_000, previousSpend: nil),
            try Self.month("2025-05", spend: 12_000, sales: 15_600, previousSpend: 10_000),
        ]
        #expect(PeriodDossier(storeName: "店", agencyName: "", months: oneRise).spendWithoutReturn == nil)
        // 2025-06 not audited: 07's rise is on 05, not a month before it.
        let gap = oneRise + [try Self.month("2025-07", spend: 15_000, sales: 16_500, previousSpend: 12_000)]
        #expect(PeriodDossier(storeName: "店", agencyName: "", months: gap).spendWithoutReturn == nil)
        // 05 at ROI 1.5 is on the line, not under it: the run starts again at 06.
        let atLine = [
            try Self.month("2025-04", spend: 10_000, sales: 14_000, previousSpend: nil),
            try Self.month("2025-05", spend: 12_000, sales: 18_000, previousSpend: 10_000),
            try Self.month("2025-06", spend: 14_000, sales: 16_800, previousSpend: 12_000),
        ]
        #expect(PeriodDossier(storeName: "店", agencyName: "", months: atLine).spendWithoutReturn == nil)
    }

    @Test func periodMarkdownAndJSONCarryTheRun() throws {
        let months = [
            try Self.month("2025-07", spend: 10_000, sales: 13_000, previousSpend: nil),
            try Self.month("2025-08", spend: 12_000, sales: 14_400, previousSpend: 10_000),
            try Self.month("2025-09", spend: 15_000, sales: 16_500, previousSpend: 12_000),
        ]
        let d = PeriodDossier(storeName: "店", agencyName: "", months: months)
        let md = String(decoding: PeriodMarkdown().render(d, options: ReportOptions()), as: UTF8.self)
        #expect(md.contains("只会砸钱推广：2025-07 至 2025-09 推广花费 ¥10,000.00 → ¥12,000.00 → ¥15,000.00 连续加大"))
        let html = String(decoding: DossierHTML().render(d, options: ReportOptions()), as: UTF8.self)
        #expect(html.contains("<li>只会砸钱推广：2025-07 至 2025-09 推广花费 ¥10,000.00 → ¥12,000.00 → ¥15,000.00 连续加大"))
        let json = String(decoding: PeriodJSON().render(d, options: ReportOptions()), as: UTF8.self)
        #expect(json.contains("\"spendWithoutReturn\""))
        #expect(json.contains("{\"month\": \"2025-09\", \"spend\": 15000, \"roi\": 1.1}"))
    }
}
