import AuditMeasure
import AuditRecords

extension RuleID {
    public static let sameAddressCluster = RuleID(
        "same-address-cluster", chinese: "同地址多单", english: "Many orders to one address", subject: .fakeOrders)
}

/// Many paid orders to one delivery address within a short time: the classic brushing pattern
/// (大量地址相同的订单), scored so that families, offices and parcel stations stay low.
public struct SameAddressClusterRule: DetectionRule {
    public let id = RuleID.sameAddressCluster
    /// Consecutive orders further apart than this start a new burst.
    public var maxGapHours = 24
    public var minOrders = 3
    /// Scores at which a finding is high or medium (below, low).
    public var highScore = 7
    public var mediumScore = 5

    public init() {}

    public func detect(in data: MonthData, context: DetectionContext) -> [Anomaly] {
        let paid = data.paidOrders
        let groups = KeyGroups.groups(rows: paid.count, minSize: minOrders) {
            paid[$0].addressKey == 0 ? nil : paid[$0].addressKey
        }
        return OrderBurst.bursts(
            of: groups, in: data, readBack: context.readBack, maxGapSeconds: maxGapHours * 3600, minSize: minOrders
        )
        .compactMap(assess)
    }

    func assess(_ b: OrderBurst) -> Anomaly? {
        var score = 0
        var signals: [Fact] = []
        let n = b.count
        score += n >= 10 ? 3 : n >= 5 ? 2 : 1
        signals.append(Fact(.orders, .count(n)))
        if b.spanHours <= 6 {
            score += 2
            signals.append(Fact(.shortSpanSeconds, .seconds(b.spanSeconds)))
        } else if b.spanHours <= 24 {
            score += 1
            signals.append(Fact(.daySpanSeconds, .seconds(b.spanSeconds)))
        } else if b.spanHours > 72 {
            score -= 2
            signals.append(Fact(.longSpanSeconds, .seconds(b.spanSeconds)))
        }
        let item = b.sameness(\.itemTitle)
        let top = b.topItem
        if item >= 0.8 {
            score += 2
            signals += [Fact(.sameItemOrders, .count(top.count)), Fact(.item, .text(top.title))]
        } else if item >= 0.6 {
            score += 1
            signals.append(Fact(.mostlyOneItemShare, .ratio(item)))
        } else if item < 0.4 {
            score -= 1
            signals.append(Fact(.mixedItemsShare, .ratio(item)))
        }
        if b.sameness(\.paidAmount) >= 0.8 {
            score += 1
            signals.append(Fact(.sameAmount, .money(b.medianAmount)))
        }
        if b.medianAmount.cents <= 2000 {
            score += 1
            signals.append(Fact(.lowMedianAmount, .money(b.medianAmount)))
        }
        let buyers = b.distinct(\.buyer)
        if n >= 3, Double(buyers) / Double(n) >= 0.8 {
            score += 1
            signals.append(Fact(.distinctBuyers, .count(buyers)))
        }
        // Different people paying seconds apart to one door is scripted; one buyer splitting a cart is not.
        let gaps = zip(b.orders.dropFirst(), b.orders).map { Double($0.0.paidAt!.seconds - $0.1.paidAt!.seconds) }
        let medianGap = RobustBaseline.median(gaps)
        if buyers >= 3, medianGap <= 120 {
            score += 2
            signals.append(Fact(.medianBuyerGapSeconds, .seconds(Int(medianGap))))
        }
        let names = b.distinct(\.receiverName)
        if names >= 3 { signals.append(Fact(.distinctReceivers, .count(names))) }

        var severity: Severity = score >= highScore ? .high : score >= mediumScore ? .medium : .low
        let marker = CollectionPoint.marker(in: b.orders[0].address)
        if let marker {
            severity = .low
            signals.append(Fact(.collectionPoint, .text(marker)))
        }
        guard score >= 3 || severity > .low else { return nil }
        let facts =
            [Fact(.address, .personal(.address, b.orders[0].address)), b.timeRange] + signals + [
                Fact(.maxGapHours, .hours(maxGapHours)), Fact(.minOrders, .count(minOrders)),
                Fact(.score, .score(score)), Fact(.highScore, .score(highScore)),
                Fact(.mediumScore, .score(mediumScore)),
            ]
        return Anomaly(rule: id, severity: severity, dates: b.days, orderIDs: b.orderIDs, facts: facts)
    }
}
