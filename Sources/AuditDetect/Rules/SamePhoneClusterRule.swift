import AuditMeasure
import AuditRecords

extension RuleID {
    public static let samePhoneCluster = RuleID(
        "same-phone-cluster", chinese: "同手机号多单", english: "Many orders to one phone", subject: .fakeOrders)
}

/// One phone number behind several orders with different names or addresses in a short time.
/// Masked phones (138****1234) never join orders on their own: only with the same item, within a
/// day, to several people, and then at most medium.
public struct SamePhoneClusterRule: DetectionRule {
    public let id = RuleID.samePhoneCluster
    /// (phones grouped twice: unmasked, then masked with names.)
    public var relativeCost: Int { 3 }
    public var maxGapHours = 48
    public var minOrders = 3
    /// How the orders' number, span, item and amount are scored, and which score makes a finding.
    public var scoring = BurstScoring(
        orderSteps: [ScoreStep(3, points: 1), ScoreStep(5, points: 2)], spanSteps: [ScoreStep(48, points: 1)],
        itemSteps: [ScoreStep(0.8, points: 2)], mixedItems: nil, minScore: 4)
    /// Points when the orders go to at least this many different receivers,
    public var distinctReceivers = ScoreStep(3, points: 2)
    /// and when they go to at least this many different addresses.
    public var distinctAddresses = ScoreStep(3, points: 2)
    /// A masked phone joins orders of one item at most these hours apart,
    public var maskedMaxGapHours = 24
    /// at least this many of them,
    public var maskedMinOrders = 4
    /// to at least this many different receivers or different addresses.
    public var maskedMinPeople = 3

    public init() {}

    public func detect(in data: MonthData, context: DetectionContext) -> [Anomaly] {
        let paid = data.paidOrders
        let groups = KeyGroups.groups(rows: paid.count, minSize: minOrders) { i -> UInt64? in
            paid[i].phoneIsMasked || paid[i].phoneKey == 0 ? nil : paid[i].phoneKey
        }
        return OrderBurst.bursts(
            of: groups, in: data, readBack: context.readBack, maxGapSeconds: maxGapHours * 3600, minSize: minOrders
        )
        .compactMap(assess) + maskedPhoneClusters(data, context: context)
    }

    /// Masked phones (138****1234) join orders only together with more evidence: the same item,
    /// within `maskedMaxGapHours`, `maskedMinOrders` or more orders, to several different people. At most medium.
    func maskedPhoneClusters(_ data: MonthData, context: DetectionContext) -> [Anomaly] {
        let paid = data.paidOrders
        // The visible digits and the item, together.
        let groups = KeyGroups.groups(rows: paid.count, minSize: maskedMinOrders) { i -> UInt64? in
            paid[i].phoneIsMasked ? KeyHash.combine(paid[i].phoneKey, paid[i].itemKey) : nil
        }
        var found: [Anomaly] = []
        for b in OrderBurst.bursts(
            of: groups, in: data, readBack: context.readBack, maxGapSeconds: maskedMaxGapHours * 3600,
            minSize: maskedMinOrders)
        {
            let names = b.distinct(\.receiverName)
            let addresses = b.distinct(\.addressKey)
            guard names >= maskedMinPeople || addresses >= maskedMinPeople else { continue }
            let facts = [
                Fact(.maskedPhone, .personal(.phone, b.orders[0].phone)), b.timeRange, Fact(.orders, .count(b.count)),
                Fact(.item, .text(b.orders[0].itemTitle)), Fact(.distinctReceivers, .count(names)),
                Fact(.distinctAddresses, .count(addresses)), Fact(.maxGapHours, .hours(maskedMaxGapHours)),
                Fact(.minOrders, .count(maskedMinOrders)), Fact(.minReceiversOrAddresses, .count(maskedMinPeople)),
            ]
            found.append(Anomaly(rule: id, severity: .medium, dates: b.days, orderIDs: b.orderIDs, facts: facts))
        }
        return found
    }

    /// `139****2345` → `139*2345`; nil for a phone that is not masked or shows fewer than 7 digits.
    /// Read on the UTF-8 bytes: it runs for every order.
    static func visibleDigits(_ phone: String) -> String? {
        var phone = phone
        return phone.withUTF8 { u -> String? in
            guard let (a, b) = OrderKeys.visibleDigits(u) else { return nil }
            return String(decoding: u[a], as: UTF8.self) + "*" + String(decoding: u[b], as: UTF8.self)
        }
    }

    func assess(_ b: OrderBurst) -> Anomaly? {
        var score = 0
        var signals = [Fact(.orders, .count(b.count))]
        score += scoring.orderPoints(b.count)
        let names = b.distinct(\.receiverName)
        let addresses = b.distinct(\.addressKey)
        if names >= distinctReceivers.threshold {
            score += distinctReceivers.points
            signals.append(Fact(.distinctReceivers, .count(names)))
        }
        if addresses >= distinctAddresses.threshold {
            score += distinctAddresses.points
            signals.append(Fact(.distinctAddresses, .count(addresses)))
        }
        let spanAndItems = scoring.spanAndItems(of: b)
        score += spanAndItems.points
        signals += spanAndItems.facts
        if let points = scoring.lowAmountPoints(b.medianAmount) {
            score += points
            signals.append(Fact(.lowMedianAmount, .money(b.medianAmount)))
        }
        let severity = scoring.severity(score)
        guard score >= scoring.minScore else { return nil }
        let facts =
            [Fact(.phone, .personal(.phone, b.orders[0].phone)), b.timeRange] + signals + [
                Fact(.maxGapHours, .hours(maxGapHours)), Fact(.minOrders, .count(minOrders)),
                Fact(.score, .score(score)), Fact(.highScore, .score(scoring.highScore)),
                Fact(.mediumScore, .score(scoring.mediumScore)),
            ] + scoring.facts + [
                Fact(
                    .distinctReceiversPoints,
                    distinctReceivers.value(Fact(.minReceivers, .count(distinctReceivers.threshold)))),
                Fact(
                    .distinctAddressesPoints,
                    distinctAddresses.value(Fact(.minAddresses, .count(distinctAddresses.threshold)))),
            ]
        return Anomaly(rule: id, severity: severity, dates: b.days, orderIDs: b.orderIDs, facts: facts)
    }
}
