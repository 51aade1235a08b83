import AuditDiagnose
import AuditRecords

extension PeriodDossier {
    /// Each month's missed store-wide sales target (else orders target) weighed by its diagnosis: the
    /// part the merchant's stock-outs explain, approved price changes, the peer tier. In month order.
    public var weighing: [MissWeighing] {
        months.compactMap { m in
            let missed = m.targets.filter { $0.platform == nil && $0.met == false && $0.actual != nil }
            guard let t = missed.first(where: { $0.metric == .gmv }) ?? missed.first(where: { $0.metric == .orders }),
                let actual = t.actual
            else { return nil }
            return MissWeighing.weigh(
                month: m.month, target: t.metric, gap: t.target - actual, diagnosis: m.diagnosis,
                approvedItems: m.approvedPriceChangeItems)
        }
    }
}
