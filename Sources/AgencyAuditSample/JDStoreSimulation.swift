import Foundation

/// Writes a 京东 sample store: contract.json (`"platform": "jd"`), each month's orders, a 京东商智
/// 流量来源 workbook and a 京准通 report, and expected.json. A clean store: no planted fraud.
///
/// The shapes (formats.md §0 and §3; the column names verified, the layouts partly inferred):
/// even months hand out the legacy order csv (GBK, one row per order, `付款确认时间` blank for an
/// unpaid order) and a 京准通 快车 `.xlsx`; odd months the 订单明细 `.xlsx` the merchant gets after
/// unzipping the encrypted export (phones masked `1******6198`), a 京准通 全站营销 `.zip` holding a
/// csv whose header is on row 2 under a title line, and a 售后明细 `.xlsx` (header on row 2 under a
/// group row) whose refunds the audit adds to their orders. Every 京准通 report ends
/// with a `汇总` row that must never be added.
struct JDStoreSimulation: StoreSimulation {
    let spec: SampleStoreSpec
    let root: URL
    var rng: SplitMix64
    let scale: Double
    var months: [(year: Int, month: Int)] = []
    var orderCounter = 0
    var files: [String] = []
    var orderRows = 0
    var expectedMonths: [SampleExpectation.Month] = []
    /// Per month: paid orders and GMV in cents, for the contract's targets.
    var monthFigures: [(orders: Int, gmv: Int)] = []
    /// The largest day's 京准通 spend, in cents, for the contract's daily limit.
    var largestDaySpend = 0
    /// Paid orders of the month being written, for the 售后明细 rows.
    var paidOrderIDs: [(id: Int, cents: Int, paidAt: SampleTime)] = []

    static let orderHeader = [
        "订单号", "商品ID", "商品名称", "订购数量", "下单时间", "付款确认时间", "订单完成时间", "京东价", "订单金额", "结算金额", "余额支付",
        "应付金额", "运费金额", "服务费", "订单状态", "订单类型", "订单渠道", "订单来源", "下单帐号", "客户姓名", "客户地址", "联系电话",
        "订单备注", "商家备注", "货号",
    ]
    /// 京东商智 流量来源: three source levels, 京东's own words for the buyer figures (成交客户数, 成交金额).
    static let trafficHeader = [
        "日期", "一级来源", "二级来源", "三级来源", "访客数", "浏览量", "跳失率", "成交客户数", "成交单量", "成交金额", "成交转化率",
    ]
    /// (一级来源, 二级来源, share of the day's visitors, 三级来源 breakdown written under it).
    static let sources: [(group: String, name: String, share: Double, detail: String?)] = [
        ("京东免费", "搜索", 0.34, "关键词搜索"), ("京东免费", "推荐", 0.18, nil), ("京东付费", "京东快车", 0.22, nil),
        ("京东付费", "京准通全站营销", 0.1, nil), ("自主访问", "购物车", 0.1, nil), ("京东站外", "微信", 0.06, nil),
    ]
    static let kuaicheHeader = [
        "日期", "推广计划", "计划ID", "营销场景", "展现数", "点击数", "点击率(%)", "花费", "千次展现成本", "平均点击成本", "总订单行", "总订单金额",
        "直接订单金额", "总加购数", "投产比",
    ]
    static let quanzhanHeader = ["日期", "计划名称", "计划ID", "展现数", "点击数", "总费用", "总订单行", "总订单金额", "投产比"]
    static let campaigns: [(name: String, id: String, dailyCents: Int)] = [
        ("快车-连衣裙关键词", "300100001", 26_000), ("全站营销-店铺推广", "300100002", 14_000),
    ]

    init(spec: SampleStoreSpec, root: URL, firstYear: Int, firstMonth: Int) {
        self.spec = spec
        self.root = root
        rng = SplitMix64(seed: spec.seed ^ 0x6A64)  // "jd": not the Taobao store's numbers
        scale = Double(spec.ordersPerDay) / 50
        months = SampleStoreFolder.months(firstYear: firstYear, firstMonth: firstMonth, count: spec.monthCount)
    }

    mutating func run() throws -> SampleStoreSummary {
        for i in months.indices { try writeMonth(i) }
        try writeContract()
        let expectation = SampleExpectation(seed: spec.seed, months: expectedMonths, planted: [], hardNegatives: [])
        try SampleStoreFolder.writeText(expectation.json(), to: "expected.json", in: root)
        return SampleStoreSummary(files: files.sorted(), orderRows: orderRows, expected: expectation)
    }

    func stamp(_ mi: Int) -> ArchiveTimestamp {
        let (year, month) = months[mi]
        return ArchiveTimestamp(
            year: year, month: month, day: SampleDay.daysIn(year: year, month: month), hour: 23, minute: 20)
    }

    // MARK: - Orders

    mutating func writeMonth(_ mi: Int) throws {
        let (year, month) = months[mi]
        let folder = "exports/\(label(mi))"
        let directory = root.appendingPathComponent(folder)
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw SampleGeneratorError.cannotWrite(directory.path, error: error)
        }
        let days = SampleDay.daysIn(year: year, month: month)
        let lastDay = SampleDay(year: year, month: month, day: days)
        let legacy = mi % 2 == 0
        var lines: [[String]] = []
        var paidOrders = 0
        var gmv = 0
        var paidPerDay: [Int] = []
        paidOrderIDs = []
        for d in 1...days {
            let day = SampleDay(year: year, month: month, day: d)
            let count = max(1, Int((Double(spec.ordersPerDay) * (0.8 + 0.4 * rng.unit())).rounded()))
            let seconds = (0..<count).map { _ in rng.int(8 * 3600...22 * 3600) }.sorted()
            var paidToday = 0
            for second in seconds {
                let order = nextOrder(created: SampleTime(day: day, second: second), lastDay: lastDay, masked: !legacy)
                lines.append(order.cells)
                if order.paid {
                    paidOrders += 1
                    paidToday += 1
                    gmv += order.payableCents
                    paidOrderIDs.append((order.id, order.payableCents, order.paidAt!))
                }
            }
            paidPerDay.append(paidToday)
        }
        let orderFile: SampleExpectation.FileRows
        var afterSales: SampleExpectation.FileRows?
        var refunds = 0
        if legacy {
            // The legacy export's name: 订单导出 and the time of the download.
            let name = "\(folder)/订单导出_\(lastDay.next.compact)0815.csv"
            let writer = try ExportFileWriter(root: root, name: name, encoding: .gb18030, lineEnd: "\r\n")
            writer.row(Self.orderHeader)
            // Every seventh 商品ID as a spreadsheet re-saving the file writes it: `100012345003.0`,
            // the same item as without the `.0`.
            for (k, line) in lines.enumerated() {
                var cells = line
                if k % 7 == 3 { cells[1] += ".0" }
                writer.row(cells)
            }
            try writer.close()
            files.append(name)
            orderFile = SampleExpectation.FileRows(
                file: name, kind: "orders", encoding: "gb18030", read: lines.count, accepted: lines.count,
                rejected: 0, skipped: 0)
        } else {
            let name = "\(folder)/订单明细_\(lastDay.next.compact)0815.xlsx"
            let writer = try XLSXWriter(
                path: root.appendingPathComponent(name).path, options: .init(timestamp: stamp(mi)))
            writer.beginSheet(name: "订单明细")
            writer.row(Self.orderHeader.map(XLSXCell.text))
            for line in lines { writer.row(line.map { $0.isEmpty ? .empty : .text($0) }) }
            writer.endSheet()
            try writer.close()
            files.append(name)
            orderFile = SampleExpectation.FileRows(
                file: name, kind: "orders", encoding: "xlsx", read: lines.count, accepted: lines.count, rejected: 0,
                skipped: 0)
            (afterSales, refunds) = try writeAfterSales(mi)
        }
        orderRows += lines.count

        var traffic = (visitors: 0, natural: 0, search: 0)
        let trafficFile = try writeTraffic(mi, paidPerDay: paidPerDay, totals: &traffic)
        var spend = 0
        var sales = 0
        let ads = try writeAds(mi, spend: &spend, sales: &sales)
        func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
        let metrics: [(String, Double)] = [
            ("orders", Double(paidOrders)), ("gmv", Double(gmv) / 100),
            ("averageOrderValue", ratio(gmv, paidOrders) / 100), ("refundAmount", Double(refunds) / 100),
            ("visitors", Double(traffic.visitors)), ("naturalTrafficShare", ratio(traffic.natural, traffic.visitors)),
            ("searchVisitorsPerDay", Double(traffic.search) / Double(paidPerDay.count)),
            ("adSpend", Double(spend) / 100), ("adROI", ratio(sales, spend)), ("orderRows", Double(lines.count)),
        ]
        expectedMonths.append(
            SampleExpectation.Month(
                month: label(mi), metrics: metrics,
                files: ([orderFile, trafficFile, ads] + (afterSales.map { [$0] } ?? [])).sorted { $0.file < $1.file }))
        monthFigures.append((paidOrders, gmv))
    }

    /// One order as its row (京东 writes one row per order here), whether it was paid, and what.
    mutating func nextOrder(created: SampleTime, lastDay: SampleDay, masked: Bool)
        -> (cells: [String], paid: Bool, payableCents: Int, id: Int, paidAt: SampleTime?)
    {
        orderCounter += 1
        let id = 283_400_000_000 + orderCounter * 7_919 + rng.int(0...999)
        let roll = rng.unit()
        let unpaid = roll < 0.04
        let cancelled = !unpaid && roll < 0.07
        let paidAt = unpaid || cancelled ? nil : created.adding(rng.int(5...900))
        let shippedAt = paidAt.map { $0.adding(rng.int(3 * 3600...20 * 3600)) }
        let completed = shippedAt.map { $0.day.ordinal + 5 <= lastDay.ordinal } ?? false
        let status: String
        if unpaid {
            status = "等待付款"
        } else if cancelled {
            status = rng.chance(0.5) ? "已取消" : "(删除)锁定"
        } else if completed {
            status = "完成"
        } else if let s = shippedAt, s.day <= lastDay {
            status = "等待确认收货"
        } else {
            status = "等待出库"
        }
        let itemIndex = rng.weighted(SampleCatalogue.items.map(\.weight))
        let item = SampleCatalogue.items[itemIndex]
        let quantity = rng.chance(0.15) ? 2 : 1
        let goods = item.cents * quantity
        // A shop coupon now and then: 应付金额 is what the buyer pays, 订单金额 the goods' price.
        let discount = rng.chance(0.2) ? min(goods / 10, 1_000) : 0
        let payable = goods - discount
        let receiver =
            SampleCatalogue.surnames[rng.int(0...(SampleCatalogue.surnames.count - 1))]
            + rng.pick(SampleCatalogue.givenChars) + (rng.chance(0.5) ? rng.pick(SampleCatalogue.givenChars) : "")
        let tail = rng.int(1000...9999)
        let phone =
            masked
            ? "1******\(tail)" : "1\(rng.pick(["3", "5", "8", "9"]))\(rng.int(0...9))\(rng.int(1000...9999))\(tail)"
        let place = rng.pick(SampleCatalogue.places)
        let address =
            "\(place.province)\(place.city)\(place.district)\(rng.pick(place.roads))\(rng.int(1...999))号\(rng.int(1...30))幢\(rng.int(1...28))0\(rng.int(1...4))室"
        let account = "jd_\(String(rng.next() % 0xFFFF_FFFF, radix: 16))"
        let cells: [String] = [
            "\(id)", "\(100_012_345_000 + itemIndex)", item.title, "\(quantity)", created.full, paidAt?.full ?? "",
            completed ? shippedAt!.adding(4 * 86_400).full : "", ExportNumber.money(item.cents),
            ExportNumber.money(goods),
            ExportNumber.money(payable * 95 / 100), "0.00", ExportNumber.money(payable), "0.00", "0.00", status, "一般订单",
            rng.pick(["京东APP", "微信", "PC"]), "普通订单", account, receiver, address, phone, "", "", "JD-\(100 + itemIndex)",
        ]
        return (cells, paidAt != nil, payable, id, paidAt)
    }

    /// 售后明细 as unzipped from the encrypted export: a group row, the header on row 2, one row per
    /// 服务单. About one paid order in 25 has one: the whole payment back, or half of it (a partial
    /// refund). Returns its rows' accounting and the refunds in cents.
    mutating func writeAfterSales(_ mi: Int) throws -> (rows: SampleExpectation.FileRows, cents: Int) {
        let name =
            "exports/\(label(mi))/售后明细_\(SampleDay(year: months[mi].year, month: months[mi].month, day: 1).compact).xlsx"
        let writer = try XLSXWriter(path: root.appendingPathComponent(name).path, options: .init(timestamp: stamp(mi)))
        writer.beginSheet(name: "售后明细")
        writer.row([.text("服务单信息"), .empty, .empty, .text("商品信息"), .empty, .text("退款信息"), .empty])
        writer.row(["服务单号", "订单号", "申请时间", "商品编号", "商品名称", "退款金额", "处理结果"].map(XLSXCell.text))
        var rows = 0
        var cents = 0
        for order in paidOrderIDs where rng.chance(0.04) {
            let amount = rng.chance(0.5) ? order.cents : order.cents / 2
            writer.row([
                .text("\(1_870_000_000 + orderCounter * 100 + rows)"), .text("\(order.id)"),
                .text(order.paidAt.adding(2 * 86_400).full),
                .text("100012345000"), .text("商品"), .number(ExportNumber.money(amount)),
                .text(amount == order.cents ? "退款完成" : "部分退款完成"),
            ])
            rows += 1
            cents += amount
        }
        writer.endSheet()
        try writer.close()
        files.append(name)
        return (
            SampleExpectation.FileRows(
                file: name, kind: "refunds", encoding: "xlsx", read: rows, accepted: rows, rejected: 0, skipped: 0),
            cents
        )
    }

    // MARK: - 京东商智

    /// The month's 流量来源 workbook: each day's 二级来源 rows (accepted) and one 三级来源 row (a
    /// breakdown of 搜索, skipped).
    mutating func writeTraffic(_ mi: Int, paidPerDay: [Int], totals: inout (visitors: Int, natural: Int, search: Int))
        throws
        -> SampleExpectation.FileRows
    {
        let (year, month) = months[mi]
        let name = "exports/\(label(mi))/商智_流量来源_\(label(mi)).xlsx"
        let writer = try XLSXWriter(path: root.appendingPathComponent(name).path, options: .init(timestamp: stamp(mi)))
        writer.beginSheet(name: "流量来源")
        writer.row(Self.trafficHeader.map(XLSXCell.text))
        var read = 0
        var accepted = 0
        for (d, paid) in paidPerDay.enumerated() {
            let day = SampleDay(year: year, month: month, day: d + 1)
            let dayVisitors = Int(Double(spec.ordersPerDay) * 30 * (0.85 + 0.3 * rng.unit()))
            for s in Self.sources {
                let visitors = max(1, Int(Double(dayVisitors) * s.share))
                let buyers = Int((Double(paid) * s.share).rounded())
                func cells(_ level3: String?, _ v: Int, _ b: Int) -> [XLSXCell] {
                    [
                        .text(day.iso), .text(s.group), .text(s.name), level3.map(XLSXCell.text) ?? .empty,
                        .number("\(v)"),
                        .number("\(v * 3 / 2)"), .text(ExportNumber.percent(0.4 + 0.2 * rng.unit())), .number("\(b)"),
                        .number("\(b)"), .number(ExportNumber.money(b * 15_900)),
                        .text(ExportNumber.percent(Double(b) / Double(v))),
                    ]
                }
                writer.row(cells(nil, visitors, buyers))
                read += 1
                accepted += 1
                totals.visitors += visitors
                if s.group == "京东免费" { totals.natural += visitors }
                if s.name == "搜索" { totals.search += visitors }
                if let detail = s.detail {
                    writer.row(cells(detail, visitors * 2 / 3, buyers / 2))
                    read += 1
                }
            }
        }
        writer.endSheet()
        try writer.close()
        files.append(name)
        return SampleExpectation.FileRows(
            file: name, kind: "traffic", encoding: "xlsx", read: read, accepted: accepted, rejected: 0,
            skipped: read - accepted)
    }

    // MARK: - 京准通

    /// The month's 京准通 report, a `汇总` row last: 快车's `.xlsx` (花费) in even months, 全站营销's
    /// zipped csv (总费用; a title line, the header on row 2) in odd ones.
    mutating func writeAds(_ mi: Int, spend: inout Int, sales: inout Int) throws -> SampleExpectation.FileRows {
        let (year, month) = months[mi]
        let days = SampleDay.daysIn(year: year, month: month)
        let kuaiche = mi % 2 == 0
        var rows: [[String]] = []
        var orders = 0
        var clicks = 0
        var shows = 0
        // Each campaign's month as 快车 also writes it: a range row (`20250701~20250731`) after
        // the days, a period total the audit must never count as a day nor on top of them.
        var campaignTotals = Self.campaigns.map { _ in (spend: 0, sales: 0, shows: 0, clicks: 0, orders: 0) }
        var periodRows = 0
        for d in 1...days {
            let day = SampleDay(year: year, month: month, day: d)
            var daySpend = 0
            for c in Self.campaigns {
                let s = max(100, Int(Double(c.dailyCents) * scale * (0.7 + 0.6 * rng.unit())))
                let gmv = Int((Double(s) * (2.0 + 2.5 * rng.unit())).rounded())
                let impressions = s / 3 + rng.int(0...400)
                let click = max(1, impressions / 35)
                let n = max(1, gmv / 15_000)
                let roi = ExportNumber.fixed(Double(gmv) / Double(s), 2)
                if kuaiche {
                    rows.append([
                        day.compact, c.name, c.id, "京东快车", "\(impressions)", "\(click)",
                        ExportNumber.fixed(Double(click) / Double(impressions) * 100, 2), ExportNumber.money(s),
                        ExportNumber.money(s * 1000 / impressions), ExportNumber.money(s / click), "\(n)",
                        ExportNumber.money(gmv), ExportNumber.money(gmv * 7 / 10), "\(n * 2)", roi,
                    ])
                } else {
                    rows.append([
                        day.iso, c.name, c.id, "\(impressions)", "\(click)", ExportNumber.money(s), "\(n)",
                        ExportNumber.money(gmv),
                        roi,
                    ])
                }
                if let k = Self.campaigns.firstIndex(where: { $0.id == c.id }) {
                    campaignTotals[k].spend += s
                    campaignTotals[k].sales += gmv
                    campaignTotals[k].shows += impressions
                    campaignTotals[k].clicks += click
                    campaignTotals[k].orders += n
                }
                spend += s
                sales += gmv
                daySpend += s
                orders += n
                clicks += click
                shows += impressions
            }
            largestDaySpend = max(largestDaySpend, daySpend)
        }
        let roi = ExportNumber.fixed(Double(sales) / Double(spend), 2)
        if kuaiche {
            let first = SampleDay(year: year, month: month, day: 1)
            let last = SampleDay(year: year, month: month, day: days)
            for (c, t) in zip(Self.campaigns, campaignTotals) {
                rows.append([
                    "\(first.compact)~\(last.compact)", c.name, c.id, "京东快车", "\(t.shows)", "\(t.clicks)",
                    ExportNumber.fixed(Double(t.clicks) / Double(t.shows) * 100, 2), ExportNumber.money(t.spend),
                    ExportNumber.money(t.spend * 1000 / t.shows), ExportNumber.money(t.spend / t.clicks), "\(t.orders)",
                    ExportNumber.money(t.sales), ExportNumber.money(t.sales * 7 / 10), "\(t.orders * 2)",
                    ExportNumber.fixed(Double(t.sales) / Double(t.spend), 2),
                ])
                periodRows += 1
            }
            rows.append([
                "汇总", "-", "-", "-", "\(shows)", "\(clicks)", "-", ExportNumber.money(spend), "-", "-", "\(orders)",
                ExportNumber.money(sales), "-", "-", roi,
            ])
        } else {
            rows.append([
                "汇总", "-", "-", "\(shows)", "\(clicks)", ExportNumber.money(spend), "\(orders)",
                ExportNumber.money(sales), roi,
            ])
        }
        let name: String
        let reported: String
        if kuaiche {
            name = "exports/\(label(mi))/京准通_快车_计划报表_\(label(mi)).xlsx"
            let writer = try XLSXWriter(
                path: root.appendingPathComponent(name).path, options: .init(timestamp: stamp(mi)))
            writer.beginSheet(name: "计划报表")
            writer.row(Self.kuaicheHeader.map(XLSXCell.text))
            for row in rows {
                writer.row(row.enumerated().map { i, cell in i < 4 || cell == "-" ? .text(cell) : .number(cell) })
            }
            writer.endSheet()
            try writer.close()
            reported = name
        } else {
            let base = "京准通_全站营销_\(label(mi))"
            name = "exports/\(label(mi))/\(base).zip"
            let temporary = "exports/\(label(mi))/.\(base).csv.part"
            let writer = try ExportFileWriter(root: root, name: temporary, encoding: .gb18030, lineEnd: "\r\n")
            let last = SampleDay(year: year, month: month, day: days)
            writer.row(["京准通全站营销 计划数据 \(SampleDay(year: year, month: month, day: 1).iso)~\(last.iso)"])
            writer.row(Self.quanzhanHeader)
            for row in rows { writer.row(row) }
            try writer.close()
            let csv = root.appendingPathComponent(temporary)
            defer { try? FileManager.default.removeItem(at: csv) }
            let data: Data
            do {
                data = try Data(contentsOf: csv)
            } catch {
                throw SampleGeneratorError.cannotWrite(csv.path, error: error)
            }
            let zip = try ZipWriter(path: root.appendingPathComponent(name).path, modified: stamp(mi))
            try zip.addEntry(name: "\(base).csv", method: .deflated, data: [UInt8](data))
            try zip.close()
            // The audit names a zipped export by the zip and its entry.
            reported = "\(name)/\(base).csv"
        }
        files.append(name)
        return SampleExpectation.FileRows(
            file: reported, kind: "ads", encoding: kuaiche ? "xlsx" : "gb18030", read: rows.count,
            accepted: rows.count - 1 - periodRows,
            rejected: 0, skipped: 1 + periodRows)
    }

    // MARK: - Contract

    func writeContract() throws {
        func rounded(_ v: Double, to step: Double) -> Int { max(1, Int((v / step).rounded() * step)) }
        let orders = monthFigures.map(\.orders).min() ?? 1
        let gmv = monthFigures.map(\.gmv).min() ?? 100
        let json = """
            {
              "store": {"name": \(JSONText.quoted(spec.storeName)), "platform": "jd"},
              "agency": {"name": "杭州某某电商托管有限公司"},
              "fees": {"monthlyBase": 5000, "commissionTiers": [{"upTo": 100000, "rate": 0.03}, {"rate": 0.05}]},
              "limits": {"dailyAdSpend": \(rounded(Double(largestDaySpend) / 100 * 1.3, to: 10)), "roiRedLine": 1.5, "roiRedLineDays": 3},
              "stages": [
                {"name": "托管期", "from": "\(label(0))", "to": "\(label(months.count - 1))", "targets": {"orders": \(rounded(Double(orders) * 0.95, to: 10)), "gmv": \(rounded(Double(gmv) / 100 * 0.95, to: 100)), "naturalTrafficShare": 0.4, "adROI": 2.5}}
              ],
              "termination": {"consecutiveMissedStages": 2, "missBelow": 0.8}
            }

            """
        try SampleStoreFolder.writeText(json, to: "contract.json", in: root)
    }
}
