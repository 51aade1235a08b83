/// One phone number behind several orders with different names or addresses in a short time.
/// Masked phones (138****1234) never join orders on their own.
public struct SamePhoneClusterRule: FakeOrderRule {
    public let id = "same-phone-cluster"
    public var maxGapHours = 48
    public var minOrders = 3
    let normalizer = AddressNormalizer()

    public init() {}

    public func detect(in data: MonthData, context: DetectionContext) -> [Anomaly] {
        let paid = data.paidOrders
        var groups: [UInt64: [Int]] = [:]
        for (i, o) in paid.enumerated() {
            if let key = PhoneNormalizer.numericKey(o.phone) { groups[key, default: []].append(i) }
        }
        var found: [Anomaly] = []
        for (_, members) in groups where members.count >= minOrders {
            for burst in OrderBurst.bursts(of: members.map { paid[$0] }, maxGapSeconds: maxGapHours * 3600, minSize: minOrders) {
                if let a = assess(burst, context: context) { found.append(a) }
            }
        }
        return found
    }

    func assess(_ b: OrderBurst, context: DetectionContext) -> Anomaly? {
        var score = 0
        var signals: [String] = ["\(b.count) 单"]
        score += b.count >= 5 ? 2 : 1
        let names = b.distinct(\.receiverName)
        let addresses = b.distinct { normalizer.key($0.address) }
        if names >= 3 { score += 2; signals.append("\(names) 个不同收货人") }
        if addresses >= 3 { score += 2; signals.append("\(addresses) 个不同地址") }
        if b.spanHours <= 48 { score += 1; signals.append("集中在 \(DisplayNumber.fixed(b.spanHours, decimals: 1)) 小时内") }
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
