import AuditMeasure
import AuditRecords

extension RuleID {
    public static let samePhoneCluster = RuleID("same-phone-cluster", chinese: "同手机号多单", english: "Many orders to one phone", subject: .fakeOrders)
}

/// One phone number behind several orders with different names or addresses in a short time.
/// Masked phones (138****1234) never join orders on their own: only with the same item, within a
/// day, to several people, and then at most medium.
public struct SamePhoneClusterRule: DetectionRule {
    public let id = RuleID.samePhoneCluster
    public var maxGapHours = 48
    public var minOrders = 3

    public init() {}

    public func detect(in data: MonthData, context: DetectionContext) -> [Anomaly] {
        let paid = data.paidOrders
        let groups = KeyGroups.groups(rows: paid.count, minSize: minOrders) { i -> UInt64? in
            paid[i].phoneIsMasked || paid[i].phoneKey == 0 ? nil : paid[i].phoneKey
        }
        return OrderBurst.bursts(of: groups, in: data, readBack: context.readBack, maxGapSeconds: maxGapHours * 3600, minSize: minOrders)
            .compactMap { assess($0, context: context) } + maskedPhoneClusters(data, context: context)
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
        for b in OrderBurst.bursts(of: groups, in: data, readBack: context.readBack, maxGapSeconds: 24 * 3600, minSize: 4) {
            let names = b.distinct(\.receiverName), addresses = b.distinct(\.addressKey)
            guard names >= 3 || addresses >= 3 else { continue }
            let evidence = "打码手机号 \(b.orders[0].phone) 在 \(b.timeRange) 下了 \(b.count) 单同一商品「\(b.orders[0].itemTitle.prefix(16))」，"
                + "\(names) 个不同收货人、\(addresses) 个不同地址（打码号码可能是不同的人，所以只有同一商品、一天之内、多人收货同时出现才报告，最高为中）"
            found.append(Anomaly(rule: id, severity: .medium, dates: b.days, orderIDs: b.orderIDs, evidence: evidence))
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

    func assess(_ b: OrderBurst, context: DetectionContext) -> Anomaly? {
        var score = 0
        var signals: [String] = ["\(b.count) 单"]
        score += b.count >= 5 ? 2 : 1
        let names = b.distinct(\.receiverName)
        let addresses = b.distinct(\.addressKey)
        if names >= 3 { score += 2; signals.append("\(names) 个不同收货人") }
        if addresses >= 3 { score += 2; signals.append("\(addresses) 个不同地址") }
        if b.spanHours <= 48 { score += 1; signals.append("集中在 \(b.spanText)内") }
        let top = b.topItem
        if b.sameness(\.itemTitle) >= 0.8 { score += 2; signals.append("\(top.count) 单是同一商品「\(top.title.prefix(16))」") }
        if b.medianAmount.cents <= 2000 { score += 1; signals.append("低价（中位 \(DisplayNumber.money(b.medianAmount))）") }
        let severity: Severity = score >= 7 ? .high : score >= 5 ? .medium : .low
        guard score >= 4 else { return nil }
        let evidence = "手机号 \(context.masker.phone(b.orders[0].phone)) 在 \(b.timeRange) 下了 " + signals.joined(separator: "，")
            + "（规则：同一手机号 \(maxGapHours) 小时内连续 ≥\(minOrders) 单；评分 \(score)，≥7 高、≥5 中）"
        return Anomaly(rule: id, severity: severity, dates: b.days, orderIDs: b.orderIDs, evidence: evidence)
    }
}
