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

    public static func assemble(month: YearMonth, inputs: consuming [ImportedExport]) -> Result {
        var files = consume inputs
        files.sort { $0.file < $1.file }
        // Each record says which input it came from, so its full order can be read back there.
        let details: [any OrderDetailSource] = files.map { $0.orderDetails ?? InMemoryOrders(list: []) }
        var orders: [OrderRecord] = []   // paid in the month
        var otherOrders: [OrderRecord] = []
        var traffic: [TrafficRecord] = []
        var ads: [AdRecord] = []
        // Order id keys → index in `orders`, or -1-index in `otherOrders` (unpaid or paid outside
        // the month). A hit is confirmed by comparing the ids; the rare different id with the same
        // key goes to `keyCollisions`.
        // Nearly every id occurs once. Byte counters per id key (a table that stays in cache) tell
        // which ids might repeat; only those go through the exact index.
        let orderCount = files.reduce(0) { $0 + $1.orderRecords.count }
        let counters = IDCounters(files.map(\.orderRecords), total: orderCount)
        var seenOrders = HashIndex(expected: min(orderCount, 1 << 16))
        var keyCollisions: [String: Int] = [:]
        var seenTraffic = Set<TrafficKey>()
        var seenAds = Set<AdKey>()
        var outside: [String: Int] = [:]
        var duplicates: [(String, RowLocation, RowLocation)] = []
        /// The id as text: a number's digits, or a text id read back with its order (only on a key match).
        func id(of r: OrderRecord) -> String {
            if let n = r.numericID { return n }
            return details[Int(r.source)].orders([r]).first??.id ?? "?"
        }

        let monthStart = month.firstDay.ordinal * 86_400, monthEnd = (month.lastDay.ordinal + 1) * 86_400
        for i in files.indices {
            // The file's array becomes the month's list in place: the orders paid in the month are
            // moved to its front and the rest cut off, so a million orders are never copied.
            var fileOrders = files[i].orderRecords
            files[i].orderRecords = []
            files[i].orderDetails = nil
            var file = files[i]
            let base = orders.count
            var kept = 0
            // Where each kept order of this file sits until the compaction below, and the few left out.
            var keptAt: [Int32] = []
            keptAt.reserveCapacity(fileOrders.count)
            var leftOut: [Int] = []
            fileOrders.withUnsafeMutableBufferPointer { buf in
                /// The order recorded at a position: this file's kept orders, earlier files', or the others list.
                func recorded(_ i: Int) -> OrderRecord {
                    i >= base ? buf[Int(keptAt[i - base])] : i >= 0 ? orders[i] : otherOrders[-i - 1]
                }
                for j in buf.indices {
                    buf[j].source = UInt32(i)
                    let paidSeconds = buf[j].paidSecondsOrMin
                    let isPaidInMonth = paidSeconds >= monthStart && paidSeconds < monthEnd
                    let position = isPaidInMonth ? base + kept : -otherOrders.count - 1
                    // Both lists are in one index: an id is a duplicate whichever list its first copy went to.
                    let key = buf[j].idKey
                    let seen = counters.mayRepeat(key) ? seenOrders.existingOrInsert(key, position) : nil
                    if let seen {
                        // Same key: the same id, or (rarely) a text id whose hash is another id's key.
                        var first: OrderRecord? = recorded(seen)
                        let same = first.map { f in f.idIsText == buf[j].idIsText && (!f.idIsText || id(of: f) == id(of: buf[j])) } ?? false
                        let repeatedID = id(of: buf[j])
                        if !same { first = keyCollisions[repeatedID].map(recorded) }
                        if let f = first {
                            duplicates.append((repeatedID, f.location, buf[j].location))
                            file.counts.accepted -= 1
                            file.counts.skippedDuplicate += 1
                            leftOut.append(j)
                            continue
                        }
                        keyCollisions[repeatedID] = position
                    }
                    if isPaidInMonth {
                        keptAt.append(Int32(j))
                        kept += 1
                    } else {
                        otherOrders.append(buf[j])
                        leftOut.append(j)
                        if paidSeconds != Int.min { outside[file.file, default: 0] += 1 }
                    }
                }
                Self.moveToEnd(leftOut, in: buf)
            }
            fileOrders.removeLast(fileOrders.count - kept)
            if orders.isEmpty { orders = fileOrders } else { orders.append(contentsOf: fileOrders) }
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
            file.traffic = []
            file.ads = []
            files[i] = file
        }
        let data = MonthData(month: month, paidOrders: orders, otherOrders: otherOrders, traffic: traffic, ads: ads, details: details)
        return Result(data: data, inputs: files, outsideMonth: outside, duplicateOrders: duplicates)
    }

    /// Moves the elements at `positions` (ascending) to the end of `buf` and closes the gaps, the
    /// others keeping their order: each run between two gaps moves down once, as raw memory, where
    /// `swapAt` per element would move every order three times.
    private static func moveToEnd(_ positions: [Int], in buf: UnsafeMutableBufferPointer<OrderRecord>) {
        guard !positions.isEmpty, let base = buf.baseAddress else { return }
        let aside = UnsafeMutablePointer<OrderRecord>.allocate(capacity: positions.count)
        defer { aside.deallocate() }
        var write = positions[0]
        for (k, p) in positions.enumerated() {
            (aside + k).moveInitialize(from: base + p, count: 1)
            let runEnd = k + 1 < positions.count ? positions[k + 1] : buf.count
            (base + write).moveInitialize(from: base + p + 1, count: runEnd - p - 1)
            write += runEnd - p - 1
        }
        (base + write).moveInitialize(from: aside, count: positions.count)
    }

    /// Which order id keys occur more than once, as two bit sets of about eight slots per order:
    /// "seen" and "seen again". A million orders take 2 MB, which stays in cache where byte
    /// counters (8 MB) did not; a key whose slot was hit once cannot have a duplicate.
    private struct IDCounters {
        private var seen: [UInt64]
        private var again: [UInt64]
        private let bits: Int

        init(_ lists: [[OrderRecord]], total: Int) {
            var bits = 6
            while 1 << bits < 8 * total { bits += 1 }
            self.bits = bits
            seen = [UInt64](repeating: 0, count: (1 << bits) / 64)
            again = seen
            seen.withUnsafeMutableBufferPointer { seen in
                again.withUnsafeMutableBufferPointer { again in
                    for list in lists {
                        for i in list.indices {
                            let slot = Self.slot(list[i].idKey, bits)
                            let word = slot >> 6, bit: UInt64 = 1 << UInt64(slot & 63)
                            if seen[word] & bit != 0 { again[word] |= bit } else { seen[word] |= bit }
                        }
                    }
                }
            }
        }

        /// False only for a key whose slot was hit once: its id cannot have a duplicate.
        func mayRepeat(_ key: UInt64) -> Bool {
            let slot = Self.slot(key, bits)
            return again[slot >> 6] & (1 << UInt64(slot & 63)) != 0
        }

        private static func slot(_ key: UInt64, _ bits: Int) -> Int {
            Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits))
        }
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
