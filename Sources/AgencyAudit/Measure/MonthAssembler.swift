/// Joins the exports of one month into `MonthData`, setting aside repeats and rows outside the month.
///
/// A month's exports may overlap: a one-day traffic download beside the monthly one, the same
/// order file saved twice. The first occurrence (in file-name order) counts; each repeat is
/// moved from accepted to skipped-duplicate in its file's accounting and reported.
public enum MonthAssembler {
    public struct Result: Sendable {
        public var data: MonthData
        /// The inputs with their duplicate counts updated.
        public var inputs: [ImportedExport]
        /// Per file: rows dated outside the month (read, reported, not counted).
        public var outsideMonth: [String: Int]
        /// Orders read twice: (order id, where it was first, where it was repeated).
        public var duplicateOrders: [(id: String, first: RowLocation, repeat: RowLocation)]
    }

    public static func assemble(month: YearMonth, inputs: [ImportedExport]) -> Result {
        var files = inputs.sorted { $0.file < $1.file }
        var orders: [Order] = []   // paid in the month
        var otherOrders: [Order] = []
        var otherIndex: [UInt64: Int] = [:]  // ids of unpaid / out-of-month orders → index in otherOrders
        var traffic: [TrafficRecord] = []
        var ads: [AdRecord] = []
        // Order ids by stable hash → index in `orders` (or `otherIndex`); a hit is confirmed by comparing
        // the ids, and the rare different id with the same hash goes to `hashCollisions` (negative = other list).
        var seenOrders: [UInt64: Int] = [:]
        var hashCollisions: [String: Int] = [:]
        orders.reserveCapacity(files.reduce(0) { $0 + $1.orders.count })
        var seenTraffic = Set<TrafficKey>()
        var seenAds = Set<AdKey>()
        var outside: [String: Int] = [:]
        var duplicates: [(String, RowLocation, RowLocation)] = []

        for i in files.indices {
            var file = files[i]
            for order in file.orders {
                let key = StableHash.of(order.id)
                // Both lists are searched: an id is a duplicate whichever list its first copy went to.
                var first: Order?
                if let i = seenOrders[key] { first = orders[i] } else if let i = otherIndex[key] { first = otherOrders[i] }
                if let f = first, f.id != order.id { first = hashCollisions[order.id].map { $0 >= 0 ? orders[$0] : otherOrders[-$0 - 1] } }
                if let f = first {
                    duplicates.append((order.id, f.location, order.location))
                    file.counts.accepted -= 1
                    file.counts.skippedDuplicate += 1
                    continue
                }
                let isPaidInMonth = order.paidAt.map { month.contains($0.day) } ?? false
                let collides = seenOrders[key] != nil || otherIndex[key] != nil
                if isPaidInMonth {
                    if collides { hashCollisions[order.id] = orders.count } else { seenOrders[key] = orders.count }
                    orders.append(order)
                } else {
                    if collides { hashCollisions[order.id] = -otherOrders.count - 1 } else { otherIndex[key] = otherOrders.count }
                    otherOrders.append(order)
                    if order.paidAt != nil { outside[file.file, default: 0] += 1 }
                }
            }
            for row in file.traffic {
                guard month.contains(row.day) else { outside[file.file, default: 0] += 1; continue }
                guard seenTraffic.insert(TrafficKey(day: row.day, source: row.source)).inserted else {
                    file.counts.accepted -= 1
                    file.counts.skippedDuplicate += 1
                    continue
                }
                traffic.append(row)
            }
            for row in file.ads {
                guard month.contains(row.day) else { outside[file.file, default: 0] += 1; continue }
                let key = AdKey(day: row.day, campaign: row.campaignID.isEmpty ? row.campaignName : row.campaignID)
                guard seenAds.insert(key).inserted else {
                    file.counts.accepted -= 1
                    file.counts.skippedDuplicate += 1
                    continue
                }
                ads.append(row)
            }
            // The records now live in MonthData; the inputs keep only their accounting.
            file.orders = []
            file.traffic = []
            file.ads = []
            files[i] = file
        }
        return Result(data: MonthData(month: month, paidOrders: orders, otherOrders: otherOrders, traffic: traffic, ads: ads),
                      inputs: files, outsideMonth: outside, duplicateOrders: duplicates)
    }

    private struct TrafficKey: Hashable {
        var day: CalendarDay
        var source: TrafficSource
    }

    private struct AdKey: Hashable {
        var day: CalendarDay
        var campaign: String
    }
}
