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
        let groups = KeyGroups.groups(rows: paid.count, minSize: minOrders) { i -> UInt64? in
            paid[i].accountPrefix == 0 ? nil : paid[i].itemKey &* 0x9E37_79B9_7F4A_7C15 ^ paid[i].accountPrefix
        }
        // Runs of account numbers first (cheap, on integers), then the time window within each run.
        var runs: [[Int]] = []
        for rows in groups {
            let members = rows.map { (number: Int(paid[$0].accountNumber), index: $0) }
            var run: [Int] = []
            var lastNumber = Int.min
            func flush() {
                defer { run = [] }
                if run.count >= minOrders { runs.append(run) }
            }
            for m in members.sorted(by: { ($0.number, $0.index) < ($1.number, $1.index) }) {
                if m.number == lastNumber { continue }  // the same account again is a repeat buyer, not a sequence
                if !run.isEmpty, m.number - lastNumber > maxStep { flush() }
                run.append(m.index)
                lastNumber = m.number
            }
            flush()
        }
        return OrderBurst.bursts(of: runs, in: data, maxGapSeconds: maxGapHours * 3600, minSize: minOrders).map { anomaly($0, context: context) }
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
        return account.withUTF8 { OrderKeys.numberedAccount($0).map { ($0.prefix, $0.number) } }
    }
}
