import Foundation
import Testing

@testable import AuditDiagnose
@testable import AuditRecords

/// Stock-outs in 商品_全部, on months built by hand: item A (id 1, ¥50 a unit) and item B (id 2) in
/// September, one row per item per day.
@Suite struct ItemDayStockOutFinderTests {
    typealias S = DiagnosisScenarios
    static let here = RowLocation(file: "商品_全部.xls", line: 5)
    static let september = YearMonth(year: 2025, month: 9)

    /// A's units and status per day (1-based), visits and carts as given; B sells `b` a day.
    static func rows(
        a: (Int) -> Int, status: (Int) -> String = { _ in "当前在线" }, carts: Int = 6, b: (Int) -> Int = { _ in 10 }
    ) -> [ItemDayRecord] {
        (1...30).flatMap { d -> [ItemDayRecord] in
            let day = S.day("2025-09", d)
            return [
                ItemDayRecord(
                    itemIDKey: 1, itemID: "1", title: "A", day: day, status: .of(status(d)), visitors: 80,
                    addedToCart: carts, unitsSold: a(d), sales: Money(yuan: 50 * a(d)), juhuasuanSales: nil,
                    location: here),
                ItemDayRecord(
                    itemIDKey: 2, itemID: "2", title: "B", day: day, status: .online, visitors: 200, addedToCart: 20,
                    unitsSold: b(d), sales: Money(yuan: 100 * b(d)), juhuasuanSales: nil, location: here),
            ]
        }
    }

    @Test func soldOutDaysAreAStockOutWithTheItemsUsualSalesLost() throws {
        let found = ItemDayStockOutFinder.find(
            Self.rows(a: { (11...14).contains($0) ? 0 : 4 }, status: { (11...14).contains($0) ? "售罄" : "当前在线" }),
            month: Self.september)
        let s = try #require(found.stockOuts.first)
        #expect(found.stockOuts.count == 1 && found.takenDown.isEmpty)
        #expect(s.item == "A" && s.itemIDKey == 1 && s.sources == [.itemDays])
        #expect(s.first == S.day("2025-09", 11) && s.last == S.day("2025-09", 14))
        #expect(s.daysSoldOut == 4 && s.daysOffShelf == 0 && s.daysVisitedNoSale == 0)
        // By hand: 4 units and ¥200 on each of the other 26 days; 4 days out lose ¥800.
        #expect(s.usualDailyOrders == 4 && s.usualDailySales == Money(yuan: 200) && s.lostSales == Money(yuan: 800))
    }

    @Test func offTheShelfToTheMonthsEndIsTakenDownNotAStockOut() throws {
        // A sells 6, 6, … falling to 1 a day, then 下架 from the 20th to the end (never back).
        let found = ItemDayStockOutFinder.find(
            Self.rows(a: { $0 >= 20 ? 0 : max(1, 7 - $0 / 3) }, status: { $0 >= 20 ? "已下架" : "当前在线" }),
            month: Self.september)
        #expect(found.stockOuts.isEmpty)
        let t = try #require(found.takenDown.first)
        #expect(t.item == "A" && t.from == S.day("2025-09", 20))
        // Days 1–7 sold 7+7+6+6+6+5+5 = 42, days 13–19 sold 3+3+2+2+2+1+1 = 14: falling.
        #expect(t.salesFalling)
        // 下架 for three days and back on sale is a stock-out (the listing, the merchant's part).
        let back = ItemDayStockOutFinder.find(
            Self.rows(a: { (11...13).contains($0) ? 0 : 4 }, status: { (11...13).contains($0) ? "下架" : "当前在线" }),
            month: Self.september)
        #expect(back.stockOuts.map(\.daysOffShelf) == [3] && back.takenDown.isEmpty)
    }

    @Test func visitsAndCartsWithoutASaleAreAStockOutOnlyWhenTheRestOfTheStoreSells() throws {
        // A sold every one of its 26 other days: the empty share (0 + 1) / 27 gives a rate of
        // ln 27 ≈ 3.30 a day; 4 days at the store's usual pace expect 13.2, and e^-13.2 × 2 items
        // × 30 days ≈ 1.1e-4 < 0.01.
        #expect(exp(-log(27.0) * 4) * 60 < StockOutFinder.falseAlarmChance)
        let quiet = ItemDayStockOutFinder.find(
            Self.rows(a: { (11...14).contains($0) ? 0 : 4 }), month: Self.september)
        let s = try #require(quiet.stockOuts.first)
        #expect(s.daysVisitedNoSale == 4 && s.daysSoldOut == 0 && s.lostSales == Money(yuan: 800))
        // The rest of the store (B) at 3 a day against 10: a lull, not a stock-out.
        let lull = ItemDayStockOutFinder.find(
            Self.rows(a: { (11...14).contains($0) ? 0 : 4 }, b: { (11...14).contains($0) ? 3 : 10 }),
            month: Self.september)
        #expect(lull.stockOuts.isEmpty)
        // No one added A to a cart: visits alone say nothing.
        #expect(
            ItemDayStockOutFinder.find(
                Self.rows(a: { (11...14).contains($0) ? 0 : 4 }, carts: 0), month: Self.september
            )
            .stockOuts.isEmpty)
        // A slow item, selling 2 on even days: its run is the 11th–15th (the 15th sells nothing
        // either); of its 25 other days 12 are empty, rate ln(26/13) ≈ 0.69, 5 days expect 3.5,
        // e^-3.5 × 60 ≈ 1.9: ordinary.
        #expect(exp(-log(26.0 / 13.0) * 5) * 60 > StockOutFinder.falseAlarmChance)
        let slow = ItemDayStockOutFinder.find(
            Self.rows(a: { (11...14).contains($0) ? 0 : ($0 % 2 == 0 ? 2 : 0) }), month: Self.september)
        #expect(slow.stockOuts.isEmpty)
    }

    @Test func anItemThatRarelySellsIsNeverTested() {
        // Four selling days in the month: under `minimumSellingDays`.
        let found = ItemDayStockOutFinder.find(
            Self.rows(a: { [2, 9, 16, 23].contains($0) ? 3 : 0 }, status: { $0 == 10 ? "售罄" : "当前在线" }),
            month: Self.september)
        #expect(found.stockOuts.isEmpty && found.takenDown.isEmpty)
    }
}
