import Foundation

/// 生意参谋's 商品_全部 download and 千牛's product-list snapshots for a diagnosis store
/// (`SampleStoreSpec.itemExports`), in the shapes of diagnosis-exports.md §1a and §2a.
///
/// Planted, beside `DiagnosisPlan`'s causes: the best-seller's 4 days out show as 售罄 and as stock
/// 0 in the snapshot of the 13th; a second stock-out (`DiagnosisPlan.quietItem`, the third month's
/// 15th–20th, six days: fewer are too few to tell from chance at 50 orders a day) shows only as visits and add-to-cart without a sale while listed; the second month's
/// snapshots (the 5th and the 13th) hold a price change the merchant approved in approvals.csv and
/// one over the contract's 10% with no approval. Hard negatives: the discontinued item is 下架 from
/// its day to the end (never back), the weekend-lull item is visited and carted without a sale
/// while the whole store is quiet, one SKU of another item is at 0 in a snapshot (the item is not).
extension DiagnosisPlan {
    /// Out of stock in the third month's `quietDays` while still listed (the popular sizes sold out).
    static let quietItem = 0
    static let quietDays = 15...20
    /// The days of the second month's product-list snapshots.
    static let snapshotDays = [5, 13]
    /// One SKU of this item is at 0 in every snapshot, the item's other SKUs are not.
    static let oneSizeOutItem = 4

    var quietMonth: Int? { itemExports && monthCount > 2 ? 2 : nil }

    func isQuietStockOut(item: Int, _ mi: Int, _ d: Int) -> Bool {
        item == Self.quietItem && mi == quietMonth && Self.quietDays.contains(d)
    }
}

/// A month's paid units and sales per day and catalogue item.
struct ItemSales {
    var units: [[Int]]
    var cents: [[Int]]

    init(days: Int) {
        units = [[Int]](repeating: [Int](repeating: 0, count: SampleCatalogue.items.count), count: days + 1)
        cents = units
    }

    static let index = Dictionary(uniqueKeysWithValues: SampleCatalogue.items.enumerated().map { ($1.title, $0) })

    mutating func add(_ o: SampleOrder, day: Int) {
        guard let i = Self.index[o.itemTitle] else { return }
        units[day][i] += o.quantity
        cents[day][i] += o.paidCents
    }
}

extension TaobaoStoreSimulation {
    /// The second month's list-price changes seen between its snapshots: 半身裙 139 → 159 from the
    /// 10th (approved on the 9th), 蕾丝打底衫 69 → 79 from the 8th (approved by nobody). The orders
    /// carry the new list price from that day, as the snapshots do.
    static let snapshotPriceChanges = [
        PriceChange(month: 1, day: 10, title: SampleCatalogue.items[5].title, cents: 15_900),
        PriceChange(month: 1, day: 8, title: SampleCatalogue.items[9].title, cents: 7_900),
    ]

    /// approvals.csv's line approving the first of `snapshotPriceChanges`, the day before it.
    var snapshotApproval: [String] {
        let approved = Self.snapshotPriceChanges[0]
        return [
            day(approved.month, approved.day - 1).iso, "price", "商品ID \(Self.itemID(approved.title))",
            ExportNumber.fixed(Double(approved.cents) / 100, 0),
        ]
    }

    /// Writes month `mi`'s 商品_全部 days, its snapshots and approvals.csv; returns their row accounting.
    mutating func writeItemExports(_ mi: Int, plan: DiagnosisPlan) throws -> [SampleExpectation.FileRows] {
        var rows = try writeItemDays(mi, plan: plan)
        if mi == 1, months.count > 1 {
            for d in DiagnosisPlan.snapshotDays { rows.append(try writeSnapshot(mi, day: d, plan: plan)) }
            // With the planted fraud, the merchant's files write approvals.csv with this line in it.
            if !spec.plantAnomalies {
                let file = "exports/\(label(mi))/approvals.csv"
                let w = try ExportFileWriter(root: root, name: file, encoding: .utf8BOM, lineEnd: "\r\n")
                w.row(["date", "subject", "detail", "value"])
                w.row(snapshotApproval)
                try w.close()
                files.append(file)
            }
        }
        diagnosisTruth += itemExportTruth(mi, plan: plan)
        return rows
    }

    /// 商品_全部, one BIFF8 .xls a day: four title rows, the header on row 4, one row per catalogue item.
    mutating func writeItemDays(_ mi: Int, plan: DiagnosisPlan) throws -> [SampleExpectation.FileRows] {
        var random = SplitMix64(seed: spec.seed &+ 0x5EED_1739 &+ UInt64(mi))
        let days = itemSales.units.count - 1
        let header = [
            "统计日期", "商品ID", "商品名称", "主商品ID", "商品类型", "货号", "商品状态", "商品访客数", "商品浏览量", "商品加购件数", "商品加购人数",
            "商品收藏人数", "支付买家数", "支付件数", "支付金额", "商品支付转化率", "聚划算支付金额", "成功退款金额", "月累计支付件数",
        ]
        var rows: [SampleExpectation.FileRows] = []
        var monthUnits = [Int](repeating: 0, count: SampleCatalogue.items.count)
        for d in 1...days {
            let today = day(mi, d)
            let name = "exports/\(label(mi))/生意参谋/商品_全部/【生意参谋平台】商品_全部_\(today.iso)_\(today.iso).xls"
            var sheet: [[BIFF8Cell]] = [
                [.text("【生意参谋平台】商品排行")], [.text("统计时间：\(today.iso) ~ \(today.iso)")], [.text("终端：所有终端")], [],
                header.map(BIFF8Cell.text),
            ]
            for (i, item) in SampleCatalogue.items.enumerated() {
                let units = itemSales.units[d][i]
                let cents = itemSales.cents[d][i]
                monthUnits[i] += units
                let usual = Double(spec.ordersPerDay) * item.weight / 117 * plan.volume(mi)
                var status = "当前在线"
                var visitors = Int((max(Double(units), usual) * 24 * random.jitter(0.15)).rounded()) + 3
                var carts = Int((max(Double(units), usual) * 1.8 * random.jitter(0.2)).rounded())
                if i == DiagnosisPlan.bestSeller, mi == plan.stockOutMonth, DiagnosisPlan.stockOutDays.contains(d),
                    !plan.oversold
                {
                    status = "售罄"
                    visitors = visitors * 6 / 10
                    carts = 0
                } else if i == DiagnosisPlan.discontinued, mi > 0 || d >= DiagnosisPlan.discontinuedFrom {
                    status = "已下架"
                    visitors = random.int(0...3)
                    carts = 0
                } else if plan.isLull(mi, d) {
                    visitors /= 2
                    carts = max(1, carts / 3)
                } else if plan.isQuietStockOut(item: i, mi, d) {
                    carts = max(2, carts)
                }
                let buyers = units == 0 ? 0 : max(1, units - (units > 3 ? 1 : 0))
                let juhuasuan = i == 0 && (8...10).contains(d) ? cents * 6 / 10 : 0
                sheet.append([
                    .text(today.iso), .text(String(Self.itemID(item.title))), .text(item.title),
                    .text(String(Self.itemID(item.title))), .text("普通商品"), .text("HH\(1000 + i)"), .text(status),
                    .number(Double(visitors)), .number(Double(visitors * 2 + units)), .number(Double(carts)),
                    .number(Double(max(0, carts - 1))), .number(Double(carts / 3)), .number(Double(buyers)),
                    .number(Double(units)), .text(ExportNumber.money(cents)),
                    .text(visitors > 0 ? String(format: "%.2f%%", Double(buyers) / Double(visitors) * 100) : "0.00%"),
                    .text(ExportNumber.money(juhuasuan)), .text("0.00"), .number(Double(monthUnits[i])),
                ])
            }
            let url = root.appendingPathComponent(name)
            try SampleStoreFolder.makeParent(of: url)
            try BIFF8Writer.write(sheets: [(name: "商品_全部", rows: sheet)], to: url)
            files.append(name)
            let n = SampleCatalogue.items.count
            rows.append(
                SampleExpectation.FileRows(
                    file: name, kind: "itemDays", encoding: "xls", read: n, accepted: n, rejected: 0, skipped: 0))
        }
        return rows
    }

    /// 千牛 出售中 → excel商品批量导出 on day `d`: sheet 发布模板, the names on row 0, two more header
    /// rows (hints, field keys; which ones is inferred), then one row per SKU, the item's own cells
    /// on its first SKU only.
    mutating func writeSnapshot(_ mi: Int, day d: Int, plan: DiagnosisPlan) throws -> SampleExpectation.FileRows {
        var random = SplitMix64(seed: spec.seed &+ 0xC0FFEE &+ UInt64(d))
        let today = day(mi, d)
        let name = "exports/\(label(mi))/千牛/商品批量导出_\(today.compact)103015.xlsx"
        let url = root.appendingPathComponent(name)
        try SampleStoreFolder.makeParent(of: url)
        let writer = try XLSXWriter(
            path: url.path,
            options: .init(
                timestamp: ArchiveTimestamp(
                    year: today.year, month: today.month, day: today.day, hour: 10, minute: 30, second: 15)))
        writer.beginSheet(name: "发布模板")
        let header = [
            "商品Id", "类目id", "类目名称", "商品标题", "一口价", "导购标题", "商家编码", "发货时间", "最长发货时间", "销售属性", "属性对", "发货时间", "skuId",
            "价格（元）", "数量", "商家编码", "生产日期（年/月/日）", "保质期",
        ]
        writer.row(header.map(XLSXCell.text))
        writer.row(header.map { .text($0 == "商品Id" ? "系统生成，勿改" : "选填") })
        writer.row(
            [
                "itemId", "catId", "catName", "title", "price", "subTitle", "outerId", "deliveryTime",
                "maxDeliveryTime",
                "saleProp", "props", "skuDeliveryTime", "skuId", "skuPrice", "quantity", "skuOuterId", "produceDate",
                "shelfLife",
            ].map(XLSXCell.text))
        var skuRows = 0
        for (i, item) in SampleCatalogue.items.enumerated() where i != DiagnosisPlan.discontinued || mi == 0 {
            let cents = listCents(item.title, catalogue: item.cents, on: today)
            for (k, size) in ["S", "M", "L"].enumerated() {
                var stock = random.int(20...200)
                if i == DiagnosisPlan.bestSeller, mi == plan.stockOutMonth, DiagnosisPlan.stockOutDays.contains(d) {
                    stock = 0
                }
                if i == DiagnosisPlan.oneSizeOutItem, size == "M" { stock = 0 }
                let id = Self.itemID(item.title)
                let first = k == 0
                writer.row([
                    first ? .text(String(id)) : .empty, first ? .text("50000671") : .empty,
                    first ? .text("女装/女士精品") : .empty, first ? .text(item.title) : .empty,
                    first ? .number(ExportNumber.money(cents)) : .empty, .empty,
                    first ? .text("HH\(1000 + i)") : .empty,
                    first ? .text("48小时内") : .empty, .empty, .text("尺码:\(size)"), .text("20509:\(28_314 + k)"),
                    .text("48小时内"), .text(String(id * 10 + k)), .number(ExportNumber.money(cents)),
                    .number(String(stock)), .text("HH\(1000 + i)-\(size)"), .empty, .empty,
                ])
                skuRows += 1
            }
        }
        writer.endSheet()
        try writer.close()
        files.append(name)
        return SampleExpectation.FileRows(
            file: name, kind: "productSnapshot", encoding: "xlsx", read: skuRows + 2, accepted: skuRows, rejected: 0,
            skipped: 2)
    }

    /// The item exports' planted truth for month `mi`.
    func itemExportTruth(_ mi: Int, plan: DiagnosisPlan) -> [SampleExpectation.DiagnosisPlant] {
        let month = label(mi)
        let title = { (i: Int) in SampleCatalogue.items[i].title }
        var truth: [SampleExpectation.DiagnosisPlant] = []
        if mi == plan.stockOutMonth, !plan.oversold {
            truth.append(
                .init(
                    cause: "stock-out-item-days", month: month, item: title(DiagnosisPlan.bestSeller),
                    dates: DiagnosisPlan.stockOutDays.map { day(mi, $0).iso }, isHardNegative: false))
        }
        if mi == plan.stockOutMonth {
            truth.append(
                .init(
                    cause: "snapshot-stock-zero", month: month, item: title(DiagnosisPlan.bestSeller),
                    dates: DiagnosisPlan.snapshotDays.filter { DiagnosisPlan.stockOutDays.contains($0) }.map {
                        day(mi, $0).iso
                    }, isHardNegative: false))
            truth.append(
                .init(
                    cause: "one-size-out", month: month, item: title(DiagnosisPlan.oneSizeOutItem), dates: [],
                    isHardNegative: true))
        }
        if mi == 1, months.count > 1 {
            // Every list-price change between the two snapshots (the demo store's own as well).
            let (a, b) = (DiagnosisPlan.snapshotDays[0], DiagnosisPlan.snapshotDays[1])
            for c in priceChanges where c.month == mi && c.day > a && c.day <= b {
                let approved = c.title == Self.snapshotPriceChanges[0].title
                truth.append(
                    .init(
                        cause: approved ? "snapshot-price-approved" : "snapshot-price-breach", month: month,
                        item: c.title, dates: [day(mi, b).iso], isHardNegative: false))
            }
        }
        if mi == plan.quietMonth {
            for cause in ["stock-out", "stock-out-item-days"] {
                truth.append(
                    .init(
                        cause: cause, month: month, item: title(DiagnosisPlan.quietItem),
                        dates: DiagnosisPlan.quietDays.map { day(mi, $0).iso }, isHardNegative: false))
            }
        }
        return truth
    }
}
