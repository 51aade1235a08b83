import Foundation
import Testing

@testable import AgencyAuditSample
@testable import AuditImport
@testable import AuditMeasure
@testable import AuditRecords

/// 生意参谋 商品_全部 (diagnosis-exports.md §1a) and the product-list snapshots (§2a, §3), read by
/// their header names: title lines above, template rows below, duplicate names, ugly cells.
@Suite struct ProductExportImportTests {
    typealias W = ShopOverviewImportTests

    static let itemHeader = [
        "统计日期", "商品ID", "商品名称", "主商品ID", "商品状态", "商品访客数", "商品浏览量", "商品加购件数", "支付件数", "支付金额", "聚划算支付金额",
    ]

    @Test func itemDaysAreReadBelowTheTitleLinesWithStatusesAndJuhuasuan() throws {
        let rows = [
            ["【生意参谋平台】商品排行"], ["统计时间：2025-08-12 ~ 2025-08-12"], ["终端：所有终端"], [],
            Self.itemHeader,
            ["2025-08-12", "601234567", "纯棉T恤", "601234567", "当前在线", "1,234", "2,000", "40", "12", "708.00", "120.50"],
            ["2025-08-12", "601234568", "连衣裙", "601234568", "售罄", "300", "500", "0", "0", "0.00", "0"],
            // A spreadsheet's trailing .0 is the same id.
            ["2025-08-12", "601234569.0", "牛仔裤", "601234569", "已下架", "2", "3", "0", "0", "0.00", ""],
            // A multi-day download's aggregate row: skipped, it hides the days without a sale.
            [
                "2025-08-01~2025-08-12", "601234567", "纯棉T恤", "601234567", "当前在线", "9,000", "", "400", "120", "7080.00",
                "",
            ],
            // An id in scientific notation keys nothing; an empty id is no row.
            ["2025-08-12", "6.01234E+11", "衬衫", "", "当前在线", "5", "5", "1", "1", "99.00", ""],
            ["2025-08-12", "", "衬衫", "", "当前在线", "5", "5", "1", "1", "99.00", ""],
            ["2025-08-12", "601234570", "外套", "", "出售中", "-", "", "", "", "", ""],
        ]
        let result = W.read(try W.workbook(sheet: "商品_全部", rows), as: "商品_全部_2025-08-12.xlsx")
        let export = try #require(result.exports.first)
        #expect(export.kind == .itemDays && export.platform == .taobao)
        #expect(export.counts.read == 7)
        #expect(export.counts.accepted == 4 && export.counts.rejected == 2 && export.counts.skippedSummary == 1)
        let r = export.itemDays
        #expect(r.map(\.itemIDKey) == [601_234_567, 601_234_568, 601_234_569, 601_234_570])
        #expect(r.map(\.status) == [.online, .soldOut, .offShelf, .online])
        #expect(r[0].visitors == 1234 && r[0].addedToCart == 40 && r[0].unitsSold == 12)
        #expect(r[0].sales == Money(cents: 70_800) && r[0].juhuasuanSales == Money(cents: 12_050))
        #expect(r[0].day == CalendarDay(year: 2025, month: 8, day: 12) && r[0].title == "纯棉T恤")
        #expect(r[2].juhuasuanSales == nil)
        // `-` is an empty cell, not a zero.
        #expect(r[3].visitors == nil && r[3].unitsSold == nil && r[3].sales == nil)
    }

    @Test(arguments: [
        ("当前在线", ItemDayRecord.ListingStatus.online), ("出售中", .online), ("售罄", .soldOut), ("缺货", .soldOut),
        ("已下架", .offShelf), ("仓库中", .offShelf), ("", .unknown), ("审核中", .other),
    ])
    func listingStatusWords(text: String, status: ItemDayRecord.ListingStatus) {
        #expect(ItemDayRecord.ListingStatus.of(text) == status)
    }

    /// 千牛 出售中 → excel商品批量导出: names on row 0, a hint row and a field-key row, `商家编码` and
    /// `发货时间` twice, the item's cells on its first SKU only.
    @Test func aQianniuProductListIsReadSKUBySKUWithTheItemCarriedDown() throws {
        let header = [
            "商品Id", "商品标题", "一口价", "商家编码", "发货时间", "销售属性", "发货时间", "skuId", "价格（元）", "数量", "商家编码",
        ]
        let rows = [
            header,
            ["系统生成，勿改", "必填", "必填", "选填", "选填", "选填", "选填", "选填", "选填", "必填", "选填"],
            [
                "itemId", "title", "price", "outerId", "deliveryTime", "saleProp", "skuDeliveryTime", "skuId",
                "skuPrice", "quantity", "skuOuterId",
            ],
            ["601234567", "纯棉T恤", "59.00", "HH1", "48小时内", "尺码:S", "48小时内", "6012345670", "59.00", "0", "HH1-S"],
            ["", "", "", "", "", "尺码:M", "48小时内", "6012345671", "59.00", "0", "HH1-M"],
            ["601234568", "连衣裙", "239.00", "HH2", "48小时内", "尺码:S", "48小时内", "6012345680", "229.00", "12", "HH2-S"],
            ["", "", "", "", "", "尺码:M", "48小时内", "6012345681", "249.00", "-3", "HH2-M"],
        ]
        let result = W.read(try W.workbook(sheet: "发布模板", rows), as: "千牛/商品批量导出_20250813103015.xlsx")
        let export = try #require(result.exports.first)
        #expect(export.kind == .productSnapshot && export.platform == .taobao)
        // The two template rows are skipped, the negative stock rejected.
        #expect(export.counts.read == 6 && export.counts.accepted == 3 && export.counts.skippedSummary == 2)
        #expect(export.counts.rejected == 1)
        let r = export.productSnapshots
        #expect(r.map(\.itemID) == ["601234567", "601234567", "601234568"])
        #expect(r.map(\.skuID) == ["6012345670", "6012345671", "6012345680"])
        #expect(r.map(\.stock) == [0, 0, 12])
        // 一口价 is the item's price, carried to its other SKUs.
        #expect(r.map(\.price) == [Money(yuan: 59), Money(yuan: 59), Money(yuan: 239)])
        #expect(r.map(\.title) == ["纯棉T恤", "纯棉T恤", "连衣裙"])
        #expect(r.allSatisfy { $0.day == CalendarDay(year: 2025, month: 8, day: 13) })
    }

    @Test func pinduoduoPriceAndStockFilesAreSnapshotsOfTheDayInTheirNames() throws {
        let price = [
            ["商品ID", "商品名称", "SKUID", "规格", "单买价", "拼单价", "规格编码"], ["88001", "", "5501", "红色", "32.90", "29.90", "A1"],
        ]
        let stock = [["商品ID", "商品名称", "SKUID", "规格", "库存", "规格编码"], ["88001", "", "5501", "红色", "0", "A1"]]
        let p = try #require(W.read(try W.workbook(sheet: "Sheet1", price), as: "导出商品价格_250813.xlsx").exports.first)
        let s = try #require(W.read(try W.workbook(sheet: "Sheet1", stock), as: "导出商品库存_250813.xlsx").exports.first)
        #expect(p.kind == .productSnapshot && p.platform == .pinduoduo)
        #expect(s.kind == .productSnapshot)
        #expect(p.productSnapshots.map(\.price) == [Money(cents: 2990)])
        #expect(p.productSnapshots.map(\.stock) == [nil])
        #expect(s.productSnapshots.map(\.stock) == [0] && s.productSnapshots.map(\.price) == [nil])
        #expect(p.productSnapshots[0].day == CalendarDay(year: 2025, month: 8, day: 13))
    }

    @Test func theMonthCountsAnItemDayOnceAndDatesASnapshotWithoutADateByItsFile() throws {
        let rows = [
            Self.itemHeader,
            ["2025-08-12", "601234567", "纯棉T恤", "601234567", "当前在线", "10", "20", "2", "1", "59.00", "0"],
            ["2025-09-01", "601234567", "纯棉T恤", "601234567", "当前在线", "10", "20", "2", "1", "59.00", "0"],
        ]
        let bytes = try W.workbook(sheet: "商品_全部", rows)
        // The same day downloaded twice: counted once; September's row is outside the month.
        let first = try #require(W.read(bytes, as: "a/商品_全部.xlsx").exports.first)
        let again = try #require(W.read(bytes, as: "b/商品_全部.xlsx").exports.first)
        let snapshot = [["商品Id", "商品标题", "一口价", "数量"], ["601234567", "纯棉T恤", "59.00", "0"]]
        var list = try #require(W.read(try W.workbook(sheet: "发布模板", snapshot), as: "出售中的宝贝.xlsx").exports.first)
        #expect(list.productSnapshots.map(\.day) == [nil])
        list.taken = .fileModified(CalendarDay(year: 2025, month: 8, day: 20)!)
        let month = MonthAssembler.assemble(month: YearMonth(year: 2025, month: 8), inputs: [first, again, list])
        #expect(month.data.itemDays.count == 1)
        // Each file keeps its September row as read, and the month notes it as outside.
        #expect(month.inputs[1].counts.skippedDuplicate == 1 && month.inputs[1].counts.accepted == 1)
        #expect(month.outsideMonth["exports/2025-08/a/商品_全部.xlsx"] == 1)
        #expect(month.outsideMonth["exports/2025-08/b/商品_全部.xlsx"] == 1)
        #expect(month.data.productSnapshots.map(\.day) == [CalendarDay(year: 2025, month: 8, day: 20)])
    }

    @Test(arguments: [
        ("商品批量导出_20250813103015.xlsx", "2025-08-13"), ("出售中的宝贝_2025-08-05.xlsx", "2025-08-05"),
        ("导出商品库存_250813.xlsx", "2025-08-13"), ("item-list-20250901.xlsx", "2025-09-01"),
        ("导出商品库存_251399.xlsx", nil), ("商品.xlsx", nil),
    ])
    func snapshotDayFromTheFileName(name: String, day: String?) {
        #expect(SnapshotDate.day(fileName: name)?.description == day)
    }
}
