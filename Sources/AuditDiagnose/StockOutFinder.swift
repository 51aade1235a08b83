import AuditMeasure
import AuditRecords
import Foundation

/// Finds stock-outs in the orders alone: an item that normally sells and then sells nothing for
/// days in a row while the store keeps selling.
///
/// A zero run too long for the item's own rate (minimizeregret.com 2017, "detection of abnormal
/// zero sequences"), tested against the store's own days: if the item's orders fell on the days of
/// its selling span in proportion to the store's orders, the chance that none of its `n` orders
/// fell on the run is (1 - w)^n, with `w` the run's share of the store's orders in the span. That
/// chance is multiplied by the places a run of that length could start and by the items tested,
/// so a month of many items is not searched until one looks odd. A store-wide lull (a quiet
/// weekend) has a small `w`, so an item's absence in it is not called; and the store must have
/// kept selling (`storeActivityShare`), as bakery detectors check.
///
/// Runs that touch the month's ends are not called stock-outs: before the first sale, an item
/// launched mid-month looks the same; after the last, an item taken down on purpose. The second
/// is reported as `ItemStopped` for the merchant to say which it was.
public enum StockOutFinder {
    /// Days without a sale before a run counts (the seeds' "≥ 3 days").
    public static let minimumRunDays = 3
    /// The chance, in a store-month, of calling a run that is only chance: 1 in 100.
    public static let falseAlarmChance = 0.01
    /// The store's orders per day over the run, against its other days, for it to have "kept selling".
    public static let storeActivityShare = 0.5
    /// A day counts at most this many times the item's median selling day (see `test`).
    public static let burstCap = 2

    /// The month's stock-outs (most sales lost first) and the items that stopped selling.
    /// - Parameter excluding: the id keys of orders left out (suspected fake orders: a burst of
    ///   brushing on one item would make its usual days look busier than they are).
    public static func find(_ data: MonthData, readBack: OrderReadBack, excluding: Set<UInt64> = []) -> (
        stockOuts: [StockOut], stopped: [ItemStopped]
    ) {
        let month = data.month
        let n = month.dayCount
        let start = month.firstDay.ordinal
        var store = [Int](repeating: 0, count: n)
        // Each item's days side by side in flat arrays (item × day): a million orders add into them
        // in place, with no array copied per order.
        var slot: [UInt64: Int] = [:]
        var keys: [UInt64] = []
        var firstRecord: [Int] = []
        var orders: [Int] = []
        var cents: [Int64] = []
        let paid = data.paidOrders
        var lastKey: UInt64?
        var lastSlot = 0
        for (i, r) in paid.enumerated() {
            guard let day = r.paidAt?.day.ordinal, day >= start, day - start < n,
                excluding.isEmpty || !excluding.contains(r.idKey)
            else { continue }
            // An order refunded in full sold nothing (an item sold out and refunded, 超卖, is out too).
            if r.paidAmount.cents > 0, r.refundAmount >= r.paidAmount { continue }
            store[day - start] += 1
            guard r.hasItemTitle else { continue }
            if r.itemKey != lastKey {
                lastKey = r.itemKey
                if let k = slot[r.itemKey] {
                    lastSlot = k
                } else {
                    lastSlot = keys.count
                    slot[r.itemKey] = lastSlot
                    keys.append(r.itemKey)
                    firstRecord.append(i)
                    orders += repeatElement(0, count: n)
                    cents += repeatElement(0, count: n)
                }
            }
            orders[lastSlot * n + day - start] += 1
            cents[lastSlot * n + day - start] += r.paidAmount.cents
        }
        var stockOuts: [(key: Int, first: Int, last: Int, usual: Double, cents: Double, expected: Double)] = []
        var stopped: [(key: Int, last: Int, usual: Double, expected: Double)] = []
        for k in keys.indices {
            let item = Array(orders[(k * n)..<(k * n + n)])
            let itemCents = Array(cents[(k * n)..<(k * n + n)])
            guard let f = item.firstIndex(where: { $0 > 0 }), let l = item.lastIndex(where: { $0 > 0 }) else {
                continue
            }
            // Runs inside the item's selling span.
            var d = f
            while d <= l {
                guard item[d] == 0 else {
                    d += 1
                    continue
                }
                var e = d
                while e + 1 <= l, item[e + 1] == 0 { e += 1 }
                if e - d + 1 >= minimumRunDays,
                    let test = test(
                        run: d...e, span: f...l, item: item, cents: itemCents, store: store,
                        tests: keys.count * (l - f + 1 - (e - d)))
                {
                    stockOuts.append((k, d, e, test.usual, test.cents, test.expected))
                }
                d = e + 1
            }
            // A stop that lasts to the month's end.
            if n - 1 - l >= minimumRunDays,
                let test = test(
                    run: (l + 1)...(n - 1), span: f...(n - 1), item: item, cents: itemCents, store: store,
                    tests: keys.count)
            {
                stopped.append((k, l, test.usual, test.expected))
            }
        }
        let named = Set(stockOuts.map(\.key) + stopped.map(\.key)).sorted()
        let full = readBack.orders(named.map { paid[firstRecord[$0]] })
        var titles: [Int: String] = [:]
        for (k, o) in zip(named, full) { titles[k] = o.itemTitle }
        let day = { (i: Int) in month.firstDay.adding(days: i) }
        let outs = stockOuts.map {
            var s = StockOut(
                item: titles[$0.key] ?? "", first: day($0.first), last: day($0.last), usualDailyOrders: $0.usual,
                usualDailySales: Money(cents: Int64($0.cents.rounded())), expectedOrders: $0.expected)
            s.itemIDKey = paid[firstRecord[$0.key]].itemIDKey
            return s
        }.sorted { ($1.lostSales, $0.item, $0.first) < ($0.lostSales, $1.item, $1.first) }
        let stops = stopped.map {
            ItemStopped(
                item: titles[$0.key] ?? "", lastSale: day($0.last), daysWithout: n - 1 - $0.last,
                usualDailyOrders: $0.usual, expectedOrders: $0.expected)
        }.sorted { ($1.expectedOrders, $0.item) < ($0.expectedOrders, $1.item) }
        return (outs, stops)
    }

    /// The test of one run: nil when the item's absence is not too unlikely for its orders in the
    /// span, or the store was not selling as usual. `usual` and `cents` are the item's orders and
    /// sales per day on the span's other days; `expected` is its orders the run would have had at
    /// its share of the store's orders.
    ///
    /// A day counts at most `burstCap` times the item's median selling day (and at least 2): a
    /// burst of orders (a promotion, a group buy, brushing not caught) is no sign of a faster item,
    /// and would otherwise make any quiet stretch after it look like a stock-out.
    /// - Parameter tests: the runs of this length the month could have held across its items.
    static func test(
        run: ClosedRange<Int>, span: ClosedRange<Int>, item: [Int], cents: [Int64], store: [Int], tests: Int
    ) -> (usual: Double, cents: Double, expected: Double)? {
        let others = span.filter { !run.contains($0) }
        guard !others.isEmpty else { return nil }
        let selling = others.map { item[$0] }.filter { $0 > 0 }.sorted()
        guard !selling.isEmpty else { return nil }
        let cap = max(2, burstCap * selling[(selling.count - 1) / 2])
        let itemOrders = others.reduce(0) { $0 + min(item[$1], cap) }
        let storeSpan = span.reduce(0) { $0 + store[$1] }
        let storeRun = run.reduce(0) { $0 + store[$1] }
        let storeOthers = storeSpan - storeRun
        guard storeOthers > 0, storeSpan > 0 else { return nil }
        let w = Double(storeRun) / Double(storeSpan)
        let chance = exp(Double(itemOrders) * log1p(-min(w, 1 - 1e-12))) * Double(tests)
        let storePerDayRun = Double(storeRun) / Double(run.count)
        let storePerDayOthers = Double(storeOthers) / Double(others.count)
        guard chance < falseAlarmChance, storePerDayRun >= storeActivityShare * storePerDayOthers else { return nil }
        // Sales per day at the item's usual price, on the capped orders.
        let allOrders = others.reduce(0) { $0 + item[$1] }
        let centsOthers = others.reduce(Int64(0)) { $0 + cents[$1] }
        let pricePerOrder = allOrders > 0 ? Double(centsOthers) / Double(allOrders) : 0
        let usual = Double(itemOrders) / Double(others.count)
        return (usual, usual * pricePerOrder, Double(itemOrders) * w)
    }

    /// How much of each missed sales or orders target the stock-outs account for.
    public static func impacts(_ stockOuts: [StockOut], metrics: [MetricValue]) -> [StockOutImpact] {
        guard !stockOuts.isEmpty else { return [] }
        let items = Set(stockOuts.map(\.item)).count
        let days = stockOuts.reduce(0) { $0 + $1.days }
        return metrics.compactMap { m in
            guard m.key == .gmv || m.key == .orders, m.isMet == false, m.platform == nil, let target = m.target,
                let actual = m.actual
            else { return nil }
            let lost =
                m.key == .gmv
                ? stockOuts.reduce(0.0) { $0 + $1.lostSales.yuan } : stockOuts.reduce(0.0) { $0 + $1.lostOrders }
            return StockOutImpact(target: m.key, gap: target - actual, lost: lost, items: items, days: days)
        }
    }
}
