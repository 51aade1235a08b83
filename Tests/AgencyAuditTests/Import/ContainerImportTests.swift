import ExportContainers
import Foundation
import Testing

@testable import AgencyAudit
@testable import AuditImport
@testable import AuditMeasure
@testable import AuditRecords

/// Exports in the containers back offices hand out today, read through `ExportFileImporter` as the
/// workspace reads them: told by their bytes, each row accounted for, and every unusable file
/// named with what to do.
@Suite struct ContainerImportTests {
    static let fixtures: String = {
        let file = #filePath
        let tests = file[..<file.range(of: "/AgencyAuditTests/")!.lowerBound]
        return tests + "/ExportContainersTests/Fixtures"
    }()

    static func bytes(_ relative: String) throws -> MemoryBytes {
        MemoryBytes(try [UInt8](Data(contentsOf: URL(fileURLWithPath: fixtures + "/" + relative))))
    }

    static func read(_ relative: String, as name: String? = nil, importer: ExportFileImporter = ExportFileImporter())
        throws -> FileImportResult
    {
        importer.read(
            file: "exports/2025-09/" + (name ?? relative.split(separator: "/").last.map(String.init)!),
            bytes: try bytes(relative))
    }

    @Test func qianniuOrdersAndTheirLineItemsAuditTogether() throws {
        let orders = try Self.read("XLSX/qianniu-orders.xlsx")
        let lines = try Self.read("XLSX/qianniu-lineitems.xlsx")
        #expect(orders.ignored.isEmpty && lines.ignored.isEmpty)
        let o = try #require(orders.exports.first)
        let l = try #require(lines.exports.first)
        #expect(o.kind == .orders && l.kind == .lineItems)
        #expect(o.container == "xlsx" && o.sheets == ["Sheet1"])
        #expect(o.counts.accepted == 4 && o.counts.read == 4)
        #expect(l.counts.accepted == 5)
        let records = o.orderRecords
        // 卖家已发货,等待买家确认 with a half-width comma is shipped; 交易关闭 unpaid is closed.
        #expect(records.map(\.isShipped) == [true, true, false, false])
        #expect(records.map(\.statusClass) == [.paid, .paid, .paid, .closed])
        #expect(
            records[1].waybillNumber == 1_400_012_345_678 && records[1].waybillPrefix != 0 && records[1].carrierKey != 0
        )
        // The payment time written as a date-styled number.
        #expect(records[1].paidAt?.description == "2025-09-03 11:00:01")
        #expect(records[1].location.description == "exports/2025-09/qianniu-orders.xlsx[Sheet1]:3")

        let month = YearMonth(year: 2025, month: 9)
        let assembled = MonthAssembler.assemble(month: month, inputs: [o, l])
        let paid = assembled.data.paidOrders
        #expect(paid.count == 3)
        // The order without a title takes its first item's; its quantity is the items' sum where the
        // order file has a quantity column only if it lacks one; the item ids come from the lines.
        #expect(paid[1].titleFromLineItems && paid[1].hasItemTitle)
        #expect(paid[1].itemIDKey == 612_345_678_902)
        #expect(paid[2].listPrice == Money(cents: 2950))
        let full = assembled.readBack.orders(paid)
        #expect(full.map(\.itemTitle) == ["夏季连衣裙", "真丝衬衫", "半身裙"])
        #expect(full[1].carrier == "顺丰速运" && full[1].logisticsNumber == "SF1400012345678")
        let lineInput = try #require(assembled.inputs.first { $0.kind == .lineItems })
        #expect(lineInput.noteSentences.contains("1 行子订单的主订单不在本月的订单报表里：只用来补全订单，不单独计数"))
    }

    @Test func ordersReadBackFromASheetEqualTheirRecords() throws {
        let o = try #require(try Self.read("XLSX/qianniu-orders.xlsx").exports.first)
        let records = o.orderRecords
        let back = o.orders
        #expect(back.count == records.count)
        for (r, order) in zip(records, back) {
            #expect(OrderRecord(order, position: r.position) == r, "\(r.location)")
        }
    }

    @Test func aShengYiCanMouXLSWithTheHeaderOnRowSix() throws {
        let result = try Self.read("BIFF/jxl-sycm.xls", as: "【生意参谋平台】店铺来源_2025-09-03_2025-09-03.xls")
        let t = try #require(result.exports.first)
        #expect(t.kind == .traffic && t.container == "xls" && t.headerLine == 6)
        #expect(t.traffic.map(\.visitors) == [5652, 0])
        // Row 8 breaks 直通车 down by 三级来源; row 11 is an explanation (说明：…).
        #expect(
            t.counts.read == 4 && t.counts.accepted == 2 && t.counts.skippedBreakdown == 1
                && t.counts.skippedSummary == 1)
    }

    @Test func aWanXiangTaiZipIsReadAsTheCSVInside() throws {
        let result = try Self.read("XLSX/wanxiangtai-plan.zip")
        let ads = try #require(result.exports.first)
        #expect(ads.file == "exports/2025-09/wanxiangtai-plan.zip/计划报表_20250930_110330.csv")
        #expect(ads.kind == .ads && ads.encoding == .gb18030)
        #expect(ads.ads.map(\.campaignName) == ["夏装-搜索", "老客召回"])
        #expect(ads.ads.map(\.spend) == [Money(cents: 25680), Money(cents: 10000)])
        #expect(ads.ads.map(\.attributedSales) == [Money(cents: 102_720), Money(cents: 15000)])
        let nested = try Self.read("XLSX/nested-two.zip")
        #expect(nested.exports.map(\.file) == ["exports/2025-09/nested-two.zip/万相台/计划报表.zip/计划报表_20250930_110330.csv"])
    }

    @Test(arguments: [
        ("XLSX/login-expired.xls", "这是后台返回的错误页面，不是报表（登录已过期，请重新登录）：请重新登录后台，再下载一次"),
        ("XLSX/encrypted.zip", "有密码保护（京东加密导出）：请用短信里的密码解压，把解压出的文件放在这里"),
        ("XLSX/doctype.xlsx", "拒绝读取（XML 里有 DOCTYPE 声明）"),
        ("XLSX/missing-sheet.xlsx", "文件已损坏（工作表「S」指向不存在的部件 xl/worksheets/sheet9.xml）"),
        ("XLSX/nested.zip", "压缩包套压缩包超过 2 层，未读取：请解压后放在这里"),
    ])
    func anUnusableFileIsNamedWithWhatToDo(fixture: String, message: String) throws {
        let result = try Self.read(fixture)
        #expect(result.exports.isEmpty)
        #expect(result.ignored.count == 1)
        #expect(result.ignored.first?.isUnusable == true)
        #expect(result.ignored.first?.reasonText.hasSuffix(message) == true, "\(result.ignored)")
    }

    @Test func anXLSXCutInHalfIsNamedAsIncomplete() throws {
        let whole = try Self.bytes("XLSX/qianniu-orders.xlsx").storage
        let result = ExportFileImporter().read(
            file: "exports/2025-09/ExportOrderList.xlsx", bytes: MemoryBytes(Array(whole[0..<(whole.count / 2)])))
        #expect(
            result.ignored.map(\.reasonText) == [
                "exports/2025-09/ExportOrderList.xlsx: 文件不完整（找不到 zip 目录（文件可能没有下载完）），可能没有下载完"
            ])
    }

    @Test func aZipBombStopsAtItsLimitWithTheEntryNamed() throws {
        var importer = ExportFileImporter()
        importer.limits.freeInflatedSize = 64 << 10
        importer.limits.maxRatio = 100
        let result = try Self.read("XLSX/bomb.zip", importer: importer)
        #expect(result.ignored.count == 1)
        #expect(result.ignored[0].file == "exports/2025-09/bomb.zip/zeros.csv")
        #expect(
            result.ignored[0].reasonText
                == "exports/2025-09/bomb.zip/zeros.csv: 超出安全上限（「zeros.csv」解压后超过压缩大小的 100 倍（疑似压缩炸弹））")
    }

    @Test func aTabSeparatedTextSavedAsXLSIsReadAsText() throws {
        let text = "订单编号\t买家实际支付金额\t订单状态\t订单付款时间\t宝贝标题\n1\t2.50\t交易成功\t2025-09-01 10:00:00\t\"裙, 黑\"\n"
        let result = ExportFileImporter().read(
            file: "exports/2025-09/orders.xls", bytes: MemoryBytes(Fixtures.gb18030(text)))
        let orders = try #require(result.exports.first)
        #expect(orders.encoding == .gb18030 && orders.counts.accepted == 1)
        #expect(orders.orders.map(\.itemTitle) == ["裙, 黑"])
        #expect(orders.noteSentences.contains("以制表符分隔的文本（扩展名虽是 .xls），按列读取"))
    }
}

@Suite struct OtherDocumentTests {
    @Test func aWordDocumentIsOneLineNotAnExport() throws {
        let bytes = try [UInt8](
            Data(contentsOf: URL(fileURLWithPath: ContainerImportTests.fixtures + "/XLSX/word.docx")))
        let result = ExportFileImporter().read(file: "exports/2025-09/说明.docx", bytes: MemoryBytes(bytes))
        #expect(result.exports.isEmpty)
        #expect(
            result.ignored == [IgnoredFile(file: "exports/2025-09/说明.docx", reason: .officeDocument)])
        #expect(result.ignored.map(\.reasonText) == ["是 Office 文档（不是 Excel 表格），未读取"])
    }
}
