import Foundation

/// 千牛 退款管理 → 批量导出 (diagnosis-exports.md §1e, HIGH): an `.xlsx` whose sheet `export` has the
/// header on row 0 and one refund request per row, with its goods status (`未发货`, `已收到货`, …)
/// and the buyer's reason. The file's name is inferred.
final class QianniuRefundExport {
    /// One refund request.
    struct Request {
        var order: SampleOrder
        var requested: SampleTime
        var goods: String
        var reason: String
    }

    static let header = [
        "订单编号", "退款编号", "支付宝交易号", "订单付款时间", "商品id", "退款完结时间", "买家实际支付金额", "宝贝标题", "买家退款金额",
        "手工退款/系统退款", "是否需要退货", "退款的申请时间", "超时时间", "退款状态", "货物状态", "退货物流信息", "发货物流信息", "客服介入状态",
        "买家退款原因", "买家退款说明", "责任方", "售中或售后", "完结时间", "部分退款/全部退款", "售后类型", "退款总额",
    ]

    /// Reasons for a refund before shipping that are no stock-out, and after receipt.
    static let notShippedReasons = ["不想要了", "拍错/多拍/不喜欢", "协商一致退款", "地址填写错误"]
    static let receivedReasons = ["少件/漏发", "质量问题", "尺码拍错/不喜欢/效果不好"]

    /// Writes the month's requests; returns the file's row accounting.
    static func write(root: URL, folder: String, last: SampleDay, requests: [Request]) throws
        -> SampleExpectation.FileRows
    {
        let name = "\(folder)/退款管理/ExportRefundList\(last.next.compact)0930.xlsx"
        let url = root.appendingPathComponent(name)
        try SampleStoreFolder.makeParent(of: url)
        let next = last.next
        let writer = try XLSXWriter(
            path: url.path,
            options: .init(
                timestamp: ArchiveTimestamp(year: next.year, month: next.month, day: next.day, hour: 9, minute: 30)))
        writer.beginSheet(name: "export")
        writer.row(header.map(XLSXCell.text))
        for (k, r) in requests.enumerated() {
            let o = r.order
            let done = r.requested.adding(3600 * 5)
            let whole = o.refundCents >= o.paidCents
            writer.row([
                .text(o.idText), .text(String(9_100_000_000_000 + o.id % 1_000_000_000 * 10 + k % 10)),
                .text("2025" + String(o.id % 1_000_000_000_000)), .text(o.paid?.full ?? ""),
                .text(String(600_000_000_000 + Int(SampleOrder.stableNumber(o.itemTitle) % 100_000_000))),
                .text(done.full),
                .number(ExportNumber.money(o.paidCents)), .text(o.itemTitle),
                .number(ExportNumber.money(o.refundCents)),
                .text("系统退款"), .text(r.goods == "未发货" ? "否" : "是"), .text(r.requested.full),
                .text(r.requested.adding(86_400 * 2).full), .text("退款成功"), .text(r.goods), .text(""),
                .text(r.goods == "未发货" ? "" : "中通快递," + o.logistics), .text("无"), .text(r.reason), .text(""),
                .text(r.reason.contains("缺货") ? "卖家" : "买家"), .text(r.goods == "未发货" ? "售中" : "售后"),
                .text(done.full), .text(whole ? "全部退款" : "部分退款"), .text(r.goods == "未发货" ? "仅退款" : "退货退款"),
                .number(ExportNumber.money(o.refundCents)),
            ])
        }
        writer.endSheet()
        try writer.close()
        return SampleExpectation.FileRows(
            file: name, kind: "refundRequests", encoding: "xlsx", read: requests.count, accepted: requests.count,
            rejected: 0, skipped: 0)
    }
}
