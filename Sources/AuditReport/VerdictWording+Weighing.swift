import AuditContract
import AuditDiagnose
import AuditRecords

/// The verdict's weighing of the diagnosis, in Chinese and English: how much of each month's miss
/// the merchant's part (stock-outs, approved price changes) or the market (the peer tier) explains.
extension VerdictWording {
    /// `2025-08 销售额缺口 ¥18,000.00，其中约 ¥11,000.00 来自 3 款商品断货共 4 天（商家备货）…`.
    public static func weighing(_ w: MissWeighing, _ language: Language) -> String {
        let en = language == .english
        let sales = w.target == .gmv
        func amount(_ v: Double) -> String {
            sales ? DisplayNumber.money(yuan: v) : DisplayNumber.count(Int(v.rounded())) + (en ? " orders" : " 单")
        }
        let name = en ? ClaimWording.englishName(w.target) : w.target.name(in: .chinese)
        var parts: [String] = []
        if w.merchantPart > 0 {
            let whole = w.rest <= 0
            parts.append(
                en
                    ? "about \(amount(w.merchantPart)) of it from \(w.stockOutItems) item\(w.stockOutItems == 1 ? "" : "s") out of stock for \(w.stockOutDays) days in all (the merchant's stock)"
                        + (whole ? ", the whole gap" : ", leaving about \(amount(w.rest))")
                    : "其中约 \(amount(w.merchantPart))\(sales ? " " : "")来自 \(w.stockOutItems) 款商品断货共 \(w.stockOutDays) 天（商家备货）"
                        + (whole ? "，足以解释整个缺口" : "，其余约 \(amount(w.rest))"))
        }
        if w.approvedPriceChangeItems > 0 {
            parts.append(
                en
                    ? "price changes the merchant approved on \(w.approvedPriceChangeItems) item\(w.approvedPriceChangeItems == 1 ? "" : "s")"
                    : "商家批准改价的商品 \(w.approvedPriceChangeItems) 款")
        }
        if parts.isEmpty {
            parts.append(
                en
                    ? "the diagnosis finds no stock-out or approved price change behind it"
                    : "诊断未发现商家断货或商家批准的改价")
        }
        if let c = w.peerTier, let own = c.changes.first {
            parts.append(
                ThreeStepDiagnosisWording.change(own, language: language) + (en ? ": " : "：")
                    + ThreeStepDiagnosisWording.reading(c.reading, language: language))
        } else {
            // Without the peer tier nothing is said of the market either way.
            parts.append(
                en
                    ? "no peer-tier figures for this month and the last to compare, so the market is not judged"
                    : "没有本月与上月可比的同行同层数据，市场因素未判断")
        }
        let head = en ? "\(w.month): \(name) short by \(amount(w.gap))" : "\(w.month) \(name)缺口 \(amount(w.gap))"
        let lead = w.merchantPart > 0 || w.approvedPriceChangeItems > 0 ? (en ? "; " : "，") : (en ? "; " : "；")
        return head + lead + parts.joined(separator: en ? "; " : "；")
    }

    /// The message's paragraph on the merchant's and the market's part; nil without a weighed miss.
    static func weighingParagraph(_ weighed: [MissWeighing], verdict: Verdict, _ language: Language) -> String? {
        guard !weighed.isEmpty else { return nil }
        if case .continue = verdict { return nil }
        let en = language == .english
        let lines = weighed.map { weighing($0, language) }.joined(separator: en ? "; " : "；")
        let ours = weighed.contains { $0.merchantPart > 0 || $0.approvedPriceChangeItems > 0 }
        let market = weighed.contains(where: \.marketFell)
        var close: String
        let unjudged = weighed.contains { $0.peerTier == nil }
        switch (ours, market) {
        case (false, false):
            close =
                en
                ? "none of the shortfall is explained by our stock or our approvals"
                    + (unjudged
                        ? "; the market could not be checked without peer-tier figures." : ", nor by the market.")
                : "缺口均不能由我方备货或我方批准的改价解释" + (unjudged ? "；市场因素因缺少同行同层数据未能核对。" : "，也不是市场下滑所致。")
        default:
            close =
                en
                ? "the part explained by our own stock or approvals"
                    + (market ? ", and the market's fall," : "") + " is not held against you; the rest is."
                : "其中由我方备货或我方批准事项造成的部分" + (market ? "以及市场整体下滑的部分" : "") + "，我方不归责于贵方；其余部分仍由贵方负责。"
        }
        return en
            ? "We have also checked our own part and the market's: " + lines + ". So " + close
            : "我方同时核对了自身与市场因素：" + lines + "。据此，" + close
    }
}
