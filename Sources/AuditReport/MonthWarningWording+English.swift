import AuditRecords
import MonthlyAudit

extension MonthWarningWording {
    static func english(_ warning: MonthWarning) -> String {
        switch warning {
        case .noStage(let month):
            return "no stage of the contract covers \(month): this month's metrics are computed but not compared with "
                + "targets"
        case .exportNotRead(let kind, let platform):
            let name = platform.profile.name.english
            let source = platform.profile.exports[kind]?.name.english ?? kind.name(in: .english)
            return "no \(kind.name(in: .english)) export this month: there is no public export format for \(source) "
                + "(\(name)) and this tool does not read it; "
                + kind.feeds.map { $0.name(in: .english) }.joined(separator: ", ")
                + " cannot be measured from \(name)'s exports (targets on them cannot be judged met or missed); the "
                + "other metrics are computed as usual"
        case .exportMissing(let kind):
            return "this month has no \(kind.name(in: .english)) export: the metrics that need it cannot be computed"
        case .exportUnusable(let kind, let files):
            return "this month's \(kind.name(in: .english)) (\(files.joined(separator: ", "))) cannot be used: "
                + kind.feeds.map { $0.name(in: .english) }.joined(separator: ", ")
                + " have no figures; complete the exports as “Data check” says and audit again"
        case .unreadableFiles(let count):
            return
                "\(English.count(count, "file", "files")) could not be read (see “Data check”): if one of them is this month's report, the "
                + "metrics it feeds are missing"
        case .exportFromOtherPlatform(let platform, let contract):
            return "some exports come from \(platform.profile.name.english), while the contract names "
                + contract.profile.name.english
        case .contractPlatformAbsent(let contract, let exports):
            return "the contract names \(contract.profile.name.english), but this month's exports come from "
                + exports.map(\.profile.name.english).joined(separator: ", ")
                + ": the contract's targets are judged on the whole store's totals; check the contract's store.platform"
        case .ordersWithoutTime(let count):
            return
                "\(English.count(count, "paid order (refunded ones included) has", "paid orders (refunded ones included) have")) "
                + "no time of payment (the export leaves it empty): their day is taken from the order number's YYMMDD- "
                + "prefix, or from the day the order was placed when the number has none, and the rules that need the "
                + "exact time (orders close together, seconds between orders) leave these orders out"
        case .noBuyerAccounts(let rule, let platforms):
            return "rule “\(rule.englishName)” (\(rule.rawValue)) skipped: the order exports of "
                + platforms.map(\.profile.name.english).joined(separator: ", ")
                + " have no buyer account, so accounts registered in numbered batches cannot be found"
        case .keylessOrders(let field, let orders, let total, let rules):
            let names = rules.map { "“\($0.englishName)” (\($0.rawValue))" }.joined(separator: ", ")
            let what = field == .address ? "delivery address" : "usable phone number"
            let masked = field == .address ? "" : "; a masked one counts when its last digits show"
            if orders == total {
                return "\(rules.count == 1 ? "rule" : "rules") \(names) skipped: none of this month's paid orders has "
                    + "a \(what) (the export leaves it empty, masked or encrypted\(masked))"
            }
            let share = DisplayNumber.percent(Double(orders) / Double(total), decimals: 0)
            return "\(rules.count == 1 ? "rule" : "rules") \(names) saw only part of the orders: "
                + "\(English.count(orders, "paid order", "paid orders")) (\(share)) \(orders == 1 ? "has" : "have") "
                + "no \(what) (empty, masked or encrypted in the export\(masked)) and \(orders == 1 ? "is" : "are") left out of "
                + "the checks that group by it"
        case .refundsExportMissing(let platform):
            let name = platform.profile.name.english
            let export = platform.profile.exports[.refunds]?.name.english ?? ExportKind.refunds.name(in: .english)
            return "no \(name) \(export) this month: \(name)'s order export has no refund amount, so the refund amount "
                + "and refund rate leave out the refunds of \(name) orders, and orders cancelled after payment still "
                + "count in sales"
        case .unknownStatuses(let statuses):
            let listed = statuses.map { "“\($0.status.isEmpty ? "(empty)" : $0.status)” \($0.count)" }.joined(
                separator: ", ")
            let total = statuses.reduce(0) { $0 + $1.count }
            return "\(English.count(total, "order has", "orders have")) a status the audit does not know: \(listed); "
                + "those with a payment time are counted as paid: check what these statuses mean"
        case .unmappedSources(let platform, let sources):
            return
                "\(English.count(sources.count, "traffic source is", "traffic sources are")) not in \(platform.profile.name.english)'s source table and "
                + "\(sources.count == 1 ? "is" : "are") counted in none of free/paid/own/other: "
                + sources.map { "\($0.source) (\($0.visitors) visitors)" }.joined(separator: ", ")
                + "; write \(sources.count == 1 ? "its" : "their") category in the store folder's traffic-sources.csv (see README)"
        case .rowsOutsideMonth(let count, let month):
            return
                "\(English.count(count, "row is", "rows are")) dated outside \(month): read and listed, but not counted in this month's metrics"
        case .trafficPlatformUnclear(let files, let platforms):
            return "the traffic export " + files.joined(separator: ", ")
                + " says in neither its columns nor its source names "
                + "whether it is " + platforms.map { $0.name(in: .english) }.joined(separator: " or ")
                + "'s: its visitors count in the store's total only, in no platform's figures (export the traffic "
                + "sources per platform)"
        case .adPeriodTotalsOnly(let platform, let from, let to, let rules):
            return
                "the \(platform.name(in: .english)) promotion report has only totals for \(from) to \(to), no daily rows: "
                + "ad spend and ROI are the period's, and the daily rules "
                + rules.map { "“\($0.name(in: .english))”" }.joined(separator: ", ")
                + " could not run (export the daily report)"
        case .ordersNotReadBack(let count):
            return
                "the details (name, address, item) of \(English.count(count, "order", "orders")) could not be read again from the export "
                + "files (a file may have changed or been deleted during the audit), so the evidence lacks them: keep "
                + "the export files unchanged and run again"
        case .identicalDuplicates(let count):
            return
                "\(English.count(count, "order appears", "orders appear")) more than once in the exports (with the same content): counted once"
        case .rulesSkippedForIncompleteOrders(let rules):
            return "\(rules.count == 1 ? "rule" : "rules") "
                + rules.map { "“\($0.englishName)” (\($0.rawValue))" }.joined(separator: ", ")
                + " skipped: this month's order rows are incomplete (see the month's status under “Conclusion”), so "
                + "comparing orders with paying buyers day by day would only find the gap"
        }
    }
}
