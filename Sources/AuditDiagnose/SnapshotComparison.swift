import AuditRecords

/// The month's product-list snapshots compared (千牛 商品批量导出, 拼多多 商品导出): each item's
/// stock at 0 on a snapshot day, and its price moving between two snapshots in a row.
///
/// A price change is sorted the way the contract's price-change clause sorts one
/// (`ClauseReview.PriceChangeCheck`): approved in approvals.csv — the merchant's part; over the
/// contract's limit without approval — the agency's breach; within the limit; or, without
/// approvals.csv, not checked.
public struct SnapshotComparison: Sendable, Hashable {
    /// The days the month has snapshots of, in order.
    public var days: [CalendarDay]
    public var priceChanges: [SnapshotPriceChange]
    public var zeros: [SnapshotStockZero]

    public init(days: [CalendarDay], priceChanges: [SnapshotPriceChange], zeros: [SnapshotStockZero]) {
        self.days = days
        self.priceChanges = priceChanges
        self.zeros = zeros
    }

    /// Compares the snapshots; nil when the month has fewer than two snapshot days.
    /// - Parameters:
    ///   - limit: the contract's price-change limit (`limits.priceChange`); nil when it has none.
    ///   - approvals: approvals.csv's lines; nil without the file.
    public static func compare(_ rows: [ProductSnapshotRecord], limit: Double?, approvals: [MerchantApproval]?)
        -> SnapshotComparison?
    {
        let dated = rows.filter { $0.day != nil }
        let days = Set(dated.map { $0.day! }).sorted()
        guard days.count >= 2 else { return nil }
        // Per item and day: the lowest price any row gives, the stock over its SKUs.
        struct Entry {
            var price: Money?
            var stock: Int?
        }
        var table: [UInt64: [CalendarDay: Entry]] = [:]
        var ids: [UInt64: String] = [:]
        var titles: [UInt64: String] = [:]
        for r in dated {
            var e = table[r.itemIDKey, default: [:]][r.day!, default: Entry()]
            if let p = r.price, p > .zero { e.price = min(e.price ?? p, p) }
            if let s = r.stock { e.stock = (e.stock ?? 0) + s }
            table[r.itemIDKey, default: [:]][r.day!] = e
            ids[r.itemIDKey] = r.itemID
            if titles[r.itemIDKey, default: ""].isEmpty { titles[r.itemIDKey] = r.title }
        }
        var changes: [SnapshotPriceChange] = []
        var zeros: [SnapshotStockZero] = []
        for (key, byDay) in table.sorted(by: { $0.key < $1.key }) {
            let priced = days.compactMap { d in byDay[d]?.price.map { (d, $0) } }
            for (a, b) in zip(priced, priced.dropFirst()) where a.1 != b.1 {
                let change = Double(b.1.cents) / Double(a.1.cents) - 1
                var standing: SnapshotPriceChange.Standing = .withinLimit
                if let approval = approvals?.filter({
                    $0.subject == .price && $0.itemIDKey == key && $0.day <= b.0
                        && ($0.value.map { Money(roundingYuan: $0) == b.1 } ?? true)
                }).max(by: { ($0.day, $0.line) < ($1.day, $1.line) }) {
                    standing = .approved(day: approval.day, line: approval.line)
                } else if let limit, abs(change) > limit + 1e-9 {
                    standing = approvals == nil ? .notChecked(limit: limit) : .overLimitWithoutApproval(limit: limit)
                }
                changes.append(
                    SnapshotPriceChange(
                        itemIDKey: key, itemID: ids[key] ?? "", title: titles[key] ?? "", before: a.1, beforeDay: a.0,
                        after: b.1, day: b.0, standing: standing))
            }
            let atZero = days.filter { byDay[$0]?.stock == 0 }
            if !atZero.isEmpty {
                zeros.append(
                    SnapshotStockZero(itemIDKey: key, itemID: ids[key] ?? "", title: titles[key] ?? "", days: atZero))
            }
        }
        changes.sort { ($0.day, $0.itemID) < ($1.day, $1.itemID) }
        return SnapshotComparison(days: days, priceChanges: changes, zeros: zeros)
    }
}

/// An item's price in one snapshot against the next.
public struct SnapshotPriceChange: Sendable, Hashable {
    public var itemIDKey: UInt64
    public var itemID: String
    /// 商品标题 where the snapshot has one.
    public var title: String
    public var before: Money
    public var beforeDay: CalendarDay
    public var after: Money
    /// The snapshot that first shows the new price.
    public var day: CalendarDay
    public var standing: Standing
    /// Relative change (0.12 for +12%).
    public var change: Double { Double(after.cents) / Double(before.cents) - 1 }

    /// Whose part the change is.
    public enum Standing: Sendable, Hashable {
        /// approvals.csv approves it (its line and day): the merchant's part.
        case approved(day: CalendarDay, line: Int)
        /// Over the contract's limit with no approval for it: the agency's breach.
        case overLimitWithoutApproval(limit: Double)
        /// Within the contract's limit (or the contract has none).
        case withinLimit
        /// Over the limit, but the month has no approvals.csv to tell.
        case notChecked(limit: Double)
    }

    public init(
        itemIDKey: UInt64, itemID: String, title: String, before: Money, beforeDay: CalendarDay, after: Money,
        day: CalendarDay, standing: Standing
    ) {
        self.itemIDKey = itemIDKey
        self.itemID = itemID
        self.title = title
        self.before = before
        self.beforeDay = beforeDay
        self.after = after
        self.day = day
        self.standing = standing
    }
}

/// An item with no stock left (all its SKUs at 0) in a snapshot.
public struct SnapshotStockZero: Sendable, Hashable {
    public var itemIDKey: UInt64
    public var itemID: String
    public var title: String
    public var days: [CalendarDay]

    public init(itemIDKey: UInt64, itemID: String, title: String, days: [CalendarDay]) {
        self.itemIDKey = itemIDKey
        self.itemID = itemID
        self.title = title
        self.days = days
    }
}
