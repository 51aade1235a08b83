import Foundation

/// A month of exports: the 千牛 order report written day by day, then the traffic and ads files,
/// and the figures expected.json holds for the month.
extension TaobaoStoreSimulation {
    /// Writes month `mi`'s exports and notes its expected figures, files and planted order ids.
    mutating func writeMonth(_ mi: Int) throws {
        let (year, month) = months[mi]
        let days = SampleDay.daysIn(year: year, month: month)
        let monthLabel = label(mi)
        let last = SampleDay(year: year, month: month, day: days)
        let folder = "exports/\(monthLabel)"
        let firstFile = files.count

        // Orders.
        let orders: any OrderReportWriter =
            spec.legacyCSV
            ? try CSVOrderReport(root: root, folder: folder, last: last, store: spec.storeName, utf8: spec.utf8Orders)
            : try QianniuOrderReport(
                root: root, folder: folder, last: last, store: spec.storeName, resaved: spec.resavedOrders)
        var paidCount = 0
        var gmv = 0
        var refunds = 0
        var plantedPaid = 0
        var plantedGMV = 0
        var plantedRefunds = 0
        var paidPerDay = [Int](repeating: 0, count: days + 1)
        var daily = [DayFigures](repeating: DayFigures(), count: days + 1)
        var broken = 0
        itemSales = ItemSales(days: days)
        for d in 1...days {
            let today = SampleDay(year: year, month: month, day: d)
            var count = Double(spec.ordersPerDay) * (today.isWeekend ? 1.1 : 0.96) * rng.jitter(0.08)
            if today.iso == promotionDay { count *= 2.5 }
            if let plan = diagnosis { count *= plan.volume(mi) * (plan.isLull(mi, d) ? DiagnosisPlan.lullFactor : 1) }
            // Orders and, side by side, the group each belongs to ("" for ordinary legitimate ones).
            var dayOrders: [SampleOrder] = []
            var groups: [String] = []
            dayOrders.reserveCapacity(Int(count.rounded()) + 16)
            for _ in 0..<Int(count.rounded()) {
                let hour = rng.weighted(Self.hourWeights)
                var o = legitOrder(at: SampleTime(day: today, second: hour * 3600 + rng.int(0...3599)), monthEnd: last)
                if let plan = diagnosis, let item = SampleCatalogue.items.firstIndex(where: { $0.title == o.itemTitle })
                {
                    if plan.drops(item: item, mi, d) { continue }
                    if plan.isOversold(item: item, mi, d), let paid = o.paid {
                        // Sold without stock: closed and refunded in full, never shipped.
                        o.status = "交易关闭"
                        o.closeReason = "退款"
                        o.refundCents = o.paidCents
                        o.logistics = ""
                        o.carrier = ""
                        refundRequests.append(
                            .init(order: o, requested: paid.adding(3600 * 6), goods: "未发货", reason: "缺货"))
                        dayOrders.append(o)
                        groups.append("oversold")
                        continue
                    }
                }
                dayOrders.append(o)
                groups.append("")
            }
            if today.iso == gapDay {
                // P8: orders that never came through the store's traffic (injected outside the platform's visits).
                for _ in 0..<Int((Double(spec.ordersPerDay) * 0.8).rounded()) {
                    dayOrders.append(
                        legitOrder(
                            at: SampleTime(day: today, second: rng.int(9...21) * 3600 + rng.int(0...3599)),
                            monthEnd: last))
                    groups.append("unvisited")
                }
            }
            for (o, group) in scheduled[today.iso] ?? [] {
                dayOrders.append(o)
                groups.append(group)
            }
            // Sorting positions by precomputed keys moves integers, not orders of a dozen strings each.
            if mi == 0, d == 3, spec.plantAnomalies {
                var bad = legitOrder(at: SampleTime(day: today, second: 15 * 3600), monthEnd: last)
                bad.brokenAmount = true
                dayOrders.append(bad)
                groups.append("broken")
            }
            // Sorting positions by precomputed keys moves integers, not orders of a dozen strings each.
            let keys = dayOrders.map { (time: $0.created.day.ordinal * 86_400 + $0.created.second, id: $0.id) }
            let sequence = Array(dayOrders.indices).sorted { keys[$0] < keys[$1] }
            if Self.noteDays.contains(d) {
                // Every month holds a few notes with a comma, a doubled quote and a line break, whatever its size.
                for (note, i) in zip(
                    SampleCatalogue.awkwardNotes,
                    sequence.lazy.filter { groups[$0].isEmpty && dayOrders[$0].note.isEmpty })
                {
                    dayOrders[i].note = note
                }
            }
            for i in sequence {
                let group = groups[i]
                if mi == 1, group.isEmpty, rng.chance(0.05) { dayOrders[i].excelTimes = true }
                orders.append(dayOrders[i])
                if group.isEmpty || group == "oversold" {
                    guard let p = dayOrders[i].paidAsRead, p.day.year == year, p.day.month == month else { continue }
                    if spec.refundExport, group.isEmpty, dayOrders[i].refundCents > 0 {
                        refundRequests.append(Self.refundRequest(dayOrders[i], paid: p, monthEnd: last))
                    }
                    paidCount += 1
                    gmv += dayOrders[i].paidCents
                    refunds += dayOrders[i].refundCents
                    paidPerDay[p.day.day] += 1
                    daily[p.day.day].salesCents += dayOrders[i].paidCents
                    if spec.itemExports { itemSales.add(dayOrders[i], day: p.day.day) }
                    continue
                }
                let o = dayOrders[i]
                if group == "broken" {
                    broken += 1
                    continue
                }
                if Self.hardNegativeGroups.contains(group) {
                    negatives[group, default: (monthLabel, [], [])].ids.append(o.idText)
                }
                let isPlanted = orderPlants[group] != nil
                if isPlanted { plantedIDs[group, default: []].insert(o.idText) }
                guard let p = o.paidAsRead, p.day.year == year, p.day.month == month else { continue }
                paidCount += 1
                gmv += o.paidCents
                refunds += o.refundCents
                if group != "unvisited" { paidPerDay[p.day.day] += 1 }
                daily[p.day.day].salesCents += o.paidCents
                if isPlanted {
                    plantedPaid += 1
                    plantedGMV += o.paidCents
                    plantedRefunds += o.refundCents
                }
            }
        }
        var fileRows = try orders.finish(broken: broken)
        orderRows += fileRows[0].read
        files += fileRows.map(\.file)
        for (group, plant) in orderPlants.sorted(by: { $0.key < $1.key }) where plant.month == mi {
            guard let ids = plantedIDs[group]?.sorted() else { continue }
            planted.append(
                SampleExpectation.Planted(
                    id: group, rule: plant.rule, month: monthLabel, dates: plant.dates,
                    orderIDs: ids, source: nil, campaign: nil, shape: plantShapes[group] ?? plant.rule))
        }
        planted.sort { ($0.id.count, $0.id) < ($1.id.count, $1.id) }

        // Traffic.
        var traffic = TrafficTotals()
        fileRows += try writeTraffic(mi, paidPerDay: paidPerDay, totals: &traffic)
        for d in 1...days where d < traffic.visitorsPerDay.count {
            daily[d].visitors = traffic.visitorsPerDay[d]
            daily[d].buyers = traffic.buyersPerDay[d]
        }
        // Ads.
        var spendCents = 0
        var salesCents = 0
        fileRows.append(try writeAds(mi, spend: &spendCents, sales: &salesCents))
        if spec.refundExport {
            refundRequests.sort { ($0.requested, $0.order.id) < ($1.requested, $1.order.id) }
            let rows = try QianniuRefundExport.write(root: root, folder: folder, last: last, requests: refundRequests)
            files.append(rows.file)
            fileRows.append(rows)
            refundRequests = []
        }
        if let plan = diagnosis {
            fileRows += try writeOverview(mi, plan: plan, daily: daily)
            let work = try writeAgencyWork(mi, plan: plan)
            files += work.map(\.file)
            fileRows += work
            if spec.itemExports { fileRows += try writeItemExports(mi, plan: plan) }
            diagnosisTruth += diagnosisTruth(mi, plan: plan) + agencyWorkTruth(mi, plan: plan)
            if mi == plan.lateMonth { try stampFiles(from: firstFile, taken: plan.taken(mi, months: months)) }
        } else if let plan = downloads {
            // Drawn apart, so the months after it are the same with or without these downloads.
            swap(&rng, &downloadsRNG)
            defer { swap(&rng, &downloadsRNG) }
            fileRows += try writeOverview(mi, plan: plan, daily: daily)
            let work = try writeAgencyWork(mi, plan: plan)
            files += work.map(\.file)
            fileRows += work
            diagnosisTruth += agencyWorkTruth(mi, plan: plan)
        }

        /// A ratio, 0 when there is nothing to divide by (a month without paid orders, say).
        func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
        let metrics: [(String, Double)] = [
            ("orders", Double(paidCount)), ("gmv", Double(gmv) / 100), ("refundAmount", Double(refunds) / 100),
            ("visitors", Double(traffic.visitors)), ("searchVisitorsPerDay", ratio(traffic.search, days)),
            ("naturalTrafficShare", ratio(traffic.natural, traffic.visitors)),
            ("conversionRate", ratio(traffic.buyers, traffic.visitors)),
            ("averageOrderValue", ratio(gmv, paidCount) / 100),
            ("adSpend", Double(spendCents) / 100), ("adROI", ratio(salesCents, spendCents)),
            ("ordersExcludingPlanted", Double(paidCount - plantedPaid)),
            ("gmvExcludingPlanted", Double(gmv - plantedGMV) / 100),
        ]
        var expected = SampleExpectation.Month(
            month: monthLabel, metrics: metrics, files: fileRows.sorted { $0.file < $1.file })
        if spec.plantAnomalies, mi == Self.claimsMonth {
            let figures = ClaimFigures(
                orders: paidCount, plantedOrders: plantedPaid, gmvCents: gmv, plantedGMVCents: plantedGMV,
                refundCents: refunds, plantedRefundCents: plantedRefunds, visitors: traffic.visitors,
                naturalShare: ratio(traffic.natural, traffic.visitors), roi: ratio(salesCents, spendCents))
            let (file, claims) = try writeClaims(mi, figures)
            files.append(file)
            expected.claimsFile = file
            expected.claims = claims
        }
        files += try writeMerchantFiles(mi)
        expectedMonths.append(expected)
        monthStats.append(
            MonthStats(
                orders: paidCount, legitOrders: paidCount - plantedPaid, gmv: gmv,
                naturalShare: ratio(traffic.natural, traffic.visitors), roi: ratio(salesCents, spendCents)))
    }

    /// An ordinary refund as 千牛's 退款管理 lists it: a full refund before shipping (no stock-out
    /// reason), or a partial one after receipt; its reason chosen by the order's id, its request
    /// kept inside the month.
    static func refundRequest(_ o: SampleOrder, paid: SampleTime, monthEnd: SampleDay) -> QianniuRefundExport.Request {
        let whole = o.refundCents >= o.paidCents
        let reasons = whole ? QianniuRefundExport.notShippedReasons : QianniuRefundExport.receivedReasons
        var requested = paid.adding(whole ? 1800 + o.id % 7200 : 86_400 * 3 + o.id % 86_400)
        if requested.day > monthEnd { requested = SampleTime(day: monthEnd, second: 23 * 3600) }
        return .init(
            order: o, requested: requested, goods: whole ? "未发货" : "已收到货", reason: reasons[o.id % reasons.count])
    }

    /// Order groups that are hard negatives: legitimate orders a good detector must leave alone.
    static let hardNegativeGroups: Set<String> = [
        "repeat-customer", "family", "office-reception", "campus-parcel-station", "parcel-locker",
        "masked-phone-coincidence", "split-cart", "campus-station-busy-day", "neighbour-buildings",
        "two-home-family", "office-tower-colleagues", "missed-pickup-backup-carrier",
    ]

    /// Days of each month whose first legitimate orders get the notes CSV writers trip over.
    static let noteDays: Set<Int> = [2, 12, 22]

    static let hourWeights: [Double] = [
        2, 1, 0.5, 0.3, 0.2, 0.3, 0.8, 1.5, 3, 5, 7, 7, 5, 5, 5, 5, 5, 5, 5, 6, 8, 9, 8, 5,
    ]
}
