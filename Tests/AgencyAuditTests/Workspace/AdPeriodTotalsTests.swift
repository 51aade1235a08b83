import Foundation
import Testing

@testable import AgencyAudit
@testable import AuditImport
@testable import AuditRecords
@testable import MonthlyAudit

/// 京准通 writes a period total as a date range (`20250901~20250930`). A range row is never a day:
/// beside daily rows it is a summary row; alone it gives the month's spend and ROI, and the daily
/// rules say they could not run.
@Suite struct AdPeriodTotalsTests {
    static let contract = """
        {"store": {"name": "京东店", "platform": "jd"}, "limits": {"dailyAdSpend": 500, "roiRedLine": 2},
         "stages": [{"name": "九月", "from": "2025-09", "to": "2025-09", "targets": {"adSpend": 3000}}]}
        """
    static let orders = "订单号,应付金额,订单状态,付款确认时间\n1,100.00,完成,2025-09-05 10:00:00\n"
    static let header = "日期,计划名称,计划ID,展现数,点击数,总费用,总订单行,总订单金额,投产比\n"

    @Test func aRangeRowAloneGivesTheMonthsSpendAndTheDailyRulesSaySoInsteadOfFiring() throws {
        // ¥2,600 over the month: far above the ¥500 daily limit were it one day's, and an ROI of 1.15.
        let ads = Self.header + "20250901~20250930,全站营销-店铺推广,300100002,90000,2500,2600.00,20,3000.00,1.15\n"
        let root = try WorkspaceEdgeCaseTests.store(
            ["exports/2025-09/订单.csv": Self.orders, "exports/2025-09/京准通.csv": ads], contract: Self.contract)
        let r = try #require(try WorkspaceEdgeCaseTests.audit(root).first)
        #expect(r.metric(.adSpend)?.actual == 2600)
        #expect(abs((r.metric(.adROI)?.actual ?? 0) - 3000.0 / 2600.0) < 1e-9)
        #expect(!r.anomalies.contains { $0.rule == .spendOverLimit || $0.rule == .roiBelowRedLine })
        let day1 = try #require(CalendarDay(year: 2025, month: 9, day: 1))
        let day30 = try #require(CalendarDay(year: 2025, month: 9, day: 30))
        #expect(
            r.warnings.contains(
                .adPeriodTotalsOnly(platform: .jd, from: day1, to: day30, rules: [.spendOverLimit, .roiBelowRedLine])))
        #expect(r.warningSentences.contains { $0.hasPrefix("京东的推广报表只有 2025-09-01～2025-09-30 的合计行") })
        // No day is drawn with the period's spend.
        #expect(r.daily.days.allSatisfy { $0.adSpend == .zero } && !r.daily.hasAds)
        let ads0 = try #require(r.inputs.first { $0.kind == .ads })
        #expect(ads0.counts.accepted == 1 && ads0.counts.read == 1)
    }

    @Test func besideDailyRowsARangeRowIsASummaryNeverCountedTwice() throws {
        let ads =
            Self.header
            + "2025-09-01,全站营销-店铺推广,300100002,3000,80,300.00,2,900.00,3.00\n"
            + "2025-09-02,全站营销-店铺推广,300100002,3000,80,700.00,2,1400.00,2.00\n"
            + "20250901~20250930,全站营销-店铺推广,300100002,6000,160,1000.00,4,2300.00,2.30\n"
        let root = try WorkspaceEdgeCaseTests.store(
            ["exports/2025-09/订单.csv": Self.orders, "exports/2025-09/京准通.csv": ads], contract: Self.contract)
        let r = try #require(try WorkspaceEdgeCaseTests.audit(root).first)
        #expect(r.metric(.adSpend)?.actual == 1000)
        #expect(
            r.anomalies.filter { $0.rule == .spendOverLimit }.map(\.dates) == [
                [try #require(CalendarDay(year: 2025, month: 9, day: 2))]
            ])
        let file = try #require(r.inputs.first { $0.kind == .ads })
        #expect(file.counts.accepted == 2 && file.counts.skippedSummary == 1 && file.counts.read == 3)
        #expect(!r.warnings.contains { if case .adPeriodTotalsOnly = $0 { true } else { false } })
    }

    @Test func rangesAreReadInTheShapesTheReportsWriteThem() {
        func range(_ s: String) -> String? {
            Array(s.utf8).withUnsafeBufferPointer { DateCell.range($0) }.map { "\($0.first)/\($0.last)" }
        }
        #expect(range("20250901~20250930") == "2025-09-01/2025-09-30")
        #expect(range("2025-09-01 ~ 2025-09-30") == "2025-09-01/2025-09-30")
        #expect(range("2025-09-01至2025-09-15") == "2025-09-01/2025-09-15")
        #expect(range("2025-09-01～2025-09-02") == "2025-09-01/2025-09-02")
        // One day written as a range is a day; a backwards or broken range is no range.
        #expect(range("20250901~20250901") == nil)
        #expect(range("20250930~20250901") == nil)
        #expect(range("2025-09-01") == nil && range("a~b") == nil)
    }
}
