import AuditRecords

/// Computes the month's metrics from its records, as README defines them.
public enum MetricCalculator {
    /// - Parameters:
    ///   - suspiciousOrderIDs: orders in high or medium fake-order anomalies, removed for
    ///     `actualExcludingSuspicious`.
    ///   - readBack: reads back the excluded orders whose ids are text, to confirm them.
    public static func measure(
        _ data: MonthData, readBack: OrderReadBack, suspiciousOrderIDs: Set<String>,
        targets: [Contract.Target], items: [(metric: MetricKey, item: TargetItem)] = []
    ) -> [MetricValue] {
        let (all, clean) = OrderFigures.withAndWithout(data, readBack: readBack, excluding: suspiciousOrderIDs)
        let traffic = TrafficFigures(data.traffic, days: data.month.dayCount, category: data.category(of:))
        let ads = AdFigures(data.ads)
        return metrics(
            all: all, clean: clean, hasOrders: data.hasOrders, traffic: traffic, ads: ads,
            targets: targets.filter { $0.platform == nil }, platform: nil)
            + itemMetrics(
                data.itemFigures,
                clean: data.itemFigures.excluding(
                    orders: orderKeys(data, readBack: readBack, ids: items.isEmpty ? [] : suspiciousOrderIDs)),
                items: items, targets: targets)
    }

    /// One figure per item the contract names (`items`, every stage's), with its target where
    /// the month judges one; nil without the month's 子订单 export. Beside it, the figure without
    /// the suspected fake orders (`clean`), as the store's figures have: brushing is usually done
    /// on exactly the items a contract names.
    static func itemMetrics(
        _ figures: ItemFigures, clean: ItemFigures, items: [(metric: MetricKey, item: TargetItem)],
        targets: [Contract.Target]
    ) -> [MetricValue] {
        items.map { (metric, item) in
            let target = targets.first { $0.metric == metric && $0.item?.id == item.id }
            return MetricValue(
                key: metric, actual: figures.value(metric, of: item.key),
                actualExcludingSuspicious: clean.value(metric, of: item.key), target: target?.value, item: item.id)
        }
    }

    /// The figures of `items` with no target: the items the agency's claims name.
    public static func measure(
        items: [(metric: MetricKey, item: TargetItem)], in data: MonthData, readBack: OrderReadBack,
        suspiciousOrderIDs: Set<String>
    ) -> [MetricValue] {
        guard !items.isEmpty else { return [] }
        let clean = data.itemFigures.excluding(
            orders: orderKeys(data, readBack: readBack, ids: suspiciousOrderIDs))
        return itemMetrics(data.itemFigures, clean: clean, items: items, targets: [])
    }

    /// The id keys of the month's paid orders whose ids are in `ids`, each confirmed on the id
    /// itself (a text id is read back with its order), as `OrderFigures` takes them out.
    public static func orderKeys(_ data: MonthData, readBack: OrderReadBack, ids: Set<String>) -> Set<UInt64> {
        guard !ids.isEmpty else { return [] }
        let keys = Set(ids.map(Order.idKey(of:)))
        let candidates = data.paidOrders.filter { keys.contains($0.idKey) }
        return Set(zip(candidates, readBack.ids(of: candidates)).filter { ids.contains($0.1) }.map(\.0.idKey))
    }

    /// The month's metrics on one platform's records only (a store selling on several): its orders,
    /// its ads, and the traffic export where it is that platform's, with that platform's sources.
    /// Targets naming this platform are compared.
    public static func measure(
        _ data: MonthData, on platform: Platform, split: PlatformSplit, readBack: OrderReadBack,
        suspiciousOrderIDs: Set<String>, targets: [Contract.Target]
    ) -> [MetricValue] {
        let sources = split.orderInputPlatforms.map { $0 == platform }
        let (all, clean) = OrderFigures.withAndWithout(
            data, readBack: readBack, excluding: suspiciousOrderIDs, onlySources: sources)
        let traffic =
            split.trafficPlatform == platform && split.trafficIsTold
            ? TrafficFigures(data.traffic, days: data.month.dayCount) {
                data.trafficSources.category(of: $0, on: platform)
            } : nil
        let ads = AdFigures(
            data.ads.indices.filter { data.adPlatforms.indices.contains($0) && data.adPlatforms[$0] == platform }
                .map { data.ads[$0] })
        let hasOrders =
            data.paidOrders.contains { sources[Int($0.source)] }
            || data.otherOrders.contains { sources[Int($0.source)] }
        return metrics(
            all: all, clean: clean, hasOrders: hasOrders, traffic: traffic, ads: ads,
            targets: targets.filter { $0.platform == platform }, platform: platform)
    }

    private static func metrics(
        all: OrderFigures, clean: OrderFigures, hasOrders: Bool, traffic: TrafficFigures?, ads: AdFigures?,
        targets: [Contract.Target], platform: Platform?
    ) -> [MetricValue] {
        let targetByKey = Dictionary(
            targets.filter { $0.item == nil }.map { ($0.metric, $0.value) }, uniquingKeysWith: { a, _ in a })

        return MetricKey.allCases.filter { !$0.isPerItem }.map { key in
            let (a, c): (Double?, Double?)
            switch key {
            case .orders: (a, c) = hasOrders ? (Double(all.count), Double(clean.count)) : (nil, nil)
            case .gmv: (a, c) = hasOrders ? (all.gmv.yuan, clean.gmv.yuan) : (nil, nil)
            case .refundAmount: (a, c) = hasOrders ? (all.refunds.yuan, clean.refunds.yuan) : (nil, nil)
            case .refundRate: (a, c) = (all.refundRate, clean.refundRate)
            case .averageOrderValue: (a, c) = (all.averageOrderValue, clean.averageOrderValue)
            case .visitors: (a, c) = (traffic.map { Double($0.visitors) }, traffic.map { Double($0.visitors) })
            case .searchVisitorsPerDay: (a, c) = (traffic?.searchPerDay, traffic?.searchPerDay)
            case .naturalTrafficShare: (a, c) = (traffic?.naturalShare, traffic?.naturalShare)
            case .naturalVisitors: (a, c) = (traffic.map { Double($0.natural) }, traffic.map { Double($0.natural) })
            case .conversionRate: (a, c) = (traffic?.conversion, traffic?.conversion)
            case .adSpend: (a, c) = (ads.map { $0.spend.yuan }, ads.map { $0.spend.yuan })
            case .adROI: (a, c) = (ads?.roi, ads?.roi)
            case .itemUnits, .itemSales: (a, c) = (nil, nil)
            }
            return MetricValue(
                key: key, actual: a, actualExcludingSuspicious: c, target: targetByKey[key], platform: platform)
        }
    }

    struct OrderFigures {
        var count = 0
        var gmv = Money.zero
        var refunds = Money.zero

        mutating func add(paid: Money, refund: Money) {
            count += 1
            gmv.cents += paid.cents
            refunds.cents += refund.cents
        }

        /// Figures of all orders and of those not in `excluded`, in one pass; the few excluded ids
        /// are matched by stable hash first, so a million orders cost no String hashing.
        /// - Parameter onlySources: when given, only orders from the inputs marked true (by `OrderRecord.source`).
        static func withAndWithout(
            _ data: MonthData, readBack: OrderReadBack, excluding excluded: Set<String>, onlySources: [Bool]? = nil
        ) -> (all: OrderFigures, clean: OrderFigures) {
            var all = OrderFigures()
            let keys = Set(excluded.map(Order.idKey(of:)))
            var candidates: [OrderRecord] = []
            let orders = data.paidOrders
            for i in orders.indices {
                if let onlySources, !onlySources[Int(orders[i].source)] { continue }
                all.add(paid: orders[i].paidAmount, refund: orders[i].refundAmount)
                if !keys.isEmpty, keys.contains(orders[i].idKey) { candidates.append(orders[i]) }
            }
            // A key match is confirmed on the id itself (a text id is read back with its order).
            var removed = OrderFigures()
            for (r, id) in zip(candidates, readBack.ids(of: candidates)) where excluded.contains(id) {
                removed.add(paid: r.paidAmount, refund: r.refundAmount)
            }
            var clean = all
            clean.count -= removed.count
            clean.gmv.cents -= removed.gmv.cents
            clean.refunds.cents -= removed.refunds.cents
            return (all, clean)
        }

        var averageOrderValue: Double? { count > 0 ? gmv.yuan / Double(count) : nil }
        var refundRate: Double? { gmv.cents > 0 ? Double(refunds.cents) / Double(gmv.cents) : nil }
    }

    struct TrafficFigures {
        var visitors = 0
        var search = 0
        var natural = 0
        var buyers = 0
        let days: Int

        /// Nil when there are no traffic rows.
        init?(_ rows: [TrafficRecord], days: Int, category: (TrafficSource) -> TrafficCategory?) {
            guard !rows.isEmpty else { return nil }
            self.days = days
            for r in rows {
                visitors += r.visitors
                buyers += r.payingBuyers
                if r.source.isSearch { search += r.visitors }
                if category(r.source) == .free { natural += r.visitors }
            }
        }

        var searchPerDay: Double { Double(search) / Double(days) }
        var naturalShare: Double? { visitors > 0 ? Double(natural) / Double(visitors) : nil }
        var conversion: Double? { visitors > 0 ? Double(buyers) / Double(visitors) : nil }
    }

    struct AdFigures {
        var spend = Money.zero
        var sales = Money.zero

        init?(_ rows: [AdRecord]) {
            guard !rows.isEmpty else { return nil }
            for r in rows {
                spend.cents += r.spend.cents
                sales.cents += r.attributedSales.cents
            }
        }

        var roi: Double? { spend.cents > 0 ? Double(sales.cents) / Double(spend.cents) : nil }
    }
}
