import Testing

@testable import AuditDetect
@testable import AuditRecords

/// Figures still moving when the exports were taken: which days are provisional, which ROI
/// red-line runs are not called, and when to run the month again.
@Suite struct DataSettlingTests {
    typealias S = DiagnosisScenarios
    static let september = YearMonth(year: 2025, month: 9)
    static func day(_ d: Int) -> CalendarDay { S.day("2025-09", d) }
    static let october2 = CalendarDay(year: 2025, month: 10, day: 2)!

    @Test func aMonthTakenOnTheSecondHasItsLastDaysProvisional() throws {
        let s = DataSettling.assess(
            month: Self.september,
            exports: [
                (.orders, .fileModified(Self.october2)), (.ads, .insideFile(LocalTime(day: Self.october2, hour: 9))),
                (.traffic, .fileModified(Self.october2)),
            ])
        // Refunds settle after 7 days: 10-02 − 7 = 09-25 settled, 09-26 … 09-30 not.
        let refunds = try #require(s.window(.refunds))
        #expect(refunds.provisionalDays == (26...30).map(Self.day))
        #expect(refunds.settlesOn == CalendarDay(year: 2025, month: 10, day: 7))
        // Ad attribution settles after 3 days: 09-29 settled, 09-30 not.
        let ads = try #require(s.window(.adAttribution))
        #expect(ads.provisionalDays == [Self.day(30)])
        #expect(s.rerunOn == CalendarDay(year: 2025, month: 10, day: 7))
        #expect(s.provisionalMetrics == [.refundAmount, .refundRate, .adROI])
    }

    @Test func exportsTakenLateEnoughOrWithoutAKnownTimeAreSettled() {
        let late = DataSettling.assess(
            month: Self.september,
            exports: [(.orders, .declared(CalendarDay(year: 2025, month: 10, day: 7)!)), (.ads, nil)])
        #expect(late.isSettled)
        #expect(late.rerunOn == nil)
        // The earliest copy decides: one order export taken too early makes the refunds provisional.
        let mixed = DataSettling.assess(
            month: Self.september,
            exports: [
                (.orders, .declared(CalendarDay(year: 2025, month: 10, day: 20)!)),
                (.orders, .fileModified(Self.october2)),
            ])
        #expect(mixed.window(.refunds)?.taken == .fileModified(Self.october2))
    }

    @Test func aRedLineRunEndingOnUnsettledDaysIsNotCalledUnlessItsSettledDaysSuffice() {
        var s = DataSettling.assess(month: Self.september, exports: [(.ads, .fileModified(Self.october2))])
        let endsUnsettled = S.anomaly(.roiBelowRedLine, .medium, days: (28...30).map(Self.day))
        let longRun = S.anomaly(.roiBelowRedLine, .high, days: (22...30).map(Self.day))
        let earlier = S.anomaly(.roiBelowRedLine, .medium, days: (10...12).map(Self.day))
        let other = S.anomaly(.spendOverLimit, .medium, days: [Self.day(30)])
        let kept = s.hold([endsUnsettled, longRun, earlier, other], redLineDays: 3)
        // 09-28 and 09-29 are settled, two days: fewer than three, so the run waits.
        #expect(kept == [longRun, earlier, other])
        #expect(s.heldFindings == [endsUnsettled])
    }

    @Test func withoutUnsettledAdDaysNothingIsHeld() {
        var s = DataSettling.assess(
            month: Self.september, exports: [(.ads, .fileModified(CalendarDay(year: 2025, month: 10, day: 3)!))])
        let run = S.anomaly(.roiBelowRedLine, .medium, days: (28...30).map(Self.day))
        #expect(s.hold([run], redLineDays: 3) == [run])
        #expect(s.heldFindings.isEmpty)
    }
}
