import AuditMeasure
import AuditRecords

extension RuleID {
    public static let sequentialAccounts = RuleID(
        "sequential-accounts", chinese: "连号账号下单", english: "Orders from consecutively numbered accounts",
        subject: .fakeOrders)
}

/// Buyer accounts numbered in sequence (tb_880001, tb_880002, …) buying the same item within a
/// few hours: accounts registered in a batch for brushing, even when every name, phone and
/// address differs.
public struct SequentialAccountsRule: DetectionRule {
    public let id = RuleID.sequentialAccounts
    /// (accounts grouped by prefix, then sorted by number within each.)
    public var relativeCost: Int { 3 }
    public var maxGapHours = 6
    /// Numbers at most this far apart count as one sequence.
    public var maxStep = 3
    public var minOrders = 4
    /// From this many accounts on, a finding is high (below, medium).
    public var highOrders = 5

    public init() {}

    public func detect(in data: MonthData, context: DetectionContext) -> [Anomaly] {
        // Group by (item, account prefix) with stable hashes: no strings built per order; only
        // accounts with enough close numbers go in.
        let paid = data.paidOrders
        let candidates = rowsWithCloseNumbers(paid)
        let groups = KeyGroups.groups(rows: candidates.count, minSize: minOrders) {
            Self.itemAndPrefix(paid[candidates[$0]])
        }
        // Runs of account numbers first (cheap, on integers), then the time window within each run.
        var runs: [[Int]] = []
        for group in groups {
            let rows = group.map { candidates[$0] }
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
        return OrderBurst.bursts(
            of: runs, in: data, readBack: context.readBack, maxGapSeconds: maxGapHours * 3600, minSize: minOrders
        ).map(anomaly)
    }

    static func itemAndPrefix(_ r: OrderRecord) -> UInt64 { KeyHash.combine(r.itemKey, r.accountPrefix) }

    /// The numbered-account rows that can belong to a run: those with at least `minOrders` rows
    /// of the same item and prefix (themselves included) whose numbers fall in their own or a
    /// neighbouring bucket of numbers.
    ///
    /// A big store has hundreds of thousands of `t_12345678`-style accounts per item, almost none
    /// in sequence; sorting them all is what the rule spent its time on. Any member of a run has
    /// `minOrders - 1` other members within `(minOrders - 1) × maxStep` of its number, so with
    /// buckets wider than that they are in its bucket or the next on either side: no run loses a
    /// member, and leaving other rows out only widens gaps, so runs come out as without the sieve.
    func rowsWithCloseNumbers(_ paid: [OrderRecord]) -> [Int] {
        let numbered = paid.indices.filter { paid[$0].accountPrefix != 0 }
        guard minOrders >= 2, maxStep >= 0, !numbered.isEmpty else { return numbered }
        var width = 1
        while width < (minOrders - 1) * maxStep + 1 { width <<= 1 }
        let shift = Int64(width.trailingZeroBitCount)
        func key(_ row: Int, bucketOffset: Int64) -> UInt64 {
            KeyHash.combine(
                Self.itemAndPrefix(paid[row]), UInt64(bitPattern: (paid[row].accountNumber >> shift) &+ bucketOffset))
        }
        var counters = ByteCounters(keys: numbered.count, slotsPerKey: 4)
        for row in numbered { counters.add(key(row, bucketOffset: 0)) }
        return numbered.filter { row in
            counters.count(key(row, bucketOffset: -1)) + counters.count(key(row, bucketOffset: 0))
                + counters.count(key(row, bucketOffset: 1)) >= minOrders
        }
    }

    func anomaly(_ b: OrderBurst) -> Anomaly {
        let accounts = b.orders.map(\.buyer).sorted()
        let severity: Severity = b.count >= highOrders ? .high : .medium
        let facts = [
            Fact(.firstAccount, .personal(.account, accounts.first!)),
            Fact(.lastAccount, .personal(.account, accounts.last!)),
            b.timeRange, Fact(.orders, .count(b.count)), Fact(.item, .text(b.orders[0].itemTitle)),
            Fact(.distinctReceivers, .count(b.distinct(\.receiverName))),
            Fact(.distinctPhones, .count(b.distinct(\.phone))),
            Fact(.maxGapHours, .hours(maxGapHours)), Fact(.minOrders, .count(minOrders)),
            Fact(.maxStep, .count(maxStep)), Fact(.highOrders, .count(highOrders)),
        ]
        return Anomaly(rule: id, severity: severity, dates: b.days, orderIDs: b.orderIDs, facts: facts)
    }

    /// `tb_880001` → (hash of "tb_", 880001), read on the UTF-8 bytes; nil without a trailing
    /// number of 4 to 12 digits, or for a masked account.
    static func numberedAccount(_ account: String) -> (prefixHash: UInt64, number: Int)? {
        var account = account
        return account.withUTF8 { OrderKeys.numberedAccount($0).map { ($0.prefix, $0.number) } }
    }
}
