import Foundation

/// A month's 万相台 plan report, with the planted over-limit day and red-line run.
extension TaobaoStoreSimulation {
    /// Writes month `mi`'s plan report and adds its spend and attributed sales, in cents, to `spend` and `sales`.
    mutating func writeAds(_ mi: Int, spend: inout Int, sales: inout Int) throws -> SampleExpectation.FileRows {
        let (year, month) = months[mi]
        let days = SampleDay.daysIn(year: year, month: month)
        let last = SampleDay(year: year, month: month, day: days)
        let base = "计划报表_\(last.compact)_110330"
        let name = "exports/\(label(mi))/\(base).csv"
        let w: AdsFile
        if spec.legacyCSV {
            let csv = try ExportFileWriter(root: root, name: name, encoding: .utf8, lineEnd: "\n")
            csv.line("日期,场景名字,计划ID,计划名称,展现量,点击量,花费,点击率,平均点击花费,总成交金额,总成交笔数,投入产出比")
            w = .csv(csv)
        } else {
            w = .zip(try WanXiangTaiPlanReport(root: root, folder: "exports/\(label(mi))", base: base))
        }
        var totalImpressions = 0
        var totalClicks = 0
        var totalOrders = 0
        for d in 1...days {
            let today = SampleDay(year: year, month: month, day: d)
            var spends = SampleCatalogue.campaigns.map { $0.spend * scale * rng.jitter(0.12) }
            var rois = SampleCatalogue.campaigns.map { $0.roi * rng.jitter(0.15) }
            if today.iso == promotionDay { spends = spends.map { $0 * 1.25 } }
            // Outside the planted day, spend stays under the approved daily limit (500 per 50 orders a day).
            // Outside the planted day, spend stays within 250–450 a day (per 50 orders a day), under the approved limit.
            let ceiling = 450 * scale
            let floor = 250 * scale
            let dayTotal = spends.reduce(0, +)
            if today.iso != spendDay, dayTotal > ceiling { spends = spends.map { $0 * ceiling / dayTotal } }
            if today.iso != spendDay, dayTotal < floor { spends = spends.map { $0 * floor / dayTotal } }
            if today.iso == spendDay {
                let target = (780 + rng.unit() * 40) * scale
                let sum = spends.reduce(0, +)
                spends = spends.map { $0 * target / sum }
            }
            // The day's ROI is the spend-weighted mean of the campaigns'; keep it in 1.0–1.3 on the planted
            // red-line days and in 2.2–4.5 on the others.
            let dayROI = zip(spends, rois).reduce(0) { $0 + $1.0 * $1.1 } / spends.reduce(0, +)
            if roiDays.contains(today.iso)
                || diagnosis.map({ mi == $0.lateMonth && $0.redLineDays.contains(d) }) == true
            {
                let target = 1.0 + rng.unit() * 0.3
                rois = rois.map { _ in target * rng.jitter(0.03) }
                let planted = zip(spends, rois).reduce(0) { $0 + $1.0 * $1.1 } / spends.reduce(0, +)
                rois = rois.map { $0 * target / planted }
            } else if dayROI < 2.2 || dayROI > 4.5 {
                let bound = min(max(dayROI, 2.2), 4.5)
                rois = rois.map { $0 * bound / dayROI }
            }
            for (k, c) in SampleCatalogue.campaigns.enumerated() {
                let s = Int((spends[k] * 100).rounded())
                let g = Int((spends[k] * rois[k] * 100).rounded())
                let cpc = 0.9 + rng.unit() * 0.7
                let clicks = max(1, Int((spends[k] / cpc).rounded()))
                let impressions = Int(Double(clicks) / (0.02 + rng.unit() * 0.015))
                let orders = Int((Double(g) / 15_000).rounded())
                spend += s
                sales += g
                totalImpressions += impressions
                totalClicks += clicks
                totalOrders += orders
                w.row([
                    mi == 2 ? today.slashed : today.iso, c.scene, c.id, c.name, ExportNumber.count(impressions),
                    ExportNumber.count(clicks),
                    "¥" + ExportNumber.money(s, grouped: true),
                    ExportNumber.percent(Double(clicks) / Double(impressions)),
                    ExportNumber.fixed(Double(s) / 100 / Double(clicks), 2), "¥" + ExportNumber.money(g, grouped: true),
                    String(orders),
                    ExportNumber.fixed(Double(g) / Double(max(s, 1)), 2),
                ])
            }
        }
        w.row([
            "合计", "-", "-", "-", ExportNumber.count(totalImpressions), ExportNumber.count(totalClicks),
            "¥" + ExportNumber.money(spend, grouped: true),
            ExportNumber.percent(Double(totalClicks) / Double(max(totalImpressions, 1))),
            ExportNumber.fixed(Double(spend) / 100 / Double(max(totalClicks, 1)), 2),
            "¥" + ExportNumber.money(sales, grouped: true), String(totalOrders),
            ExportNumber.fixed(Double(sales) / Double(max(spend, 1)), 2),
        ])
        switch w {
        case .csv(let csv):
            try csv.close()
            files.append(name)
            return SampleExpectation.FileRows(
                file: name, kind: "ads", encoding: "utf-8", read: csv.rowsWritten, accepted: csv.rowsWritten - 1,
                rejected: 0, skipped: 1)
        case .zip(let plan):
            try plan.close(
                stamp: ArchiveTimestamp(
                    year: last.year, month: last.month, day: last.day, hour: 11, minute: 3, second: 30))
            files.append(plan.zipName)
            return SampleExpectation.FileRows(
                file: plan.zipName + "/" + plan.entryName, kind: "ads", encoding: "gb18030", read: plan.rowsWritten,
                accepted: plan.rowsWritten - 1, rejected: 0, skipped: 1)
        }
    }

    /// The month's plan report being written: the legacy csv, or today's zip holding a GB18030 csv.
    enum AdsFile {
        case csv(ExportFileWriter)
        case zip(WanXiangTaiPlanReport)

        func row(_ cells: [String]) {
            switch self {
            case .csv(let w): w.row(cells)
            case .zip(let w): w.row(cells)
            }
        }
    }
}
