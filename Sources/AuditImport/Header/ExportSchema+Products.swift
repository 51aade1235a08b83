import AuditRecords

extension ExportSchema {
    /// 生意参谋 商品→商品排行 `商品_全部`: one item per day (diagnosis-exports.md §1a, HIGH: BIFF8
    /// `.xls`, header on row 4 below title lines, found by its names). 商品ID, 统计日期 and
    /// 商品访客数 tell it apart; a multi-day download (统计日期 a range) is an aggregate, skipped row
    /// by row by the mapper.
    static let itemDays = ExportSchema(
        kind: .itemDays,
        columns: [
            Column(key: .itemID, names: ["商品ID", "商品id", "宝贝ID"], required: true),
            Column(key: .date, names: ["统计日期", "日期"], required: true),
            Column(key: .visitors, names: ["商品访客数", "访客数"], required: true),
            Column(key: .itemTitle, names: ["商品名称", "商品标题", "宝贝标题"], required: false),
            Column(key: .listingStatus, names: ["商品状态", "宝贝状态"], required: false),
            Column(key: .addedToCart, names: ["商品加购件数", "加购件数"], required: false),
            Column(key: .quantity, names: ["支付件数", "成交件数"], required: false),
            Column(key: .paidAmount, names: ["支付金额", "成交金额"], required: false),
            Column(key: .juhuasuanSales, names: ["聚划算支付金额"], required: false),
        ])

    /// The product-list snapshots: 千牛's and 拼多多's (diagnosis-exports.md §2a and §3, MED).
    static let productSnapshots: [ExportSchema] = [qianniuProductList, pinduoduoPriceList, pinduoduoStockList]

    /// 千牛 出售中 `excel商品批量导出` (sheet 发布模板): one row per SKU; the item's 一口价 beside the
    /// SKU's 价格（元） and 数量 (its stock). `商家编码` and `发货时间` come twice (item and SKU): not
    /// read, so never a duplicate-column error.
    static let qianniuProductList = ExportSchema(
        kind: .productSnapshot,
        columns: [
            Column(key: .itemID, names: ["商品Id", "商品ID", "商品id", "宝贝ID"], required: true),
            Column(key: .listPrice, names: ["一口价"], required: true),
            Column(key: .stock, names: ["数量", "库存", "宝贝数量"], required: true),
            Column(key: .itemTitle, names: ["商品标题", "宝贝标题"], required: false),
            Column(key: .skuID, names: ["skuId", "SKUID", "skuID", "SKU ID"], required: false),
            Column(key: .skuPrice, names: ["价格(元)", "价格", "sku价格"], required: false),
        ])

    /// 拼多多 `导出商品价格_YYMMDD.xlsx`: 商品ID, SKUID, 规格, 单买价, 拼单价, 规格编码.
    static let pinduoduoPriceList = ExportSchema(
        kind: .productSnapshot,
        columns: [
            Column(key: .itemID, names: ["商品ID", "商品id"], required: true),
            Column(key: .skuID, names: ["SKUID", "skuId", "SKU ID"], required: true),
            Column(key: .listPrice, names: ["拼单价"], required: true),
            Column(key: .skuPrice, names: ["单买价"], required: false),
        ])

    /// 拼多多 `导出商品库存_YYMMDD.xlsx`: 商品ID, SKUID, 规格, 库存, 规格编码.
    static let pinduoduoStockList = ExportSchema(
        kind: .productSnapshot,
        columns: [
            Column(key: .itemID, names: ["商品ID", "商品id"], required: true),
            Column(key: .skuID, names: ["SKUID", "skuId", "SKU ID"], required: true),
            Column(key: .stock, names: ["库存", "库存数量"], required: true),
        ])
}
