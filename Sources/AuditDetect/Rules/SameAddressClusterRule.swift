import AuditMeasure
import AuditRecords

extension RuleID {
    public static let sameAddressCluster = RuleID("same-address-cluster", chinese: "同地址多单", english: "Many orders to one address", subject: .fakeOrders)
}

/// Many paid orders to one delivery address within a short time: the classic brushing pattern
/// (大量地址相同的订单), scored so that families, offices and parcel stations stay low.
public struct SameAddressClusterRule: DetectionRule {
    public let id = RuleID.sameAddressCluster
    /// Consecutive orders further apart than this start a new burst.
    public var maxGapHours = 24
    public var minOrders = 3

    public init() {}

    public func detect(in data: MonthData, context: DetectionContext) -> [Anomaly] {
        let paid = data.paidOrders
        let groups = KeyGroups.groups(rows: paid.count, minSize: minOrders) { paid[$0].addressKey == 0 ? nil : paid[$0].addressKey }
        return OrderBurst.bursts(of: groups, in: data, readBack: context.readBack, maxGapSeconds: maxGapHours * 3600, minSize: minOrders)
            .compactMap { assess($0, context: context) }
    }

    func assess(_ b: OrderBurst, context: DetectionContext) -> Anomaly? {
        var score = 0
        var signals: [String] = []
        let n = b.count
        score += n >= 10 ? 3 : n >= 5 ? 2 : 1
        signals.append("\(n) 单")
        if b.spanHours <= 6 { score += 2; signals.append("集中在 \(b.spanText)内") }
        else if b.spanHours <= 24 { score += 1; signals.append("跨度 \(b.spanText)") }
        else if b.spanHours > 72 { score -= 2; signals.append("分散在 \(b.spanText)内") }
        let item = b.sameness(\.itemTitle)
        let top = b.topItem
        if item >= 0.8 { score += 2; signals.append("\(top.count) 单是同一商品「\(top.title.prefix(16))」") }
        else if item >= 0.6 { score += 1; signals.append("多数是同一商品") }
        else if item < 0.4 { score -= 1; signals.append("商品各不相同") }
        if b.sameness(\.paidAmount) >= 0.8 { score += 1; signals.append("金额相同（\(DisplayNumber.money(b.medianAmount))）") }
        if b.medianAmount.cents <= 2000 { score += 1; signals.append("低价（中位 \(DisplayNumber.money(b.medianAmount))）") }
        let buyers = b.distinct(\.buyer)
        if n >= 3, Double(buyers) / Double(n) >= 0.8 { score += 1; signals.append("\(buyers) 个不同买家账号") }
        // Different people paying seconds apart to one door is scripted; one buyer splitting a cart is not.
        let gaps = zip(b.orders.dropFirst(), b.orders).map { Double($0.0.paidAt!.seconds - $0.1.paidAt!.seconds) }
        let medianGap = RobustBaseline.median(gaps)
        if buyers >= 3, medianGap <= 120 { score += 2; signals.append("不同买家付款间隔中位数仅 \(Int(medianGap)) 秒") }
        let names = b.distinct(\.receiverName)
        if names >= 3 { signals.append("\(names) 个不同收货人") }

        var severity: Severity = score >= 7 ? .high : score >= 5 ? .medium : .low
        let marker = CollectionPoint.marker(in: b.orders[0].address)
        if let marker {
            severity = .low
            signals.append("地址含「\(marker)」，是代收点/前台，多人收件属正常")
        }
        guard score >= 3 || severity > .low else { return nil }
        let evidence = "收货地址 \(context.masker.address(b.orders[0].address)) 在 \(b.timeRange) 收到 "
            + signals.joined(separator: "，") + "（规则：同一规范化地址 \(maxGapHours) 小时内连续 ≥\(minOrders) 单；评分 \(score)，≥7 高、≥5 中）"
        return Anomaly(rule: id, severity: severity, dates: b.days, orderIDs: b.orderIDs, evidence: evidence)
    }
}
