import AuditRecords

extension RuleID {
    /// The month's promotion cost more than the gross profit of the sales it brought.
    public static let promotionUnprofitable = RuleID(
        "promotion-unprofitable", chinese: "推广花费超过其带来的毛利", english: "Promotion costing more than its gross profit",
        subject: .days)
}

extension ProfitReview {
    /// The finding when the month's ad spend is above the gross profit of the sales the ads brought:
    /// high when the month left the merchant nothing (the seeds' "商家倒亏"), else medium.
    func unprofitablePromotion(margin: Double) -> [Anomaly] {
        let sales = campaigns.reduce(Money.zero) { $0 + $1.sales }
        let brought = campaigns.reduce(Money.zero) { $0 + $1.grossProfit }
        let spend = campaigns.reduce(Money.zero) { $0 + $1.spend }
        guard spend > brought else { return [] }
        var facts = [
            Fact(.spend, .money(spend)), Fact(.sales, .money(sales)), Fact(.grossMargin, .ratio(margin)),
            Fact(.adGrossProfit, .money(brought)),
        ]
        if let left = leftForMerchant { facts.append(Fact(.leftForMerchant, .money(left))) }
        facts.append(
            Fact(
                .topCampaigns,
                .list(
                    campaigns.filter { $0.net < .zero }.prefix(3).map {
                        .group([
                            Fact(.campaign, .text($0.campaign)), Fact(.spend, .money($0.spend)),
                            Fact(.sales, .money($0.sales)),
                        ])
                    })))
        let lost = (leftForMerchant ?? .zero) < .zero
        return [Anomaly(rule: .promotionUnprofitable, severity: lost ? .high : .medium, dates: [], facts: facts)]
    }
}
