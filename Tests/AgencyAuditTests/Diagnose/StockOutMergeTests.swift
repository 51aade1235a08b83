import Testing

@testable import AuditDiagnose
@testable import AuditRecords

/// One stock-out run reported once with all its sources.
@Suite struct StockOutMergeTests {
    typealias S = DiagnosisScenarios

    static func run(_ item: String, key: UInt64, _ from: Int, _ to: Int, source: StockOutSource, perDay: Int64)
        -> StockOut
    {
        var s = StockOut(
            item: item, first: S.day("2025-09", from), last: S.day("2025-09", to), usualDailyOrders: 4,
            usualDailySales: Money(cents: perDay), expectedOrders: Double(4 * (to - from + 1)))
        s.sources = [source]
        s.itemIDKey = key
        return s
    }

    @Test func theOrdersRunAndTheItemDaysRunOfOneItemAreOneRunWithEverySource() throws {
        let orders = [Self.run("A", key: 1, 11, 14, source: .orders, perDay: 19_000)]
        var days = Self.run("A 新款", key: 1, 12, 15, source: .itemDays, perDay: 20_000)
        days.daysSoldOut = 4
        let refunds = [
            StockOutRefunds(item: "A", days: [S.day("2025-09", 13)], requests: 3, amount: Money(yuan: 150)),
            StockOutRefunds(item: "C", days: [S.day("2025-09", 13)], requests: 1, amount: Money(yuan: 80)),
        ]
        let zeros = [
            // The 16th touches the run (one day apart); the 25th is on its own.
            SnapshotStockZero(
                itemIDKey: 1, itemID: "1", title: "", days: [S.day("2025-09", 16), S.day("2025-09", 25)])
        ]
        let m = StockOutMerge.merge(orders: orders, itemDays: [days], refunds: refunds, zeros: zeros)
        let s = try #require(m.stockOuts.first)
        #expect(m.stockOuts.count == 1)
        #expect(s.first == S.day("2025-09", 11) && s.last == S.day("2025-09", 15) && s.days == 5)
        #expect(s.sources == [.orders, .itemDays, .refundExport, .productSnapshot])
        // 商品_全部's usual sales (¥200 a day) over 5 days.
        #expect(s.lostSales == Money(yuan: 1000))
        #expect(s.daysSoldOut == 4 && s.stockOutRefunds == 3 && s.snapshotDaysAtZero == [S.day("2025-09", 16)])
        // C's refunds and A's zero of the 25th fall in no run: reported on their own.
        #expect(m.refunds.map(\.item) == ["C"])
        #expect(m.zeros.map(\.days) == [[S.day("2025-09", 25)]])
    }

    @Test func runsOfOtherItemsOrFarApartStayApart() {
        let orders = [Self.run("A", key: 1, 3, 5, source: .orders, perDay: 10_000)]
        let days = [
            Self.run("A", key: 1, 20, 23, source: .itemDays, perDay: 10_000),
            Self.run("B", key: 2, 3, 5, source: .itemDays, perDay: 30_000),
        ]
        let m = StockOutMerge.merge(orders: orders, itemDays: days, refunds: [], zeros: [])
        #expect(m.stockOuts.count == 3)
        // Most sales lost first: B ¥900, A (4 days) ¥400, A (3 days) ¥300.
        #expect(m.stockOuts.map(\.lostSales) == [Money(yuan: 900), Money(yuan: 400), Money(yuan: 300)])
        // Without 商品ID on one side, the title decides.
        var untitled = Self.run("A", key: 0, 4, 6, source: .orders, perDay: 10_000)
        untitled.itemIDKey = 0
        let joined = StockOutMerge.merge(
            orders: [untitled], itemDays: [Self.run("A", key: 1, 5, 7, source: .itemDays, perDay: 10_000)], refunds: [],
            zeros: [])
        #expect(joined.stockOuts.count == 1 && joined.stockOuts[0].days == 4)
    }
}
