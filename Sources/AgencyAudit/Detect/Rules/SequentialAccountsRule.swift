/// Buyer accounts numbered in sequence (tb_880001, tb_880002, …) buying the same item within a
/// few hours: accounts registered in a batch for brushing, even when every name, phone and
/// address differs.
public struct SequentialAccountsRule: FakeOrderRule {
    public let id = "sequential-accounts"
    public var maxGapHours = 6
    /// Numbers at most this far apart count as one sequence.
    public var maxStep = 3
    public var minOrders = 4

    public init() {}

    public func detect(in data: MonthData, context: DetectionContext) -> [Anomaly] {
        // Group by item and account prefix; only accounts ending in a number of 4+ digits take part.
        var groups: [String: [Order]] = [:]
        for o in data.paidOrders {
            guard let (prefix, _) = Self.split(o.buyer) else { continue }
            groups[o.itemTitle + "\u{1}" + prefix, default: []].append(o)
        }
        var found: [Anomaly] = []
        for (_, orders) in groups where orders.count >= minOrders {
            for burst in OrderBurst.bursts(of: orders, maxGapSeconds: maxGapHours * 3600, minSize: minOrders) {
                for run in sequences(in: burst.orders) where run.count >= minOrders {
                    let b = OrderBurst(orders: run.sorted { ($0.paidAt!, $0.id) < ($1.paidAt!, $1.id) })
                    let accounts = run.map(\.buyer).sorted()
                    let severity: Severity = run.count >= 5 ? .high : .medium
                    let evidence = "\(b.timeRange)：\(run.count) 个编号连续的买家账号（\(context.masker.account(accounts.first!)) … \(context.masker.account(accounts.last!))）"
                        + "买了同一商品「\(b.orders[0].itemTitle.prefix(16))」，\(b.distinct(\.receiverName)) 个不同收货人、\(b.distinct(\.phone)) 个不同手机号，"
                        + "疑似批量注册的刷单账号（规则：同一商品 \(maxGapHours) 小时内 ≥\(minOrders) 个账号的数字尾号相差 ≤\(maxStep)）"
                    found.append(Anomaly(rule: id, severity: severity, dates: b.days, orderIDs: b.orderIDs, evidence: evidence))
                }
            }
        }
        return found
    }

    /// Maximal runs of orders whose account numbers follow each other within `maxStep`.
    func sequences(in orders: [Order]) -> [[Order]] {
        let numbered = orders.compactMap { o in Self.split(o.buyer).map { ($0.number, o) } }.sorted { ($0.0, $0.1.id) < ($1.0, $1.1.id) }
        var runs: [[Order]] = []
        var current: [(Int, Order)] = []
        for item in numbered {
            if let last = current.last, item.0 - last.0 > maxStep || item.0 == last.0 {
                if item.0 != last.0 { runs.append(current.map(\.1)); current = [] }
                else { continue }  // the same account twice is a repeat buyer, not a sequence
            }
            current.append(item)
        }
        if !current.isEmpty { runs.append(current.map(\.1)) }
        return runs
    }

    /// `tb_880001` → ("tb_", 880001); nil without a trailing number of at least 4 digits.
    static func split(_ account: String) -> (prefix: String, number: Int)? {
        let scalars = Array(account.unicodeScalars)
        var i = scalars.count
        while i > 0, scalars[i - 1].value >= 0x30, scalars[i - 1].value <= 0x39 { i -= 1 }
        let digits = scalars.count - i
        guard digits >= 4, digits <= 12, !account.contains("*") else { return nil }
        var prefix = String.UnicodeScalarView()
        prefix.append(contentsOf: scalars[..<i])
        var number = 0
        for u in scalars[i...] { number = number * 10 + Int(u.value - 0x30) }
        return (String(prefix), number)
    }
}
