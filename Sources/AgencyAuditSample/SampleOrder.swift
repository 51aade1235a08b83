/// One generated order, as the order report will show it.
struct SampleOrder {
    /// The 19-digit 订单编号.
    var id: Int
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

    /// The id as expected.json lists it.
    var idText: String { String(id) }

    /// The paid time the importer will read (Excel style drops the seconds).
    var paidAsRead: SampleTime? {
        guard let p = paid else { return nil }
        return excelTimes ? SampleTime(day: p.day, second: p.second - p.second % 60) : p
    }

    /// Appends the order as one row of the 订单报表, in the columns of `header`.
    func write(to writer: ExportFileWriter, store: String) {
        writer.appendRow { w in
            w.formulaField(id)
            w.field(nick)
            w.field(alipay)
            w.moneyField(goodsCents)
            w.moneyField(0)
            w.moneyField(goodsCents)
            if brokenAmount { w.field("12..50") } else { w.moneyField(paidCents) }
            w.field(status)
            w.field(note)
            w.field(name)
            w.field(address)
            w.field("快递")
            w.emptyField()
            w.field(phoneCell)
            w.timeField(created, excel: excelTimes)
            if let paid { w.timeField(paid, excel: excelTimes) } else { w.emptyField() }
            w.field(itemTitle)
            w.intField(1)
            if logistics.isEmpty { w.emptyField() } else { w.formulaField(logistics) }
            w.field(carrier)
            w.emptyField()
            w.intField(quantity)
            w.field(store)
            w.field(closeReason)
            w.moneyField(refundCents)
        }
    }

    static let header = [
        "订单编号", "买家会员名", "买家支付宝账号", "买家应付货款", "买家应付邮费", "总金额", "买家实际支付金额", "订单状态",
        "买家留言", "收货人姓名", "收货地址 ", "运送方式", "联系电话 ", "联系手机", "订单创建时间", "订单付款时间 ",
        "宝贝标题 ", "宝贝种类", "物流单号 ", "物流公司", "订单备注", "宝贝总数量", "店铺名称", "订单关闭原因", "退款金额",
    ]
}
