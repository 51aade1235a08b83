/// One generated order, as the order report will show it.
struct SampleOrder {
    var id: String
    var nick: String
    var alipay: String
    var goodsCents: Int
    var paidCents: Int
    var status: String
    var note = ""
    var name: String
    var address: String
    /// The 联系手机 cell as written: `'13812345678` or `138****5678`.
    var phoneCell: String
    var created: SampleTime
    var paid: SampleTime?
    var itemTitle: String
    var quantity: Int
    var logistics = ""
    var carrier = ""
    var closeReason = ""
    var refundCents = 0
    /// Written in Excel re-save style (no seconds).
    var excelTimes = false
    /// The planted broken amount.
    var brokenAmount = false

    /// The paid time the importer will read (Excel style drops the seconds).
    var paidAsRead: SampleTime? {
        guard let p = paid else { return nil }
        return excelTimes ? SampleTime(day: p.day, second: p.second - p.second % 60) : p
    }

    func cells(store: String) -> [String] {
        let time: (SampleTime) -> String = { excelTimes ? $0.excel : $0.full }
        return [
            "=\"\(id)\"", nick, alipay, ExportNumber.money(goodsCents), "0.00", ExportNumber.money(goodsCents),
            brokenAmount ? "12..50" : ExportNumber.money(paidCents), status, note, name, address, "快递", "", phoneCell,
            time(created), paid.map(time) ?? "", itemTitle, "1", logistics.isEmpty ? "" : "=\"\(logistics)\"", carrier, "",
            String(quantity), store, closeReason, ExportNumber.money(refundCents),
        ]
    }

    static let header = ["订单编号", "买家会员名", "买家支付宝账号", "买家应付货款", "买家应付邮费", "总金额", "买家实际支付金额", "订单状态",
                         "买家留言", "收货人姓名", "收货地址 ", "运送方式", "联系电话 ", "联系手机", "订单创建时间", "订单付款时间 ",
                         "宝贝标题 ", "宝贝种类", "物流单号 ", "物流公司", "订单备注", "宝贝总数量", "店铺名称", "订单关闭原因", "退款金额"]
}
