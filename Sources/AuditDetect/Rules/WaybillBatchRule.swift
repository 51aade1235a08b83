import AuditMeasure
import AuditRecords

extension RuleID {
    public static let waybillBatch = RuleID(
        "waybill-batch", chinese: "连号运单批量发货", english: "Batch of consecutive waybills",
        subject: .fakeOrders)
}

/// Paid orders whose waybill numbers (物流单号) run near-consecutively, across unrelated buyers
/// within hours, on a carrier the store rarely uses or far from the store's own numbers of the
/// day: the trace of an empty-parcel service (空包), which sells genuine numbers of its own blocks.
///
/// The store's own e-waybills (电子面单) also run consecutively every day; they are learned from
/// the month: a carrier (with its letter prefix, `SF`, `JDV`) used on at least `minStoreDays`
/// days is the store's, and each day its numbers sit in one stretch (`1 << blockBits` numbers;
/// found by a majority vote per carrier and day, and checked
/// against the days around). Only the orders outside that (a rarely used
/// carrier, or the store's carrier but another stretch) are sorted and searched for runs.
///
/// A run of unrelated buyers is not enough on its own: a store does switch carrier for an
/// afternoon. It is medium when the orders also look bought (a cheap median amount, or mostly one
/// item — each only when it sets them apart: not in a store where most orders are cheap, nor for
/// an item that is 30% of the store's orders), high when, besides, most are 交易成功 and five or
/// more; else low. (One pass over the month per item of a batch: batches are few.)
public struct WaybillBatchRule: DetectionRule {
    public let id = RuleID.waybillBatch
    /// (lanes voted on, then a sieve before the sort.)
    public var relativeCost: Int { 2 }
    public var minOrders = 5
    /// Neighbouring numbers at most this far apart count as one run.
    public var maxStep: UInt64 = 20
    /// Payments at most this far apart stay in one batch.
    public var maxGapHours = 12
    /// A carrier used on fewer days of the month is one the store rarely uses.
    public var minStoreDays = 4
    /// The stretch of numbers a day's own dispatch is expected in: 2²⁰, a million numbers.
    public var blockBits: UInt64 = 20
    /// Days either side of an order's day whose voted stretches say where the store's own numbers fall.
    public var neighbourDays = 2
    /// Batches where fewer of the orders than this share go to different people (receiver and
    /// address), or fewer than the next share to different addresses, are one buyer's or one
    /// address's parcels, not a batch of unrelated buyers.
    public var minPeopleShare = 0.8
    public var minAddressShare = 0.6
    /// A median amount at most this is cheap…
    public var lowAmount = BurstScoring.lowValue
    /// …unless more than this share of the store's paid orders are.
    public var usualCheapShare = 0.5
    /// At least this share of the batch buying one item is one item…
    public var sameItemShare = 0.6
    /// …unless that item is more than this share of the store's paid orders.
    public var usualItemShare = 0.3
    /// A cheap or one-item batch is high from this many orders, when more than this share of them
    /// is 交易成功 and every one goes to a different person (else medium).
    public var highOrders = 5
    public var highCompletedShare = 0.5

    public init() {}

    public func detect(in data: MonthData, context: DetectionContext) -> [Anomaly] {
        let paid = data.paidOrders
        var lanes = Lanes()
        // Pass 1: each order's lane (carrier and prefix), its days, and per lane and day a
        // majority vote on the stretch of numbers.
        var laneOf = [Int32](repeating: -1, count: paid.count)
        for i in paid.indices {
            let r = paid[i]
            guard r.waybillNumber != 0, !r.timeUnknown, r.paidSecondsOrMin != .min else { continue }
            let lane = lanes.lane(carrier: r.carrierKey, prefix: r.waybillPrefix)
            laneOf[i] = Int32(lane)
            lanes.note(lane: lane, day: Self.dayIndex(r), block: r.waybillNumber >> blockBits)
        }
        guard lanes.count > 0 else { return [] }
        // Pass 2: the candidates, outside the store's usual numbers.
        var candidates: [Int] = []
        for i in paid.indices where laneOf[i] >= 0 {
            let lane = Int(laneOf[i])
            if lanes.days(lane) < minStoreDays {
                candidates.append(i)
                continue
            }
            // Far from the stretch voted on most of the days around (a batch can win its own day's
            // vote where the store ships little on that carrier; the days around still tell).
            let day = Self.dayIndex(paid[i])
            let block = paid[i].waybillNumber >> blockBits
            var opinions = 0
            var far = 0
            for d in day - neighbourDays...day + neighbourDays {
                guard let main = lanes.mainBlock(lane: lane, day: d & 31) else { continue }
                opinions += 1
                if (block > main ? block - main : main - block) > 1 { far += 1 }
            }
            if far * 2 > opinions { candidates.append(i) }
        }
        candidates = Self.closeToOthers(candidates, laneOf: laneOf, paid: paid, minOrders: minOrders, maxStep: maxStep)
        guard candidates.count >= minOrders else { return [] }
        candidates.sort {
            (laneOf[$0], paid[$0].waybillNumber, $0) < (laneOf[$1], paid[$1].waybillNumber, $1)
        }
        var runs: [[Int]] = []
        var current: [Int] = []
        for i in candidates {
            if let last = current.last,
                laneOf[last] != laneOf[i] || paid[i].waybillNumber - paid[last].waybillNumber > maxStep
            {
                if current.count >= minOrders { runs.append(current) }
                current = []
            }
            current.append(i)
        }
        if current.count >= minOrders { runs.append(current) }
        guard !runs.isEmpty else { return [] }

        // Cheapness and one item only count when they set the batch apart from the store's own
        // orders (a store selling mostly one 9.9 item ships such runs on a backup carrier too).
        let cheapOrders = paid.reduce(0) { $0 + ($1.paidAmount <= lowAmount ? 1 : 0) }
        let cheapIsUsual = Double(cheapOrders) > usualCheapShare * Double(paid.count)
        var usualItem: [UInt64: Bool] = [:]
        return OrderBurst.bursts(
            of: runs, in: data, readBack: context.readBack, maxGapSeconds: maxGapHours * 3600, minSize: minOrders
        ).compactMap { b in
            let people = b.distinct { $0.receiverName + "\u{1}" + $0.address }
            let addresses = b.distinct(\.address)
            // One buyer's many parcels, or one address's: not an empty-parcel batch of unrelated buyers.
            guard Double(people) >= minPeopleShare * Double(b.count),
                Double(addresses) >= minAddressShare * Double(b.count)
            else { return nil }
            let byNumber = b.orders.sorted { $0.logisticsNumber < $1.logisticsNumber }
            let lane = lanes.laneOf(b.orders[0])
            let top = b.topItem
            let topKey = b.orders.first { $0.itemTitle == top.title }!.itemKey
            let itemIsUsual =
                usualItem[topKey]
                ?? {
                    let orders = paid.reduce(0) { $0 + ($1.itemKey == topKey ? 1 : 0) }
                    let usual = Double(orders) > usualItemShare * Double(paid.count)
                    usualItem[topKey] = usual
                    return usual
                }()
            let sameItem = b.sameness(\.itemTitle) >= sameItemShare && !itemIsUsual
            let cheap = b.medianAmount <= lowAmount && !cheapIsUsual
            let completed = b.orders.filter { $0.status.contains("交易成功") }.count
            let rare = lane.map { lanes.days($0) < minStoreDays } ?? true
            var severity: Severity = .low
            if sameItem || cheap { severity = .medium }
            if severity == .medium, b.count >= highOrders, Double(completed) > highCompletedShare * Double(b.count),
                people == b.count
            {
                severity = .high
            }
            var facts = [
                b.timeRange, Fact(.orders, .count(b.count)),
                Fact(.firstWaybill, .text(byNumber.first!.logisticsNumber)),
                Fact(.lastWaybill, .text(byNumber.last!.logisticsNumber)),
                Fact(.carrier, .text(b.orders[0].carrier)),
                Fact(rare ? .carrierMonthOrders : .carrierElsewhere, .count(lane.map { lanes.orders($0) } ?? b.count)),
                Fact(.carrierDays, .days(lane.map { lanes.days($0) } ?? 1)),
                Fact(.distinctReceivers, .count(people)),
            ]
            if sameItem { facts += [Fact(.sameItemOrders, .count(top.count)), Fact(.item, .text(top.title))] }
            if cheap { facts.append(Fact(.lowMedianAmount, .money(b.medianAmount))) }
            if completed > 0 { facts.append(Fact(.completedOrders, .count(completed))) }
            facts += [
                Fact(.maxStep, .count(Int(maxStep))), Fact(.maxGapHours, .hours(maxGapHours)),
                Fact(.minOrders, .count(minOrders)), Fact(.minStoreDays, .days(minStoreDays)),
                Fact(.neighbourDays, .days(neighbourDays)), Fact(.stretchNumbers, .count(1 << blockBits)),
                Fact(.minPeopleShare, .ratio(minPeopleShare)), Fact(.minAddressShare, .ratio(minAddressShare)),
                Fact(.lowAmount, .money(lowAmount)), Fact(.usualCheapShare, .ratio(usualCheapShare)),
                Fact(.sameItemShare, .ratio(sameItemShare)), Fact(.usualItemShare, .ratio(usualItemShare)),
                Fact(.highOrders, .count(highOrders)), Fact(.highCompletedShare, .ratio(highCompletedShare)),
            ]
            return Anomaly(rule: id, severity: severity, dates: b.days, orderIDs: b.orderIDs, facts: facts)
        }
    }

    /// The candidates that can belong to a run: those with at least `minOrders` candidates of
    /// their lane (themselves included) whose numbers fall in their own or a neighbouring bucket.
    ///
    /// Without it, a month whose numbers look random to the store-block vote (many branches, an
    /// export of another shape) sends every order to the sort. Any member of a run has
    /// `minOrders - 1` others within `(minOrders - 1) × maxStep` of its number, so with buckets
    /// wider than that they are in its bucket or the next on either side: no run loses a member,
    /// and leaving other rows out only widens gaps, so runs come out as without the sieve.
    static func closeToOthers(
        _ candidates: [Int], laneOf: [Int32], paid: [OrderRecord], minOrders: Int,
        maxStep: UInt64
    ) -> [Int] {
        guard minOrders >= 2 else { return candidates }
        var width: UInt64 = 1
        while width < UInt64(minOrders - 1) * maxStep + 1 { width <<= 1 }
        let shift = UInt64(width.trailingZeroBitCount)
        func key(_ i: Int, _ offset: UInt64) -> UInt64 {
            KeyHash.combine(UInt64(bitPattern: Int64(laneOf[i])), (paid[i].waybillNumber >> shift) &+ offset)
        }
        var counters = ByteCounters(keys: candidates.count, slotsPerKey: 4)
        for i in candidates { counters.add(key(i, 0)) }
        return candidates.filter { i in
            counters.count(key(i, 0 &- 1)) + counters.count(key(i, 0)) + counters.count(key(i, 1)) >= minOrders
        }
    }

    static func dayIndex(_ r: OrderRecord) -> Int { (r.paidSecondsOrMin / 86_400) & 31 }
}

/// The month's carriers with their letter prefixes (lanes): a handful, found by the carrier's
/// 16-bit key directly (a second prefix of one carrier goes through a dictionary), each with its
/// order count, its days, and per day a majority vote on the stretch of numbers.
private struct Lanes {
    private var byCarrier = [Int32](repeating: -1, count: 1 << 16)
    private var others: [UInt64: Int] = [:]
    private var keys: [UInt64] = []
    private var counts: [Int] = []
    private var dayMasks: [UInt32] = []
    /// Per lane, 32 days: the voted block and its vote count.
    private var votes: [(block: UInt64, count: Int)] = []

    var count: Int { keys.count }

    mutating func lane(carrier: UInt16, prefix: UInt32) -> Int {
        let key = UInt64(carrier) << 32 | UInt64(prefix)
        let direct = Int(byCarrier[Int(carrier)])
        if direct >= 0, keys[direct] == key { return direct }
        if direct >= 0, let l = others[key] { return l }
        let lane = keys.count
        keys.append(key)
        counts.append(0)
        dayMasks.append(0)
        votes += repeatElement((block: UInt64(0), count: 0), count: 32)
        if direct < 0 { byCarrier[Int(carrier)] = Int32(lane) } else { others[key] = lane }
        return lane
    }

    func laneOf(_ o: Order) -> Int? {
        var carrier = o.carrier
        var number = o.logisticsNumber
        let c = carrier.withUTF8 { OrderKeys.smallKey($0) }
        let key16 = UInt16(truncatingIfNeeded: c ^ c >> 16) | (c == 0 ? 0 : 1)
        let prefix = number.withUTF8 { OrderKeys.waybill($0).prefix }
        let key = UInt64(key16) << 32 | UInt64(prefix)
        let direct = Int(byCarrier[Int(key16)])
        if direct >= 0, keys[direct] == key { return direct }
        return others[key]
    }

    mutating func note(lane: Int, day: Int, block: UInt64) {
        counts[lane] += 1
        dayMasks[lane] |= 1 << UInt32(day)
        let v = lane * 32 + day
        if votes[v].count == 0 {
            votes[v] = (block, 1)
        } else if votes[v].block == block {
            votes[v].count += 1
        } else {
            votes[v].count -= 1
        }
    }

    func days(_ lane: Int) -> Int { dayMasks[lane].nonzeroBitCount }
    func orders(_ lane: Int) -> Int { counts[lane] }
    /// The stretch most of the lane's numbers of that day fall in; nil when the lane has no order that day.
    func mainBlock(lane: Int, day: Int) -> UInt64? {
        dayMasks[lane] & 1 << UInt32(day) == 0 ? nil : votes[lane * 32 + day].block
    }
}
