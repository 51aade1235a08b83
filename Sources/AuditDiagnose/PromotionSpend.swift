import AuditMeasure
import AuditRecords

/// The month's promotion: spend and attributed sales per campaign, the month's ROI against the
/// contract's red line, and the spend against the month before. A month whose spend rose while
/// its ROI stayed under the red line is one step of "只会砸钱推广"; the dossier names the run.
public struct PromotionSpend: Sendable, Hashable {
    public var spend: Money
    public var sales: Money
    public var previousSpend: Money?
    public var previousSales: Money?
    public var redLine: Double?
    /// The contract's budget for the month, when it writes one.
    public var budget: Money?
    /// The promotion reports the figures came from.
    public var files: [String] = []
    /// Each campaign by spend, the largest first.
    public var campaigns: [Campaign]

    /// Spend up by at least this share on the month before counts as raised.
    public static let raisedBy = 0.1

    public struct Campaign: Sendable, Hashable {
        public var name: String
        public var spend: Money
        public var sales: Money
        public init(name: String, spend: Money, sales: Money) {
            self.name = name
            self.spend = spend
            self.sales = sales
        }
        public var roi: Double? { spend.cents > 0 ? Double(sales.cents) / Double(spend.cents) : nil }
    }

    public init(
        spend: Money, sales: Money, previousSpend: Money?, previousSales: Money?, redLine: Double?,
        campaigns: [Campaign]
    ) {
        self.spend = spend
        self.sales = sales
        self.previousSpend = previousSpend
        self.previousSales = previousSales
        self.redLine = redLine
        self.campaigns = campaigns
    }

    public var roi: Double? { spend.cents > 0 ? Double(sales.cents) / Double(spend.cents) : nil }
    public var previousROI: Double? {
        guard let s = previousSpend, let v = previousSales, s.cents > 0 else { return nil }
        return Double(v.cents) / Double(s.cents)
    }
    /// Spend against the month before; nil without promotion then.
    public var spendChange: Double? {
        guard let p = previousSpend, p.cents > 0 else { return nil }
        return Double(spend.cents) / Double(p.cents) - 1
    }
    /// The month's ROI under the red line.
    public var underRedLine: Bool {
        guard let line = redLine, let r = roi else { return false }
        return r < line
    }
    /// Spend raised by `raisedBy` or more while the ROI stayed under the red line.
    public var raisedUnderRedLine: Bool { underRedLine && (spendChange ?? 0) >= Self.raisedBy }

    /// The month's promotion from its figures; nil when it spent nothing.
    public static func of(
        _ figures: MonthFigures, previous: MonthFigures?, redLine: Double?, budget: Money? = nil
    ) -> PromotionSpend? {
        guard figures.adSpend.cents > 0 else { return nil }
        // Only the month just before gives a month-on-month change.
        let previous = previous?.month == figures.month.previous ? previous : nil
        let campaigns = figures.spendByCampaign.map { name, spend in
            Campaign(name: name, spend: spend, sales: figures.salesByCampaign[name] ?? .zero)
        }.sorted { ($1.spend, $0.name) < ($0.spend, $1.name) }
        var p = PromotionSpend(
            spend: figures.adSpend, sales: figures.adSales, previousSpend: previous?.adSpend,
            previousSales: previous?.adSales, redLine: redLine, campaigns: campaigns)
        p.budget = budget
        return p
    }
}
