import AuditRecords
import Foundation

/// Finds stock-outs in 生意参谋's 商品_全部 download (one row per item per day), the platform's own
/// record of each item's listing and sales.
///
/// A day is out for an item when its 商品状态 says 售罄/缺货 or 下架, or when buyers visited it and
/// added it to carts and nobody paid (diagnosis-exports.md §6: our reading, not a source's). A run
/// of such days is a stock-out when:
/// - the status says so (售罄/缺货 any day of it; 下架 only when the item is back on sale before the
///   month ends): an item 下架 to the month's end, having sold less and less, is an item taken
///   down on purpose and is reported apart (`ItemTakenDown`), never as a stock-out;
/// - or, on visits alone, the run is `minimumQuietRunDays` long, the store kept selling
///   (`StockOutFinder.storeActivityShare`), and the item's usual sales, scaled to the store's sales
///   on those days, make no sale in the run less likely than `StockOutFinder.falseAlarmChance`
///   over all the runs the month could have held: a quiet weekend is no stock-out.
public enum ItemDayStockOutFinder {
    /// Days in a row visited without a sale before the visits alone say anything.
    public static let minimumQuietRunDays = 3
    /// Days an item must have sold on in the month to be an item that "normally sells".
    public static let minimumSellingDays = 5

    /// The month's stock-outs in the download (most sales lost first), and the items taken down to
    /// the month's end.
    public static func find(_ rows: [ItemDayRecord], month: YearMonth) -> (
        stockOuts: [StockOut], takenDown: [ItemTakenDown]
    ) {
        let n = month.dayCount
        let start = month.firstDay.ordinal
        var store = [Int](repeating: 0, count: n)
        var byItem: [UInt64: [ItemDayRecord?]] = [:]
        var titles: [UInt64: String] = [:]
        for r in rows {
            let d = r.day.ordinal - start
            guard d >= 0, d < n else { continue }
            store[d] += r.unitsSold ?? 0
            byItem[r.itemIDKey, default: [ItemDayRecord?](repeating: nil, count: n)][d] = r
            if titles[r.itemIDKey, default: ""].isEmpty { titles[r.itemIDKey] = r.title }
        }
        var outs: [StockOut] = []
        var downs: [ItemTakenDown] = []
        let tests = max(1, byItem.count) * n
        for (key, days) in byItem.sorted(by: { $0.key < $1.key }) {
            let units = days.map { $0?.unitsSold ?? 0 }
            let selling = units.indices.filter { units[$0] > 0 }
            guard selling.count >= minimumSellingDays, let lastSale = selling.last else { continue }
            func kind(_ d: Int) -> DayKind {
                guard let r = days[d], units[d] == 0 else { return .fine }
                switch r.status {
                case .soldOut: return .soldOut
                case .offShelf: return .offShelf
                default: break
                }
                return (r.visitors ?? 0) > 0 && (r.addedToCart ?? 0) > 0 ? .visitedNoSale : .fine
            }
            let kinds = (0..<n).map(kind)
            let listedOut = Set((0..<n).filter { kinds[$0] == .soldOut || kinds[$0] == .offShelf })
            var d = 0
            while d < n {
                guard kinds[d] != .fine else {
                    d += 1
                    continue
                }
                var e = d
                while e + 1 < n, kinds[e + 1] != .fine { e += 1 }
                let run = d...e
                d = e + 1
                // The item's usual day: its days in the download outside this run and not listed out
                // (its other quiet days count: leaving them out would make any item look faster).
                let usualDays = (0..<n).filter { !run.contains($0) && !listedOut.contains($0) && days[$0] != nil }
                guard !usualDays.isEmpty else { continue }
                let usualUnits = Double(usualDays.reduce(0) { $0 + units[$1] }) / Double(usualDays.count)
                let usualCents =
                    Double(usualDays.reduce(Int64(0)) { $0 + (days[$1]?.sales?.cents ?? 0) }) / Double(usualDays.count)
                let soldOut = run.count { kinds[$0] == .soldOut }
                let offShelf = run.count { kinds[$0] == .offShelf }
                let quiet = run.count { kinds[$0] == .visitedNoSale }
                let backOnSale = e < lastSale
                if soldOut == 0, offShelf > 0, !backOnSale {
                    // 下架 to the month's end: taken down, unless 售罄 says otherwise.
                    if e == n - 1 {
                        downs.append(
                            ItemTakenDown(
                                item: titles[key] ?? "", itemIDKey: key,
                                from: month.firstDay.adding(days: run.lowerBound),
                                salesFalling: falling(units, before: run.lowerBound)))
                    }
                    continue
                }
                let byStatus = soldOut > 0 || (offShelf > 0 && backOnSale)
                if !byStatus {
                    let sold = usualDays.count { units[$0] > 0 }
                    // The rest of the store: the item's own missing sales must not make the store look quiet.
                    let rest = zip(store, units).map { $0 - $1 }
                    guard run.count >= minimumQuietRunDays,
                        quietRunIsUnlikely(
                            run, store: rest, sellingDays: sold, usualDays: usualDays.count, tests: tests)
                    else { continue }
                }
                var s = StockOut(
                    item: titles[key] ?? "", first: month.firstDay.adding(days: run.lowerBound),
                    last: month.firstDay.adding(days: run.upperBound), usualDailyOrders: usualUnits,
                    usualDailySales: Money(cents: Int64(usualCents.rounded())),
                    expectedOrders: usualUnits * Double(run.count))
                s.sources = [.itemDays]
                s.itemIDKey = key
                s.daysSoldOut = soldOut
                s.daysOffShelf = offShelf
                s.daysVisitedNoSale = quiet
                outs.append(s)
            }
        }
        outs.sort { ($1.lostSales, $0.item, $0.first) < ($0.lostSales, $1.item, $1.first) }
        downs.sort { ($0.item, $0.from) < ($1.item, $1.from) }
        return (outs, downs)
    }

    private enum DayKind { case fine, soldOut, offShelf, visitedNoSale }

    /// The store kept selling over `run`, and at the item's usual rate, scaled by the store's sales
    /// on those days against its others, no sale at all is too unlikely to be chance.
    ///
    /// The rate is read from the share of its usual days without a sale (one more counted), not
    /// from units: an order of 2 units or a burst day is no faster item, and a slow
    /// item with scattered empty days must not look like a fast one.
    static func quietRunIsUnlikely(
        _ run: ClosedRange<Int>, store: [Int], sellingDays: Int, usualDays: Int, tests: Int
    ) -> Bool {
        let others = store.indices.filter { !run.contains($0) }
        guard !others.isEmpty, usualDays > 0 else { return false }
        let otherMean = Double(others.reduce(0) { $0 + store[$1] }) / Double(others.count)
        let runMean = Double(run.reduce(0) { $0 + store[$1] }) / Double(run.count)
        guard otherMean > 0, runMean >= StockOutFinder.storeActivityShare * otherMean else { return false }
        // Days without a sale ~ e^(-rate): the rate a day, from the empty days plus one (a few
        // days cannot prove a fast item).
        let empty = Double(usualDays - sellingDays + 1) / Double(usualDays + 1)
        let rate = -log(empty)
        let expected = rate * Double(run.count) * runMean / otherMean
        return exp(-expected) * Double(tests) < StockOutFinder.falseAlarmChance
    }

    /// Whether the item's last selling week before `day` sold less than its first: the way an
    /// item on its way out looks.
    static func falling(_ units: [Int], before day: Int) -> Bool {
        guard day >= 8 else { return false }
        let first = units[0..<min(7, day / 2)].reduce(0, +)
        let last = units[(day - min(7, day / 2))..<day].reduce(0, +)
        return last < first
    }
}

/// An item 商品_全部 shows 下架 from some day to the month's end: taken down on purpose (end of
/// season, a discontinued line), not a stock-out of an item on sale. The merchant's decision; the
/// report names it so no one counts it as lost sales.
public struct ItemTakenDown: Sendable, Hashable {
    public var item: String
    public var itemIDKey: UInt64
    /// The first day 下架.
    public var from: CalendarDay
    /// Its sales were falling in the days before (the last week against the first).
    public var salesFalling: Bool

    public init(item: String, itemIDKey: UInt64, from: CalendarDay, salesFalling: Bool) {
        self.item = item
        self.itemIDKey = itemIDKey
        self.from = from
        self.salesFalling = salesFalling
    }
}
