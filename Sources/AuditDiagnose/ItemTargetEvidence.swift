import AuditMeasure
import AuditRecords

/// What the month's exports say of the items per-item targets name, for their 差异原因: each
/// item's figures, without the suspected fake orders and in the month it is compared with, its
/// price changes and its stock-outs. The monthly audit gathers it from the stages that find them.
public struct ItemTargetEvidence: Sendable {
    /// The items per-item targets name, by the id the contract writes, with their keys.
    public var items: [TargetItem]
    public var current: ItemFigures
    public var excludingSuspicious: ItemFigures
    /// Per item id: the month it is compared with (its target's baseline month, else the
    /// previous month) and its figure then.
    public var comparedWith: [String: Comparison]
    public var priceChanges: [PriceChange]
    /// The month's stock-outs (`StockOutFinder`), matched to an item by its title.
    public var stockOuts: [StockOut]

    public init(
        items: [TargetItem], current: ItemFigures, excludingSuspicious: ItemFigures,
        comparedWith: [String: Comparison] = [:], priceChanges: [PriceChange] = [], stockOuts: [StockOut] = []
    ) {
        self.items = items
        self.current = current
        self.excludingSuspicious = excludingSuspicious
        self.comparedWith = comparedWith
        self.priceChanges = priceChanges
        self.stockOuts = stockOuts
    }

    /// An item's figure in an earlier month.
    public struct Comparison: Sendable, Hashable {
        public var month: YearMonth
        public var figure: ItemFigures.Figure
        public init(month: YearMonth, figure: ItemFigures.Figure) {
            self.month = month
            self.figure = figure
        }
    }

    /// An item's price moving between days: by its 商品ID or 商家编码 key where the contract's
    /// price-change check found it, else by title (the diagnosis's own price check).
    public struct PriceChange: Sendable, Hashable {
        public var itemKey: UInt64?
        public var title: String?
        public var before: Money
        public var after: Money
        /// The day the new price is first seen.
        public var day: CalendarDay
        public init(itemKey: UInt64?, title: String?, before: Money, after: Money, day: CalendarDay) {
            self.itemKey = itemKey
            self.title = title
            self.before = before
            self.after = after
            self.day = day
        }
    }

    /// The item `id` names, with its title from the 子订单 lines.
    func item(_ id: String?) -> (item: TargetItem, title: String?)? {
        guard let id, let item = items.first(where: { $0.id == id }) else { return nil }
        return (item, current.titles[item.key])
    }
}
