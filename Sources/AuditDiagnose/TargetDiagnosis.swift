import AuditMeasure
import AuditRecords

/// Finds 差异原因 and 改进措施 for each target from the month's measured figures.
///
/// Every reason carries a figure from the exports (the gap decomposition against the previous
/// month, the source or campaign that moved, the suspected fake orders); nothing is invented.
/// Where a cause cannot be measured, it says so. The report puts them into words.
public enum TargetDiagnosis {
    public static func diagnose(
        metrics: [MetricValue], current: MonthFigures, previous: MonthFigures?,
        anomalies: [Anomaly], suspiciousOrderIDs: Set<String>, items: ItemTargetEvidence? = nil
    ) -> [TargetFinding] {
        let decomposition = previous.flatMap { GapDecomposition(current: current, previous: $0) }
        return metrics.filter { $0.target != nil }.map { m in
            let met = m.isMet ?? false
            var reasons: [TargetFinding.Reason] = []
            var actions: [TargetFinding.Action] = []
            guard m.actual != nil else {
                return TargetFinding(
                    metric: m, reasons: [.missingData(export: source(of: m.key))],
                    actions: [.completeExport(export: source(of: m.key))])
            }
            switch m.key {
            case .orders, .gmv, .averageOrderValue:
                if let d = decomposition {
                    // Orders = visitors × conversion; sales and order value also carry the order-value factor.
                    let weakest =
                        m.key == .orders
                        ? d.weakestFactor(among: [.traffic, .conversion])
                        : d.weakestFactor(among: [.traffic, .conversion, .orderValue])
                    if m.key == .orders {
                        reasons.append(
                            .ordersChanged(
                                ordersChange: d.ordersChange, visitorsChange: d.visitorsChange,
                                conversionChange: d.conversionChange))
                    } else {
                        reasons.append(
                            .salesChanged(
                                salesChange: d.salesChange, visitorsChange: d.visitorsChange,
                                conversionChange: d.conversionChange, orderValueChange: d.orderValueChange))
                    }
                    if !met {
                        reasons.append(.gapMainlyFrom(factor: weakest))
                        actions.append(.improve(factor: weakest))
                        if weakest == .traffic, let drop = biggestDrop(current, previous!) { reasons.append(drop) }
                    }
                } else if !met, let conv = current.orderConversion, let aov = current.averageOrderValue,
                    let target = m.target, m.key != .averageOrderValue,
                    target / (m.key == .gmv ? conv * aov : conv) < 1e15
                {
                    let perVisitor = m.key == .gmv ? conv * aov : conv
                    let needed = target / perVisitor
                    reasons.append(
                        .visitorsNeeded(
                            conversion: conv, averageOrderValue: Money(roundingYuan: aov),
                            neededVisitors: Int(needed.rounded()), visitors: current.visitors))
                    actions.append(.improve(factor: .traffic))
                } else if !met {
                    reasons.append(
                        .gapNotSplit(
                            orders: current.paidOrders,
                            averageOrderValue: current.averageOrderValue.map(Money.init(roundingYuan:))))
                }
                if m.key.isOrderBased, let clean = m.actualExcludingSuspicious, let actual = m.actual, clean != actual {
                    reasons.append(
                        .includesSuspectedFakeOrders(
                            orders: suspiciousOrderIDs.count, valueExcludingThem: clean,
                            attainmentExcludingThem: m.attainmentExcludingSuspicious))
                    actions.append(.explainSuspectedFakeOrders)
                }
            case .searchVisitorsPerDay:
                reasons.append(
                    .searchVisitorsPerDay(
                        perDay: m.actual!, firstHalf: current.searchPerDayFirstHalf,
                        secondHalf: current.searchPerDaySecondHalf))
                if let p = previous, let prev = searchPerDay(p) {
                    reasons.append(.previousSearchVisitorsPerDay(perDay: prev))
                }
                actions.append(met ? .keepSearchOptimisation : .improveSearchRanking)
            case .naturalTrafficShare, .naturalVisitors:
                reasons.append(
                    .trafficMix(
                        naturalVisitors: current.naturalVisitors, visitors: current.visitors,
                        paidVisitors: current.paidVisitors))
                actions.append(met ? .keepGrowingNaturalTraffic : .reducePaidTrafficReliance)
            case .conversionRate:
                reasons.append(.payingBuyers(buyers: current.payingBuyers, visitors: current.visitors))
                let junk = anomalies.filter { $0.rule == .trafficSourceSurge && $0.severity >= .medium }
                if !junk.isEmpty { reasons.append(.trafficSurges(sourceDays: junk.count)) }
                actions.append(met ? .keepDetailPageAndService : .improveDetailPageAndScreenTraffic)
            case .adROI, .adSpend:
                reasons.append(.adSpendAndSales(spend: current.adSpend, sales: current.adSales))
                if let worst = worstCampaign(current) { reasons.append(worst) }
                let red = anomalies.filter { $0.rule == .roiBelowRedLine }.reduce(0) { $0 + $1.dates.count }
                if red > 0 { reasons.append(.daysBelowROIRedLine(days: red)) }
                let over = anomalies.filter { $0.rule == .spendOverLimit }.count
                if over > 0 { reasons.append(.daysOverSpendLimit(days: over)) }
                actions.append(met ? .keepBidding : .cutLowROIBids)
            case .refundAmount, .refundRate:
                reasons.append(
                    .refunds(
                        amount: Money(roundingYuan: metricValue(metrics, .refundAmount) ?? 0),
                        shareOfSales: metricValue(metrics, .refundRate) ?? 0))
                actions.append(met ? .keepAsIs : .investigateRefunds)
            case .visitors:
                if let p = previous, p.visitors > 0 {
                    reasons.append(.visitorsChanged(change: Double(current.visitors) / Double(p.visitors) - 1))
                }
                if let p = previous, let drop = biggestDrop(current, p) { reasons.append(drop) }
                actions.append(met ? .keepAsIs : .improve(factor: .traffic))
            case .itemUnits, .itemSales:
                // An item's figure: the store's factors do not split it; its own figures do.
                if let items {
                    let found = itemFinding(m, met: met, evidence: items)
                    reasons += found.reasons
                    actions += found.actions
                }
            }
            if reasons.isEmpty { reasons.append(met ? .targetMet : .targetMissed) }
            if actions.isEmpty { actions.append(met ? .keepCurrentApproach : .requestImprovementPlan) }
            return TargetFinding(metric: m, reasons: reasons, actions: actions)
        }
    }

    /// The traffic source that lost the most visitors against the previous month.
    static func biggestDrop(_ current: MonthFigures, _ previous: MonthFigures) -> TargetFinding.Reason? {
        let drops = previous.visitorsBySource.map { (source, before) in
            (source, (current.visitorsBySource[source] ?? 0) - before, before)
        }
        .filter { $0.1 < 0 }
        .sorted { ($0.1, $0.0) < ($1.1, $1.0) }
        guard let d = drops.first else { return nil }
        return .biggestSourceDrop(source: d.0, visitors: d.2 + d.1, previousVisitors: d.2)
    }

    static func worstCampaign(_ f: MonthFigures) -> TargetFinding.Reason? {
        let rows = f.spendByCampaign.filter { $0.value.cents > 0 }.map { (name, spend) in
            (name, Double(f.salesByCampaign[name, default: .zero].cents) / Double(spend.cents), spend)
        }.sorted { ($0.1, $0.0) < ($1.1, $1.0) }
        guard let w = rows.first else { return nil }
        return .worstCampaign(name: w.0, roi: w.1, spend: w.2)
    }

    static func searchPerDay(_ f: MonthFigures) -> Double? {
        let search = f.visitorsBySource.filter { $0.key.isSearch }.values.reduce(0, +)
        return f.visitors > 0 ? Double(search) / Double(f.month.dayCount) : nil
    }

    static func metricValue(_ metrics: [MetricValue], _ key: MetricKey) -> Double? {
        metrics.first { $0.key == key }?.actual
    }

    /// The export a metric is computed from.
    static func source(of key: MetricKey) -> ExportKind {
        switch key {
        case .orders, .gmv, .refundAmount, .refundRate, .averageOrderValue: return .orders
        case .visitors, .searchVisitorsPerDay, .naturalTrafficShare, .naturalVisitors, .conversionRate: return .traffic
        case .adSpend, .adROI: return .ads
        case .itemUnits, .itemSales: return .lineItems
        }
    }
}
