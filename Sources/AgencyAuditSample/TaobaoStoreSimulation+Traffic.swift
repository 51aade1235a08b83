import Foundation

/// A month of 生意参谋 店铺来源 downloads: one file a day in the first month, one file a month after it.
extension TaobaoStoreSimulation {
    struct TrafficTotals {
        var visitors = 0, search = 0, natural = 0, buyers = 0
        /// Visitors and buyers of each day of the month (index 0 unused).
        var visitorsPerDay: [Int] = [0]
        var buyersPerDay: [Int] = [0]
    }

    /// Writes month `mi`'s traffic files, the buyers following the day's paid orders, and adds their
    /// visitors and buyers to `totals`.
    mutating func writeTraffic(_ mi: Int, paidPerDay: [Int], totals: inout TrafficTotals) throws -> [SampleExpectation
        .FileRows]
    {
        let (year, month) = months[mi]
        let days = SampleDay.daysIn(year: year, month: month)
        let header = ["流量载体", "一级来源", "二级来源", "访客数", "浏览量", "支付买家数", "支付转化率", "支付金额", "客单价"]
        var result: [SampleExpectation.FileRows] = []
        var monthly: TrafficFile?
        let first = SampleDay(year: year, month: month, day: 1)
        let last = SampleDay(year: year, month: month, day: days)
        if mi > 0 {
            monthly = try trafficFile(mi, from: first, to: last, header: ["统计日期"] + header)
        }
        var monthlySkipped = 0
        for d in 1...days {
            let today = SampleDay(year: year, month: month, day: d)
            var rows: [(SampleCatalogue.Source, Int, Int, Int)] = []  // source, visitors, page views, buyers
            var visitors: [Int] = []
            for s in SampleCatalogue.sources {
                var v = s.visitors * scale * (today.isWeekend ? 1.15 : 1) * rng.jitter(0.08)
                if today.iso == promotionDay { v *= 2.5 + rng.unit() * 0.5 }
                if today.iso == surgeDay, s.group == "其他来源" { v *= 8 }
                if today.iso == collapseDay { v *= 2.4 }  // P9: bought traffic everywhere, buyers unchanged
                if today.iso == dropDay, s.name == "手淘搜索" { v *= 0.2 }  // P12: search demoted for a day
                if today.iso == searchBrushDay, s.name == "手淘搜索" { v *= 2.0 }  // P13: brushing through search
                if let plan = diagnosis {
                    v *= plan.volume(mi) * (plan.isLull(mi, d) ? DiagnosisPlan.lullVisitorFactor : 1)
                }
                visitors.append(Int(v.rounded()))
            }
            let weightSum = zip(SampleCatalogue.sources, visitors).reduce(0.0) { $0 + $1.0.conversion * Double($1.1) }
            let buyersToday = Double(paidPerDay[d]) * 0.97
            for (k, s) in SampleCatalogue.sources.enumerated() {
                var b = Int((buyersToday * s.conversion * Double(visitors[k]) / weightSum).rounded())
                if today.iso == surgeDay, s.group == "其他来源" { b = 0 }
                b = min(b, visitors[k])
                rows.append((s, visitors[k], Int(Double(visitors[k]) * (1.8 + rng.unit())), b))
            }
            totals.visitorsPerDay.append(rows.reduce(0) { $0 + $1.1 })
            totals.buyersPerDay.append(rows.reduce(0) { $0 + $1.3 })
            var oneDay: TrafficFile?
            if mi == 0 {
                oneDay = try trafficFile(mi, from: today, to: today, header: header)
            }
            let writer = oneDay ?? monthly!
            // Paid amounts: buyers × a typical order value. The draw once made for each group's 汇总 row is
            // still taken (and dropped) so that the rest of a seed's store stays as it was.
            var amounts = [Int](repeating: 0, count: rows.count)
            var group = ""
            for (k, r) in rows.enumerated() {
                if r.0.group != group {
                    group = r.0.group
                    if rows[k...].prefix(while: { $0.0.group == group }).contains(where: { $0.3 > 0 }) {
                        _ = rng.next()
                    }
                }
                amounts[k] = r.3 * 15_000 + (r.3 > 0 ? rng.int(0...999) : 0)
            }
            var skipped = 0
            group = ""
            for (k, r) in rows.enumerated() {
                if r.0.group != group {
                    // The 汇总 row: the sums of the group's rows, its ratios recomputed from them.
                    group = r.0.group
                    let members = rows.indices[k...].prefix { rows[$0].0.group == group }
                    let v = members.reduce(0) { $0 + rows[$1].1 }
                    let pv = members.reduce(0) { $0 + rows[$1].2 }
                    let b = members.reduce(0) { $0 + rows[$1].3 }
                    let amount = members.reduce(0) { $0 + amounts[$1] }
                    writer.row(
                        (mi == 0 ? [] : [today.iso])
                            + trafficCells(
                                group: group, name: "汇总", visitors: v, pageViews: pv, buyers: b, amount: amount))
                    writer.breakdown(
                        (mi == 0 ? [] : [today.iso]), group: group, name: "汇总", visitors: v, pageViews: pv, buyers: b,
                        amount: amount)
                    skipped += 1
                }
                writer.row(
                    (mi == 0 ? [] : [today.iso])
                        + trafficCells(
                            group: r.0.group, name: r.0.name, visitors: r.1, pageViews: r.2, buyers: r.3,
                            amount: amounts[k]))
                writer.breakdown(
                    (mi == 0 ? [] : [today.iso]), group: r.0.group, name: r.0.name, visitors: r.1, pageViews: r.2,
                    buyers: r.3,
                    amount: amounts[k])
                totals.visitors += r.1
                totals.buyers += r.3
                if r.0.name == "手淘搜索" { totals.search += r.1 }
                if r.0.group == "淘内免费" { totals.natural += r.1 }
            }
            if let w = oneDay {
                let rows = try w.close(summaryRows: skipped)
                files.append(rows.file)
                result.append(rows)
            } else {
                monthlySkipped += skipped
            }
        }
        if let w = monthly {
            let rows = try w.close(summaryRows: monthlySkipped)
            files.append(rows.file)
            result.append(rows)
        }
        return result
    }

    /// A 生意参谋 店铺来源 download covering `from`…`to`: today's `.xls`, or the legacy csv.
    func trafficFile(_ mi: Int, from: SampleDay, to: SampleDay, header: [String]) throws -> TrafficFile {
        let base = "exports/\(label(mi))/生意参谋/【生意参谋平台】店铺来源_\(from.iso)_\(to.iso)"
        let title = ["【生意参谋平台】店铺来源", "统计时间：\(from.iso) ~ \(to.iso)"]
        if spec.legacyCSV {
            let w = try ExportFileWriter(root: root, name: base + ".csv", encoding: .utf8BOM, lineEnd: "\r\n")
            for line in title + [""] { w.line(line) }
            w.line(header.joined(separator: ","))
            return .csv(w, name: base + ".csv")
        }
        return .xls(
            SYCMWorkbook(
                root: root, name: base + ".xls", title: title + ["终端：全部终端", "说明：汇总行是该一级来源下各来源之和"],
                header: header))
    }

    /// One traffic download being written, in whichever container.
    enum TrafficFile {
        case csv(ExportFileWriter, name: String)
        case xls(SYCMWorkbook)

        func row(_ cells: [String]) {
            switch self {
            case .csv(let w, _): w.row(cells)
            case .xls(let w): w.row(cells)
            }
        }

        /// The row split by carrier on the 分载体 sheet of an `.xls` (85% 无线端, the rest PC端).
        func breakdown(
            _ date: [String], group: String, name: String, visitors: Int, pageViews: Int, buyers: Int, amount: Int
        ) {
            guard case .xls(let w) = self else { return }
            let v = visitors * 85 / 100
            let pv = pageViews * 85 / 100
            let b = buyers * 85 / 100
            let a = amount * 85 / 100
            w.breakdownRow(
                date
                    + TaobaoStoreSimulation.trafficCells(
                        carrier: "无线端", group: group, name: name, visitors: v, pageViews: pv, buyers: b, amount: a))
            w.breakdownRow(
                date
                    + TaobaoStoreSimulation.trafficCells(
                        carrier: "PC端", group: group, name: name, visitors: visitors - v,
                        pageViews: pageViews - pv, buyers: buyers - b, amount: amount - a))
        }

        func close(summaryRows: Int) throws -> SampleExpectation.FileRows {
            switch self {
            case .csv(let w, let name):
                try w.close()
                return SampleExpectation.FileRows(
                    file: name, kind: "traffic", encoding: "utf-8-bom", read: w.rowsWritten,
                    accepted: w.rowsWritten - summaryRows, rejected: 0, skipped: summaryRows)
            case .xls(let w):
                return try w.close(summaryRows: summaryRows)
            }
        }
    }

    /// One traffic row, its conversion and 客单价 computed from its own figures.
    func trafficCells(group: String, name: String, visitors: Int, pageViews: Int, buyers: Int, amount: Int) -> [String]
    {
        Self.trafficCells(
            carrier: "无线端", group: group, name: name, visitors: visitors, pageViews: pageViews, buyers: buyers,
            amount: amount)
    }

    static func trafficCells(
        carrier: String, group: String, name: String, visitors: Int, pageViews: Int, buyers: Int, amount: Int
    ) -> [String] {
        [
            carrier, group, name, ExportNumber.count(visitors), ExportNumber.count(pageViews),
            ExportNumber.count(buyers),
            ExportNumber.percent(visitors > 0 ? Double(buyers) / Double(visitors) : 0),
            ExportNumber.money(amount, grouped: true),
            buyers > 0 ? ExportNumber.money(amount / buyers, grouped: true) : "-",
        ]
    }
}
