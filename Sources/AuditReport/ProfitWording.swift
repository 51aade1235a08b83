import AuditContract
import AuditImport
import AuditRecords

/// The words of what a month left the merchant (`ProfitReview`), in Chinese and English: the rows
/// of report.md's 「利润」, the fee check, what to do without a margin, and costs.csv's problems.
public enum ProfitWording {
    /// One row of the profit table: its label, amount and note.
    public struct Row: Sendable, Hashable {
        public var label: String
        public var amount: String
        public var note: String
        /// The table's bottom line (what was left for the merchant), set in bold.
        public var isTotal = false
    }

    /// The section's heading: `利润` / `Profit`.
    public static func heading(in language: Language) -> String { language.pick(chinese: "利润", english: "Profit") }

    /// The table's column headings.
    public static func columns(in language: Language) -> [String] {
        language == .chinese ? ["项目", "金额", "说明"] : ["Item", "Amount", "Note"]
    }

    /// The table's rows; empty when profit cannot be judged.
    public static func rows(_ p: ProfitReview, in language: Language) -> [Row] {
        guard let gross = p.grossProfit else { return [] }
        let zh = language == .chinese
        var basis: String
        switch p.basis {
        case .unknown: basis = ""
        case .margin(let m):
            basis =
                zh
                ? "按合同毛利率 \(DisplayNumber.percent(m, decimals: 0))"
                : "at the contract's gross margin of \(DisplayNumber.percent(m, decimals: 0))"
            if p.costsFileUnusable {
                basis += zh ? "（costs.csv 没有一行可用，见下）" : " (no line of costs.csv could be used: see below)"
            }
        case .costs(let items, let without, let salesWithout):
            basis = zh ? "按 costs.csv 的 \(items) 个单位成本" : "from the \(items) unit cost(s) in costs.csv"
            if without > 0 {
                basis +=
                    zh
                    ? "；\(without) 单的商品没有成本，未计入（销售额 \(DisplayNumber.money(salesWithout))）"
                    : "; \(without) order(s) of items without a cost are left out (sales \(DisplayNumber.money(salesWithout)))"
            }
        }
        var rows = [
            Row(
                label: zh ? "销售额" : "Sales", amount: DisplayNumber.money(p.sales),
                note: zh ? "剔除疑似刷单、扣除退款" : "without suspected fake orders, less refunds"),
            Row(label: zh ? "毛利" : "Gross profit", amount: DisplayNumber.money(gross), note: basis),
            Row(
                label: zh ? "推广花费" : "Ad spend", amount: "-" + DisplayNumber.money(p.adSpend),
                note: zh ? "推广报表" : "the promotion reports"),
        ]
        if let fee = p.fee {
            rows.append(
                Row(
                    label: zh ? "托管费" : "Agency fee", amount: "-" + DisplayNumber.money(fee),
                    note: zh ? "本月应付（见「费用结算」）" : "payable this month (see “Fee settlement”)"))
        }
        if let left = p.leftForMerchant {
            rows.append(
                Row(
                    label: zh ? "留给商家" : "Left for the merchant", amount: DisplayNumber.money(left),
                    note: left < .zero ? (zh ? "本月商家亏损" : "the merchant lost money this month") : "", isTotal: true))
        } else if let after = p.profitAfterAds {
            rows.append(
                Row(
                    label: zh ? "推广后利润" : "Profit after promotion", amount: DisplayNumber.money(after),
                    note: zh ? "本月暂不结算，托管费未知" : "the settlement is withheld: the fee is not known"))
        }
        return rows
    }

    /// The lines under the table: the fee check, the campaigns that cost more than they brought,
    /// or, without a margin, that profit cannot be judged and how to give it.
    public static func lines(_ p: ProfitReview, in language: Language) -> [String] {
        let zh = language == .chinese
        guard p.grossProfit != nil else {
            if p.costsFileUnusable {
                return [
                    zh
                        ? "利润无法判断：costs.csv 没有一行可用的单位成本（各行的问题见下），合同也没有写毛利率。请改正 costs.csv 的这些行"
                            + "（列：item,unitCost；item 写商品ID、商家编码或商品标题，unitCost 为大于 0 的金额），或在 contract.json 的 fees 里写 "
                            + "\"grossMargin\": 0.35，再重新审计"
                        : "Profit cannot be judged: no line of costs.csv gave a unit cost (each line's problem is below), and the "
                            + "contract writes no gross margin. Put those lines right (columns item,unitCost; item the item ID, SKU "
                            + "code or title, unitCost an amount above 0), or write \"grossMargin\": 0.35 under fees in "
                            + "contract.json, and audit again"
                ]
            }
            return [
                zh
                    ? "利润无法判断：合同没有写毛利率，店铺文件夹里也没有 costs.csv。请在 contract.json 的 fees 里写 \"grossMargin\": 0.35（毛利率 35%），"
                        + "或在 contract.json 旁放 costs.csv（列：item,unitCost；item 写商品ID、商家编码或商品标题），再重新审计"
                    : "Profit cannot be judged: the contract writes no gross margin and the store folder has no costs.csv. "
                        + "Write \"grossMargin\": 0.35 (a 35% margin) under fees in contract.json, or put costs.csv beside it "
                        + "(columns item,unitCost; item the item ID, SKU code or title), and audit again"
            ]
        }
        var lines: [String] = []
        if let max = p.maxShareOfProfit, let within = p.feeWithinShare {
            let limit = DisplayNumber.percent(max, decimals: 0)
            let share = p.feeShareOfProfit.map { DisplayNumber.percent($0) }
            if zh {
                lines.append(
                    (within ? "✅ " : "❌ ")
                        + (share.map { "托管费占推广后利润的 \($0)" } ?? "推广后没有利润，托管费无从分摊")
                        + (within ? "，在合同约定的 \(limit) 以内" : "，超过合同约定的 \(limit)")
                        + "（月托管费 ≤ 月预估利润 × \(limit)）")
            } else {
                lines.append(
                    (within ? "✅ " : "❌ ")
                        + (share.map { "the agency fee is \($0) of the profit after promotion" }
                            ?? "nothing is left after promotion for the fee to be a share of")
                        + (within ? ", within the contract's \(limit)" : ", above the contract's \(limit)")
                        + " (monthly fee at most \(limit) of the month's profit)")
            }
        }
        let losing = p.campaigns.filter { $0.net < .zero }
        if !losing.isEmpty {
            let listed = losing.prefix(5).map {
                "\($0.campaign) " + (zh ? "花费 " : "spent ") + DisplayNumber.money($0.spend)
                    + (zh ? "、带来毛利 " : ", brought gross profit of ") + DisplayNumber.money($0.grossProfit)
            }.joined(separator: zh ? "；" : "; ")
            lines.append(
                (zh ? "花费超过其成交毛利的推广计划：" : "Campaigns that cost more than the gross profit of their sales: ")
                    + listed)
        }
        return lines
    }

    /// `costs.csv 第 3 行：…`.
    public static func problem(_ p: CostProblem, file: String, in language: Language) -> String {
        let zh = language == .chinese
        switch p.reason {
        case .unreadable(let error):
            return ImportErrorWording.sentence(error, in: language)
        case .emptyItem:
            return zh
                ? "\(file) 第 \(p.line) 行：没有写商品（应写商品ID、商家编码或商品标题）；这一行未用"
                : "\(file) line \(p.line): no item (write the item ID, SKU code or title); the line is not used"
        case .badCost(let found):
            return zh
                ? "\(file) 第 \(p.line) 行：「\(found)」不是大于 0 的单位成本（如 35 或 ¥35.50）；这一行未用"
                : "\(file) line \(p.line): “\(found)” is no unit cost above 0 (such as 35 or ¥35.50); the line is not used"
        case .conflictingCost(let item, let firstLine, let first, let found):
            return zh
                ? "\(file) 第 \(p.line) 行：「\(item)」的单位成本 \(DisplayNumber.money(found)) 与第 \(firstLine) 行的 \(DisplayNumber.money(first)) 不同："
                    + "不知道哪个对，这个商品不计成本（它的订单算作没有成本）；请只留一行后重新审计"
                : "\(file) line \(p.line): the unit cost \(DisplayNumber.money(found)) of “\(item)” differs from \(DisplayNumber.money(first)) on line "
                    + "\(firstLine): which is right is unknown, so the item has no cost (its orders count as without one); keep "
                    + "one line and audit again"
        }
    }
}
