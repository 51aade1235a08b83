import AuditRecords

extension RuleID {
    /// The month's promotion spend passed the contract's budget.
    public static let adBudgetExceeded = RuleID(
        "ad-budget-exceeded", chinese: "推广花费超预算", english: "Ad spend over the monthly budget", subject: .days)
    /// A campaign spent more in a day than the contract lets it without the merchant's approval.
    public static let campaignOverDailyLimit = RuleID(
        "campaign-over-daily-limit", chinese: "单计划单日超限未审批", english: "Campaign over its daily limit unapproved",
        subject: .days)
    /// Promotion spend in a stage the contract keeps free of paid promotion.
    public static let paidPromotionInStage = RuleID(
        "paid-promotion-in-stage", chinese: "约定不投放的阶段有推广花费", english: "Ad spend in a stage without paid promotion",
        subject: .days)
    /// Orders discounted deeper than the contract lets them without approval, or at all on an excluded item.
    public static let discountOverLimit = RuleID(
        "discount-over-limit", chinese: "折扣超限未审批", english: "Discount over the limit unapproved", subject: .days)
    /// An item's price moved more than the contract lets it without the merchant's approval.
    public static let priceChangeOverLimit = RuleID(
        "price-change-over-limit", chinese: "改价超限未审批", english: "Price change over the limit unapproved",
        subject: .days)
}

extension ClauseReview {
    /// A budget above this multiple is a high finding (up to it, medium).
    static let highOverBudgetRatio = 1.2

    /// The breaches as findings: the budget overrun, and each item over a limit not approved. An
    /// item approvals.csv does not cover is high; one that cannot be checked (no approvals.csv) medium.
    func breaches() -> [Anomaly] {
        var found: [Anomaly] = []
        if let b = budget, let budget = b.budget, let from = b.exceededOn {
            var facts = [Fact(.spend, .money(b.spend)), Fact(.monthlyAdBudget, .money(budget))]
            if case .shareOfSalesTarget(let share) = b.clause, let target = b.salesTarget {
                facts += [
                    Fact(.budgetShareOfSalesTarget, .ratio(share)),
                    Fact(.salesTarget, .money(.init(roundingYuan: target))),
                ]
            }
            facts += [
                Fact(.overBudget, .money(b.over)), Fact(.exceededOn, .day(from)),
                Fact(
                    .topCampaigns,
                    .list(
                        b.campaignsOver.prefix(3).map {
                            .group([Fact(.campaign, .text($0.campaign)), Fact(.spend, .money($0.spend))])
                        })),
                Fact(.highOverBudgetRatio, .ratio(Self.highOverBudgetRatio)),
            ]
            let ratio = Double(b.spend.cents) / Double(max(1, budget.cents))
            found.append(
                Anomaly(
                    rule: .adBudgetExceeded, severity: ratio > Self.highOverBudgetRatio ? .high : .medium,
                    dates: b.daysOver, facts: facts))
        }
        if let p = paidPromotion, p.spend > .zero {
            found.append(
                Anomaly(
                    rule: .paidPromotionInStage, severity: .high, dates: p.days,
                    facts: [
                        Fact(.stage, .text(p.stage)), Fact(.spend, .money(p.spend)),
                        Fact(
                            .topCampaigns,
                            .list(
                                p.campaigns.prefix(3).map {
                                    .group([Fact(.campaign, .text($0.campaign)), Fact(.spend, .money($0.spend))])
                                })),
                    ]))
        }
        if let c = campaignLimit {
            for d in c.days where !d.approval.isApproved {
                var facts = [
                    Fact(.spend, .money(d.spend)), Fact(.campaignDailyLimit, .money(c.limit)),
                    Fact(.sales, .money(d.sales)),
                ]
                if let roi = d.roi { facts.append(Fact(.roi, .ratio(roi))) }
                if d.approval == .notChecked { facts.append(Fact(.approvalsMissing, .flag)) }
                found.append(
                    Anomaly(
                        rule: .campaignOverDailyLimit, severity: d.approval == .notChecked ? .medium : .high,
                        dates: [d.day], campaign: d.campaign, facts: facts))
            }
        }
        if let p = priceChanges {
            for ch in p.changes where !ch.approval.isApproved {
                var facts = [Fact(.item, .text(ch.title))]
                if let id = ch.itemID { facts.append(Fact(.itemId, .text(id))) }
                facts += [
                    Fact(.priceBefore, .money(ch.before)), Fact(.previousDay, .day(ch.beforeDay)),
                    Fact(.priceAfter, .money(ch.after)), Fact(.priceChange, .ratio(ch.change)),
                    Fact(.priceChangeLimit, .ratio(p.limit)),
                ]
                if !ch.fromListPrice { facts.append(Fact(.pricePaidPerUnit, .flag)) }
                if ch.approval == .notChecked { facts.append(Fact(.approvalsMissing, .flag)) }
                found.append(
                    Anomaly(
                        rule: .priceChangeOverLimit, severity: ch.approval == .notChecked ? .medium : .high,
                        dates: [ch.day], facts: facts))
            }
        }
        if let d = discounts {
            for g in d.groups where !g.approval.isApproved {
                var facts = [Fact(.item, .text(g.title))]
                if let id = g.itemID { facts.append(Fact(.itemId, .text(id))) }
                facts += [Fact(.orders, .count(g.orders)), Fact(.deepestDiscount, .ratio(g.deepest))]
                if g.excludedItem {
                    facts.append(Fact(.noDiscountItem, .flag))
                } else if let max = d.maxDiscount {
                    facts.append(Fact(.maxDiscount, .ratio(max)))
                }
                if g.approval == .notChecked { facts.append(Fact(.approvalsMissing, .flag)) }
                if g.byStoreDiscount { facts.append(Fact(.storeDiscount, .flag)) }
                found.append(
                    Anomaly(
                        rule: .discountOverLimit, severity: g.approval == .notChecked ? .medium : .high, dates: [g.day],
                        facts: facts))
            }
        }
        return found
    }
}
