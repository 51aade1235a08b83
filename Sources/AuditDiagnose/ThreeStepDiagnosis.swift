import AuditDetect
import AuditMeasure
import AuditRecords

/// The three-step check before deciding to terminate (诊断三步法): execution, cooperation, market.
public struct ThreeStepDiagnosis: Sendable, Hashable {
    /// 看执行: did the agency do what the contract says.
    public var execution: [ExecutionFinding]
    /// 看配合: did the merchant hold things up (price changes the exports show).
    public var cooperation: [CooperationFinding]
    /// 看市场: what the exports can say about the market.
    public var market: [MarketFinding]

    /// A unit price may move this much within the month before the contract wants the merchant's approval.
    package static let priceChangeNeedingApproval = 0.10

    /// - Parameters:
    ///   - work: the contract's terms on the agency's work (response time, weekly activities, red line).
    ///   - metrics: the month's measured metrics: a missed target gets its stock-out share and its
    ///     comparison with the peer tier.
    ///   - platforms: the platforms the store sold on this month (the traffic export's when empty).
    ///   - approvals: approvals.csv's lines (nil without the file), for price changes between snapshots.
    ///   - priceChangeLimit: the contract's `limits.priceChange`, when it has one.
    public static func diagnose(
        data: MonthData, readBack: OrderReadBack, figures: MonthFigures, previous: MonthFigures?,
        anomalies: [Anomaly], metrics: [MetricValue] = [], platforms: [Platform] = [],
        work: AgencyWorkTerms = AgencyWorkTerms(), approvals: [MerchantApproval]? = nil,
        priceChangeLimit: Double? = nil
    ) -> ThreeStepDiagnosis {
        var execution: [ExecutionFinding] = []
        let byRule = Dictionary(grouping: anomalies, by: \.rule)
        if let over = byRule[.spendOverLimit] { execution.append(.spendOverLimit(days: over.count)) }
        if let red = byRule[.roiBelowRedLine] {
            execution.append(.roiBelowRedLine(runs: red.count, days: red.reduce(0) { $0 + $1.dates.count }))
        }
        let fake = anomalies.filter { $0.isSuspectedFakeOrder() }
        if !fake.isEmpty {
            execution.append(.suspectedFakeOrders(groups: fake.count, orders: Set(fake.flatMap(\.orderIDs)).count))
        }
        if !figures.daysWithoutSpend.isEmpty, !data.ads.isEmpty {
            execution.append(.daysWithoutSpend(days: figures.daysWithoutSpend))
        }
        // The agency's own work from its files: a breach joins the list above, the rest follows it.
        let evidence = agencyWork(
            data, figures: figures, previous: previous, terms: work,
            platforms: platforms.isEmpty ? [data.platform] : platforms)
        execution += evidence.filter(\.isBreach)
        let products = ProductEvidence.gather(data, limit: priceChangeLimit, approvals: approvals)
        let breaches = products.snapshots?.priceChanges.filter {
            if case .overLimitWithoutApproval = $0.standing { return true }
            return false
        }
        if let breaches, !breaches.isEmpty {
            execution.append(
                .snapshotPriceChangesWithoutApproval(
                    changes: breaches.count, items: Set(breaches.map(\.itemIDKey)).count))
        }
        if execution.isEmpty { execution.append(.noBreachFound) }
        execution += evidence.filter { !$0.isBreach }

        var cooperation: [CooperationFinding] = priceChanges(data, readBack: readBack)
        if cooperation.isEmpty { cooperation.append(.noPriceChangeSeen) }
        // Suspected fake orders are left out: brushing bursts on one item are no usual sales.
        let stock = StockOutFinder.find(
            data, readBack: readBack, excluding: Set(Anomaly.suspectedFakeOrderIDs(in: anomalies).map(Order.idKey)))
        // One run once, with every file that shows it.
        let merged = StockOutMerge.merge(
            orders: stock.stockOuts, itemDays: products.itemDays.stockOuts,
            refunds: StockOutRefunds.find(in: data.refundRequests), zeros: products.snapshots?.zeros ?? [])
        cooperation += merged.refunds.map(CooperationFinding.stockOutRefunds)
        cooperation += merged.stockOuts.map(CooperationFinding.stockOut)
        cooperation += StockOutFinder.impacts(merged.stockOuts, metrics: metrics).map(
            CooperationFinding.stockOutsBehindTarget)
        cooperation += merged.zeros.map(CooperationFinding.snapshotStockZero)
        // An item 商品_全部 shows taken down is no stock-out; the orders' "stopped" says the same of it.
        let takenDown = products.itemDays.takenDown
        cooperation += stock.stopped.filter { s in !takenDown.contains { $0.item == s.item } }.map(
            CooperationFinding.itemStopped)
        cooperation += takenDown.map(CooperationFinding.itemTakenDown)
        cooperation += (products.snapshots?.priceChanges ?? []).map(CooperationFinding.snapshotPriceChange)
        if let day = products.singleSnapshotDay { cooperation.append(.secondSnapshotNeeded(day: day)) }

        var market: [MarketFinding] = []
        if let p = previous, p.visitors > 0 {
            let change = Double(figures.visitors) / Double(p.visitors) - 1
            let natural = p.naturalVisitors > 0 ? Double(figures.naturalVisitors) / Double(p.naturalVisitors) - 1 : nil
            market.append(.visitorsChanged(visitorsChange: change, naturalVisitorsChange: natural))
        }
        market += peerTier(
            data, figures: figures, previous: previous, metrics: metrics,
            platforms: platforms.isEmpty ? [data.platform] : platforms)
        return ThreeStepDiagnosis(execution: execution, cooperation: cooperation, market: market)
    }

    /// The platforms whose overview download carries the peer tier (生意参谋 数据概览); 拼多多's
    /// 概况 files carry the store's figures only.
    static let peerTierDownloads: Set<Platform> = [.taobao]

    /// 看市场 from the overview downloads: each missed target against the peer tier, or what is
    /// missing to compare it.
    static func peerTier(
        _ data: MonthData, figures: MonthFigures, previous: MonthFigures?, metrics: [MetricValue],
        platforms: [Platform]
    ) -> [MarketFinding] {
        guard let current = figures.peerTier else {
            // Each platform with a download that would answer names it; the others keep the data tool.
            let answered = platforms.filter(peerTierDownloads.contains)
            var found = answered.map(MarketFinding.peerTierDownloadMissing)
            if answered.count < platforms.count { found.append(.noCategoryData) }
            return found
        }
        guard let before = previous?.peerTier, before.month == data.month.previous else {
            return [.peerTierPreviousMonthMissing(month: data.month.previous, platform: data.platform)]
        }
        return metrics.filter { $0.isMet == false && $0.platform == nil }.compactMap { m in
            PeerTierComparison(target: m.key, current: current, previous: before).map(MarketFinding.peerTier)
        }
    }

    /// Items whose unit price moved more than `priceChangeNeedingApproval` within the month.
    static func priceChanges(_ data: MonthData, readBack: OrderReadBack) -> [CooperationFinding] {
        // Counts of (item, day, unit price in fen): one flat table instead of a list per item.
        // Items are keyed by a stable hash of the title: the same few titles come a million times,
        // and hashing Chinese `String`s is what would cost the time.
        var counts = PriceCounts()
        // The first order of each item, read back in full for its title.
        var firstOrder: [UInt64: Int] = [:]
        var lastKey: UInt64?
        let paid = data.paidOrders
        for i in paid.indices where paid[i].hasItemTitle && paid[i].quantity > 0 {
            let key = paid[i].itemKey
            if key != lastKey {
                lastKey = key
                if firstOrder[key] == nil { firstOrder[key] = i }
            }
            counts.add(
                item: key, day: paid[i].paidAt!.day.ordinal, cents: paid[i].paidAmount.cents / Int64(paid[i].quantity))
        }
        let items = firstOrder.sorted { $0.value < $1.value }
        let full = readBack.orders(items.map { paid[$0.value] })
        let titles = Dictionary(uniqueKeysWithValues: zip(items.map(\.key), full.map(\.itemTitle)))
        // Coupons lower single orders: compare the most common price of each day with 3+ orders.
        var daily: [UInt64: [Int: [(cents: Int64, count: Int)]]] = [:]
        for e in counts.entries { daily[e.item, default: [:]][e.day, default: []].append((e.cents, e.count)) }
        var result: [CooperationFinding] = []
        for (key, title) in titles.sorted(by: { $0.value < $1.value }) {
            let modes = (daily[key] ?? [:]).sorted { $0.key < $1.key }.compactMap {
                day, prices -> (CalendarDay, Double)? in
                guard prices.reduce(0, { $0 + $1.count }) >= 3 else { return nil }
                let mode = prices.max { ($0.count, $1.cents) < ($1.count, $0.cents) }!
                return (CalendarDay(ordinal: day), Double(mode.cents) / 100)
            }
            guard let low = modes.min(by: { $0.1 < $1.1 }), let high = modes.max(by: { $0.1 < $1.1 }), low.1 > 0 else {
                continue
            }
            let change = high.1 / low.1 - 1
            if change > priceChangeNeedingApproval {
                result.append(
                    .unitPriceChanged(
                        item: title, lowest: Money(roundingYuan: low.1), lowestOn: low.0,
                        highest: Money(roundingYuan: high.1), highestOn: high.0, change: change))
            }
        }
        return result
    }
}
