import AuditDiagnose
import AuditRecords

/// 看配合's stock-outs inferred from the orders, in each report language.
extension ThreeStepDiagnosisWording {
    /// `「纯棉短袖T恤…」2025-08-10 至 2025-08-13（4 天）没有成交，全店照常出单：…疑似断货，估计少卖 ¥1,770.00`.
    static func stockOut(_ s: StockOut, language: Language) -> String {
        let usual = DisplayNumber.fixed(s.usualDailyOrders, decimals: 1)
        let expected = DisplayNumber.fixed(s.expectedOrders, decimals: 0)
        let lost = DisplayNumber.money(s.lostSales)
        if language == .english {
            return "“\(s.item.prefix(16))” sold nothing from \(s.first) to \(s.last) (\(s.days) days) while the store "
                + "kept selling: it usually sells \(usual) orders (\(DisplayNumber.money(s.usualDailySales))) a day, and "
                + "at its usual share of those days' orders it would have had about \(expected): a likely stock-out, "
                + "about \(lost) of sales lost; check the stock records" + stockOutEvidence(s, language: language)
        }
        return "「\(s.item.prefix(16))」\(s.first) 至 \(s.last)（\(s.days) 天）没有成交，全店照常出单：平时每天约 \(usual) 单、"
            + "\(DisplayNumber.money(s.usualDailySales))，按平时份额这几天应有约 \(expected) 单：疑似断货，估计少卖 \(lost)；请商家核对库存记录"
            + stockOutEvidence(s, language: language)
    }

    /// An item that stopped selling and did not come back by the month's end: the merchant says why.
    static func itemStopped(_ s: ItemStopped, language: Language) -> String {
        let expected = DisplayNumber.fixed(s.expectedOrders, decimals: 0)
        if language == .english {
            return "“\(s.item.prefix(16))” had no sale after \(s.lastSale) to the month's end (\(s.daysWithout) days; "
                + "about \(expected) orders at its usual share): taken down on purpose, or out of stock and not "
                + "restocked? The orders cannot tell; not counted as a stock-out"
        }
        return "「\(s.item.prefix(16))」自 \(s.lastSale) 之后到月底 \(s.daysWithout) 天没有成交（按平时份额应有约 \(expected) 单）："
            + "是商家主动下架，还是断货未补？订单无法区分，未计为断货，请商家确认"
    }

    /// `月销售额缺口 ¥18,000.00，其中约 ¥11,000.00 来自 3 款商品断货共 4 天`.
    static func stockOutsBehindTarget(_ i: StockOutImpact, language: Language) -> String {
        let isSales = i.target == .gmv
        let gap = isSales ? DisplayNumber.money(yuan: i.gap) : DisplayNumber.count(Int(i.gap.rounded()))
        let lost = isSales ? DisplayNumber.money(yuan: i.lost) : DisplayNumber.count(Int(i.lost.rounded()))
        let whole = i.lost >= i.gap
        if language == .english {
            let unit = isSales ? "" : " orders"
            return
                "\(ClaimWording.englishName(i.target)) short of target by \(gap)\(unit), of which about \(lost)\(unit) "
                + "come from \(i.items) item\(i.items == 1 ? "" : "s") out of stock for \(i.days) days in all"
                + (whole ? " (enough to explain the whole gap)" : "")
        }
        return
            "\(i.target.name(in: .chinese))缺口 \(gap)\(isSales ? "" : " 单")，其中约 \(lost)\(isSales ? " " : " 单")来自 \(i.items) 款商品断货共 \(i.days) 天"
            + (whole ? "（足以解释整个缺口）" : "")
    }
}

extension ThreeStepDiagnosisWording {
    /// `「纯棉短袖T恤…」2025-08-12 至 2025-08-15 有 9 笔退款未发货、买家原因为缺货（¥531.00）：…`.
    static func stockOutRefunds(_ r: StockOutRefunds, language: Language) -> String {
        let span = SettlingWording.span(r.days, language: language)
        let amount = DisplayNumber.money(r.amount)
        if language == .english {
            let when = (r.days.count == 1 ? "on " : "from ") + span
            return "“\(r.item.prefix(16))” had \(r.requests) refund\(r.requests == 1 ? "" : "s") \(when) for goods "
                + "never shipped, the buyer's reason saying out of stock (\(amount)): the refund export shows the "
                + "store sold what it did not have"
        }
        return "「\(r.item.prefix(16))」\(span) 有 \(r.requests) 笔退款货物未发货、买家退款原因为缺货（\(amount)）：退款管理导出证实断货超卖"
    }
}
