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
    /// Scores at which a finding is high or medium (below, low).
    public var highScore = 7
    public var mediumScore = 5

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
    /// within a day, four or more orders, to several different people. At most medium.
    func maskedPhoneClusters(_ data: MonthData, context: DetectionContext) -> [Anomaly] {
        let paid = data.paidOrders
        // The visible digits and the item, together.
        let groups = KeyGroups.groups(rows: paid.count, minSize: 4) { i -> UInt64? in
            paid[i].phoneIsMasked ? KeyHash.combine(paid[i].phoneKey, paid[i].itemKey) : nil
        }
        var found: [Anomaly] = []
        for b in OrderBurst.bursts(
            of: groups, in: data, readBack: context.readBack, maxGapSeconds: 24 * 3600, minSize: 4)
        {
            let names = b.distinct(\.receiverName)
            let addresses = b.distinct(\.addressKey)
            guard names >= 3 || addresses >= 3 else { continue }
            let facts = [
                Fact(.maskedPhone, .personal(.phone, b.orders[0].phone)), b.timeRange, Fact(.orders, .count(b.count)),
                Fact(.item, .text(b.orders[0].itemTitle)), Fact(.distinctReceivers, .count(names)),
                Fact(.distinctAddresses, .count(addresses)),
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
        score += b.count >= 5 ? 2 : 1
        let names = b.distinct(\.receiverName)
        let addresses = b.distinct(\.addressKey)
        if names >= 3 {
            score += 2
            signals.append(Fact(.distinctReceivers, .count(names)))
        }
        if addresses >= 3 {
            score += 2
            signals.append(Fact(.distinctAddresses, .count(addresses)))
        }
        if b.spanHours <= 48 {
            score += 1
            signals.append(Fact(.shortSpanSeconds, .seconds(b.spanSeconds)))
        }
        let top = b.topItem
        if b.sameness(\.itemTitle) >= 0.8 {
            score += 2
            signals += [Fact(.sameItemOrders, .count(top.count)), Fact(.item, .text(top.title))]
        }
        if b.medianAmount.cents <= 2000 {
            score += 1
            signals.append(Fact(.lowMedianAmount, .money(b.medianAmount)))
        }
        let severity: Severity = score >= highScore ? .high : score >= mediumScore ? .medium : .low
        guard score >= 4 else { return nil }
        let facts =
            [Fact(.phone, .personal(.phone, b.orders[0].phone)), b.timeRange] + signals + [
                Fact(.maxGapHours, .hours(maxGapHours)), Fact(.minOrders, .count(minOrders)),
                Fact(.score, .score(score)), Fact(.highScore, .score(highScore)),
                Fact(.mediumScore, .score(mediumScore)),
            ]
        return Anomaly(rule: id, severity: severity, dates: b.days, orderIDs: b.orderIDs, facts: facts)
    }
}
