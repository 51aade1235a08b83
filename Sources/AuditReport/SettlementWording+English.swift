import AuditContract
import AuditMeasure
import AuditRecords

extension SettlementWording {
    static func english(_ reason: Settlement.WithholdingReason, platform: Platform) -> String {
        switch reason {
        case .unmeasuredTargets(let metrics):
            let names = metrics.map { "“\($0.name(in: .english))”" }.joined(separator: ", ")
            let targets = metrics.count == 1 ? "target \(names)" : "targets \(names)"
            if let kind = unreadExport(for: metrics, on: platform),
                let limit = PlatformExportWording.unmeasurable(kind, platform, in: .english)
            {
                return "\(targets) \(limit): use measurable targets in the contract, or agree with the agency how they "
                    + "are checked, before settling"
            }
            return "\(targets) \(metrics.count == 1 ? "has" : "have") no usable data (the export needed is missing or "
                + "unreadable): complete the exports and audit again before settling"
        case .noUsableExport:
            return "not one usable export this month: no metric can be computed and nothing can be settled"
        case .commissionWithoutSales:
            return "the contract pays commission on sales, but this month has no order report, so neither sales nor "
                + "commission can be computed: add the order export and audit again before settling"
        case .incompleteData(let gap):
            return english(gap, proRata: false)
        case .unusableManualFigures(let file, let lines):
            let listed = lines.map(String.init).joined(separator: ", ")
            return "\(file) line\(lines.count == 1 ? "" : "s") \(listed) cannot be used (see “Service standards”): "
                + "these figures move the fee, so put them right and audit again before settling"
        case .baselineMonth(let first):
            return "this month comes before the contract starts (\(first)) and is the growth targets' baseline month: "
                + "its figures are measured, but nothing is settled or judged on it, nor counted by the termination terms"
        case .baselineMissing(let metrics, let months):
            let names = metrics.map { "“\($0.name(in: .english))”" }.joined(separator: ", ")
            let listed = months.map(\.description).joined(separator: ", ")
            return "the baseline month \(listed) of the growth target\(metrics.count == 1 ? "" : "s") \(names) has no "
                + "usable figure (its exports are missing, incomplete or do not measure it: see the baseline month's report), so the target cannot be set: put the "
                + "baseline month's exports in exports/\(months.first?.description ?? "")/, or write the baseline figure "
                + "in the contract (baseline), and audit again"
        }
    }

    static func english(_ gap: DataGap, proRata: Bool) -> String {
        switch gap {
        case .rejectedOrderRows(let rejected, let paidRows, let rows):
            let listed = rows.map(\.description).joined(separator: ", ") + (rejected > rows.count ? " …" : "")
            if rejected == paidRows {
                return
                    (rejected == 1
                    ? "the one row of the order report that may be a paid order was rejected (such as "
                    : "all \(rejected) rows of the order report that may be paid orders were rejected (such as ")
                    + "\(listed)), so the month has no orders to count: the reasons are in rejects.csv; export the "
                    + "order report from the back office again and audit again"
            }
            let share = DisplayNumber.percent(Double(rejected) / Double(paidRows))
            return
                "\(English.count(rejected, "row", "rows")) of the order report that may be paid orders were rejected (\(share) of "
                + "\(paidRows) rows, above the \(DisplayNumber.percent(MonthCompleteness.rejectedShareTolerated, decimals: 0)) "
                + "tolerated), such as \(listed): these orders are not in the metrics; the reasons are in rejects.csv: "
                + "export again or correct them, then audit again"
        case .unreadableExports(let kind, let files):
            let names = files.joined(separator: ", ")
            guard let kind else {
                let one = files.count == 1
                return (one ? "the file \(names) cannot be read" : "the files \(names) cannot be read")
                    + " (the reasons are under “Data check”) and may hold this month's orders or other reports: this "
                    + "month's data may be incomplete; replace \(one ? "it" : "them") with intact exports, or, if "
                    + "\(one ? "it is not one" : "they are not") of this month's reports, move \(one ? "it" : "them") "
                    + "out of the month folder, then audit again"
            }
            let name = kind.name(in: .english)
            return "this month's \(name) \(names) cannot be used (the reasons are under “Data check”), so only part of "
                + "this month's \(name) was read: add intact exports and audit again"
        case .otherMonthsExport(let file, let kind, let months, let rows):
            let named = months.map(\.description).joined(separator: ", ")
            let name = kind.name(in: .english)
            return
                "\(file) is the \(name) of \(named) (\(rows == 1 ? "its one row is" : "all \(rows) rows are") in \(named)), not this month's: not "
                + "counted; put this month's \(name) in this month's folder"
        case .partialMonth(let kind, let first, let last, let days):
            let covered = gap.coveredDays ?? 0
            let range = "\(first) to \(last) (\(covered)/\(days) days)"
            let name = kind.name(in: .english)
            if proRata {
                return "this month's \(name) covers only \(range): the contract pro-rates by day, so the targets "
                    + "concerned are judged pro rata at \(covered)/\(days)"
            }
            return "this month's \(name) covers only \(range); the other days' data is missing (not merely without "
                + "sales or visitors): export the whole month and audit again (if the contract pro-rates by day, set "
                + "settlement.proRataPartialMonth)"
        case .conflictingCopies(let kind, let records, let files):
            let both = files.dropLast().joined(separator: ", ") + (files.count > 1 ? " and " : "") + (files.last ?? "")
            let what: String
            switch kind {
            case .orders:
                what =
                    "\(English.count(records, "order is", "orders are")) in both \(both), but their amounts, statuses or payment times differ"
            case .traffic:
                what =
                    "\(English.count(records, "traffic row (same day, same source) is", "traffic rows (same day, same source) are")) in both \(both), but their visitors, "
                    + "paying buyers or paid amounts differ"
            case .refunds:
                what =
                    "\(English.count(records, "service order is", "service orders are")) in both \(both), but their refund amounts or order numbers differ"
            case .shopOverview:
                what =
                    "\(English.count(records, "day of the store overview is", "days of the store overview are")) in both \(both), "
                    + "but their figures differ (those days are left out of the market step)"
            default:
                what =
                    "\(English.count(records, "row", "rows")) of the \(kind.name(in: .english)) (same day, same campaign) \(records == 1 ? "is" : "are") in both "
                    + "\(both), but their spend or sales differ"
            }
            if kind == .shopOverview {
                return what + " (see “Anomalies and evidence”): delete the altered or outdated copy and audit again"
            }
            return what + " (see “Anomalies and evidence”): which copy is true cannot be told, so the first one read "
                + "is counted for now; delete the altered or outdated copy and audit again"
        }
    }
}
