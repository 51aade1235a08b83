import AuditContract
import AuditRecords

extension AnomalyWording {
    /// A breach of the contract's spending and approval clauses (`ClauseReview`) as one sentence in
    /// `language`: the budget overrun, a campaign-day or a price change over its limit; nil for
    /// another rule's finding or one missing a fact.
    ///
    /// Kept apart from the detection rules' sentences; `chineseSentence` and `englishSentence` ask
    /// here first.
    func clauseSentence(_ a: Anomaly, in language: Language) -> String? {
        let f = FactReader(facts: a.facts, wording: self)
        switch a.rule {
        case .adBudgetExceeded: return budgetExceeded(f, in: language)
        case .paidPromotionInStage: return paidPromotionInStage(f, days: a.dates, in: language)
        case .promotionUnprofitable: return promotionUnprofitable(f, in: language)
        case .discountOverLimit:
            guard let day = a.dates.first else { return nil }
            return discountOverLimit(f, day: day, in: language)
        case .campaignOverDailyLimit:
            guard let day = a.dates.first, let campaign = a.campaign else { return nil }
            return campaignOverLimit(f, day: day, campaign: campaign, in: language)
        case .priceChangeOverLimit:
            guard let day = a.dates.first else { return nil }
            return priceChangeOverLimit(f, day: day, in: language)
        default: return nil
        }
    }

    func budgetExceeded(_ f: FactReader, in language: Language) -> String? {
        guard let spend = f.money(.spend), let budget = f.money(.monthlyAdBudget), let over = f.money(.overBudget),
            let from = f.day(.exceededOn), let top = f.list(.topCampaigns),
            let highRatio = f.ratio(.highOverBudgetRatio)
        else { return nil }
        let zh = language == .chinese
        let campaigns = top.compactMap { item -> String? in
            guard case .group(let facts) = item else { return nil }
            let g = FactReader(facts: facts, wording: self)
            guard let name = g.text(.campaign), let spend = g.money(.spend) else { return nil }
            return "\(name) \(DisplayNumber.money(spend))"
        }.joined(separator: zh ? "、" : ", ")
        var basis = ""
        if let share = f.ratio(.budgetShareOfSalesTarget), let target = f.money(.salesTarget) {
            let p = DisplayNumber.percent(share, decimals: 0)
            basis =
                zh
                ? "（月销目标 \(DisplayNumber.money(target)) × \(p)）"
                : " (\(p) of the sales target of \(DisplayNumber.money(target)))"
        }
        let high = DisplayNumber.percent(highRatio - 1, decimals: 0)
        if zh {
            return "本月推广花费 \(DisplayNumber.money(spend))，超出合同约定的月推广预算 \(DisplayNumber.money(budget))\(basis)，"
                + "超支 \(DisplayNumber.money(over))；\(from) 起已超预算，此后花费最多的计划：\(campaigns)"
                + "（规则：当月推广花费超过预算即为超支，超出 \(high) 以上为高；追加预算须商家书面同意）"
        }
        return
            "this month's ad spend of \(DisplayNumber.money(spend)) is \(DisplayNumber.money(over)) over the contract's "
            + "monthly budget of \(DisplayNumber.money(budget))\(basis); the budget was passed on \(from), and the "
            + "campaigns that spent most from then on: \(campaigns) (rule: spend above the month's budget is an "
            + "overrun, more than \(high) above is high; more budget needs the merchant's written consent)"
    }

    func paidPromotionInStage(_ f: FactReader, days: [CalendarDay], in language: Language) -> String? {
        guard let stage = f.text(.stage), let spend = f.money(.spend), let top = f.list(.topCampaigns) else {
            return nil
        }
        let zh = language == .chinese
        let campaigns = top.compactMap { item -> String? in
            guard case .group(let facts) = item else { return nil }
            let g = FactReader(facts: facts, wording: self)
            guard let name = g.text(.campaign), let spend = g.money(.spend) else { return nil }
            return "\(name) \(DisplayNumber.money(spend))"
        }.joined(separator: zh ? "、" : ", ")
        let when = days.isEmpty ? "" : Wording.dates(days, in: language)
        if zh {
            return "合同约定「\(stage)」阶段不做付费推广，本月却有推广花费 \(DisplayNumber.money(spend))"
                + (when.isEmpty ? "" : "（\(when)）") + "：\(campaigns)（规则：约定不投放的阶段，任何推广花费都需说明）"
        }
        return "the contract keeps the stage “\(stage)” free of paid promotion, yet this month spent "
            + "\(DisplayNumber.money(spend))" + (when.isEmpty ? "" : " (\(when))") + ": \(campaigns) (rule: any "
            + "promotion spend in such a stage is to be explained)"
    }

    func promotionUnprofitable(_ f: FactReader, in language: Language) -> String? {
        guard let spend = f.money(.spend), let sales = f.money(.sales), let margin = f.ratio(.grossMargin),
            let brought = f.money(.adGrossProfit), let top = f.list(.topCampaigns)
        else { return nil }
        let zh = language == .chinese
        let campaigns = top.compactMap { item -> String? in
            guard case .group(let facts) = item else { return nil }
            let g = FactReader(facts: facts, wording: self)
            guard let name = g.text(.campaign), let spend = g.money(.spend), let sales = g.money(.sales) else {
                return nil
            }
            return zh
                ? "\(name) 花费 \(DisplayNumber.money(spend))、成交 \(DisplayNumber.money(sales))"
                : "\(name) spent \(DisplayNumber.money(spend)) for \(DisplayNumber.money(sales)) of sales"
        }.joined(separator: zh ? "；" : "; ")
        let m = DisplayNumber.percent(margin)
        let left = f.money(.leftForMerchant)
        if zh {
            return "本月推广花费 \(DisplayNumber.money(spend))，带来成交 \(DisplayNumber.money(sales))，按毛利率 \(m) 只有毛利 "
                + "\(DisplayNumber.money(brought))：推广花的钱比它带来的毛利多"
                + (left.map {
                    $0 < .zero
                        ? "，扣除推广和托管费后商家亏损 \(DisplayNumber.money(.zero - $0))"
                        : "，扣除推广和托管费后商家剩 \(DisplayNumber.money($0))"
                } ?? "")
                + (campaigns.isEmpty ? "" : "；亏损的计划：\(campaigns)")
                + "（规则：推广花费超过其成交带来的毛利即为亏本推广，商家因此亏损为高）"
        }
        return "this month's ad spend of \(DisplayNumber.money(spend)) brought \(DisplayNumber.money(sales)) of sales, "
            + "only \(DisplayNumber.money(brought)) of gross profit at a \(m) margin: the promotion cost more than it brought"
            + (left.map {
                $0 < .zero
                    ? ", and after promotion and the agency's fee the merchant lost \(DisplayNumber.money(.zero - $0))"
                    : ", and after promotion and the agency's fee the merchant kept \(DisplayNumber.money($0))"
            } ?? "")
            + (campaigns.isEmpty ? "" : "; campaigns at a loss: \(campaigns)")
            + " (rule: promotion costing more than the gross profit of its sales is a loss; high when the month left "
            + "the merchant at a loss)"
    }

    func discountOverLimit(_ f: FactReader, day: CalendarDay, in language: Language) -> String? {
        guard let title = f.text(.item), let orders = f.count(.orders), let deepest = f.ratio(.deepestDiscount) else {
            return nil
        }
        let zh = language == .chinese
        let id = f.text(.itemId).map { zh ? "（商品ID \($0)）" : " (item ID \($0))" } ?? ""
        let name = title.isEmpty ? (zh ? "商品" : "an item") : (zh ? "商品「\(title)」" : "the item “\(title)”")
        let off = DisplayNumber.percent(deepest)
        let missing = f.has(.approvalsMissing)
        // How the depth was measured: from a list price, or 拼多多's store discount over the goods' total.
        let measured =
            f.has(.storeDiscount)
            ? (zh
                ? "折扣 = 店铺优惠折扣 ÷ 商品总价（拼多多订单报表）"
                : "discount = the store's discount ÷ the goods' total (Pinduoduo's order export)")
            : (zh ? "折扣 = 1 − 实付 ÷（商品价格 × 数量）" : "discount = 1 − paid ÷ (list price × quantity)")
        if f.has(.noDiscountItem) {
            return zh
                ? "\(day) \(name)\(id)有 \(orders) 单打了折（最深 \(off)），合同约定这款产品不参加任何折扣（规则：不参加折扣的商品，任何折扣都需说明；\(measured)）"
                : "on \(day) \(orders) order\(orders == 1 ? "" : "s") of \(name)\(id) were discounted (deepest \(off)), though the "
                    + "contract keeps this item out of every discount (rule: any discount on such an item is to be explained; "
                    + "\(measured))"
        }
        guard let max = f.ratio(.maxDiscount) else { return nil }
        let limit = DisplayNumber.percent(max, decimals: 0)
        if zh {
            return "\(day) \(name)\(id)有 \(orders) 单折扣超过合同约定的 \(limit)（最深 \(off)）；"
                + (missing ? "本月没有 approvals.csv，无法核对是否经商家审批" : "approvals.csv 里没有覆盖它的折扣审批，属未经审批的折扣")
                + "（规则：满减力度超过 \(limit) 需审批；\(measured)）"
        }
        return "on \(day) \(orders) order\(orders == 1 ? "" : "s") of \(name)\(id) were discounted more than the "
            + "contract's \(limit) (deepest \(off)); "
            + (missing
                ? "this month has no approvals.csv, so whether the merchant approved it cannot be checked"
                : "no discount approval in approvals.csv covers it: a discount without approval")
            + " (rule: a discount deeper than \(limit) needs approval; \(measured))"
    }

    func campaignOverLimit(_ f: FactReader, day: CalendarDay, campaign: String, in language: Language) -> String? {
        guard let spend = f.money(.spend), let limit = f.money(.campaignDailyLimit), let sales = f.money(.sales) else {
            return nil
        }
        let roi = f.ratio(.roi).map { DisplayNumber.roi($0) } ?? "-"
        let missing = f.has(.approvalsMissing)
        if language == .chinese {
            return "\(day) 计划「\(campaign)」花费 \(DisplayNumber.money(spend))，超过合同约定的单计划单日 "
                + "\(DisplayNumber.money(limit))，当天成交 \(DisplayNumber.money(sales))、ROI \(roi)；"
                + (missing
                    ? "本月没有 approvals.csv，无法核对是否经商家审批（请补上商家的书面审批记录）"
                    : "approvals.csv 里没有覆盖它的审批，属未经审批的大额推广")
                + "（规则：单日超限的投放计划需商家书面审批）"
        }
        return "on \(day) the campaign “\(campaign)” spent \(DisplayNumber.money(spend)), over the contract's "
            + "\(DisplayNumber.money(limit)) a day per campaign, for \(DisplayNumber.money(sales)) of sales (ROI \(roi)); "
            + (missing
                ? "this month has no approvals.csv, so whether the merchant approved it cannot be checked (add the "
                    + "merchant's written approvals)"
                : "no approval in approvals.csv covers it: a large promotion without approval")
            + " (rule: a plan spending over the daily limit needs the merchant's written approval)"
    }

    func priceChangeOverLimit(_ f: FactReader, day: CalendarDay, in language: Language) -> String? {
        guard let title = f.text(.item), let before = f.money(.priceBefore), let after = f.money(.priceAfter),
            let previous = f.day(.previousDay), let change = f.ratio(.priceChange),
            let limit = f.ratio(.priceChangeLimit)
        else { return nil }
        let zh = language == .chinese
        let id = f.text(.itemId).map { zh ? "（商品ID \($0)）" : " (item ID \($0))" } ?? ""
        let name = title.isEmpty ? (zh ? "商品" : "an item") : (zh ? "商品「\(title)」" : "the item “\(title)”")
        let missing = f.has(.approvalsMissing)
        let paidPerUnit = f.has(.pricePaidPerUnit)
        let p = DisplayNumber.percent(limit, decimals: 0)
        if zh {
            return
                "\(name)\(id)的价格从 \(DisplayNumber.money(before))（\(previous)）变为 \(DisplayNumber.money(after))（\(day)），"
                + "\(DisplayNumber.signedPercent(change))，超过合同约定的 \(p)；"
                + (missing
                    ? "本月没有 approvals.csv，无法核对是否经商家审批" : "approvals.csv 里没有该商品的改价审批，属未经审批的改价")
                + "（规则：单价调整超过 \(p) 需商家审批；价格取当天最常见的"
                + (paidPerUnit ? "实付单价，导出没有商品价格" : "商品价格") + "）"
        }
        return "\(name)\(id) went from \(DisplayNumber.money(before)) (\(previous)) to \(DisplayNumber.money(after)) "
            + "(\(day)), \(DisplayNumber.signedPercent(change)), more than the contract's \(p); "
            + (missing
                ? "this month has no approvals.csv, so whether the merchant approved it cannot be checked"
                : "approvals.csv holds no price approval for this item: a price change without approval")
            + " (rule: a unit price change of more than \(p) needs the merchant's approval; the price is the day's "
            + (paidPerUnit
                ? "most common paid unit price, the exports giving no list price)" : "most common list price)")
    }
}
