import AuditDiagnose
import AuditRecords

/// 看配合's evidence from the item downloads (生意参谋 商品_全部, the product-list snapshots), in
/// each report language.
extension ThreeStepDiagnosisWording {
    /// The files behind a stock-out run beyond the orders: `（证据：商品_全部 4 天售罄；…）`; empty
    /// for a run the orders alone show.
    static func stockOutEvidence(_ s: StockOut, language: Language) -> String {
        let en = language == .english
        var parts: [String] = []
        if s.sources.contains(.itemDays) {
            var days: [String] = []
            if s.daysSoldOut > 0 { days.append(en ? "\(s.daysSoldOut) sold out" : "\(s.daysSoldOut) 天售罄/缺货") }
            if s.daysOffShelf > 0 { days.append(en ? "\(s.daysOffShelf) off the shelf" : "\(s.daysOffShelf) 天下架") }
            if s.daysVisitedNoSale > 0 {
                days.append(
                    en
                        ? "\(s.daysVisitedNoSale) visited and carted without a sale"
                        : "\(s.daysVisitedNoSale) 天有访客加购却无成交")
            }
            parts.append(
                en
                    ? "Sycm's item ranking download: " + days.joined(separator: ", ") + " day\(s.days == 1 ? "" : "s")"
                    : "商品_全部 " + days.joined(separator: "、"))
        }
        if s.stockOutRefunds > 0 {
            parts.append(
                en
                    ? "the refund export: \(s.stockOutRefunds) refund\(s.stockOutRefunds == 1 ? "" : "s") never shipped, out of stock"
                    : "退款管理 \(s.stockOutRefunds) 笔未发货缺货退款")
        }
        if !s.snapshotDaysAtZero.isEmpty {
            let days = s.snapshotDaysAtZero.map(\.description).joined(separator: en ? ", " : "、")
            parts.append(en ? "stock at 0 in the product list of \(days)" : "商品列表快照 \(days) 库存为 0")
        }
        guard !parts.isEmpty else { return "" }
        if !s.sources.contains(.orders) {
            parts.insert(en ? "not seen in the orders alone" : "仅凭订单看不出", at: 0)
        }
        return en ? " (evidence: " + parts.joined(separator: "; ") + ")" : "（依据：" + parts.joined(separator: "；") + "）"
    }

    /// `「格子衬衫连衣裙…」商品_全部 自 2025-07-20 起下架至月底（之前销量在下降）：商家主动下架，不计为断货`.
    static func itemTakenDown(_ t: ItemTakenDown, language: Language) -> String {
        if language == .english {
            return "“\(t.item.prefix(16))” is off the shelf in Sycm's item ranking from \(t.from) to the month's end"
                + (t.salesFalling ? " (its sales were falling before)" : "")
                + ": taken down by the merchant, not a stock-out; no sales lost are counted for it"
        }
        return "「\(t.item.prefix(16))」商品_全部 自 \(t.from) 起下架至月底" + (t.salesFalling ? "（之前销量在下降）" : "")
            + "：商家主动下架，不计为断货，也不计少卖"
    }

    /// `「纯棉短袖T恤…」（商品ID 601234567）在 2025-08-13 的商品列表快照里库存为 0`.
    static func snapshotStockZero(_ z: SnapshotStockZero, language: Language) -> String {
        let days = z.days.map(\.description).joined(separator: language == .english ? ", " : "、")
        let name = item(z.title, z.itemID, language: language)
        if language == .english {
            return "\(name) had no stock left in the product list of \(days): the merchant's stock (no stock-out "
                + "run is seen around it in the other files)"
        }
        return "\(name)在 \(days) 的商品列表快照里库存为 0：商家备货问题（其他导出未见同期断货）"
    }

    /// A price between two snapshots and whose part it is.
    static func snapshotPriceChange(_ c: SnapshotPriceChange, language: Language) -> String {
        let en = language == .english
        let name = item(c.title, c.itemID, language: language)
        let move =
            en
            ? "\(name)'s price went from \(DisplayNumber.money(c.before)) (\(c.beforeDay)) to \(DisplayNumber.money(c.after)) (\(c.day)), \(DisplayNumber.signedPercent(c.change)), between product-list snapshots"
            : "\(name)商品列表快照价格从 \(DisplayNumber.money(c.before))（\(c.beforeDay)）变为 \(DisplayNumber.money(c.after))（\(c.day)），\(DisplayNumber.signedPercent(c.change))"
        switch c.standing {
        case .approved(let day, let line):
            return move
                + (en
                    ? ": approved by the merchant (approvals.csv line \(line), \(day)): the merchant's part"
                    : "：商家已批准（approvals.csv 第 \(line) 行，\(day)），属商家配合事项")
        case .overLimitWithoutApproval(let limit):
            let l = DisplayNumber.percent(limit, decimals: 0)
            return move
                + (en
                    ? ": over the contract's \(l) limit with no approval in approvals.csv: the agency's breach of the price-change clause"
                    : "：超过合同约定的 \(l) 且 approvals.csv 中没有商家批准，属托管方违反改价条款")
        case .withinLimit:
            return move + (en ? ": within the contract's limit" : "：在合同允许的幅度内")
        case .notChecked(let limit):
            let l = DisplayNumber.percent(limit, decimals: 0)
            return move
                + (en
                    ? ": over the contract's \(l) limit; without approvals.csv it cannot be told whether the merchant approved it"
                    : "：超过合同约定的 \(l)；没有 approvals.csv，无法判断商家是否批准")
        }
    }

    /// The month's one snapshot: a second is needed.
    static func secondSnapshotNeeded(_ day: CalendarDay, language: Language) -> String {
        language == .english
            ? "The month has one product-list snapshot (\(day)): export the list again later in the month to see stock at 0 and price changes between the two"
            : "本月只有一份商品列表快照（\(day)）：请在月内再导出一次，才能比较库存归零与价格变化"
    }

    /// Price changes over the limit without approval, under 看执行.
    static func snapshotPriceChangesWithoutApproval(changes: Int, items: Int, language: Language) -> String {
        language == .english
            ? "\(changes) price change\(changes == 1 ? "" : "s") between product-list snapshots on \(items) item\(items == 1 ? "" : "s") over the contract's limit with no approval in approvals.csv"
            : "商品列表快照之间有 \(changes) 次改价（\(items) 款商品）超过合同约定幅度且 approvals.csv 中没有商家批准"
    }

    /// `「纯棉短袖T恤…」（商品ID 601234567）`, or the id alone when the file has no title.
    static func item(_ title: String, _ id: String, language: Language) -> String {
        if title.isEmpty { return language == .english ? "Item \(id)" : "商品ID \(id) " }
        return language == .english ? "“\(title.prefix(16))” (item \(id))" : "「\(title.prefix(16))」（商品ID \(id)）"
    }
}
