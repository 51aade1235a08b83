import Foundation

/// Writes a 抖店 sample store: contract.json (`"platform": "douyin"`), each month's order csv in
/// the shape 抖店 订单管理 → 导出 hands out and a 巨量千川 report, and expected.json. No traffic
/// export: 电商罗盘's 流量来源 download is not documented anywhere we found, so the audit must say
/// so instead of failing.
///
/// The order csv's quirks (formats.md §4): the name starts with the export's 10-digit unix time;
/// UTF-8 with BOM (every other month GB18030, as some merchants' files are); one row per 子订单,
/// grouped by `主订单编号`, each row's `订单应付金额` that 子订单's own (a free gift writes 0.00);
/// ids and text prefixed with a tab inside quotes, an apostrophe or a backtick; `-` for empty.
/// 巨量千川's report alternates between csv and xlsx by month. A clean store: no planted fraud (the Taobao store plants the shapes the rules score).
struct DouyinStoreSimulation: StoreSimulation {
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
    /// The largest day's 千川 spend, in cents, for the contract's daily limit.
    var largestDaySpend = 0

    static let header = [
        "主订单编号", "子订单编号", "选购商品", "商品规格", "商品数量", "商品ID", "商家编码", "商品金额", "订单应付金额", "运费", "收件人",
        "收件人手机号", "详细地址", "订单提交时间", "支付完成时间", "订单完成时间", "订单状态", "售后状态", "取消原因", "发货时间",
        "平台实际承担优惠金额", "商家实际承担优惠金额", "达人实际承担优惠金额",
    ]
    static let qianchuanHeader = [
        "日期", "计划名称", "计划ID", "整体消耗", "整体展示次数", "整体点击次数", "整体成交订单数", "整体成交金额", "整体支付ROI", "净成交金额",
        "净成交ROI",
    ]
    static let campaigns: [(name: String, id: String, dailyCents: Int)] = [
        ("全域推广-店铺整体", "1791000000000001", 28_000), ("标准推广-连衣裙短视频", "1791000000000002", 12_000),
    ]
    static let specs = ["S", "M", "L", "XL", "默认"]

    init(spec: SampleStoreSpec, root: URL, firstYear: Int, firstMonth: Int) {
        self.spec = spec
        self.root = root
        rng = SplitMix64(seed: spec.seed ^ 0x646F_7579_696E)  // "douyin": not the Taobao store's numbers
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

    // MARK: - Orders

    /// How an export writes an id or a text cell so Excel keeps it as text.
    enum Prefix: CaseIterable {
        case tab, apostrophe, backtick

        func cell(_ text: String) -> String {
            switch self {
            case .tab: return "\"\t\(text)\""
            case .apostrophe: return "'\(text)"
            case .backtick: return "`\(text)"
            }
        }
    }

    mutating func writeMonth(_ mi: Int) throws {
        let (year, month) = months[mi]
        let days = SampleDay.daysIn(year: year, month: month)
        let lastDay = SampleDay(year: year, month: month, day: days)
        // Exported the morning after the month's last day (Beijing time): the name's unix time.
        let exportedAt = (lastDay.ordinal + 1) * 86_400 + 2 * 3600 + rng.int(0...3599)
        let hex = String(rng.next(), radix: 16)
        let name = "exports/\(label(mi))/\(exportedAt)_\(String(repeating: "0", count: 16 - hex.count))\(hex).csv"
        let encoding: ExportFileWriter.Encoding = mi % 2 == 1 ? .gb18030 : .utf8BOM
        let writer = try ExportFileWriter(root: root, name: name, encoding: encoding, lineEnd: "\r\n")
        writer.line(Self.header.joined(separator: ","))
        var rows = 0
        var paidOrders = 0
        var gmv = 0
        var multiItem = 0
        for d in 1...days {
            let day = SampleDay(year: year, month: month, day: d)
            let count = max(1, Int((Double(spec.ordersPerDay) * (0.8 + 0.4 * rng.unit())).rounded()))
            // Created between 08:00 and 22:00, so payment (minutes later) never leaves the month.
            let seconds = (0..<count).map { _ in rng.int(8 * 3600...22 * 3600) }.sorted()
            for second in seconds {
                let order = nextOrder(created: SampleTime(day: day, second: second), lastDay: lastDay)
                for line in order.lines { writer.line(line) }
                rows += order.lines.count
                if order.lines.count > 1 { multiItem += 1 }
                if order.paid {
                    paidOrders += 1
                    gmv += order.payableCents
                }
            }
        }
        try writer.close()
        files.append(name)
        orderRows += rows

        var spend = 0
        var sales = 0
        let ads = try writeQianchuan(mi, spend: &spend, sales: &sales)
        func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
        let metrics: [(String, Double)] = [
            ("orders", Double(paidOrders)), ("gmv", Double(gmv) / 100),
            ("averageOrderValue", ratio(gmv, paidOrders) / 100),
            ("adSpend", Double(spend) / 100), ("adROI", ratio(sales, spend)),
            ("orderRows", Double(rows)), ("multiItemOrders", Double(multiItem)),
        ]
        let orderFile = SampleExpectation.FileRows(
            file: name, kind: "orders", encoding: encoding.rawValue, read: rows, accepted: rows, rejected: 0, skipped: 0
        )
        // 飞鸽's 客服表现 for the month (no peer row; the contract writes no response limit).
        let service = try SampleAgencyWorkFiles.writeFeige(
            root: root, folder: "exports/\(label(mi))", from: SampleDay(year: year, month: month, day: 1), to: lastDay)
        files.append(service.file)
        expectedMonths.append(
            SampleExpectation.Month(
                month: label(mi), metrics: metrics, files: [orderFile, ads, service].sorted { $0.file < $1.file }))
        monthFigures.append((paidOrders, gmv))
    }

    /// One 主订单 as its csv lines (one per 子订单), whether it was paid, and what it was paid.
    mutating func nextOrder(created: SampleTime, lastDay: SampleDay) -> (lines: [String], paid: Bool, payableCents: Int)
    {
        orderCounter += 1
        let id = 6_917_926_768_800_000_000 + orderCounter * 7_919 + rng.int(0...999)
        let prefix = rng.pick(Prefix.allCases)
        let roll = rng.unit()
        let unpaid = roll < 0.05
        let refunded = !unpaid && roll < 0.09
        // About one order in ten has a second 子订单: another item, or a free gift (0.00).
        let parts = rng.chance(0.1) ? 2 : 1
        let giftSecond = parts == 2 && rng.chance(0.5)
        let paidAt = unpaid ? nil : created.adding(rng.int(5...600))
        let shippedAt = paidAt.map { $0.adding(rng.int(3 * 3600...20 * 3600)) }
        let completed = shippedAt.map { $0.day.ordinal + 5 <= lastDay.ordinal } ?? false
        let status: String
        if unpaid || refunded {
            status = "已关闭"
        } else if completed {
            status = "已完成"
        } else if let s = shippedAt, s.day <= lastDay {
            status = "已发货"
        } else {
            status = "待发货"
        }
        let receiver =
            SampleCatalogue.surnames[rng.int(0...(SampleCatalogue.surnames.count - 1))]
            + rng.pick(SampleCatalogue.givenChars) + (rng.chance(0.5) ? rng.pick(SampleCatalogue.givenChars) : "")
        let phone = "1\(rng.pick(["3", "5", "8", "9"]))\(rng.int(0...9))\(rng.int(10_000_000...99_999_999))"
        let place = rng.pick(SampleCatalogue.places)
        let address =
            "\(place.province)\(place.city)\(place.district)\(rng.pick(place.roads))\(rng.int(1...999))号\(rng.int(1...30))幢\(rng.int(1...6))单元\(rng.int(1...28))0\(rng.int(1...4))室"
        let dash = "-"
        var lines: [String] = []
        var payable = 0
        for k in 0..<parts {
            let itemIndex = rng.weighted(SampleCatalogue.items.map(\.weight))
            let item = SampleCatalogue.items[itemIndex]
            let gift = k == 1 && giftSecond
            let quantity = gift ? 1 : (rng.chance(0.15) ? 2 : 1)
            let price = gift ? 0 : item.cents
            let amount = price * quantity
            payable += amount
            let subID = k == 0 ? "\(id)" : "\(id)\(k)"
            let cells: [String] = [
                prefix.cell("\(id)"), prefix.cell(subID), prefix.cell(gift ? "【赠品】防晒袖套" : item.title),
                prefix.cell(gift ? "默认" : rng.pick(Self.specs)), "\(quantity)",
                prefix.cell("\(3_600_000_000_000_000_000 + itemIndex)"), prefix.cell("DY-\(100 + itemIndex)"),
                ExportNumber.money(price), ExportNumber.money(amount), "0.00", receiver, phone, address, created.full,
                paidAt?.full ?? dash, completed ? shippedAt!.adding(4 * 86_400).full : dash, status,
                refunded ? "退款成功" : dash, unpaid ? "超时未支付" : dash, shippedAt.map(\.full) ?? dash, "0.00", "0.00",
                "0.00",
            ]
            lines.append(cells.joined(separator: ","))
        }
        return (lines, !unpaid, payable)
    }

    // MARK: - 巨量千川

    /// The month's 千川 report: two campaigns a day, then a 合计 row that must never be added. A
    /// csv (UTF-8) in even months, an xlsx (inline strings, figures as numbers) in odd ones: 千川
    /// hands out both.
    mutating func writeQianchuan(_ mi: Int, spend: inout Int, sales: inout Int) throws -> SampleExpectation.FileRows {
        let (year, month) = months[mi]
        let days = SampleDay.daysIn(year: year, month: month)
        var rows: [[XLSXCell]] = []
        var orders = 0
        for d in 1...days {
            let day = SampleDay(year: year, month: month, day: d)
            var daySpend = 0
            for c in Self.campaigns {
                let s = max(100, Int(Double(c.dailyCents) * scale * (0.7 + 0.6 * rng.unit())))
                let roi = 2.2 + 2.3 * rng.unit()
                let gmv = Int((Double(s) * roi).rounded())
                let net = gmv * 9 / 10
                let shows = s / 4 + rng.int(0...500)
                let n = max(1, gmv / 15_000)
                rows.append([
                    .text(day.iso), .text(c.name), .text(c.id), .number(ExportNumber.money(s)), .number("\(shows)"),
                    .number("\(shows / 40)"), .number("\(n)"), .number(ExportNumber.money(gmv)),
                    .number(ExportNumber.fixed(Double(gmv) / Double(s), 2)), .number(ExportNumber.money(net)),
                    .number(ExportNumber.fixed(Double(net) / Double(s), 2)),
                ])
                spend += s
                sales += gmv
                daySpend += s
                orders += n
            }
            largestDaySpend = max(largestDaySpend, daySpend)
        }
        rows.append([
            .text("合计"), .text("-"), .text("-"), .number(ExportNumber.money(spend)), .text("-"), .text("-"),
            .number("\(orders)"), .number(ExportNumber.money(sales)),
            .number(ExportNumber.fixed(Double(sales) / Double(spend), 2)), .text("-"), .text("-"),
        ])
        let header = Self.qianchuanHeader.map(XLSXCell.text)
        let base = "exports/\(label(mi))/巨量千川_推广数据_\(label(mi))"
        let name: String
        if mi % 2 == 1 {
            name = base + ".xlsx"
            let url = root.appendingPathComponent(name)
            let last = SampleDay(year: year, month: month, day: days)
            let writer = try XLSXWriter(
                path: url.path,
                options: .init(
                    timestamp: ArchiveTimestamp(year: last.year, month: last.month, day: last.day, hour: 23, minute: 10)
                ))
            writer.beginSheet(name: "推广数据")
            writer.row(header)
            for row in rows { writer.row(row) }
            writer.endSheet()
            try writer.close()
        } else {
            name = base + ".csv"
            let writer = try ExportFileWriter(root: root, name: name, encoding: .utf8, lineEnd: "\r\n")
            for row in [header] + rows {
                writer.row(
                    row.map {
                        switch $0 {
                        case .text(let t), .number(let t): return t
                        case .empty: return ""
                        }
                    })
            }
            try writer.close()
        }
        files.append(name)
        return SampleExpectation.FileRows(
            file: name, kind: "ads", encoding: mi % 2 == 1 ? "xlsx" : "utf-8", read: rows.count,
            accepted: rows.count - 1, rejected: 0, skipped: 1)
    }

    // MARK: - Contract

    func writeContract() throws {
        func rounded(_ v: Double, to step: Double) -> Int { max(1, Int((v / step).rounded() * step)) }
        let orders = monthFigures.map(\.orders).min() ?? 1
        let gmv = monthFigures.map(\.gmv).min() ?? 100
        let json = """
            {
              "store": {"name": \(JSONText.quoted(spec.storeName)), "platform": "douyin"},
              "agency": {"name": "杭州某某电商托管有限公司"},
              "fees": {"monthlyBase": 5000, "commissionTiers": [{"upTo": 100000, "rate": 0.03}, {"rate": 0.05}]},
              "limits": {"dailyAdSpend": \(rounded(Double(largestDaySpend) / 100 * 1.3, to: 10)), "roiRedLine": 1.5, "roiRedLineDays": 3},
              "stages": [
                {"name": "托管期", "from": "\(label(0))", "to": "\(label(months.count - 1))", "targets": {"orders": \(rounded(Double(orders) * 0.95, to: 10)), "gmv": \(rounded(Double(gmv) / 100 * 0.95, to: 100)), "adROI": 2.5}}
              ],
              "termination": {"consecutiveMissedStages": 2, "missBelow": 0.8}
            }

            """
        try SampleStoreFolder.writeText(json, to: "contract.json", in: root)
    }
}
