import AuditMeasure
import AuditRecords

extension RuleID {
    public static let sameAddressCluster = RuleID(
        "same-address-cluster", chinese: "同地址多单", english: "Many orders to one address", subject: .fakeOrders)
}

/// Many paid orders to one delivery address within a short time: the classic brushing pattern
/// (大量地址相同的订单), scored so that families, offices and parcel stations stay low.
///
/// A parcel station or locker (`CollectionPoint`) is not exempt: brushers prefer them, since nobody
/// has to receive an empty parcel. There the rule looks for the few hours in which one item was
/// bought most often by different names, and compares that item's share of the station's orders
/// then with its share of the whole store's paid orders in the same hours (and in the month): a
/// share the store's own sales make unlikely (binomial tail, times the windows looked at, ≤
/// `maxStationChance`) is scored like any burst; a station's ordinary day stays low.
public struct SameAddressClusterRule: DetectionRule {
    public let id = RuleID.sameAddressCluster
    /// (addresses grouped, collection points scored.)
    public var relativeCost: Int { 2 }
    /// Consecutive orders further apart than this start a new burst.
    public var maxGapHours = 24
    public var minOrders = 3
    /// How the orders' number, span, item and amount are scored, and which score makes a finding.
    public var scoring = BurstScoring(
        orderSteps: [ScoreStep(3, points: 1), ScoreStep(5, points: 2), ScoreStep(10, points: 3)],
        spanSteps: [ScoreStep(6, points: 2), ScoreStep(24, points: 1)], longSpan: ScoreStep(72, points: -2),
        minScore: 3)
    /// Points when at least this share of the orders paid one amount.
    public var sameAmount = ScoreStep(0.8, points: 1)
    /// Points when at least this share of the orders comes from different buyer accounts…
    public var distinctBuyers = ScoreStep(0.8, points: 1)
    /// …and when different buyers paid a median of at most these seconds apart (one buyer
    /// splitting a cart is no sign; different people paying seconds apart to one door is scripted)…
    public var fastBuyers = ScoreStep(120, points: 2)
    /// …each only with at least this many different buyer accounts.
    public var minDistinctBuyers = 3
    /// From this many different receivers on, their number is stated among the signals (it scores nothing).
    public var minDistinctReceivers = 3
    /// At a collection point: the hours within which one item's orders are gathered,
    public var stationWindowHours = 6
    /// how many of them at least (by different receivers),
    public var minStationOrders = 5
    /// and how unlikely that many must be given the item's share of the store's orders:
    public var maxStationChance = 1e-4
    /// that share in the store's paid orders of these hours before and after the window (or of
    /// the month, whichever is higher),
    public var stationContextHours = 3
    /// each known only from this many of the store's other orders (fewer: the point is given the
    /// benefit of the doubt).
    public var minStoreOrders = 20

    public init() {}

    public func detect(in data: MonthData, context: DetectionContext) -> [Anomaly] {
        let paid = data.paidOrders
        let groups = KeyGroups.groups(rows: paid.count, minSize: minOrders) {
            paid[$0].addressKey == 0 ? nil : paid[$0].addressKey
        }
        let bursts = OrderBurst.bursts(
            of: groups, in: data, readBack: context.readBack, maxGapSeconds: maxGapHours * 3600, minSize: minOrders)
        // Collection points: the densest few hours of one item, to compare with the store's sales then.
        let stations = bursts.map { b in
            CollectionPoint.marker(in: b.orders[0].address).map { ($0, densestItemWindow(b)) }
        }
        let items = stations.compactMap { $0?.1?.first?.itemKey }
        let store = items.isEmpty ? nil : HourlyItemCounts(orders: paid, items: items)
        return zip(bursts, stations).compactMap { b, station in
            guard let (marker, window) = station else { return assess(b) }
            if let window, let store, let share = stationBurst(window, within: b, store: store) {
                return assess(OrderBurst(orders: window), station: (marker, share))
            }
            return assess(b, station: (marker, nil))
        }
    }

    /// The orders of the one item most bought at the point within `stationWindowHours`, by the
    /// most different receivers; nil when no item has `minStationOrders` there.
    func densestItemWindow(_ b: OrderBurst) -> [Order]? {
        var byItem: [UInt64: [Order]] = [:]
        for o in b.orders { byItem[o.itemKey, default: []].append(o) }
        var best: [Order] = []
        var bestNames = 0
        for key in byItem.keys.sorted() {
            let orders = byItem[key]!
            guard orders.count >= minStationOrders else { continue }
            var start = 0
            for end in orders.indices {
                while orders[end].paidAt!.seconds - orders[start].paidAt!.seconds > stationWindowHours * 3600 {
                    start += 1
                }
                let run = orders[start...end]
                guard run.count >= max(minStationOrders, best.count) else { continue }
                let names = Set(run.map(\.receiverName)).count
                if (names, run.count) > (bestNames, best.count) {
                    best = Array(run)
                    bestNames = names
                }
            }
        }
        return bestNames >= minStationOrders ? best : nil
    }

    /// The window's orders against the store: how many orders the point had in those hours, the
    /// item's share of the store's other paid orders then (or in the month, whichever is higher),
    /// and the chance of at least this many of the item at that share. Nil when not unlikely.
    func stationBurst(_ window: [Order], within b: OrderBurst, store: HourlyItemCounts)
        -> (stationOrders: Int, storeShare: Double, chance: Double)?
    {
        let from = window.first!.paidAt!.seconds
        let to = window.last!.paidAt!.seconds
        let k = window.count
        let m = b.orders.filter { (from...to).contains($0.paidAt!.seconds) }.count
        let item = window[0].itemKey
        // Hours around the window, and the month; the window's own orders left out of both.
        let context = stationContextHours * 3600
        let around = store.orders(of: item, fromSeconds: from - context, toSeconds: to + context)
        let month = store.orders(of: item)
        func share(_ c: (item: Int, all: Int)) -> Double? {
            c.all - k >= minStoreOrders ? Double(max(0, c.item - k)) / Double(c.all - k) : nil
        }
        // Without enough other orders to know the store's mix, the point is given the benefit of the doubt.
        guard let monthShare = share(month) else { return nil }
        let p = max(share(around) ?? 0, monthShare)
        // The window is the best of many the point's orders allow (one per order it could start
        // at, for each item): the chance is multiplied by their number, or a busy station's
        // ordinary month would always have some unlikely-looking few hours.
        let chance = min(1, Self.binomialTail(atLeast: k, of: m, p: p) * Double(b.count))
        return chance <= maxStationChance ? (m, p, chance) : nil
    }

    /// The thresholds that decide a finding at a collection point.
    var stationFacts: [Fact] {
        [
            Fact(.stationWindowHours, .hours(stationWindowHours)), Fact(.minStationOrders, .count(minStationOrders)),
            Fact(.maxStationChance, .ratio(maxStationChance)), Fact(.stationContextHours, .hours(stationContextHours)),
            Fact(.minStoreOrders, .count(minStoreOrders)),
        ]
    }

    /// P(X ≥ k) for X ~ Binomial(n, p).
    static func binomialTail(atLeast k: Int, of n: Int, p: Double) -> Double {
        guard k > 0 else { return 1 }
        guard p < 1, k <= n else { return k <= n ? 1 : 0 }
        // The first term, C(n,k)·p^k·q^(n−k), by products (it may underflow to 0: then the
        // chance is far below any threshold), then each next term from the one before.
        let q = 1 - p
        var term = 1.0
        for i in 0..<k { term *= Double(n - i) / Double(k - i) * p }
        for _ in 0..<(n - k) { term *= q }
        var total = term
        var i = k
        while i < n, term > 0 {
            term *= Double(n - i) / Double(i + 1) * p / q
            total += term
            i += 1
        }
        return min(1, total)
    }

    func assess(
        _ b: OrderBurst,
        station: (marker: String, burst: (stationOrders: Int, storeShare: Double, chance: Double)?)? = nil
    ) -> Anomaly? {
        var score = 0
        var signals: [Fact] = []
        let n = b.count
        score += scoring.orderPoints(n)
        signals.append(Fact(.orders, .count(n)))
        let spanAndItems = scoring.spanAndItems(of: b)
        score += spanAndItems.points
        signals += spanAndItems.facts
        if b.sameness(\.paidAmount) >= sameAmount.threshold {
            score += sameAmount.points
            signals.append(Fact(.sameAmount, .money(b.medianAmount)))
        }
        if let points = scoring.lowAmountPoints(b.medianAmount) {
            score += points
            signals.append(Fact(.lowMedianAmount, .money(b.medianAmount)))
        }
        let buyers = b.distinct(\.buyer)
        if buyers >= minDistinctBuyers, Double(buyers) / Double(n) >= distinctBuyers.threshold {
            score += distinctBuyers.points
            signals.append(Fact(.distinctBuyers, .count(buyers)))
        }
        let gaps = zip(b.orders.dropFirst(), b.orders).map { Double($0.0.paidAt!.seconds - $0.1.paidAt!.seconds) }
        let medianGap = RobustBaseline.median(gaps)
        if buyers >= minDistinctBuyers, medianGap <= Double(fastBuyers.threshold) {
            score += fastBuyers.points
            signals.append(Fact(.medianBuyerGapSeconds, .seconds(Int(medianGap))))
        }
        let names = b.distinct(\.receiverName)
        if names >= minDistinctReceivers { signals.append(Fact(.distinctReceivers, .count(names))) }
        var severity = scoring.severity(score)
        if let station {
            if let burst = station.burst {
                // Scored like any burst: the item's share is what the store's sales cannot explain.
                signals += [
                    Fact(.collectionPointBurst, .text(station.marker)),
                    Fact(.stationOrdersInWindow, .count(burst.stationOrders)),
                    Fact(.storeItemShare, .ratio(burst.storeShare)), Fact(.stationChance, .ratio(burst.chance)),
                ]
            } else {
                severity = .low
                signals.append(Fact(.collectionPoint, .text(station.marker)))
            }
        }
        guard score >= scoring.minScore || severity > .low else { return nil }
        let facts =
            [Fact(.address, .personal(.address, b.orders[0].address)), b.timeRange] + signals + [
                Fact(.maxGapHours, .hours(maxGapHours)), Fact(.minOrders, .count(minOrders)),
                Fact(.score, .score(score)), Fact(.highScore, .score(scoring.highScore)),
                Fact(.mediumScore, .score(scoring.mediumScore)),
            ] + scoring.facts + [
                Fact(.sameAmountPoints, sameAmount.value(Fact(.minShare, .ratio(sameAmount.threshold)))),
                Fact(
                    .distinctBuyersPoints,
                    distinctBuyers.value(
                        Fact(.minBuyers, .count(minDistinctBuyers)), Fact(.minShare, .ratio(distinctBuyers.threshold)))),
                Fact(
                    .fastBuyersPoints,
                    fastBuyers.value(
                        Fact(.minBuyers, .count(minDistinctBuyers)),
                        Fact(.maxMedianGapSeconds, .seconds(fastBuyers.threshold)))),
            ] + (station == nil ? [] : stationFacts)
        return Anomaly(rule: id, severity: severity, dates: b.days, orderIDs: b.orderIDs, facts: facts)
    }
}
