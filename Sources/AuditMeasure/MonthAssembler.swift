import AuditImport
import AuditRecords

/// Joins the exports of one month into `MonthData`, setting aside repeats and rows outside the month.
///
/// A month's exports may overlap: a one-day traffic download beside the monthly one, the same
/// order file saved twice. The first occurrence (in file-name order) counts; each repeat is
/// moved from accepted to skipped-duplicate in its file's accounting and reported.
public enum MonthAssembler {
    public struct Result: Sendable {
        public var data: MonthData
        /// Reads the full orders behind the month's records back from their exports.
        public var readBack: OrderReadBack
        /// The inputs with their duplicate counts updated.
        public var inputs: [ImportedExport]
        /// Per file: rows dated outside the month (read, reported, not counted).
        public var outsideMonth: [String: Int]
        /// Orders read twice: (order id, where it was first, where it was repeated).
        public var duplicateOrders: [(id: String, first: RowLocation, repeat: RowLocation)]
        /// Records read twice whose copies disagree (the first copy counts); orders among them are also
        /// in `duplicateOrders`.
        public var conflictingCopies: [CopyConflict] = []
        /// Per file: the other months its rows outside the audited month fall in.
        public var outsideMonths: [String: Set<YearMonth>] = [:]
        /// Per file: rows dated inside the month (orders paid in it, traffic and ad days in it).
        public var inMonth: [String: Int] = [:]
    }

    /// - Parameter itemKeys: the 商品ID / 商家编码 keys of the items per-item targets name: their
    ///   units and sales are counted from the 子订单 export (`MonthData.itemFigures`).
    public static func assemble(month: YearMonth, inputs: consuming [ImportedExport], itemKeys: Set<UInt64> = [])
        -> Result
    {
        var files = consume inputs
        files.sort { $0.file < $1.file }
        // Each record says which input it came from, so its full order can be read back there.
        let details: [any OrderDetailSource] = files.map { $0.orderDetails ?? InMemoryOrders(list: []) }
        var orders: [OrderRecord] = []  // paid in the month
        var otherOrders: [OrderRecord] = []
        var traffic: [TrafficRecord] = []
        var ads: [AdRecord] = []
        var adPlatforms: [Platform] = []
        var overview: [ShopOverviewRecord] = []
        var conflictingOverviewDays: Set<CalendarDay> = []
        var refundRequests: [RefundRequestRecord] = []
        var customerService: [CustomerServiceRecord] = []
        var activityItems: [ActivityItemRecord] = []
        var seenRequests = Set<UInt64>()
        var itemDays: [ItemDayRecord] = []
        var seenItemDays = Set<ItemDayKey>()
        var snapshots: [ProductSnapshotRecord] = []
        var seenSnapshotRows = Set<SnapshotRowKey>()
        // Order id keys → index in `orders`, or -1-index in `otherOrders` (unpaid or paid outside
        // the month). A hit is confirmed by comparing the ids; the rare different id with the same
        // key goes to `keyCollisions`.
        // Nearly every id occurs once. Bit sets per id key (small enough to stay in cache) tell
        // which ids might repeat; only those go through the exact index.
        let orderCount = files.reduce(0) { $0 + $1.orderChunks.count }
        // Which id keys may repeat: two-bit counters of eight slots per order (2 MB per million,
        // in cache); a key counted once cannot have a duplicate.
        var counters = TwoBitCounters(keys: orderCount, slotsPerKey: 8)
        for file in files {
            // The chunks' own forEach, not a Sequence's: it walks each chunk's buffer directly.
            // swift-format-ignore: ReplaceForEachWithForLoop
            file.orderChunks.forEach { counters.add($0.idKey) }
        }
        var seenOrders = HashIndex(expected: min(orderCount, 1 << 16))
        var keyCollisions: [String: Int] = [:]
        // Each (day, source) and (day, campaign) once, with where its counted copy is.
        var seenTraffic: [TrafficKey: Int] = [:]
        var seenAds: [AdKey: Int] = [:]
        // Period totals (`20260601~20260630`), set aside until the month's daily rows are known.
        var periodRows: [(file: Int, platform: Platform, row: AdRecord)] = []
        var outside: [String: Int] = [:]
        var outsideMonths: [String: Set<YearMonth>] = [:]
        var inMonth: [String: Int] = [:]
        var duplicates: [(String, RowLocation, RowLocation)] = []
        var conflicts: [CopyConflict] = []
        func noteOutside(_ file: String, _ day: CalendarDay) {
            outside[file, default: 0] += 1
            outsideMonths[file, default: []].insert(YearMonth(year: day.year, month: day.month))
        }
        /// The id as text: a number's digits, or a text id read back with its order (only on a key match).
        func id(of r: OrderRecord) -> String {
            if let n = r.numericID { return n }
            return details[Int(r.source)].orders([r]).first??.id ?? "?"
        }
        /// The order recorded at a position: paid in the month, or (negative) the others list.
        func recorded(_ i: Int) -> OrderRecord { i >= 0 ? orders[i] : otherOrders[-i - 1] }
        // Room for every order at once (pages never written are never touched), filled chunk by
        // chunk as the files' chunks are freed: the month's records are never held twice.
        orders.reserveCapacity(orderCount)
        HugePages.advise(&orders)

        // Line items (子订单) first: they fill in what order rows lack, whichever file comes first.
        var lineItems = LineItemIndex(&files)
        for i in files.indices where files[i].kind == .lineItems {
            files[i].lineItemTitles = []
            files[i].lineItems = []
        }
        var lineItemTitles: [UInt64: String] = [:]
        var itemFigures = ItemFigures(hasLineItems: files.contains { $0.kind == .lineItems })

        let monthStart = month.firstDay.ordinal * 86_400
        let monthEnd = (month.lastDay.ordinal + 1) * 86_400
        for i in files.indices {
            let chunks = files[i].orderChunks
            files[i].orderChunks = OrderRecordChunks()
            files[i].orderDetails = nil
            var file = files[i]
            var subOrderRows = 0
            // 抖店 repeats from this file, by the counted copy's position: the parts of an order in
            // another file add up before they are compared with the counted order.
            var repeatedParts: [Int: (copy: OrderRecord, location: RowLocation)] = [:]
            var rowsInMonth = 0
            chunks.drain { chunk in
                // The sieve first, in a loop of its own: its reads miss the cache, and a tight loop
                // lets the processor wait for many of them at once.
                let mayRepeat = chunk.map { counters.count($0.idKey) >= 2 }
                for (j, var r) in chunk.enumerated() {
                    r.source = UInt32(i)
                    if !lineItems.isEmpty, let items = lineItems.summary(of: r.idKey) {
                        r.fill(from: items)
                        if r.titleFromLineItems, let title = items.title { lineItemTitles[r.idKey] = title }
                    }
                    let paidSeconds = r.paidSecondsOrMin
                    let isPaidInMonth = paidSeconds >= monthStart && paidSeconds < monthEnd
                    if isPaidInMonth { rowsInMonth += 1 }
                    let position = isPaidInMonth ? orders.count : -otherOrders.count - 1
                    // Both lists are in one index: an id is a duplicate whichever list its first copy went to.
                    let key = r.idKey
                    let seen = mayRepeat[j] ? seenOrders.existingOrInsert(key, position) : nil
                    if let seen {
                        // Same key: the same id, or (rarely) a text id whose hash is another id's key.
                        var first: OrderRecord? = recorded(seen)
                        let repeatedID = id(of: r)
                        let same =
                            first.map { f in f.idIsText == r.idIsText && (!f.idIsText || id(of: f) == repeatedID) }
                            ?? false
                        var firstPosition: Int? = seen
                        if !same {
                            firstPosition = keyCollisions[repeatedID]
                            first = firstPosition.map(recorded)
                        }
                        // 抖店 writes one row per 子订单: a repeat within the same file is another
                        // part of the order (its 订单应付金额 is that part's own), taken in.
                        if let p = firstPosition, let f = first, file.platform.profile.ordersRowPerSubOrder,
                            f.source == r.source
                        {
                            if p >= 0 { orders[p].absorb(subOrder: r) } else { otherOrders[-p - 1].absorb(subOrder: r) }
                            subOrderRows += 1
                            continue
                        }
                        if let p = firstPosition, let f = first {
                            duplicates.append((repeatedID, f.location, r.location))
                            file.counts.accepted -= 1
                            file.counts.skippedDuplicate += 1
                            if file.platform.profile.ordersRowPerSubOrder {
                                if repeatedParts[p] == nil {
                                    repeatedParts[p] = (r, r.location)
                                } else {
                                    repeatedParts[p]!.copy.absorb(subOrder: r)
                                }
                            } else if let conflict = CopyConflict.between(f, r, id: repeatedID, at: r.location) {
                                conflicts.append(conflict)
                            }
                            continue
                        }
                        keyCollisions[repeatedID] = position
                    }
                    if isPaidInMonth {
                        if !itemKeys.isEmpty, !lineItems.isEmpty {
                            itemFigures.add(
                                lines: lineItems.lines(of: key), paid: r.paidAmount, wanted: itemKeys, orderIDKey: key,
                                title: lineItems.title(of:))
                        }
                        orders.append(r)
                    } else {
                        otherOrders.append(r)
                        if let paid = r.paidAt { noteOutside(file.file, paid.day) }
                    }
                }
            }
            for (p, part) in repeatedParts.sorted(by: { $0.value.location < $1.value.location }) {
                let counted = recorded(p)
                if let conflict = CopyConflict.between(counted, part.copy, id: id(of: counted), at: part.location) {
                    conflicts.append(conflict)
                }
            }
            if subOrderRows > 0 {
                file.notes.append(.subOrderRowsMerged(count: subOrderRows))
            }
            if file.lostItemIDs > 0 { file.notes.append(.itemIDsLost(count: file.lostItemIDs)) }
            for row in file.traffic {
                guard month.contains(row.day) else {
                    noteOutside(file.file, row.day)
                    continue
                }
                rowsInMonth += 1
                let trafficKey = TrafficKey(day: row.day, source: row.source)
                if let counted = seenTraffic[trafficKey] {
                    file.counts.accepted -= 1
                    file.counts.skippedDuplicate += 1
                    if let conflict = CopyConflict.between(traffic[counted], row) { conflicts.append(conflict) }
                    continue
                }
                seenTraffic[trafficKey] = traffic.count
                traffic.append(row)
            }
            for row in file.ads {
                guard month.contains(row.day) else {
                    noteOutside(file.file, row.day)
                    continue
                }
                rowsInMonth += 1
                if let end = row.periodEnd {
                    guard month.contains(end) else {
                        rowsInMonth -= 1
                        noteOutside(file.file, end)
                        continue
                    }
                    periodRows.append((i, file.platform, row))
                    continue
                }
                let key = AdKey(
                    day: row.day, platform: file.platform,
                    campaign: row.campaignID.isEmpty ? row.campaignName : row.campaignID)
                if let counted = seenAds[key] {
                    file.counts.accepted -= 1
                    file.counts.skippedDuplicate += 1
                    if let conflict = CopyConflict.between(ads[counted], row) { conflicts.append(conflict) }
                    continue
                }
                seenAds[key] = ads.count
                ads.append(row)
                adPlatforms.append(file.platform)
            }
            for row in file.overview {
                guard month.contains(row.day) else {
                    noteOutside(file.file, row.day)
                    continue
                }
                rowsInMonth += 1
                // 拼多多 writes a day's figures over two files (交易概况, 商品概况): a day counts once
                // per set of metrics, so a repeated download counts once and the two files both count.
                let metrics = Set(row.figures.map(\.metric))
                if let counted = overview.firstIndex(where: {
                    $0.day == row.day && Set($0.figures.map(\.metric)) == metrics
                }) {
                    file.counts.accepted -= 1
                    file.counts.skippedDuplicate += 1
                    // Copies of a day that disagree: neither decides the market step, the day is left out.
                    if let conflict = CopyConflict.between(overview[counted], row) {
                        conflicts.append(conflict)
                        conflictingOverviewDays.insert(row.day)
                    }
                    continue
                }
                overview.append(row)
            }
            for row in file.refundRequests {
                guard month.contains(row.day) else {
                    noteOutside(file.file, row.day)
                    continue
                }
                rowsInMonth += 1
                guard seenRequests.insert(row.refundKey).inserted else {
                    file.counts.accepted -= 1
                    file.counts.skippedDuplicate += 1
                    continue
                }
                refundRequests.append(row)
            }
            // A customer-service row without a day is about the period the file covers: the month its folder holds.
            for row in file.customerService {
                if let day = row.day, !month.contains(day) {
                    noteOutside(file.file, day)
                    continue
                }
                rowsInMonth += 1
                customerService.append(row)
            }
            // An activity counts in every month it runs in.
            for row in file.activityItems {
                guard row.overlaps(month.firstDay, month.lastDay) else {
                    noteOutside(file.file, row.start)
                    continue
                }
                rowsInMonth += 1
                activityItems.append(row)
            }
            for row in file.itemDays {
                guard month.contains(row.day) else {
                    noteOutside(file.file, row.day)
                    continue
                }
                rowsInMonth += 1
                guard seenItemDays.insert(ItemDayKey(item: row.itemIDKey, day: row.day)).inserted else {
                    file.counts.accepted -= 1
                    file.counts.skippedDuplicate += 1
                    continue
                }
                itemDays.append(row)
            }
            for var row in file.productSnapshots {
                // A name without a date: the day the file was saved.
                if row.day == nil, let taken = file.taken { row = row.taken(on: taken.day) }
                guard let day = row.day, month.contains(day) else {
                    noteOutside(file.file, row.day ?? month.firstDay.adding(days: -1))
                    continue
                }
                rowsInMonth += 1
                let key = SnapshotRowKey(
                    item: row.itemIDKey, sku: row.skuID, day: day, price: row.price != nil, stock: row.stock != nil)
                guard seenSnapshotRows.insert(key).inserted else {
                    file.counts.accepted -= 1
                    file.counts.skippedDuplicate += 1
                    continue
                }
                snapshots.append(row)
            }
            if rowsInMonth > 0 { inMonth[file.file, default: 0] += rowsInMonth }
            // The records now live in MonthData; the inputs keep only their accounting.
            file.traffic = []
            file.ads = []
            file.overview = []
            file.refundRequests = []
            file.customerService = []
            file.activityItems = []
            file.itemDays = []
            file.productSnapshots = []
            files[i] = file
        }
        // A period total counts only where its platform's reports have no daily rows; beside daily
        // rows it would count them twice and is a summary row.
        let dailyAdPlatforms = Set(adPlatforms)
        for (i, platform, row) in periodRows {
            let key = AdKey(
                day: row.day, platform: platform, campaign: row.campaignID.isEmpty ? row.campaignName : row.campaignID)
            if dailyAdPlatforms.contains(platform) || seenAds[key] != nil {
                files[i].counts.accepted -= 1
                if dailyAdPlatforms.contains(platform) {
                    files[i].counts.skippedSummary += 1
                } else {
                    files[i].counts.skippedDuplicate += 1
                }
                continue
            }
            seenAds[key] = ads.count
            ads.append(row)
            adPlatforms.append(platform)
        }
        conflicts += applyRefunds(files: &files, to: &orders)
        // Line items whose order is in none of the month's order exports are said so.
        if lineItems.unmatchedCount > 0, let first = files.firstIndex(where: { $0.kind == .lineItems }) {
            files[first].notes.append(.lineItemsWithoutOrder(count: lineItems.unmatchedCount))
        }
        var data = MonthData(month: month, paidOrders: orders, otherOrders: otherOrders, traffic: traffic, ads: ads)
        data.adPlatforms = adPlatforms
        data.overview = overview.filter { !conflictingOverviewDays.contains($0.day) }.sorted {
            ($0.day, $0.location) < ($1.day, $1.location)
        }
        data.refundRequests = refundRequests
        data.itemFigures = itemFigures
        data.customerService = customerService
        data.activityItems = activityItems
        data.itemDays = itemDays.sorted { ($0.day, $0.itemIDKey) < ($1.day, $1.itemIDKey) }
        data.productSnapshots = snapshots
        data.conflictingCopies = conflicts
        return Result(
            data: data, readBack: OrderReadBack(details: details, lineItemTitles: lineItemTitles), inputs: files,
            outsideMonth: outside, duplicateOrders: duplicates, conflictingCopies: conflicts,
            outsideMonths: outsideMonths, inMonth: inMonth)
    }

    /// Adds each 售后明细 row's refund to its order paid in the month (a 服务单 in two files counts
    /// once); rows whose order is not among them are said so on their file.
    /// - Returns: the 服务单 read twice whose copies disagree on the order or the amount.
    private static func applyRefunds(files: inout [ImportedExport], to orders: inout [OrderRecord]) -> [CopyConflict] {
        guard files.contains(where: { !$0.refunds.isEmpty }) else { return [] }
        var byOrder: [UInt64: [(file: Int, amount: Money)]] = [:]
        var seen: [UInt64: RefundRecord] = [:]
        var conflicts: [CopyConflict] = []
        for i in files.indices {
            for r in files[i].refunds {
                if let counted = seen[r.serviceKey] {
                    files[i].counts.accepted -= 1
                    files[i].counts.skippedDuplicate += 1
                    if let conflict = CopyConflict.between(counted, r) { conflicts.append(conflict) }
                    continue
                }
                seen[r.serviceKey] = r
                byOrder[r.orderIDKey, default: []].append((i, r.amount))
            }
            files[i].refunds = []
        }
        var capped: [Int: Int] = [:]
        for j in orders.indices {
            guard let refunds = byOrder.removeValue(forKey: orders[j].idKey) else { continue }
            for r in refunds where orders[j].addRefund(r.amount) != r.amount { capped[r.file, default: 0] += 1 }
        }
        var unmatched: [Int: Int] = [:]
        for refunds in byOrder.values { for r in refunds { unmatched[r.file, default: 0] += 1 } }
        for (i, n) in unmatched {
            files[i].notes.append(.refundsWithoutPaidOrder(count: n))
        }
        for (i, n) in capped {
            files[i].notes.append(.refundsCapped(count: n))
        }
        return conflicts
    }

    private struct TrafficKey: Hashable {
        var day: CalendarDay
        var source: TrafficSource
    }

    /// A campaign's day on its platform: two platforms' campaigns of one name (or id) on one day are
    /// two campaigns, never a repeated row.
    private struct AdKey: Hashable {
        var day: CalendarDay
        var platform: Platform
        var campaign: String
    }
}
