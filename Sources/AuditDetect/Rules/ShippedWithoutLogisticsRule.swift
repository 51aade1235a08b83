import AuditMeasure
import AuditRecords

extension RuleID {
    public static let shippedWithoutLogistics = RuleID(
        "shipped-without-logistics", chinese: "已发货无物流单号", english: "Shipped without a tracking number",
        subject: .fakeOrders)
}

/// Orders the export marks shipped or completed but that carry no tracking number, in a cluster:
/// the trace of empty parcels (空包) sent to make fake orders look delivered.
///
/// Skipped when no order of the month has a tracking number at all: that export simply has no
/// such column (JD's newer order export) or the store ships some other way.
public struct ShippedWithoutLogisticsRule: DetectionRule {
    public let id = RuleID.shippedWithoutLogistics
    public var maxGapHours = 48
    public var minOrders = 3
    /// A finding is high from this many orders…
    public var highOrders = 5
    /// …when at least this share of them is one item (else medium).
    public var highItemShare = 0.8
    /// A median amount at most this is stated as low value (it does not change the severity).
    public var lowAmount = BurstScoring.lowValue

    public init() {}

    public func detect(in data: MonthData, context: DetectionContext) -> [Anomaly] {
        let paid = data.paidOrders
        guard paid.contains(where: \.hasLogisticsNumber) else { return [] }
        // (Shipped: one of `OrderKeys.shippedStatuses`.)
        let suspects = paid.indices.filter {
            !paid[$0].hasLogisticsNumber && paid[$0].isShipped && paid[$0].refundAmount.cents == 0
        }
        guard suspects.count >= minOrders else { return [] }
        return OrderBurst.bursts(
            of: [suspects], in: data, readBack: context.readBack, maxGapSeconds: maxGapHours * 3600, minSize: minOrders
        ).map { b in
            let item = b.sameness(\.itemTitle)
            let top = b.topItem
            var facts = [b.timeRange, Fact(.orders, .count(b.count)), Fact(.status, .text(b.orders[0].status))]
            var severity: Severity = .medium
            if b.count >= highOrders && item >= highItemShare {
                severity = .high
                facts += [Fact(.sameItemOrders, .count(top.count)), Fact(.item, .text(top.title))]
            }
            if b.medianAmount <= lowAmount { facts.append(Fact(.lowMedianAmount, .money(b.medianAmount))) }
            facts += [
                Fact(.maxGapHours, .hours(maxGapHours)), Fact(.minOrders, .count(minOrders)),
                Fact(.highOrders, .count(highOrders)), Fact(.highItemShare, .ratio(highItemShare)),
                Fact(.lowAmount, .money(lowAmount)),
            ]
            return Anomaly(rule: id, severity: severity, dates: b.days, orderIDs: b.orderIDs, facts: facts)
        }
    }
}
