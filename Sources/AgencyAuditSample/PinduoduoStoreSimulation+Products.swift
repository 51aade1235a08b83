import Foundation

/// 拼多多's 商品导出 as the back office hands it out (diagnosis-exports.md §3, MED): separate
/// `.xlsx` files per field, header row 0 — `导出商品价格_YYMMDD.xlsx` (商品ID, 商品名称, SKUID, 规格, 单买价,
/// 拼单价, 规格编码; inline strings) and `导出商品库存_YYMMDD.xlsx` (商品ID, 商品名称, SKUID, 规格, 库存,
/// 规格编码; shared strings) — taken on the 5th and the 20th of each month: two snapshots the audit
/// compares. Prices stay as the orders' (no change), one SKU of one item is at 0 on the 20th (its
/// other SKUs are not, so the item is never at 0).
extension PinduoduoStoreSimulation {
    static let snapshotDays = [5, 20]
    static let sizes = ["红色 S", "红色 M", "蓝色 M"]

    mutating func writeProductExports(_ mi: Int) throws -> [SampleExpectation.FileRows] {
        var rows: [SampleExpectation.FileRows] = []
        for d in Self.snapshotDays {
            let day = SampleDay(year: months[mi].year, month: months[mi].month, day: d)
            let tag = String(day.compact.dropFirst(2))
            for (kind, shared) in [("价格", false), ("库存", true)] {
                let name = "exports/\(label(mi))/商品导出/导出商品\(kind)_\(tag).xlsx"
                let url = root.appendingPathComponent(name)
                try SampleStoreFolder.makeParent(of: url)
                let xlsx = try XLSXWriter(
                    path: url.path,
                    options: .init(
                        timestamp: ArchiveTimestamp(year: day.year, month: day.month, day: day.day, hour: 9),
                        sharedStrings: shared))
                xlsx.beginSheet(name: "Sheet1")
                let header =
                    kind == "价格"
                    ? ["商品ID", "商品名称", "SKUID", "规格", "单买价", "拼单价", "规格编码"]
                    : ["商品ID", "商品名称", "SKUID", "规格", "库存", "规格编码"]
                xlsx.row(header.map(XLSXCell.text))
                var count = 0
                for (i, item) in SampleCatalogue.items.enumerated() {
                    let id = 800_000_000 + item.cents
                    let unit = max(990, item.cents / 2 - 10)
                    for (k, size) in Self.sizes.enumerated() {
                        let sku = String(id * 10 + k)
                        let code = "PDD\(1000 + i)-\(k)"
                        if kind == "价格" {
                            xlsx.row([
                                .text(String(id)), .text(item.title), .text(sku), .text(size),
                                .number(ExportNumber.money(unit + 300)), .number(ExportNumber.money(unit)), .text(code),
                            ])
                        } else {
                            let stock =
                                i == 1 && k == 2 && d == Self.snapshotDays[1] ? 0 : 30 + (i * 7 + k * 11 + d) % 90
                            xlsx.row([
                                .text(String(id)), .text(item.title), .text(sku), .text(size), .number(String(stock)),
                                .text(code),
                            ])
                        }
                        count += 1
                    }
                }
                xlsx.endSheet()
                try xlsx.close()
                rows.append(
                    SampleExpectation.FileRows(
                        file: name, kind: "productSnapshot", encoding: "xlsx", read: count, accepted: count,
                        rejected: 0, skipped: 0))
            }
        }
        return rows
    }
}
