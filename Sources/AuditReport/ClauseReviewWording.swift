import AuditContract
import AuditImport
import AuditRecords

/// The words of the contract's spending and approval clauses checked on a month (`ClauseReview`):
/// the lines of report.md's 「合同条款检查」, each item over a limit with its approval, what 看执行
/// and 看配合 add, and the lines of approvals.csv that could not be used. Chinese here, English in
/// `ClauseReviewWording+English.swift`.
public enum ClauseReviewWording {
    /// The section's heading: `合同条款检查` / `Contract clauses`.
    public static func heading(in language: Language) -> String {
        language.pick(chinese: "合同条款检查", english: "Contract clauses")
    }

    /// The columns of the table of items over a limit.
    public static func columns(in language: Language) -> [String] {
        language.pick(
            chinese: ["日期", "条款", "对象", "数值", "审批"], english: ["Date", "Clause", "Subject", "Figures", "Approval"])
    }

    /// One line per clause the contract writes: the budget, the per-campaign limit, the price
    /// changes, and whether approvals.csv was there to check them against.
    public static func lines(_ r: ClauseReview, files: [String], in language: Language) -> [String] {
        language == .chinese ? chineseLines(r, files: files) : englishLines(r, files: files)
    }

    /// An item over a limit in a table row: its day, clause, subject, figures and approval.
    public struct Row: Sendable, Hashable {
        public var day: CalendarDay
        public var clause: String
        public var subject: String
        public var figures: String
        public var approval: String
    }

    /// Every item over a limit, approved or not, by day.
    public static func rows(_ r: ClauseReview, in language: Language) -> [Row] {
        var rows: [Row] = []
        let zh = language == .chinese
        if let c = r.campaignLimit {
            for d in c.days {
                let roi = d.roi.map { DisplayNumber.roi($0) } ?? "-"
                rows.append(
                    Row(
                        day: d.day,
                        clause: zh
                            ? "单计划单日限额 \(DisplayNumber.money(c.limit))"
                            : "per-campaign daily limit \(DisplayNumber.money(c.limit))",
                        subject: d.campaign,
                        figures: zh
                            ? "花费 \(DisplayNumber.money(d.spend))，成交 \(DisplayNumber.money(d.sales))，ROI \(roi)"
                            : "spend \(DisplayNumber.money(d.spend)), sales \(DisplayNumber.money(d.sales)), ROI \(roi)",
                        approval: approval(d.approval, in: language)))
            }
        }
        if let p = r.priceChanges {
            let limit = DisplayNumber.percent(p.limit, decimals: 0)
            for ch in p.changes {
                let id = ch.itemID.map { zh ? "（商品ID \($0)）" : " (item ID \($0))" } ?? ""
                rows.append(
                    Row(
                        day: ch.day, clause: zh ? "改价超过 \(limit)" : "price change over \(limit)",
                        subject: (ch.title.isEmpty ? (zh ? "商品" : "item") : ch.title) + id,
                        figures:
                            "\(DisplayNumber.money(ch.before)) (\(ch.beforeDay)) → \(DisplayNumber.money(ch.after)) "
                            + "(\(DisplayNumber.signedPercent(ch.change)))",
                        approval: approval(ch.approval, in: language)))
            }
        }
        if let d = r.discounts {
            for g in d.groups {
                let id = g.itemID.map { zh ? "（商品ID \($0)）" : " (item ID \($0))" } ?? ""
                let clause =
                    g.excludedItem
                    ? (zh ? "不参加折扣的商品" : "item without discounts")
                    : (zh
                        ? "折扣超过 \(DisplayNumber.percent(d.maxDiscount ?? 0, decimals: 0))"
                        : "discount over \(DisplayNumber.percent(d.maxDiscount ?? 0, decimals: 0))")
                rows.append(
                    Row(
                        day: g.day, clause: clause, subject: (g.title.isEmpty ? (zh ? "商品" : "item") : g.title) + id,
                        figures: zh
                            ? "\(g.orders) 单，最深 \(DisplayNumber.percent(g.deepest))"
                            : "\(g.orders) order(s), deepest \(DisplayNumber.percent(g.deepest))",
                        approval: approval(g.approval, in: language)))
            }
        }
        return rows.sorted { $0.day < $1.day }
    }

    /// `商家 2025-08-08 审批（approvals.csv 第 2 行，¥2,000.00）` / `快速通过（ROI 1:3.00 ≥ 1:2.50）` / `未经审批` / `无法核对（没有 approvals.csv）`.
    public static func approval(_ a: ClauseReview.Approval, in language: Language) -> String {
        let zh = language == .chinese
        switch a {
        case .approved(let line, let day, let value):
            let figure = value.map { DisplayNumber.fixed($0, decimals: 2) }
            return zh
                ? "✅ 商家 \(day) 审批（approvals.csv 第 \(line) 行\(figure.map { "，\($0)" } ?? "")）"
                : "✅ approved by the merchant on \(day) (approvals.csv line \(line)\(figure.map { ", \($0)" } ?? ""))"
        case .fastPass(let roi, let standard):
            return zh
                ? "✅ 快速通过（ROI \(DisplayNumber.roi(roi)) ≥ \(DisplayNumber.roi(standard))）"
                : "✅ fast pass (ROI \(DisplayNumber.roi(roi)) ≥ \(DisplayNumber.roi(standard)))"
        case .notApproved: return zh ? "❌ 未经审批" : "❌ not approved"
        case .notChecked: return zh ? "❓ 无法核对（没有 approvals.csv）" : "❓ cannot be checked (no approvals.csv)"
        }
    }

    /// What 看执行 adds: the breaches, counted; nil when there are none.
    public static func execution(_ r: ClauseReview, in language: Language) -> String? {
        let zh = language == .chinese
        var parts: [String] = []
        if let b = r.budget, b.exceededOn != nil {
            parts.append(
                zh ? "推广超预算 \(DisplayNumber.money(b.over))" : "ad spend \(DisplayNumber.money(b.over)) over the budget")
        }
        if let p = r.paidPromotion, p.spend > .zero {
            parts.append(
                zh
                    ? "约定不投放的阶段花费 \(DisplayNumber.money(p.spend))"
                    : "\(DisplayNumber.money(p.spend)) spent in a stage without paid promotion")
        }
        let campaignDays = r.campaignLimit?.days ?? []
        let prices = r.priceChanges?.changes.map(\.approval) ?? []
        let discounts = r.discounts?.groups.map(\.approval) ?? []
        let changes = prices + discounts
        let unapproved = (
            campaignDays.count { $0.approval == .notApproved }, changes.count { $0 == .notApproved }
        )
        let unchecked = (
            campaignDays.count { $0.approval == .notChecked }, changes.count { $0 == .notChecked }
        )
        if unapproved.0 > 0 {
            parts.append(
                zh
                    ? "\(unapproved.0) 个计划日超单日限额未经审批"
                    : "\(unapproved.0) campaign-day(s) over the daily limit without approval")
        }
        let unapprovedPrices = prices.count { $0 == .notApproved }
        let unapprovedDiscounts = unapproved.1 - unapprovedPrices
        if unapprovedPrices > 0 {
            parts.append(
                zh
                    ? "\(unapprovedPrices) 次改价超限未经审批"
                    : "\(unapprovedPrices) price change(s) over the limit without approval")
        }
        if unapprovedDiscounts > 0 {
            parts.append(
                zh
                    ? "\(unapprovedDiscounts) 组订单折扣超限未经审批"
                    : "\(unapprovedDiscounts) day(s) of an item's orders discounted over the limit without approval")
        }
        if unchecked.0 + unchecked.1 > 0 {
            parts.append(
                zh
                    ? "\(unchecked.0 + unchecked.1) 项需审批的事项无法核对（没有 approvals.csv）"
                    : "\(unchecked.0 + unchecked.1) item(s) needing approval cannot be checked (no approvals.csv)")
        }
        guard !parts.isEmpty else { return nil }
        return zh
            ? "合同条款：" + parts.joined(separator: "，") + "（见「合同条款检查」）"
            : "contract clauses: " + parts.joined(separator: ", ") + " (see “Contract clauses”)"
    }

    /// What 看配合 adds: the items over a limit the merchant approved (the merchant's decision);
    /// nil when there are none.
    public static func cooperation(_ r: ClauseReview, in language: Language) -> String? {
        let days = r.campaignLimit?.days.count { $0.approval.isApproved } ?? 0
        let changes = r.priceChanges?.changes.count { $0.approval.isApproved } ?? 0
        guard days + changes > 0 else { return nil }
        let zh = language == .chinese
        var parts: [String] = []
        if days > 0 { parts.append(zh ? "\(days) 个计划日超单日限额" : "\(days) campaign-day(s) over the daily limit") }
        if changes > 0 { parts.append(zh ? "\(changes) 次超限改价" : "\(changes) price change(s) over the limit") }
        return zh
            ? "商家已书面审批 " + parts.joined(separator: "、") + "：属商家的决定，不算托管方违约（见「合同条款检查」）"
            : "the merchant approved in writing " + parts.joined(separator: " and ")
                + ": the merchant's decision, not the agency's breach (see “Contract clauses”)"
    }

    /// `exports/2025-08/approvals.csv 第 3 行第 2 列：…`: where, and what was expected.
    public static func problem(_ p: ApprovalProblem, in language: Language) -> String {
        language == .chinese ? chineseProblem(p) : englishProblem(p)
    }

    static func chineseLines(_ r: ClauseReview, files: [String]) -> [String] {
        var lines: [String] = []
        if let b = r.budget {
            var s = "推广预算："
            if b.budget == nil, case .shareOfSalesTarget(let share) = b.clause {
                s +=
                    "合同按月销目标 × \(DisplayNumber.percent(share, decimals: 0)) 定预算，本月所在阶段没有月销售额目标，预算无法确定"
                    + "（本月推广花费 \(DisplayNumber.money(b.spend))）"
            } else if let budget = b.budget {
                var basis = ""
                if case .shareOfSalesTarget(let share) = b.clause, let t = b.salesTarget {
                    basis = "（月销目标 \(DisplayNumber.money(yuan: t)) × \(DisplayNumber.percent(share, decimals: 0))）"
                }
                s += "本月预算 \(DisplayNumber.money(budget))\(basis)，推广花费 \(DisplayNumber.money(b.spend))："
                if let from = b.exceededOn {
                    s += "超支 \(DisplayNumber.money(b.over))，\(from) 起超出预算（见「异常与证据」）"
                } else if b.spend > budget {
                    s += "超支 \(DisplayNumber.money(b.over))（推广报表只有整段汇总，看不出哪天超出）"
                } else {
                    s += "在预算内"
                }
            }
            lines.append(s)
        }
        if let p = r.paidPromotion {
            lines.append(
                "「\(p.stage)」阶段约定不做付费推广："
                    + (p.spend > .zero
                        ? "本月推广花费 \(DisplayNumber.money(p.spend))，\(p.days.count) 天有花费（见「异常与证据」）" : "本月没有推广花费"))
        }
        if let c = r.campaignLimit {
            var s = "单计划单日限额 \(DisplayNumber.money(c.limit))"
            if let fast = c.fastPassROI { s += "（ROI ≥ \(DisplayNumber.roi(fast)) 快速通过）" }
            s += "："
            s += c.days.isEmpty ? "没有计划日超限" : "\(c.days.count) 个计划日超限，" + tally(c.days.map(\.approval), in: .chinese)
            lines.append(s)
        }
        if let p = r.priceChanges {
            var s = "改价审批（单价调整超过 \(DisplayNumber.percent(p.limit, decimals: 0))）：比较了 \(p.itemsCompared) 个商品，"
            s +=
                p.changes.isEmpty
                ? "没有超限改价" : "\(p.changes.count) 次超限改价，" + tally(p.changes.map(\.approval), unit: "次", in: .chinese)
            if p.ordersWithoutItemID > 0 { s += "；另有 \(p.ordersWithoutItemID) 单没有商品ID或商家编码，未比较（商品不按标题认定）" }
            lines.append(s)
        }
        if let d = r.discounts {
            var rule: [String] = []
            if let max = d.maxDiscount { rule.append("满减力度超过 \(DisplayNumber.percent(max, decimals: 0)) 需审批") }
            if !d.noDiscountItems.isEmpty { rule.append("不参加折扣：\(d.noDiscountItems.joined(separator: "、"))") }
            var s = "折扣（\(rule.joined(separator: "；"))）："
            s +=
                d.groups.isEmpty
                ? "没有超限的折扣" : "\(d.groups.count) 组订单超限，" + tally(d.groups.map(\.approval), unit: "组", in: .chinese)
            if d.ordersWithShopDiscount > 0 {
                s += "；其中 \(d.ordersWithShopDiscount) 单按拼多多订单的店铺优惠折扣 ÷ 商品总价计算"
            }
            if d.ordersWithoutListPrice > 0 { s += "；另有 \(d.ordersWithoutListPrice) 单没有商品价格，未比较" }
            lines.append(s)
        }
        if r.needsApprovals {
            lines.append(
                r.approvalsRead
                    ? "审批记录：\(files.joined(separator: "、"))，可用 \(r.approvalCount) 条"
                    : "审批记录：本月文件夹没有 approvals.csv，以上需审批的事项无法核对；请把商家的书面审批逐条记在 "
                        + "exports/<月份>/approvals.csv（列：date,subject,detail,value；subject 为 price、discount、campaign 或 activity）"
            )
        }
        return lines
    }

    /// `其中 2 个有审批（含 1 个快速通过），1 个未经审批`.
    static func tally(_ approvals: [ClauseReview.Approval], unit: String = "个", in language: Language) -> String {
        let approved = approvals.count(where: \.isApproved)
        let fast = approvals.count { if case .fastPass = $0 { return true } else { return false } }
        let not = approvals.count { $0 == .notApproved }
        let unchecked = approvals.count { $0 == .notChecked }
        var parts: [String] = []
        if language == .chinese {
            if approved > 0 { parts.append("\(approved) \(unit)有审批" + (fast > 0 ? "（含 \(fast) \(unit)快速通过）" : "")) }
            if not > 0 { parts.append("\(not) \(unit)未经审批") }
            if unchecked > 0 { parts.append("\(unchecked) \(unit)无法核对") }
            return "其中 " + parts.joined(separator: "，")
        }
        if approved > 0 { parts.append("\(approved) approved" + (fast > 0 ? " (\(fast) by the fast pass)" : "")) }
        if not > 0 { parts.append("\(not) not approved") }
        if unchecked > 0 { parts.append("\(unchecked) cannot be checked") }
        return parts.joined(separator: ", ")
    }

    static func chineseProblem(_ p: ApprovalProblem) -> String {
        if case .unreadable(let error) = p.reason {
            return ImportErrorWording.sentence(error, in: .chinese) + "；请在 Excel 里用「CSV UTF-8（逗号分隔）」另存"
        }
        if case .notInOtherFile(let other) = p.reason {
            return "\(p.file) 第 \(p.line) 行：这条审批在 \(other) 里没有。本月有多份审批记录且内容不一致，"
                + "只计每份都有的审批，这一行未用；请只保留商家确认的一份后重新审计"
        }
        let reason: String
        switch p.reason {
        case .badDate(let found):
            reason = "「\(found)」不是日期：应写审批的日期，如 2025-08-09"
        case .unknownSubject(let found):
            reason = "「\(found)」不是可用的审批事项：应写 price（改价）、discount（折扣）、campaign（推广计划）或 activity（活动）"
        case .emptyDetail:
            reason = "没有写审批的对象：应写商品ID（如 商品ID 612345678901）、计划名称或活动名称"
        case .badValue(let found, let subject):
            reason = "「\(found)」不是" + (subject == .discount ? "折扣比例（如 30%）" : "金额（如 79 或 ¥2,000）")
        case .outsideMonth(let day, let month):
            reason =
                "审批日期 \(day) 不在 \(month)（或上个月）：本月文件夹里的审批只管本月的事项，"
                + "早于上月的审批不能用于本月，晚于本月的审批管不到本月"
        case .unreadable, .notInOtherFile:
            reason = ""
        }
        return "\(p.file) 第 \(p.line) 行第 \(p.column) 列：\(reason)；这一行未用"
    }
}
