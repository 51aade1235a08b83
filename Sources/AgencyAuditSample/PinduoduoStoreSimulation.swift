import Foundation

/// A 拼多多 store: the order csv of 商家后台 订单查询 → 导出, the 推广 report and the product price and
/// stock exports (`PinduoduoStoreSimulation+Products.swift`), month by month, in their own shapes and quirks, with contract.json (`"platform": "pinduoduo"`) and expected.json.
///
/// No traffic file: 数据中心's export is documented nowhere, so the audit must say that the
/// traffic figures cannot be measured rather than fail. No fake orders are planted (the rules
/// are scored on the Taobao stores); the hard negative is five orders without 订单成交时间 to
/// one address on one day, which would look like a burst at 00:00 if untimed orders were put there.
struct PinduoduoStoreSimulation: StoreSimulation {
    let spec: SampleStoreSpec
    let root: URL
    var rng: SplitMix64
    var months: [(year: Int, month: Int)] = []
    var files: [String] = []
    var orderRows = 0
    var expectedMonths: [SampleExpectation.Month] = []
    var negatives: [SampleExpectation.HardNegative] = []
    var orderCounter = 0

    /// The order export's columns: the 23-column set (formats.md §2, S8/S9) with the receiver
    /// columns of the older files (收货人, 手机, 省, 市, 区, 街道) after it, as a merchant picks them.
    static let orderHeader = [
        "订单成交时间", "商品", "订单号", "订单状态", "商品总价(元)", "邮费(元)", "店铺优惠折扣(元)", "平台优惠折扣(元)",
        "多多支付立减金额(元)", "用户实付金额(元)", "商家实收金额(元)", "商品数量(件)", "发货时间", "确认收货时间", "商品id",
        "商品规格", "样式ID", "商家编码-规格维度", "商家编码-商品维度", "商家备注", "售后状态", "快递单号", "快递公司",
        "收货人", "手机", "省", "市", "区", "街道",
    ]
    /// The 推广 report's columns (S8), with 成交笔数.
    static let adHeader = [
        "日期", "商品ID", "商品名称", "推广场景", "推广名称", "出价方式", "分组", "是否已删除", "成交花费(元)", "交易额(元)",
        "实际投产比", "总花费(元)", "曝光量", "点击量", "成交笔数",
    ]
    static let campaigns = [
        (scene: "多多搜索", name: "多多搜索-连衣裙", item: 0, roi: 3.2), (scene: "多多场景", name: "多多场景-T恤", item: 2, roi: 4.1),
    ]

    init(spec: SampleStoreSpec, root: URL, firstYear: Int, firstMonth: Int) {
        self.spec = spec
        self.root = root
        rng = SplitMix64(seed: spec.seed ^ 0x5044_4400)
        months = SampleStoreFolder.months(firstYear: firstYear, firstMonth: firstMonth, count: spec.monthCount)
    }

    mutating func run() throws -> SampleStoreSummary {
        for i in months.indices { try writeMonth(i) }
        try writeContract()
        let expectation = SampleExpectation(
            seed: spec.seed, months: expectedMonths, planted: [], hardNegatives: negatives)
        try SampleStoreFolder.writeText(expectation.json(), to: "expected.json", in: root)
        return SampleStoreSummary(files: files.sorted(), orderRows: orderRows, expected: expectation)
    }

    // MARK: - One month

    /// What one order row says, and what the audit must count from it.
    struct Row {
        var cells: [String]
        var paid: Bool
        var paidCents: Int
        var refundCents: Int
        var timeUnknown: Bool
    }

    mutating func writeMonth(_ mi: Int) throws {
        let (year, month) = months[mi]
        let days = SampleDay.daysIn(year: year, month: month)
        let folder = "exports/\(label(mi))"
        let ordersName = "\(folder)/orders_export\(year)\(SampleDay.pad(month))\(SampleDay.pad(days))235959.csv"
        let writer = try ExportFileWriter(root: root, name: ordersName, encoding: .utf8BOM, lineEnd: "\r\n")
        writer.row(Self.orderHeader)
        var rows = 0
        var paidCount = 0
        var gmv = 0
        var refunds = 0
        var timeUnknown = 0
        for d in 1...days {
            let day = SampleDay(year: year, month: month, day: d)
            var dayRows: [Row] = []
            let count = max(1, Int((Double(spec.ordersPerDay) * rng.jitter(0.15)).rounded()))
            for _ in 0..<count {
                dayRows.append(order(on: day, second: rng.int(8 * 3600...23 * 3600 + 3599), daysLeft: days - d))
            }
            if d == 10 {
                // Five untimed orders to one address: a burst only if they were all put at 00:00.
                let street = "文三路\(rng.int(100...400))号\(rng.int(1...9))幢\(rng.int(1...6))0\(rng.int(1...4))室"
                var ids: [String] = []
                for _ in 0..<5 {
                    var r = order(
                        on: day, second: 0, daysLeft: days - d, blankTime: true, item: SampleCatalogue.cheapItem)
                    r.cells[28] = street
                    (r.cells[25], r.cells[26], r.cells[27]) = ("浙江省", "杭州市", "西湖区")
                    ids.append(String(r.cells[2].dropFirst()))
                    dayRows.append(r)
                }
                negatives.append(
                    SampleExpectation.HardNegative(
                        kind: "untimed-orders-one-address", month: label(mi), orderIDs: ids, dates: [day.iso]))
            }
            for r in dayRows {
                writer.row(r.cells)
                rows += 1
                if r.paid {
                    paidCount += 1
                    gmv += r.paidCents
                    refunds += r.refundCents
                    if r.timeUnknown { timeUnknown += 1 }
                }
            }
        }
        try writer.close()
        orderRows += rows
        var fileRows = [
            SampleExpectation.FileRows(
                file: ordersName, kind: "orders", encoding: "utf-8-bom", read: rows, accepted: rows, rejected: 0,
                skipped: 0)
        ]
        var spend = 0
        var sales = 0
        fileRows.append(try writeAds(mi, days: days, spend: &spend, sales: &sales))
        // 客服数据: 服务数据 a day a row, 销售数据 a BIFF workbook under an .xlsx name.
        fileRows += try SampleAgencyWorkFiles.writePinduoduoService(
            root: root, folder: "exports/\(label(mi))",
            from: SampleDay(year: months[mi].year, month: months[mi].month, day: 1),
            days: days)
        fileRows += try writeProductExports(mi)
        files += fileRows.map(\.file)

        func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
        let metrics: [(String, Double)] = [
            ("orders", Double(paidCount)), ("gmv", Double(gmv) / 100), ("refundAmount", Double(refunds) / 100),
            ("refundRate", ratio(refunds, gmv)), ("averageOrderValue", ratio(gmv, paidCount) / 100),
            ("adSpend", Double(spend) / 100), ("adROI", ratio(sales, spend)),
            ("ordersExcludingPlanted", Double(paidCount)), ("gmvExcludingPlanted", Double(gmv) / 100),
        ]
        var expected = SampleExpectation.Month(
            month: label(mi), metrics: metrics, files: fileRows.sorted { $0.file < $1.file })
        expected.timeUnknownOrders = timeUnknown
        expected.skippedRules = ["sequential-accounts"]
        expected.unmeasurable = ["visitors", "searchVisitorsPerDay", "naturalTrafficShare", "conversionRate"]
        expectedMonths.append(expected)
    }

    /// One order row. Quirks as the export has them: a tab before the order number and the
    /// waybill, one after some titles; about one paid order in twenty without 订单成交时间, and
    /// cancelled orders refunded in full without it (已取消 with 售后状态 退款成功); masked
    /// phones (`1******6198`) and a masked 省 (`****`) on some rows.
    mutating func order(
        on day: SampleDay, second: Int, daysLeft: Int, blankTime: Bool = false, item itemIndex: Int? = nil
    ) -> Row {
        orderCounter += 1
        let yymmdd = String(day.year % 100).leftPadded(2) + SampleDay.pad(day.month) + SampleDay.pad(day.day)
        let id = "\(yymmdd)-\(600_000_000_000_000 + orderCounter * 7_919 + rng.int(0...999))"
        let item = SampleCatalogue.items[itemIndex ?? rng.weighted(SampleCatalogue.items.map(\.weight))]
        let unit = max(990, item.cents / 2 - 10)
        let quantity = rng.chance(0.08) ? 2 : 1
        let goods = unit * quantity
        let platformDiscount = goods > 5000 && rng.chance(0.2) ? 300 : 0
        let paid = goods - platformDiscount
        let received = goods - goods * 6 / 1000
        let time = SampleTime(day: day, second: second)
        var status = "已签收"
        var afterSale = "无售后或售后取消"
        var paidOrder = true
        var refund = 0
        var cancelledAfterRefund = false
        let r = rng.unit()
        if r < 0.03 {
            status = "已取消"
            paidOrder = false
        } else if r < 0.035 {
            // Paid, then refunded in full and cancelled: the export leaves 订单成交时间 blank and
            // says 已取消, but 售后状态 退款成功 proves the payment (the order counts, time unknown).
            status = "已取消"
            afterSale = "退款成功"
            refund = paid
            cancelledAfterRefund = true
        } else if r < 0.07 {
            status = "未发货退款成功"
            afterSale = "退款成功"
            refund = paid
        } else if daysLeft <= 1 {
            status = "待发货"
        } else if daysLeft <= 5, rng.chance(0.4) {
            status = "已发货待签收"
        }
        let untimed = blankTime || (paidOrder && rng.chance(0.05)) || cancelledAfterRefund
        let shipped = status == "已签收" || status == "已发货待签收"
        let place = rng.pick(SampleCatalogue.places)
        let phone = "1\(rng.pick(["3", "5", "8", "9"]))\(rng.int(0...9))\(rng.int(10_000_000...99_999_999))"
        let maskedPhone = rng.chance(0.25)
        let name = rng.pick(SampleCatalogue.surnames) + rng.pick(SampleCatalogue.givenChars)
        let cells: [String] = [
            untimed || !paidOrder ? "" : time.full,
            item.title + (rng.chance(0.2) ? "\t" : ""),
            "\t" + id,
            status,
            ExportNumber.money(goods), "0.00", "0.00", ExportNumber.money(platformDiscount), "0.00",
            ExportNumber.money(paidOrder ? paid : goods), ExportNumber.money(received),
            String(quantity),
            shipped ? time.adding(86_400).full : "",
            status == "已签收" ? time.adding(3 * 86_400).full : "",
            String(800_000_000 + item.cents),
            "默认", "", "", "", "",
            afterSale,
            shipped ? "\tYT\(7_000_000_000_000 + orderCounter * 13)" : "",
            shipped ? "圆通速递" : "",
            name,
            maskedPhone ? "1******" + String(phone.suffix(4)) : phone,
            rng.chance(0.1) ? "****" : place.province, place.city, place.district,
            "\(rng.pick(place.roads))\(rng.int(1...999))号\(rng.int(1...30))幢\(rng.int(1...6))0\(rng.int(1...4))室",
        ]
        return Row(cells: cells, paid: paidOrder, paidCents: paid, refundCents: refund, timeUnknown: untimed)
    }

    /// The month's 推广 report: a title line `名称：推广`, one row per campaign and day, and the
    /// `总计` footer (with `-` in the dimension columns) that must never be added to the rows.
    mutating func writeAds(_ mi: Int, days: Int, spend: inout Int, sales: inout Int) throws
        -> SampleExpectation.FileRows
    {
        let (year, month) = months[mi]
        let name = "exports/\(label(mi))/推广数据_\(year)\(SampleDay.pad(month)).xlsx"
        let url = root.appendingPathComponent(name)
        try SampleStoreFolder.makeParent(of: url)
        let stamp = ArchiveTimestamp(year: year, month: month, day: days, hour: 23, minute: 59)
        let xlsx = try XLSXWriter(path: url.path, options: .init(timestamp: stamp))
        xlsx.beginSheet(name: "推广")
        xlsx.row([.text("名称：推广")])
        xlsx.row(Self.adHeader.map { .text($0) })
        var rows = 0
        var totals = (deal: 0, sales: 0, spend: 0, shown: 0, clicks: 0, orders: 0)
        let scale = Double(spec.ordersPerDay) / 50
        for d in 1...days {
            let day = SampleDay(year: year, month: month, day: d)
            for c in Self.campaigns {
                let item = SampleCatalogue.items[c.item]
                let cost = max(100, Int((12_000 * scale * rng.jitter(0.2)).rounded()))
                let deal = cost * 9 / 10
                let gmv = Int((Double(cost) * c.roi * rng.jitter(0.1)).rounded())
                let shown = cost / 2 + rng.int(0...500)
                let clicks = shown / 30 + rng.int(0...20)
                let orders = max(0, gmv / max(1, item.cents / 2))
                xlsx.row([
                    .text(day.iso), .text(String(800_000_000 + item.cents)), .text(item.title), .text(c.scene),
                    .text(c.name), .text("目标投产比：\(ExportNumber.fixed(c.roi, 2))"), .text("默认分组"), .text("否"),
                    .number(ExportNumber.money(deal)), .number(ExportNumber.money(gmv)),
                    .number(ExportNumber.fixed(Double(gmv) / Double(cost), 2)), .number(ExportNumber.money(cost)),
                    .number(String(shown)), .number(String(clicks)), .number(String(orders)),
                ])
                rows += 1
                totals.deal += deal
                totals.sales += gmv
                totals.spend += cost
                totals.shown += shown
                totals.clicks += clicks
                totals.orders += orders
            }
        }
        xlsx.row([
            .text("总计"), .text("-"), .text("-"), .text("-"), .text("-"), .text("-"), .text("-"), .text("-"),
            .number(ExportNumber.money(totals.deal)), .number(ExportNumber.money(totals.sales)),
            .number(ExportNumber.fixed(Double(totals.sales) / Double(max(1, totals.spend)), 2)),
            .number(ExportNumber.money(totals.spend)), .number(String(totals.shown)), .number(String(totals.clicks)),
            .number(String(totals.orders)),
        ])
        xlsx.endSheet()
        try xlsx.close()
        spend += totals.spend
        sales += totals.sales
        return SampleExpectation.FileRows(
            file: name, kind: "ads", encoding: "xlsx", read: rows + 1, accepted: rows, rejected: 0, skipped: 1)
    }

    /// contract.json: one stage over all months with order, GMV, ROI and natural-traffic targets
    /// (the last cannot be measured from 拼多多's exports, and the report must say so).
    func writeContract() throws {
        let perMonth = spec.ordersPerDay * 30
        let json = """
            {
              "store": {"name": \(JSONText.quoted(spec.storeName)), "platform": "pinduoduo"},
              "agency": {"name": "杭州某某电商托管有限公司"},
              "fees": {"monthlyBase": 3000, "commissionTiers": [{"upTo": 100000, "rate": 0.03}, {"rate": 0.05}]},
              "limits": {"dailyAdSpend": \(max(100, Int(800 * Double(spec.ordersPerDay) / 50))), "roiRedLine": 1.5, "roiRedLineDays": 3},
              "stages": [
                {"name": "第1-\(months.count)月", "from": "\(label(0))", "to": "\(label(months.count - 1))", "targets": {"orders": \(perMonth * 9 / 10), "gmv": \(perMonth * 50), "adROI": 3.0, "naturalTrafficShare": 0.4}}
              ],
              "termination": {"consecutiveMissedStages": 2, "missBelow": 0.8}
            }

            """
        try SampleStoreFolder.writeText(json, to: "contract.json", in: root)
    }
}

extension String {
    /// The string with zeros before it up to `width` characters.
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
