import AuditMeasure
import AuditRecords

extension TargetDiagnosis {
    /// An item's 差异原因 from its measured figures: its units against the month it is compared
    /// with, its orders and the price paid per unit then and now, its price changes, the runs of
    /// days it sold nothing while the store sold, and its units in suspected fake orders.
    static func itemFinding(_ m: MetricValue, met: Bool, evidence e: ItemTargetEvidence) -> (
        reasons: [TargetFinding.Reason], actions: [TargetFinding.Action]
    ) {
        guard let (item, title) = e.item(m.item) else { return ([], []) }
        var reasons: [TargetFinding.Reason] = []
        var actions: [TargetFinding.Action] = []
        let now = e.current.figure(of: item.key)
        let before = e.comparedWith[item.id]
        if let before {
            reasons.append(
                .itemUnitsChanged(units: now.units, comparedUnits: before.figure.units, month: before.month))
        }
        reasons.append(
            .itemOrdersAndPrice(
                orders: now.orders, averagePrice: now.averagePrice, comparedOrders: before?.figure.orders,
                comparedAveragePrice: before?.figure.averagePrice, month: before?.month))
        let changes = e.priceChanges.filter { $0.itemKey == item.key || ($0.itemKey == nil && $0.title == title) }
        for c in changes.sorted(by: { $0.day < $1.day }) {
            reasons.append(.itemPriceChanged(before: c.before, after: c.after, day: c.day))
        }
        let outs = title.map { t in e.stockOuts.filter { $0.item == t } } ?? []
        for s in outs.sorted(by: { $0.first < $1.first }) {
            reasons.append(.itemSoldNothing(first: s.first, last: s.last))
        }
        let clean = e.excludingSuspicious.figure(of: item.key)
        if clean.units < now.units {
            reasons.append(
                .itemUnitsInSuspectedFakeOrders(
                    units: now.units - clean.units, of: now.units, valueExcludingThem: m.actualExcludingSuspicious,
                    attainmentExcludingThem: m.attainmentExcludingSuspicious))
            actions.append(.explainSuspectedFakeOrders)
        }
        if !met {
            if !outs.isEmpty { actions.append(.keepItemInStock) }
            if !changes.isEmpty { actions.append(.checkItemPriceChange) }
        }
        return (reasons, actions)
    }
}
