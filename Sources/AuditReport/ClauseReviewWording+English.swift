import AuditContract
import AuditImport
import AuditRecords

extension ClauseReviewWording {
    static func englishLines(_ r: ClauseReview, files: [String]) -> [String] {
        var lines: [String] = []
        if let b = r.budget {
            var s = "Promotion budget: "
            if b.budget == nil, case .shareOfSalesTarget(let share) = b.clause {
                s +=
                    "the contract sets it at \(DisplayNumber.percent(share, decimals: 0)) of the monthly sales target, "
                    + "and this month's stage has no sales target, so the budget cannot be set (ad spend "
                    + "\(DisplayNumber.money(b.spend)))"
            } else if let budget = b.budget {
                var basis = ""
                if case .shareOfSalesTarget(let share) = b.clause, let t = b.salesTarget {
                    basis =
                        " (\(DisplayNumber.percent(share, decimals: 0)) of the sales target of \(DisplayNumber.money(yuan: t)))"
                }
                s += "\(DisplayNumber.money(budget)) this month\(basis), ad spend \(DisplayNumber.money(b.spend)): "
                if let from = b.exceededOn {
                    s += "\(DisplayNumber.money(b.over)) over, passed on \(from) (see “Anomalies and evidence”)"
                } else if b.spend > budget {
                    s +=
                        "\(DisplayNumber.money(b.over)) over (the promotion report has period totals only, so the day "
                        + "it was passed is unknown)"
                } else {
                    s += "within it"
                }
            }
            lines.append(s)
        }
        if let p = r.paidPromotion {
            lines.append(
                "The stage “\(p.stage)” has no paid promotion: "
                    + (p.spend > .zero
                        ? "this month spent \(DisplayNumber.money(p.spend)) on \(p.days.count) day(s) (see “Anomalies and evidence”)"
                        : "no ad spend this month"))
        }
        if let c = r.campaignLimit {
            var s = "Per-campaign daily limit of \(DisplayNumber.money(c.limit))"
            if let fast = c.fastPassROI { s += " (fast pass at ROI ≥ \(DisplayNumber.roi(fast)))" }
            s += ": "
            s +=
                c.days.isEmpty
                ? "no campaign-day over it"
                : "\(c.days.count) campaign-day(s) over it: " + tally(c.days.map(\.approval), in: .english)
            lines.append(s)
        }
        if let p = r.priceChanges {
            var s =
                "Price approvals (unit price changes over \(DisplayNumber.percent(p.limit, decimals: 0))): "
                + "\(p.itemsCompared) item(s) compared, "
            s +=
                p.changes.isEmpty
                ? "no change over the limit"
                : "\(p.changes.count) change(s) over the limit: " + tally(p.changes.map(\.approval), in: .english)
            if p.ordersWithoutItemID > 0 {
                s +=
                    "; \(p.ordersWithoutItemID) order(s) without an item ID or SKU code were not compared (an item "
                    + "is never told by its title)"
            }
            lines.append(s)
        }
        if let d = r.discounts {
            var rule: [String] = []
            if let max = d.maxDiscount { rule.append("over \(DisplayNumber.percent(max, decimals: 0)) needs approval") }
            if !d.noDiscountItems.isEmpty { rule.append("no discount on \(d.noDiscountItems.joined(separator: ", "))") }
            var s = "Discounts (\(rule.joined(separator: "; "))): "
            s +=
                d.groups.isEmpty
                ? "no discount over the limit"
                : "\(d.groups.count) day(s) of an item's orders over the limit: "
                    + tally(d.groups.map(\.approval), in: .english)
            if d.ordersWithShopDiscount > 0 {
                s +=
                    "; \(d.ordersWithShopDiscount) order(s) measured as Pinduoduo's store discount over the goods' total"
            }
            if d.ordersWithoutListPrice > 0 {
                s += "; \(d.ordersWithoutListPrice) order(s) without a list price were not compared"
            }
            lines.append(s)
        }
        if r.needsApprovals {
            lines.append(
                r.approvalsRead
                    ? "Approvals: \(files.joined(separator: ", ")), \(r.approvalCount) usable"
                    : "Approvals: this month's folder has no approvals.csv, so the items above that need approval "
                        + "cannot be checked; record the merchant's written approvals one per line in "
                        + "exports/<month>/approvals.csv (columns date,subject,detail,value; subject price, discount, "
                        + "campaign or activity)")
        }
        return lines
    }

    static func englishProblem(_ p: ApprovalProblem) -> String {
        if case .unreadable(let error) = p.reason {
            return ImportErrorWording.sentence(error, in: .english)
                + "; save it from Excel as “CSV UTF-8 (Comma delimited)”"
        }
        if case .notInOtherFile(let other) = p.reason {
            return "\(p.file) line \(p.line): this approval is not in \(other). The month holds several approvals "
                + "files that disagree, and only the approvals every file holds count, so the line is not used; keep "
                + "the one the merchant confirms and audit again"
        }
        let reason: String
        switch p.reason {
        case .badDate(let found):
            reason = "“\(found)” is no date: write the day of the approval, such as 2025-08-09"
        case .unknownSubject(let found):
            reason = "“\(found)” is no subject of approval: write price, discount, campaign or activity"
        case .emptyDetail:
            reason = "nothing says what was approved: write the item ID, the campaign's name or the event"
        case .badValue(let found, let subject):
            reason =
                "“\(found)” is no "
                + (subject == .discount ? "discount share (such as 30%)" : "amount (such as 79 or ¥2,000)")
        case .outsideMonth(let day, let month):
            reason =
                "the approval's day \(day) is not in \(month) (or the month before): an approval in this month's folder "
                + "covers this month's changes, so one from earlier cannot, and one from later comes after them"
        case .unreadable, .notInOtherFile:
            reason = ""
        }
        return "\(p.file) line \(p.line), column \(p.column): \(reason); the line is not used"
    }
}
