import Foundation

/// Where the month's orders go: 千牛's order report as it hands it out today (`.xlsx`, with its
/// 子订单 line-item file beside it) or the legacy GB18030 CSV.
protocol OrderReportWriter: AnyObject {
    /// Appends one order (and, in today's shape, its line item).
    func append(_ order: SampleOrder)
    /// Closes the files; `broken` of the orders carry the planted broken amount (rejected rows).
    /// - Returns: the files written and how the audit must account for their rows.
    func finish(broken: Int) throws -> [SampleExpectation.FileRows]
}

/// The legacy order report, `ExportOrderList<time>.csv` in GB18030 (or UTF-8 for benchmarks).
final class CSVOrderReport: OrderReportWriter {
    private let writer: ExportFileWriter
    private let name: String
    private let store: String

    init(root: URL, folder: String, last: SampleDay, store: String, utf8: Bool) throws {
        name = "\(folder)/ExportOrderList\(last.compact)2359.csv"
        writer = try ExportFileWriter(root: root, name: name, encoding: utf8 ? .utf8 : .gb18030, lineEnd: "\r\n")
        writer.line(SampleOrder.header.map { "\"\($0)\"" }.joined(separator: ","))
        self.store = store
    }

    func append(_ order: SampleOrder) { order.write(to: writer, store: store) }

    func finish(broken: Int) throws -> [SampleExpectation.FileRows] {
        try writer.close()
        return [
            SampleExpectation.FileRows(
                file: name, kind: "orders", encoding: writer.encoding.rawValue, read: writer.rowsWritten,
                accepted: writer.rowsWritten - broken, rejected: broken, skipped: 0)
        ]
    }
}

/// 千牛's 已卖出的宝贝 export as it comes since 2024: `ExportOrderList<time>.xlsx` written the way
/// Apache POI's streaming writer writes it (stored entries, inline strings, `<dimension ref="A1"/>`),
/// with the 2024 column names, and the 子订单 file `ExportOrderDetailList<time>.xlsx` beside it,
/// one row per item.
final class QianniuOrderReport: OrderReportWriter {
    private let orders: XLSXWriter
    private let lines: XLSXWriter
    private let ordersName: String
    private let linesName: String
    private let store: String
    private var orderRows = 0
    private var lineRows = 0

    /// - Parameter resaved: the order report as Excel or WPS saves it again (deflated, shared strings).
    init(root: URL, folder: String, last: SampleDay, store: String, resaved: Bool = false) throws {
        ordersName = "\(folder)/ExportOrderList\(last.compact)2359.xlsx"
        linesName = "\(folder)/ExportOrderDetailList\(last.compact)2359.xlsx"
        let dir = root.appendingPathComponent(folder)
        do {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        } catch {
            throw SampleGeneratorError.cannotWrite(dir.path, error: error)
        }
        let stamp = ArchiveTimestamp(year: last.year, month: last.month, day: last.day, hour: 23, minute: 59)
        orders = try XLSXWriter(
            path: root.appendingPathComponent(ordersName).path,
            options: .init(timestamp: stamp, sharedStrings: resaved, compression: resaved ? .deflated : .stored))
        lines = try XLSXWriter(path: root.appendingPathComponent(linesName).path, options: .init(timestamp: stamp))
        orders.beginSheet(name: "Sheet1")
        orders.row(SampleOrder.qianniuHeader.map { .text($0) })
        lines.beginSheet(name: "Sheet1")
        lines.row(SampleOrder.lineItemHeader.map { .text($0) })
        self.store = store
    }

    func append(_ order: SampleOrder) {
        orders.row(order.qianniuCells(store: store))
        orderRows += 1
        lines.row(order.lineItemCells())
        lineRows += 1
    }

    func finish(broken: Int) throws -> [SampleExpectation.FileRows] {
        orders.endSheet()
        lines.endSheet()
        try orders.close()
        try lines.close()
        return [
            SampleExpectation.FileRows(
                file: ordersName, kind: "orders", encoding: "xlsx", read: orderRows, accepted: orderRows - broken,
                rejected: broken, skipped: 0),
            SampleExpectation.FileRows(
                file: linesName, kind: "lineItems", encoding: "xlsx", read: lineRows, accepted: lineRows,
                rejected: 0, skipped: 0),
        ]
    }
}

extension SampleOrder {
    /// 千牛's 2024 order columns: 买家实付金额 and 商品标题 renamed, 支付单号, 发货时间 and 确认收货时间 added.
    static let qianniuHeader = [
        "订单编号", "买家会员名", "买家支付宝账号", "买家应付货款", "买家应付邮费", "总金额", "买家实付金额", "订单状态",
        "买家留言", "收货人姓名", "收货地址", "运送方式", "联系电话", "联系手机", "订单创建时间", "订单付款时间",
        "商品标题", "宝贝种类", "物流单号", "物流公司", "订单备注", "宝贝总数量", "店铺名称", "订单关闭原因", "退款金额",
        "支付单号", "发货时间", "确认收货时间",
    ]

    /// The 子订单 file's columns.
    static let lineItemHeader = [
        "子订单编号", "主订单编号", "商品标题", "商品价格", "购买数量", "商品属性", "套餐信息", "订单状态", "商家编码",
        "买家应付货款", "买家实付金额", "退款状态", "退款金额", "订单创建时间", "订单付款时间", "商品ID",
    ]

    /// The order as a row of 千牛's xlsx. Ids are text (a 19-digit number does not fit a double);
    /// amounts are text as 千牛 writes them; the status `买家已付款,等待卖家发货` has the
    /// half-width comma 千牛 now mixes with full-width ones.
    func qianniuCells(store: String) -> [XLSXCell] {
        func time(_ t: SampleTime?) -> XLSXCell {
            guard let t else { return .empty }
            return .text(excelTimes ? t.excel : t.full)
        }
        let phone = phoneCell.hasPrefix("'") ? String(phoneCell.dropFirst()) : phoneCell
        let shipped = !logistics.isEmpty
        return [
            .text(String(id)), .text(nick), .text(alipay), .text(ExportNumber.money(goodsCents)), .text("0.00"),
            .text(ExportNumber.money(goodsCents)),
            .text(brokenAmount ? "12..50" : ExportNumber.money(paidCents)),
            .text(status == "买家已付款，等待卖家发货" ? "买家已付款,等待卖家发货" : status),
            note.isEmpty ? .empty : .text(note), .text(name), .text(address), .text("快递"), .empty, .text(phone),
            time(created), time(paid), .text(itemTitle), .number("1"), shipped ? .text(logistics) : .empty,
            carrier.isEmpty ? .empty : .text(carrier),
            .empty, .number(String(quantity)), .text(store), .text(closeReason.isEmpty ? "订单未关闭" : closeReason),
            .text(ExportNumber.money(refundCents)),
            paid == nil ? .empty : .text("2025" + String(id % 1_000_000_000_000_000)),
            shipped ? time(paid.map { $0.adding(6 * 3600) }) : .empty, .empty,
        ]
    }

    /// The order's one item as a row of the 子订单 file: its price, attributes, refund status and
    /// ids (商品ID and 商家编码 are the item's, fixed by its title).
    func lineItemCells() -> [XLSXCell] {
        let itemNumber = Int(SampleOrder.stableNumber(itemTitle) % 9_000_000) + 1_000_000
        let unit = goodsCents / max(1, quantity)
        return [
            .text(String(id + 5_000)), .text(String(id)), .text(itemTitle), .text(ExportNumber.money(unit)),
            .number(String(quantity)),
            .text("颜色分类:\(["黑色", "白色", "杏色"][itemNumber % 3]);尺码:\(["S", "M", "L"][(itemNumber / 3) % 3])"), .empty,
            .text(status), .text("QZ-\(itemNumber)"), .text(ExportNumber.money(goodsCents)),
            .text(ExportNumber.money(paidCents)),
            .text(refundCents > 0 ? "退款成功" : "没有申请退款"),
            .text(refundCents > 0 ? ExportNumber.money(refundCents) : "无退款申请"),
            .text(created.full), paid.map { .text($0.full) } ?? .empty,
            .text(String(600_000_000_000 + itemNumber)),
        ]
    }

    /// A number fixed by a text (FNV-1a): the same item gets the same ids in every month and run.
    static func stableNumber(_ text: String) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in text.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h
    }
}
