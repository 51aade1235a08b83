import AuditMeasure
import AuditRecords

extension RuleID {
    public static let linkedOrders = RuleID(
        "linked-orders", chinese: "关联订单团伙", english: "Orders linked into a ring", subject: .fakeOrders)
}

/// Orders joined through shared addresses, phones and buyer accounts into one ring, although no
/// single address or phone reaches the three orders the cluster rules need.
///
/// A brushing studio (刷单工作室) rotates pools of addresses, phones and accounts; each key stays
/// under the cluster rules' bar, but the orders form a web: order 1 shares a phone with order 2,
/// which shares an address with order 3, whose account also paid order 4… Linking is one pass per
/// key kind plus a union-find on the hashed keys (`KeyLinks`), linear time. Never linked on:
/// a key shared by more than `maxShare` orders in the month, a masked phone, a bare account
/// prefix (only the prefix *with* the number's high digits, `accountStem`), and a collection
/// point's address (丰巢, 驿站, 前台: checked when the orders are read back, since records hold no
/// address text).
///
/// A group wholly on one address or one phone is left to `same-address-cluster` and
/// `same-phone-cluster`, which score exactly that case (and let stations and families go).
public struct LinkedOrdersRule: DetectionRule {
    public let id = RuleID.linkedOrders
    /// (four key kinds counted, linked and scored: about 8 passes.)
    public var relativeCost: Int { 8 }
    /// A key on more paid orders than this in the month links none of them.
    public var maxShare = 20
    /// Linked orders further apart in time than this are scored as separate groups.
    public var maxGapHours = 48
    public var minOrders = 4
    /// How the group's number of orders, span, item and amount are scored, and which score makes a
    /// finding (below medium, nothing is reported).
    public var scoring = BurstScoring(
        orderSteps: [ScoreStep(5, points: 1), ScoreStep(8, points: 2)],
        spanSteps: [ScoreStep(24, points: 2), ScoreStep(48, points: 1)], longSpan: ScoreStep(7 * 24, points: -2),
        highScore: 9, mediumScore: 7, minScore: 7)
    /// Points for a web, not a chain: at least this many links per order (a chain of two-order
    /// families has fewer links than orders).
    public var linksPerOrder = ScoreStep(1.2, points: 2)
    /// Points when the orders go to at least this many different receivers…
    public var manyReceivers = ScoreStep(4, points: 2)
    /// …that are at least this share of the orders.
    public var manyReceiversShare = 0.7
    /// Points (negative) when they go to at most this many.
    public var fewReceivers = ScoreStep(2, points: -2)
    /// An account-number block (`accountStem`) links orders only when this many different accounts share it.
    public var minBlockAccounts = 3

    public init() {}

    /// The keys that link orders. (Hook: the waybill batch — near-consecutive waybills of one
    /// carrier across unrelated buyers — becomes one more case here with its key in `key(_:of:)`.)
    enum LinkKind: Int, CaseIterable {
        case address, phone, account, accountStem
    }

    /// The order's key of one kind, nil when it has none that may link.
    @inline(__always)
    static func key(_ kind: LinkKind, of o: OrderRecord) -> UInt64? {
        switch kind {
        case .address: return o.addressKey == 0 ? nil : o.addressKey
        case .phone: return o.phoneIsMasked || o.phoneKey == 0 ? nil : o.phoneKey
        case .account:
            // Records hold only numbered accounts (`tb_880001`): the prefix and the number together.
            return o.accountPrefix == 0 ? nil : KeyHash.combine(o.accountPrefix, UInt64(o.accountNumber))
        case .accountStem:
            // The prefix with all but the last two digits of a number of six or more: a block of
            // accounts registered together. Never the bare prefix (`tb_` alone is half the store).
            return o.accountPrefix == 0 || o.accountNumber < 100_000
                ? nil : KeyHash.combine(o.accountPrefix ^ 0x5354_454D, UInt64(o.accountNumber / 100))
        }
    }

    /// The paid orders' keys for month-wide linking; an order without a payment time links no one.
    struct PaidOrderKeys: RowKeys {
        let paid: [OrderRecord]
        let minBlockAccounts: Int
        /// An account block needs `minBlockAccounts` accounts, so at least as many orders: blocks
        /// on fewer are left out before linking (numbered accounts often fall into one block by chance).
        func minShare(kind: Int) -> Int { kind == LinkKind.accountStem.rawValue ? minBlockAccounts : 2 }
        @inline(__always)
        func key(_ row: Int, kind: Int) -> UInt64? {
            let o = paid[row]
            guard !o.timeUnknown, o.paidSecondsOrMin != .min, let kind = LinkKind(rawValue: kind) else { return nil }
            return LinkedOrdersRule.key(kind, of: o)
        }
    }

    public func detect(in data: MonthData, context: DetectionContext) -> [Anomaly] {
        let paid = data.paidOrders
        var links = KeyLinks.link(
            rows: paid.count, kinds: LinkKind.allCases.count, maxShare: maxShare,
            keys: PaidOrderKeys(paid: paid, minBlockAccounts: minBlockAccounts))
        let linkedRows = paid.indices.filter { links.linkedKinds[$0] != 0 }
        let components = links.sets.components(of: linkedRows, minSize: minOrders)
        // Split each component at long pauses, re-link inside each run, and keep the groups whose
        // records alone score high enough that the people behind them could make a finding.
        var candidates: [[Int]] = []
        // (The people add at most `manyReceivers.points`.)
        let needed = scoring.minScore - manyReceivers.points
        // (A component wholly on one address or one phone is a household or one buyer's repeat
        // orders: most components are, and every group inside one would be skipped below anyway.)
        for component in components where !isOneCluster(component, in: paid) {
            for run in runs(of: component, in: paid) {
                for group in linkedGroups(run, in: paid, kindsOf: { links.linkedKinds[$0] })
                where !isOneCluster(group, in: paid) {
                    if recordScore(group, in: paid, kindsOf: { links.linkedKinds[$0] }).score >= needed {
                        candidates.append(group)
                    }
                }
            }
        }
        guard !candidates.isEmpty else { return [] }
        let full = context.readBack.orders(candidates.flatMap { $0.map { paid[$0] } })
        var found: [Anomaly] = []
        var next = 0
        for group in candidates {
            var order: [Int: Order] = [:]
            for (k, row) in group.enumerated() { order[row] = full[next + k] }
            next += group.count
            // A collection point's address links no one: re-link without it.
            let atCollectionPoint = Set(group.filter { CollectionPoint.marker(in: order[$0]!.address) != nil })
            let addressBit = UInt8(1) << UInt8(LinkKind.address.rawValue)
            let regrouped =
                atCollectionPoint.isEmpty
                ? [group]
                : linkedGroups(group, in: paid) {
                    atCollectionPoint.contains($0) ? links.linkedKinds[$0] & ~addressBit : links.linkedKinds[$0]
                }
            for g in regrouped where !isOneCluster(g, in: paid) {
                if let a = assess(g, in: paid, orders: g.map { order[$0]! }, kindsOf: { links.linkedKinds[$0] }) {
                    found.append(a)
                }
            }
        }
        return found
    }

    /// The component's rows in time order, cut where consecutive payments are more than `maxGapHours` apart.
    func runs(of rows: [Int], in paid: [OrderRecord]) -> [[Int]] {
        let sorted = rows.sorted { (paid[$0].paidSecondsOrMin, $0) < (paid[$1].paidSecondsOrMin, $1) }
        var runs: [[Int]] = []
        var current: [Int] = []
        for row in sorted {
            if let last = current.last, paid[row].paidSecondsOrMin - paid[last].paidSecondsOrMin > maxGapHours * 3600 {
                if current.count >= minOrders { runs.append(current) }
                current = []
            }
            current.append(row)
        }
        if current.count >= minOrders { runs.append(current) }
        return runs
    }

    /// The rows' own linked groups of at least `minOrders`, linking only on the kinds
    /// `kindsOf(row)` allows (the kinds that passed the month-wide checks). A few rows: a dictionary is fine.
    func linkedGroups(_ rows: [Int], in paid: [OrderRecord], kindsOf: (Int) -> UInt8) -> [[Int]] {
        var sets = UnionFind(count: rows.count)
        // An account block links only when it holds `minBlockAccounts` different accounts: two
        // accounts a number apart by chance are no block.
        var blockAccounts: [UInt64: Set<Int64>] = [:]
        for row in rows {
            if let k = Self.key(.accountStem, of: paid[row]) {
                blockAccounts[k, default: []].insert(paid[row].accountNumber)
            }
        }
        var first: [UInt64: Int] = [:]
        for (i, row) in rows.enumerated() {
            for kind in LinkKind.allCases where kindsOf(row) & 1 << UInt8(kind.rawValue) != 0 {
                guard let k = Self.key(kind, of: paid[row]) else { continue }
                if kind == .accountStem, blockAccounts[k]!.count < minBlockAccounts { continue }
                if let j = first[KeyHash.combine(k, UInt64(kind.rawValue))] {
                    sets.union(i, j)
                } else {
                    first[KeyHash.combine(k, UInt64(kind.rawValue))] = i
                }
            }
        }
        return sets.components(of: Array(rows.indices), minSize: minOrders).map { $0.map { rows[$0] } }
    }

    /// One address or one phone on every order: the cluster rules' case.
    func isOneCluster(_ rows: [Int], in paid: [OrderRecord]) -> Bool {
        let a = paid[rows[0]].addressKey
        let p = paid[rows[0]].phoneKey
        return (a != 0 && rows.allSatisfy { paid[$0].addressKey == a })
            || (p != 0 && !paid[rows[0]].phoneIsMasked && rows.allSatisfy { paid[$0].phoneKey == p })
    }

    /// How the group's keys tie it together: shared keys per kind, and links per order (each
    /// shared key on m orders is m − 1 links; a chain of n orders has n − 1).
    struct Web {
        var sharedKeys: [Int] = Array(repeating: 0, count: LinkKind.allCases.count)
        var links = 0
        var distinct: [Int] = Array(repeating: 0, count: LinkKind.allCases.count)
    }

    func web(_ rows: [Int], in paid: [OrderRecord], kindsOf: (Int) -> UInt8) -> Web {
        var web = Web()
        for kind in LinkKind.allCases {
            // Orders per key; for an account block, distinct accounts per block (one account's
            // own orders are already linked as an account).
            var members: [UInt64: Set<UInt64>] = [:]
            for row in rows {
                guard let k = Self.key(kind, of: paid[row]) else { continue }
                let linked = kindsOf(row) & 1 << UInt8(kind.rawValue) != 0
                let member = kind == .accountStem ? UInt64(paid[row].accountNumber) : UInt64(row)
                members[k, default: []].formUnion(linked ? [member] : [])
            }
            web.distinct[kind.rawValue] = members.count
            for c in members.values.map(\.count) where c >= (kind == .accountStem ? minBlockAccounts : 2) {
                web.sharedKeys[kind.rawValue] += 1
                web.links += c - 1
            }
        }
        return web
    }

    /// The score on records alone: size, time span, one item, low value. (People come with the read-back.)
    func recordScore(_ rows: [Int], in paid: [OrderRecord], kindsOf: (Int) -> UInt8) -> (score: Int, signals: [Fact]) {
        var score = 0
        var signals: [Fact] = []
        let n = rows.count
        score += scoring.orderPoints(n)
        signals.append(Fact(.orders, .count(n)))
        let times = rows.map { paid[$0].paidSecondsOrMin }
        if let span = scoring.span(seconds: times.max()! - times.min()!) {
            score += span.points
            signals.append(span.fact)
        }
        var itemCounts: [UInt64: Int] = [:]
        for row in rows { itemCounts[paid[row].itemKey, default: 0] += 1 }
        let item = Double(itemCounts.values.max()!) / Double(n)
        if let (points, signal) = scoring.items(share: item) {
            score += points
            switch signal {
            // (The item's title and orders come with the read-back.)
            case .oneItem: break
            case .mostlyOneItem: signals.append(Fact(.mostlyOneItemShare, .ratio(item)))
            case .mixedItems: signals.append(Fact(.mixedItemsShare, .ratio(item)))
            }
        }
        let amounts = rows.map { paid[$0].paidAmount }.sorted()
        let median = amounts[n / 2]
        if let points = scoring.lowAmountPoints(median) {
            score += points
            signals.append(Fact(.lowMedianAmount, .money(median)))
        }
        let web = web(rows, in: paid, kindsOf: kindsOf)
        if Double(web.links) / Double(n) >= linksPerOrder.threshold { score += linksPerOrder.points }
        return (score, signals)
    }

    func assess(_ rows: [Int], in paid: [OrderRecord], orders: [Order], kindsOf: (Int) -> UInt8) -> Anomaly? {
        var (score, signals) = recordScore(rows, in: paid, kindsOf: kindsOf)
        let n = rows.count
        let names = Set(orders.map(\.receiverName)).count
        if names >= manyReceivers.threshold, Double(names) >= manyReceiversShare * Double(n) {
            score += manyReceivers.points
        } else if names <= fewReceivers.threshold {
            score += fewReceivers.points
        }
        guard score >= scoring.minScore else { return nil }
        let severity = scoring.severity(score)
        let web = web(rows, in: paid, kindsOf: kindsOf)
        let sorted = orders.sorted { ($0.paidAt!, $0.id) < ($1.paidAt!, $1.id) }
        var titles: [String: Int] = [:]
        for o in orders { titles[o.itemTitle, default: 0] += 1 }
        let top = titles.max { ($0.value, $1.key) < ($1.value, $0.key) }!
        let linksPerOrder = Double(web.links) / Double(n)
        var facts = [Fact(.timeRange, .timeRange(sorted.first!.paidAt!, sorted.last!.paidAt!))] + signals
        if scoring.items(share: Double(top.value) / Double(n))?.signal == .oneItem {
            facts += [Fact(.sameItemOrders, .count(top.value)), Fact(.item, .text(top.key))]
        }
        facts += [
            Fact(.distinctReceivers, .count(names)),
            Fact(.distinctAddresses, .count(web.distinct[LinkKind.address.rawValue])),
            Fact(.distinctPhones, .count(web.distinct[LinkKind.phone.rawValue])),
            Fact(.distinctAccounts, .count(Set(orders.map(\.buyer)).count)),
            Fact(.linksPerOrder, .ratio(linksPerOrder)),
            Fact(.sharedAddresses, .count(web.sharedKeys[LinkKind.address.rawValue])),
            Fact(.sharedPhones, .count(web.sharedKeys[LinkKind.phone.rawValue])),
            Fact(.sharedAccounts, .count(web.sharedKeys[LinkKind.account.rawValue])),
            Fact(.sharedAccountStems, .count(web.sharedKeys[LinkKind.accountStem.rawValue])),
            Fact(.maxGapHours, .hours(maxGapHours)), Fact(.minOrders, .count(minOrders)),
            Fact(.maxOrdersPerKey, .count(maxShare)),
            Fact(.score, .score(score)), Fact(.highScore, .score(scoring.highScore)),
            Fact(.mediumScore, .score(scoring.mediumScore)),
        ]
        facts +=
            scoring.facts + [
                Fact(
                    .linksPerOrderPoints,
                    self.linksPerOrder.value(Fact(.minLinksPerOrder, .ratio(self.linksPerOrder.threshold)))),
                Fact(
                    .manyReceiversPoints,
                    manyReceivers.value(
                        Fact(.minReceivers, .count(manyReceivers.threshold)),
                        Fact(.minShare, .ratio(manyReceiversShare)))),
                Fact(.fewReceiversPoints, fewReceivers.value(Fact(.maxReceivers, .count(fewReceivers.threshold)))),
                Fact(.minBlockAccounts, .count(minBlockAccounts)),
            ]
        let days = Array(Set(orders.map { $0.paidAt!.day })).sorted()
        return Anomaly(rule: id, severity: severity, dates: days, orderIDs: sorted.map(\.id), facts: facts)
    }
}
