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
        // Group by (item, account prefix) with stable hashes: no strings built per order.
        let paid = data.paidOrders
        var numbers = [Int](repeating: 0, count: paid.count)
        let groups = KeyGroups.groups(rows: paid.count, minSize: minOrders) { i -> UInt64? in
            guard let (prefixHash, number) = Self.numberedAccount(paid[i].buyer) else { return nil }
            numbers[i] = number
            return paid[i].itemKey &* 0x9E37_79B9_7F4A_7C15 ^ prefixHash
        }
        var found: [Anomaly] = []
        for rows in groups {
            let members = rows.map { (number: numbers[$0], index: $0) }
            // Runs of account numbers first (cheap, on integers), then the time window within each run.
            var run: [Int] = []
            var lastNumber = Int.min
            func flush() {
                defer { run = [] }
                guard run.count >= minOrders else { return }
                for b in OrderBurst.bursts(of: run.map { paid[$0] }, maxGapSeconds: maxGapHours * 3600, minSize: minOrders) {
                    found.append(anomaly(b, context: context))
                }
            }
            for m in members.sorted(by: { ($0.number, $0.index) < ($1.number, $1.index) }) {
                if m.number == lastNumber { continue }  // the same account again is a repeat buyer, not a sequence
                if !run.isEmpty, m.number - lastNumber > maxStep { flush() }
                run.append(m.index)
                lastNumber = m.number
            }
            flush()
        }
        return found
    }

    func anomaly(_ b: OrderBurst, context: DetectionContext) -> Anomaly {
        let accounts = b.orders.map(\.buyer).sorted()
        let severity: Severity = b.count >= 5 ? .high : .medium
        let evidence = "\(b.timeRange)：\(b.count) 个编号连续的买家账号（\(context.masker.account(accounts.first!)) … \(context.masker.account(accounts.last!))）"
            + "买了同一商品「\(b.orders[0].itemTitle.prefix(16))」，\(b.distinct(\.receiverName)) 个不同收货人、\(b.distinct(\.phone)) 个不同手机号，"
            + "疑似批量注册的刷单账号（规则：同一商品 \(maxGapHours) 小时内 ≥\(minOrders) 个账号的数字尾号相差 ≤\(maxStep)）"
        return Anomaly(rule: id, severity: severity, dates: b.days, orderIDs: b.orderIDs, evidence: evidence)
    }

    /// `tb_880001` → (hash of "tb_", 880001), read on the UTF-8 bytes; nil without a trailing
    /// number of 4 to 12 digits, or for a masked account.
    static func numberedAccount(_ account: String) -> (prefixHash: UInt64, number: Int)? {
        var account = account
        return account.withUTF8 { u -> (prefixHash: UInt64, number: Int)? in
            var end = u.count, number = 0, scale = 1, digits = 0
            while end > 0 {
                let b = u[end - 1]
                guard b >= 0x30 && b <= 0x39 else { break }
                guard digits < 12 else { return nil }
                number += Int(b - 0x30) * scale
                scale *= 10
                digits += 1
                end -= 1
            }
            guard digits >= 4 else { return nil }
            var h = StableHash()
            for b in u[0..<end] {
                if b == UInt8(ascii: "*") { return nil }
                h.combine(b)
            }
            return (h.value, number)
        }
    }
}
