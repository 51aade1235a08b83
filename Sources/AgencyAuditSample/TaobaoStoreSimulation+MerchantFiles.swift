import Foundation

/// What the merchant keeps beside the exports, planted with the fraud: two list-price changes (one
/// approved in writing, one not), approvals.csv with a campaign approval and a price approval, and
/// manual.csv with the store rating and a complaint typed in from the back office.
extension TaobaoStoreSimulation {
    /// A planted change of an item's list price (商品价格): from `day` of month `month` to the
    /// month's end the item sells at `cents`.
    struct PriceChange {
        let month: Int
        let day: Int
        let title: String
        let cents: Int
    }

    /// The second month: the sun-protection jacket from 89 to 99 on the 12th, approved by nobody;
    /// the third: the T-shirt from 59 to 69 on the 10th, approved on the 9th.
    var priceChanges: [PriceChange] {
        let snapshots = diagnosis?.itemExports == true ? Self.snapshotPriceChanges : []
        guard spec.plantAnomalies else { return snapshots }
        return snapshots
            + [
                PriceChange(month: 1, day: 12, title: "冰丝防晒衣女夏季长袖外套", cents: 9_900),
                PriceChange(month: 2, day: 10, title: "纯棉短袖T恤女宽松百搭上衣", cents: 6_900),
            ].filter { $0.month < months.count }
    }

    /// The list price of the catalogue item `title` (at `cents` in the catalogue) on `day`.
    func listCents(_ title: String, catalogue cents: Int, on day: SampleDay) -> Int {
        for c in priceChanges where c.title == title {
            let start = self.day(c.month, c.day)
            if day.year == start.year, day.month == start.month, day.day >= start.day { return c.cents }
        }
        return cents
    }

    /// The 商品ID the 子订单 file gives the item titled `title`.
    static func itemID(_ title: String) -> Int {
        600_000_000_000 + Int(SampleOrder.stableNumber(title) % 9_000_000) + 1_000_000
    }

    /// Writes month `mi`'s approvals.csv and manual.csv when it has them; the files written.
    mutating func writeMerchantFiles(_ mi: Int) throws -> [String] {
        guard spec.plantAnomalies else { return [] }
        var written: [String] = []
        var approvals: [[String]] = []
        if mi == 1 {
            // The keyword campaign may spend up to 200 a day from the month's first day.
            approvals.append([day(1, 1).iso, "campaign", "连衣裙-关键词推广", ExportNumber.fixed(200 * scale, 0)])
            if diagnosis?.itemExports == true { approvals.append(snapshotApproval) }
        }
        for c in priceChanges where c.month == mi && mi == 2 {
            approvals.append([
                day(mi, c.day - 1).iso, "price", "商品ID \(Self.itemID(c.title))",
                ExportNumber.fixed(Double(c.cents) / 100, 0),
            ])
        }
        if !approvals.isEmpty {
            let file = "exports/\(label(mi))/approvals.csv"
            let w = try ExportFileWriter(root: root, name: file, encoding: .utf8BOM, lineEnd: "\r\n")
            w.row(["date", "subject", "detail", "value"])
            for row in approvals { w.row(row) }
            try w.close()
            written.append(file)
        }
        if mi == 2 {
            let file = "exports/\(label(mi))/manual.csv"
            let w = try ExportFileWriter(root: root, name: file, encoding: .utf8BOM, lineEnd: "\r\n")
            w.row(["metric", "value", "source"])
            w.row(["storeRating", "4.42", "生意参谋 服务 截图 \(day(mi, 31).iso)"])
            w.row(["platformComplaints", "1", "千牛 客服工作台 投诉记录"])
            try w.close()
            written.append(file)
        }
        return written
    }
}
