import AuditMeasure
import AuditRecords

/// Orders sharing one key (an address, a phone) that follow each other closely in time, and the
/// signals that tell brushing from a real crowd.
struct OrderBurst {
    let orders: [Order]

    /// Splits each group of paid orders (indices into `data.paidOrders`) into runs where
    /// consecutive payments are at most `maxGapSeconds` apart, and reads back in full the orders
    /// of the runs of at least `minSize`, all in one go. Bursts come group by group, runs in time order.
    /// Orders whose time of day is unknown (a 拼多多 order without 订单成交时间, dated 00:00 of
    /// its day) are left out: put together at midnight they would look like a burst.
    static func bursts(
        of groups: [[Int]], in data: MonthData, readBack: OrderReadBack, maxGapSeconds: Int,
        minSize: Int
    ) -> [OrderBurst] {
        let paid = data.paidOrders
        var runs: [[Int]] = []
        for group in groups {
            // Runs are found on the compact records; only their members are read back.
            let timed = group.contains { paid[$0].timeUnknown } ? group.filter { !paid[$0].timeUnknown } : group
            let sorted = timed.sorted { (paid[$0].paidSecondsOrMin, $0) < (paid[$1].paidSecondsOrMin, $1) }
            var current: [Int] = []
            for row in sorted {
                if let last = current.last, paid[row].paidSecondsOrMin - paid[last].paidSecondsOrMin > maxGapSeconds {
                    if current.count >= minSize { runs.append(current) }
                    current = []
                }
                current.append(row)
            }
            if current.count >= minSize { runs.append(current) }
        }
        let full = readBack.orders(runs.flatMap { $0.map { paid[$0] } })
        var result: [OrderBurst] = []
        var next = 0
        for run in runs {
            let orders = full[next..<next + run.count].sorted { ($0.paidAt!, $0.id) < ($1.paidAt!, $1.id) }
            next += run.count
            result.append(OrderBurst(orders: orders))
        }
        return result
    }

    var count: Int { orders.count }
    var first: LocalTime { orders.first!.paidAt! }
    var last: LocalTime { orders.last!.paidAt! }
    var spanHours: Double { Double(last.seconds - first.seconds) / 3600 }

    /// Seconds from the first payment to the last.
    var spanSeconds: Int { last.seconds - first.seconds }
    /// The first and last payment, as a fact.
    var timeRange: Fact { Fact(.timeRange, .timeRange(first, last)) }
    var days: [CalendarDay] { Array(Set(orders.map { $0.paidAt!.day })).sorted() }
    var orderIDs: [String] { orders.map(\.id) }

    /// Share of the most common value.
    func sameness<T: Hashable>(_ value: (Order) -> T) -> Double {
        var counts: [T: Int] = [:]
        for o in orders { counts[value(o), default: 0] += 1 }
        return Double(counts.values.max() ?? 0) / Double(count)
    }

    func distinct<T: Hashable>(_ value: (Order) -> T) -> Int { Set(orders.map(value)).count }

    var medianAmount: Money {
        let sorted = orders.map(\.paidAmount).sorted()
        return sorted[sorted.count / 2]
    }

    /// The item bought most often, and how often.
    var topItem: (title: String, count: Int) {
        var counts: [String: Int] = [:]
        for o in orders { counts[o.itemTitle, default: 0] += 1 }
        let best = counts.max { ($0.value, $1.key) < ($1.value, $0.key) }!
        return (best.key, best.value)
    }
}
