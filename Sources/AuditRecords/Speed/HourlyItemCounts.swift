/// How many paid orders the store had in each hour of the month, in all and for a few chosen
/// items: what an item's share of the store's orders was around a given time.
///
/// One pass over the compact records, made only when some rule has items to ask about: an array
/// of per-hour totals, and per chosen item an array of per-hour counts. An order costs one array
/// increment and a look-up among the chosen item keys (a handful, kept sorted). Orders whose
/// time of day is unknown (`OrderRecord.timeUnknown`) are in no hour.
package struct HourlyItemCounts: Sendable {
    /// The first hour counted (hours since the calendar's origin).
    private let firstHour: Int
    private let totals: [Int32]
    private let items: [UInt64]
    private let counts: [[Int32]]

    package init(orders: [OrderRecord], items wanted: [UInt64]) {
        items = Array(Set(wanted)).sorted()
        var low = Int.max
        var high = Int.min
        for o in orders where o.paidSecondsOrMin != .min && !o.timeUnknown {
            let h = Int(o.paidSecondsOrMin) / 3600
            low = min(low, h)
            high = max(high, h)
        }
        guard low <= high else {
            firstHour = 0
            totals = []
            counts = items.map { _ in [] }
            return
        }
        firstHour = low
        var totals = [Int32](repeating: 0, count: high - low + 1)
        var counts = items.map { _ in [Int32](repeating: 0, count: high - low + 1) }
        for o in orders where o.paidSecondsOrMin != .min && !o.timeUnknown {
            let h = Int(o.paidSecondsOrMin) / 3600 - low
            totals[h] += 1
            if let k = Self.index(of: o.itemKey, in: items) { counts[k][h] += 1 }
        }
        self.totals = totals
        self.counts = counts
    }

    private static func index(of key: UInt64, in items: [UInt64]) -> Int? {
        var lo = 0
        var hi = items.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if items[mid] < key { lo = mid + 1 } else { hi = mid }
        }
        return lo < items.count && items[lo] == key ? lo : nil
    }

    /// The store's paid orders, and those of `item`, paid in the hours from `from` to `to`
    /// (seconds, both hours included); nil for the whole month. `item` must be one of the chosen.
    package func orders(of item: UInt64, fromSeconds from: Int? = nil, toSeconds to: Int? = nil)
        -> (item: Int, all: Int)
    {
        guard let k = Self.index(of: item, in: items), !totals.isEmpty else { return (0, 0) }
        let lo = max(0, (from.map { $0 / 3600 } ?? firstHour) - firstHour)
        let hi = min(totals.count - 1, (to.map { $0 / 3600 } ?? Int.max / 2) - firstHour)
        guard lo <= hi else { return (0, 0) }
        var all = 0
        var mine = 0
        for h in lo...hi {
            all += Int(totals[h])
            mine += Int(counts[k][h])
        }
        return (mine, all)
    }
}
