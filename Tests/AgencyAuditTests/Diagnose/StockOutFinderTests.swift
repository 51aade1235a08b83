import Foundation
import Testing

@testable import AuditDiagnose
@testable import AuditMeasure
@testable import AuditRecords

/// Stock-outs inferred from the orders, on months built by hand: 10 orders a day in September,
/// `a` of them for item A (¥50), the rest for item B (¥100).
@Suite struct StockOutFinderTests {
    typealias S = DiagnosisScenarios
    static let here = RowLocation(file: "t.csv", line: 1)

    /// A's orders and the store's orders of each day (1-based), the rest of the store's being B's.
    static func month(a: (Int) -> Int, store: (Int) -> Int = { _ in 10 }) -> (MonthData, OrderReadBack) {
        var orders: [Order] = []
        for d in 1...30 {
            let at = LocalTime(day: S.day("2025-09", d), hour: 11)
            for k in 0..<store(d) {
                let isA = k < a(d)
                orders.append(
                    Order(
                        id: "\(d * 100 + k)", paidAmount: Money(yuan: isA ? 50 : 100), paidAt: at,
                        itemTitle: isA ? "A" : "B", location: here))
            }
        }
        return (
            MonthData(month: YearMonth(year: 2025, month: 9), orders: orders, traffic: [], ads: []),
            .init(inMemory: orders)
        )
    }

    @Test func aBestSellerWithoutASaleForFourDaysWhileTheStoreSellsIsAStockOut() throws {
        let (data, readBack) = Self.month(a: { (11...14).contains($0) ? 0 : 4 })
        let found = StockOutFinder.find(data, readBack: readBack)
        // By hand: A sold 104 orders in its span (days 1–30), the run holds 40 of the store's 300
        // orders; none of 104 on them has chance (1 - 40/300)^104 ≈ 3.4e-7, times 2 items × 27
        // places ≈ 1.8e-5, under 1 in 100.
        let chance: Double = pow(1 - 40.0 / 300.0, 104.0) * 54
        #expect(chance < StockOutFinder.falseAlarmChance)
        #expect(found.stopped.isEmpty)
        let s = try #require(found.stockOuts.first)
        #expect(found.stockOuts.count == 1)
        #expect(s.item == "A")
        #expect(s.first == S.day("2025-09", 11) && s.last == S.day("2025-09", 14) && s.days == 4)
        #expect(s.usualDailyOrders == 4)
        #expect(s.usualDailySales == Money(yuan: 200))
        #expect(s.lostSales == Money(yuan: 800))
        #expect(abs(s.expectedOrders - 104 * 40.0 / 300) < 1e-9)
    }

    @Test func aStoreWideLullIsNoStockOut() {
        // The whole store sells 3 a day for three days and A none: the store did not keep selling.
        let lull = Self.month(a: { (12...14).contains($0) ? 0 : 4 }, store: { (12...14).contains($0) ? 3 : 10 })
        #expect(StockOutFinder.find(lull.0, readBack: lull.1).stockOuts.isEmpty)
        // At 6 a day the store kept selling, but its dip makes A's absence ordinary: the run held 18
        // of 288 orders, (1 - 18/288)^108 × 2 × 28 ≈ 0.053.
        let dip = Self.month(a: { (12...14).contains($0) ? 0 : 4 }, store: { (12...14).contains($0) ? 6 : 10 })
        #expect(pow(1 - 18.0 / 288.0, 108.0) * 56 > StockOutFinder.falseAlarmChance)
        #expect(StockOutFinder.find(dip.0, readBack: dip.1).stockOuts.isEmpty)
        // The same three days with the store selling as usual: (1 - 30/300)^108 × 56 ≈ 6.5e-4.
        let busy = Self.month(a: { (12...14).contains($0) ? 0 : 4 })
        #expect(StockOutFinder.find(busy.0, readBack: busy.1).stockOuts.map(\.days) == [3])
    }

    @Test func aBurstOfOrdersDoesNotMakeAnItemLookFasterThanItIs() {
        // A sells 1 a day, 15 on the 3rd and the 5th, none from the 18th to the 24th. Counted raw,
        // its 51 orders make the 7 days (70 of the store's 300 orders) unlikely: (1 − 70/300)^51 × 2
        // items × 24 places ≈ 6e-5. Each day capped at twice its median selling day (2), it has 25:
        // (1 − 70/300)^25 × 48 ≈ 0.064, chance enough.
        let a = { (d: Int) -> Int in (18...24).contains(d) ? 0 : (d == 3 || d == 5 ? 15 : 1) }
        let raw: Double = pow(1 - 70.0 / 300.0, 51.0) * 48
        let capped: Double = pow(1 - 70.0 / 300.0, 25.0) * 48
        #expect(raw < StockOutFinder.falseAlarmChance && capped > StockOutFinder.falseAlarmChance)
        let (data, readBack) = Self.month(a: a)
        #expect(StockOutFinder.find(data, readBack: readBack).stockOuts.isEmpty)
    }

    @Test func anItemThatStopsForGoodIsAskedAboutNotCalledAStockOut() throws {
        let (data, readBack) = Self.month(a: { $0 >= 21 ? 0 : 4 })
        let found = StockOutFinder.find(data, readBack: readBack)
        #expect(found.stockOuts.isEmpty)
        let stopped = try #require(found.stopped.first)
        #expect(stopped.item == "A")
        #expect(stopped.lastSale == S.day("2025-09", 20))
        #expect(stopped.daysWithout == 10)
        #expect(stopped.usualDailyOrders == 4)
        // 80 orders in days 1–30; the last ten days hold 100 of the store's 300.
        #expect(abs(stopped.expectedOrders - 80.0 / 3) < 1e-9)
    }

    @Test func anItemLaunchedMidMonthIsNeitherAndNoRunIsShorterThanThreeDays() {
        let launch = Self.month(a: { $0 < 10 ? 0 : 4 })
        let found = StockOutFinder.find(launch.0, readBack: launch.1)
        #expect(found.stockOuts.isEmpty && found.stopped.isEmpty)
        let twoDays = Self.month(a: { (11...12).contains($0) ? 0 : 6 })
        #expect(StockOutFinder.find(twoDays.0, readBack: twoDays.1).stockOuts.isEmpty)
    }

    @Test func aMissedTargetIsToldHowMuchOfItsGapTheStockOutsAccountFor() {
        let s = StockOut(
            item: "A", first: S.day("2025-09", 11), last: S.day("2025-09", 14), usualDailyOrders: 4,
            usualDailySales: Money(yuan: 200), expectedOrders: 13.9)
        let metrics = [
            MetricValue(key: .gmv, actual: 25_000, actualExcludingSuspicious: 25_000, target: 30_000),
            MetricValue(key: .orders, actual: 290, actualExcludingSuspicious: 290, target: 300),
            MetricValue(key: .visitors, actual: 100, actualExcludingSuspicious: 100, target: 200),
            // A target met is not explained.
            MetricValue(key: .orders, actual: 310, actualExcludingSuspicious: 310, target: 300, platform: .taobao),
        ]
        #expect(
            StockOutFinder.impacts([s], metrics: metrics) == [
                StockOutImpact(target: .gmv, gap: 5_000, lost: 800, items: 1, days: 4),
                StockOutImpact(target: .orders, gap: 10, lost: 16, items: 1, days: 4),
            ])
    }
}
