import AuditRecords

/// Joins the evidence of one stock-out run from every file that shows it, so the run is reported
/// once with all its sources: the orders' run, 商品_全部's run, 千牛's 缺货 refunds and the
/// snapshots with the item's stock at 0.
///
/// Two pieces are the same run when they are the same item (its 商品ID where both know it, else its
/// title) and their days overlap or touch (`reach` days apart at most). The joined run spans both;
/// its usual daily sales are 商品_全部's where it has them (the platform's own sales of the item),
/// else the orders'; its title the orders'.
public enum StockOutMerge {
    /// Days between two pieces of evidence that still make one run.
    public static let reach = 1

    /// The joined runs (most sales lost first), and the refunds and snapshot zeros that fall in no run.
    public static func merge(
        orders: [StockOut], itemDays: [StockOut], refunds: [StockOutRefunds], zeros: [SnapshotStockZero]
    ) -> (stockOuts: [StockOut], refunds: [StockOutRefunds], zeros: [SnapshotStockZero]) {
        var runs = orders
        for s in itemDays {
            if let i = runs.firstIndex(where: { sameItem($0, s.itemIDKey, s.item) && touches($0, s.first, s.last) }) {
                var joined = s
                // The orders' title: the one the refund export and the reports use (商品_全部's 商品名称
                // may differ where the listing was renamed).
                joined.item = runs[i].item
                joined.first = min(runs[i].first, s.first)
                joined.last = max(runs[i].last, s.last)
                joined.expectedOrders = max(runs[i].expectedOrders, s.expectedOrders)
                joined.sources = Array(Set(runs[i].sources + s.sources)).sorted()
                if s.usualDailySales == .zero { joined.usualDailySales = runs[i].usualDailySales }
                runs[i] = joined
            } else {
                runs.append(s)
            }
        }
        var leftRefunds: [StockOutRefunds] = []
        for r in refunds {
            let hits = runs.indices.filter { i in
                sameItem(runs[i], 0, r.item) && r.days.contains { touches(runs[i], $0, $0) }
            }
            guard let i = hits.first else {
                leftRefunds.append(r)
                continue
            }
            runs[i].stockOutRefunds += r.requests
            runs[i].sources = Array(Set(runs[i].sources + [.refundExport])).sorted()
        }
        var leftZeros: [SnapshotStockZero] = []
        for z in zeros {
            var rest: [CalendarDay] = []
            for day in z.days {
                if let i = runs.firstIndex(where: { sameItem($0, z.itemIDKey, z.title) && touches($0, day, day) }) {
                    runs[i].snapshotDaysAtZero.append(day)
                    runs[i].sources = Array(Set(runs[i].sources + [.productSnapshot])).sorted()
                } else {
                    rest.append(day)
                }
            }
            if !rest.isEmpty {
                var left = z
                left.days = rest
                leftZeros.append(left)
            }
        }
        runs.sort { ($1.lostSales, $0.item, $0.first) < ($0.lostSales, $1.item, $1.first) }
        return (runs, leftRefunds, leftZeros)
    }

    static func sameItem(_ s: StockOut, _ key: UInt64, _ title: String) -> Bool {
        if s.itemIDKey != 0, key != 0 { return s.itemIDKey == key }
        return !title.isEmpty && s.item == title
    }

    static func touches(_ s: StockOut, _ first: CalendarDay, _ last: CalendarDay) -> Bool {
        first.ordinal <= s.last.ordinal + reach && last.ordinal >= s.first.ordinal - reach
    }
}
