/// The columns the audit reads from one kind of export, with every header name the platforms use.
struct ExportSchema: Sendable {
    struct Column: Sendable {
        let key: ColumnKey
        let names: [String]
        let required: Bool
    }

    let kind: ExportKind
    let columns: [Column]


    static let all: [ExportSchema] = [orders, traffic, ads]

    static let orders = ExportSchema(kind: .orders, columns: [
        Column(key: .orderID, names: ["订单编号", "主订单编号", "订单号"], required: true),
        Column(key: .paidAmount, names: ["买家实际支付金额", "买家实付金额", "用户实付金额(元)", "实付金额", "应付金额", "订单应付金额"], required: true),
        Column(key: .paidAt, names: ["订单付款时间", "买家付款时间", "付款时间", "支付时间", "付款确认时间", "支付完成时间", "订单成交时间"], required: true),
        Column(key: .status, names: ["订单状态"], required: true),
        Column(key: .buyer, names: ["买家会员名", "买家昵称", "下单帐号", "下单账号"], required: false),
        Column(key: .receiverName, names: ["收货人姓名", "收货人", "客户姓名", "收件人"], required: false),
        Column(key: .address, names: ["收货地址", "详细地址", "客户地址", "收货人地址"], required: false),
        Column(key: .mobile, names: ["联系手机", "手机", "收件人手机号", "收货人手机"], required: false),
        Column(key: .telephone, names: ["联系电话"], required: false),
        Column(key: .createdAt, names: ["订单创建时间", "买家下单时间", "下单时间", "订单提交时间"], required: false),
        Column(key: .itemTitle, names: ["宝贝标题", "商品标题", "标题", "商品", "商品名称", "选购商品"], required: false),
        Column(key: .quantity, names: ["宝贝总数量", "购买数量", "商品数量(件)", "订购数量", "商品数量"], required: false),
        Column(key: .logisticsNumber, names: ["物流单号", "运单号", "快递单号"], required: false),
        Column(key: .refundAmount, names: ["退款金额"], required: false),
    ])

    static let traffic = ExportSchema(kind: .traffic, columns: [
        Column(key: .group, names: ["一级来源", "流量来源"], required: true),
        Column(key: .visitors, names: ["访客数"], required: true),
        Column(key: .name, names: ["二级来源"], required: false),
        Column(key: .detail, names: ["三级来源"], required: false),
        Column(key: .date, names: ["统计日期", "日期", "统计时间"], required: false),
        Column(key: .pageViews, names: ["浏览量"], required: false),
        Column(key: .payingBuyers, names: ["支付买家数"], required: false),
        Column(key: .paidAmount, names: ["支付金额"], required: false),
    ])

    static let ads = ExportSchema(kind: .ads, columns: [
        Column(key: .campaignName, names: ["计划名称", "推广计划名称", "推广计划", "推广名称"], required: true),
        Column(key: .spend, names: ["花费", "总花费(元)", "花费(元)"], required: true),
        Column(key: .sales, names: ["总成交金额", "成交金额", "交易额(元)", "总订单金额"], required: true),
        Column(key: .date, names: ["日期", "数据日期", "统计日期"], required: false),
        Column(key: .campaignID, names: ["计划ID", "推广计划ID"], required: false),
        Column(key: .impressions, names: ["展现量", "曝光量", "展现数"], required: false),
        Column(key: .clicks, names: ["点击量", "点击数"], required: false),
        Column(key: .orders, names: ["总成交笔数", "成交笔数", "总订单行"], required: false),
    ])
}
