import AuditMeasure
import AuditRecords

/// What the month left the merchant: gross profit from the goods' margin (the contract's
/// `fees.grossMargin`, or costs.csv item by item), the promotion spend and the agency's fee, and
/// the two checks the seeds write — the fee at most a share of the profit (月托管费 ≤ 月预估利润 ×30%)
/// and promotion that cost more than the gross profit it brought (月销做到 8 万，但推广费花了 5 万，
/// 商家倒亏 2 万).
///
/// Sales are the month's paid orders without the suspected fake orders, less their refunds.
public struct ProfitReview: Sendable, Hashable {
    /// Where the margin comes from; `.unknown` when the contract and the store folder give none.
    public var basis: Basis
    /// Sales the profit is counted on: paid orders without suspected fake orders, less refunds
    /// (with costs.csv, those of items with a cost).
    public var sales: Money
    /// Nil without a margin.
    public var grossProfit: Money?
    public var adSpend: Money
    /// What the merchant pays the agency for the month; nil when the settlement is withheld.
    public var fee: Money?
    /// 月托管费 ≤ 月预估利润 × this.
    public var maxShareOfProfit: Double?
    /// Each campaign with its spend, sales and the gross profit those sales brought, the biggest
    /// loss first; empty without a margin.
    public var campaigns: [CampaignProfit]
    /// The finding when promotion cost more than the gross profit it brought.
    public var findings: [Anomaly]
    /// costs.csv is there but none of its lines gave a cost (each named among its problems): the
    /// report must not say the file is missing, nor take the contract's margin without a word.
    public var costsFileUnusable = false

    public init(
        basis: Basis = .unknown, sales: Money = .zero, grossProfit: Money? = nil, adSpend: Money = .zero,
        fee: Money? = nil, maxShareOfProfit: Double? = nil, campaigns: [CampaignProfit] = [], findings: [Anomaly] = []
    ) {
        self.basis = basis
        self.sales = sales
        self.grossProfit = grossProfit
        self.adSpend = adSpend
        self.fee = fee
        self.maxShareOfProfit = maxShareOfProfit
        self.campaigns = campaigns
        self.findings = findings
    }

    public enum Basis: Sendable, Hashable {
        /// Neither a margin in the contract nor costs.csv: profit cannot be judged.
        case unknown
        /// The contract's gross margin.
        case margin(Double)
        /// costs.csv: its items, and the paid orders (and their sales) of items it has no cost for, left out.
        case costs(items: Int, ordersWithoutCost: Int, salesWithoutCost: Money)
    }

    /// Gross profit less promotion: the 月预估利润 the fee is measured against.
    public var profitAfterAds: Money? { grossProfit.map { $0 - adSpend } }

    /// Gross profit less promotion and the agency's fee: what the month left the merchant.
    public var leftForMerchant: Money? { profitAfterAds.flatMap { p in fee.map { p - $0 } } }

    /// The fee as a share of the profit after promotion; nil when there is no profit to share.
    public var feeShareOfProfit: Double? {
        guard let p = profitAfterAds, p > .zero, let fee else { return nil }
        return Double(fee.cents) / Double(p.cents)
    }

    /// Whether the fee is within `maxShareOfProfit`; nil when the contract sets none or nothing is known.
    public var feeWithinShare: Bool? {
        guard let max = maxShareOfProfit, let p = profitAfterAds, let fee else { return nil }
        guard p > .zero else { return fee <= .zero }
        return Double(fee.cents) <= Double(p.cents) * max + 0.5
    }

    /// The gross margin of the month's sales: the contract's, or what costs.csv made it.
    public var margin: Double? {
        switch basis {
        case .unknown: return nil
        case .margin(let m): return m
        case .costs: return grossProfit.flatMap { sales > .zero ? Double($0.cents) / Double(sales.cents) : nil }
        }
    }

    /// One campaign's spend against the gross profit of the sales it brought.
    public struct CampaignProfit: Sendable, Hashable {
        public var campaign: String
        public var spend: Money
        public var sales: Money
        public var grossProfit: Money
        /// Gross profit less spend: negative when the campaign cost more than it brought.
        public var net: Money { grossProfit - spend }
    }

    /// - Parameters:
    ///   - metrics: the store's total figures.
    ///   - suspiciousOrderKeys: the id keys of the suspected fake orders, left out.
    public static func review(
        data: MonthData, metrics: [MetricValue], settlement: Settlement, contract: Contract, costs: [ItemCost]?,
        suspiciousOrderKeys: Set<UInt64>
    ) -> ProfitReview {
        func figure(_ key: MetricKey) -> Money {
            Money(roundingYuan: metrics.first { $0.key == key }?.actualExcludingSuspicious ?? 0)
        }
        var review = ProfitReview(
            adSpend: figure(.adSpend), fee: settlement.payable, maxShareOfProfit: contract.fees.maxShareOfProfit)
        review.costsFileUnusable = costs?.isEmpty == true
        if let costs, !costs.isEmpty {
            var byID: [UInt64: Money] = [:]
            var byTitle: [UInt64: Money] = [:]
            for c in costs {
                if c.itemIDKey != 0, byID[c.itemIDKey] == nil { byID[c.itemIDKey] = c.unitCost }
                if byTitle[c.titleKey] == nil { byTitle[c.titleKey] = c.unitCost }
            }
            var sales = 0.0
            var gross = 0.0
            var without = 0
            var salesWithout = Money.zero
            for o in data.paidOrders where !suspiciousOrderKeys.contains(o.idKey) {
                let net = o.paidAmount - min(o.refundAmount, o.paidAmount)
                guard net > .zero else { continue }
                guard let unit = byID[o.itemIDKey] ?? (o.hasItemTitle ? byTitle[o.itemKey] : nil) else {
                    without += 1
                    salesWithout = salesWithout + net
                    continue
                }
                // A part refunded takes back its part of the goods.
                let kept = Double(net.cents) / Double(o.paidAmount.cents)
                sales += Double(net.cents)
                gross += Double(net.cents) - Double(unit.cents) * Double(max(1, o.quantity)) * kept
            }
            review.basis = .costs(items: costs.count, ordersWithoutCost: without, salesWithoutCost: salesWithout)
            review.sales = Money(cents: Int64(sales.rounded()))
            review.grossProfit = Money(cents: Int64(gross.rounded()))
        } else if let m = contract.fees.grossMargin {
            review.basis = .margin(m)
            review.sales = figure(.gmv) - figure(.refundAmount)
            review.grossProfit = Money(cents: Int64((Double(review.sales.cents) * m).rounded()))
        }
        guard let margin = review.margin else { return review }
        var byCampaign: [String: (spend: Money, sales: Money)] = [:]
        let daily = data.ads.filter(\.isDaily)
        for r in daily.isEmpty ? data.ads : daily {
            let e = byCampaign[r.campaignLabel] ?? (.zero, .zero)
            byCampaign[r.campaignLabel] = (e.spend + r.spend, e.sales + r.attributedSales)
        }
        review.campaigns = byCampaign.map {
            CampaignProfit(
                campaign: $0.key, spend: $0.value.spend, sales: $0.value.sales,
                grossProfit: Money(cents: Int64((Double($0.value.sales.cents) * margin).rounded())))
        }.sorted { ($0.net, $0.campaign) < ($1.net, $1.campaign) }
        review.findings = review.unprofitablePromotion(margin: margin)
        return review
    }
}
