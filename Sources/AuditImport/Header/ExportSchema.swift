import AuditRecords

/// The columns the audit reads from one kind of export, with every header name the platforms use.
struct ExportSchema: Sendable {
    struct Column: Sendable {
        let key: ColumnKey
        let names: [String]
        let required: Bool
    }

    let kind: ExportKind
    let columns: [Column]
    /// Header names that rule this schema out even when its required columns are there: a
    /// 子订单 (line-item) file has no receiver, an order file has.
    var excludedBy: Set<String> = []

    /// Tried in this order: line items before orders, whose required columns they also have; 商品_全部
    /// before 拼多多's 商品概况, whose 统计日期 and 商品访客数 it also has.
    static let all: [ExportSchema] =
        [lineItems, orders, traffic, ads, refunds, refundRequests, itemDays] + shopOverviews + customerServices
        + [activityItems] + productSnapshots

    static let orders = ExportSchema(
        kind: .orders,
        columns: [
            Column(key: .orderID, names: ["订单编号", "主订单编号", "订单号"], required: true),
            Column(
                key: .paidAmount, names: ["买家实际支付金额", "买家实付金额", "用户实付金额(元)", "实付金额", "应付金额", "订单应付金额"], required: true),
            Column(
                key: .paidAt, names: ["订单付款时间", "买家付款时间", "付款时间", "支付时间", "付款确认时间", "支付完成时间", "订单成交时间"], required: true),
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
            Column(key: .carrier, names: ["物流公司", "快递公司"], required: false),
            Column(key: .itemID, names: ["商品ID", "商品id", "宝贝ID"], required: false),
            Column(key: .merchantCode, names: ["商家编码", "商家编码-商品维度", "商家编码-规格维度", "货号"], required: false),
            Column(key: .listPrice, names: ["商品价格", "商品金额"], required: false),
            // 拼多多: the store's discount beside the goods' total, for 满减力度超过 30% 需审批.
            Column(key: .goodsTotal, names: ["商品总价(元)"], required: false),
            Column(key: .shopDiscount, names: ["店铺优惠折扣(元)"], required: false),
            // 拼多多: the after-sale state stands in for the refund amount its export lacks.
            Column(key: .refundStatus, names: ["售后状态"], required: false),
            Column(key: .province, names: ["省", "省份"], required: false),
            Column(key: .city, names: ["市", "城市"], required: false),
            Column(key: .district, names: ["区", "区县"], required: false),
            Column(key: .street, names: ["街道"], required: false),
        ])

    /// 千牛's 子订单 export: one row per item of an order. Never orders (its rows would be
    /// counted again as orders and push the real ones out as duplicates); it fills in what the
    /// order rows lack (titles, quantities, 商品ID, 商家编码).
    static let lineItems = ExportSchema(
        kind: .lineItems,
        columns: [
            Column(key: .subOrderID, names: ["子订单编号"], required: true),
            Column(key: .orderID, names: ["主订单编号"], required: true),
            Column(key: .itemTitle, names: ["商品标题", "标题", "宝贝标题"], required: false),
            Column(key: .listPrice, names: ["商品价格", "价格"], required: false),
            Column(key: .quantity, names: ["购买数量", "宝贝数量"], required: false),
            Column(key: .status, names: ["订单状态"], required: false),
            Column(key: .paidAmount, names: ["买家实付金额", "买家实际支付金额"], required: false),
            Column(key: .refundStatus, names: ["退款状态"], required: false),
            Column(key: .refundAmount, names: ["退款金额"], required: false),
            Column(key: .itemID, names: ["商品ID", "商品id", "宝贝ID"], required: false),
            Column(key: .merchantCode, names: ["商家编码"], required: false),
        ], excludedBy: ["收货地址", "详细地址", "收件人", "收货人姓名", "收货人", "收件人手机号", "客户地址", "选购商品", "联系手机"])

    static let traffic = ExportSchema(
        kind: .traffic,
        columns: [
            Column(key: .group, names: ["一级来源", "流量来源"], required: true),
            Column(key: .visitors, names: ["访客数"], required: true),
            Column(key: .name, names: ["二级来源"], required: false),
            Column(key: .detail, names: ["三级来源"], required: false),
            Column(key: .date, names: ["统计日期", "日期", "统计时间"], required: false),
            Column(key: .pageViews, names: ["浏览量"], required: false),
            Column(key: .payingBuyers, names: ["支付买家数", "成交客户数"], required: false),
            Column(key: .paidAmount, names: ["支付金额", "成交金额"], required: false),
        ])

    static let ads = ExportSchema(
        kind: .ads,
        columns: [
            Column(
                key: .campaignName, names: ["计划名称", "计划名字", "推广计划名称", "推广计划", "推广名称", "场景名字", "计划名"], required: true),
            Column(key: .spend, names: ["花费", "总花费(元)", "花费(元)", "整体消耗", "总费用"], required: true),
            Column(key: .sales, names: ["总成交金额", "成交金额", "交易额(元)", "总订单金额", "整体成交金额"], required: true),
            Column(key: .date, names: ["日期", "数据日期", "统计日期"], required: false),
            Column(key: .campaignID, names: ["计划ID", "推广计划ID", "场景ID"], required: false),
            Column(key: .impressions, names: ["展现量", "曝光量", "展现数", "整体展示次数"], required: false),
            Column(key: .clicks, names: ["点击量", "点击数", "整体点击次数"], required: false),
            Column(key: .orders, names: ["总成交笔数", "成交笔数", "总订单行", "整体成交订单数"], required: false),
        ])

    /// 千牛 退款管理 批量导出: sheet `export`, header on row 0, one refund request per row
    /// (diagnosis-exports.md §1e, HIGH: several importers of real files). Its 买家实际支付金额 and
    /// 订单付款时间 would match the order schema's columns but it has no 订单状态.
    static let refundRequests = ExportSchema(
        kind: .refundRequests,
        columns: [
            Column(key: .refundID, names: ["退款编号", "退款单号"], required: true),
            Column(key: .goodsStatus, names: ["货物状态"], required: true),
            Column(key: .refundReason, names: ["买家退款原因", "退款原因"], required: true),
            Column(key: .orderID, names: ["订单编号", "订单号"], required: false),
            Column(key: .itemTitle, names: ["宝贝标题", "商品标题", "商品名称"], required: false),
            Column(key: .requestedAt, names: ["退款的申请时间", "退款申请时间", "申请时间"], required: false),
            Column(key: .paidAt, names: ["订单付款时间", "付款时间"], required: false),
            Column(key: .refundAmount, names: ["买家退款金额", "退款金额", "退给买家金额"], required: false),
        ])

    /// 京东 售后明细: one 服务单 per row, its 退款金额 given back on 订单号's order. No other export has
    /// a 服务单号 (column names verified in formats.md §0; the amount's name is inferred).
    static let refunds = ExportSchema(
        kind: .refunds,
        columns: [
            Column(key: .serviceID, names: ["服务单号", "售后服务单号", "服务单编号"], required: true),
            Column(key: .orderID, names: ["订单号", "订单编号"], required: true),
            Column(key: .refundAmount, names: ["退款金额", "实际退款金额", "应退金额"], required: true),
        ])
}
