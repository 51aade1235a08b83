/// The columns the audit reads, across all kinds of export; an index into `HeaderMatch`'s table,
/// so reading a cell costs an array access, not a dictionary lookup with a string key.
enum ColumnKey: Int, CaseIterable, Sendable {
    case orderID, paidAmount, paidAt, status, buyer, receiverName, address, mobile, telephone, createdAt, itemTitle,
        quantity, logisticsNumber, refundAmount, group, visitors, name, detail, date, pageViews, payingBuyers,
        campaignName, spend, sales, campaignID, impressions, clicks, orders
    case carrier, itemID, merchantCode, listPrice, subOrderID, refundStatus
    /// 拼多多's older order files split the address: 省, 市, 区, 街道 (joined in that order, then 详细地址).
    case province, city, district, street
    /// 京东 售后明细's 服务单号.
    case serviceID
    /// When a store overview download was taken, where it has a column for it.
    case exportTime
    /// 千牛 退款管理's 退款编号, 货物状态, 买家退款原因 and 退款的申请时间.
    case refundID, goodsStatus, refundReason, requestedAt
    /// 拼多多 订单's 商品总价(元) and 店铺优惠折扣(元): the goods before discounts, and the store's own
    /// discount on them (the platform's is apart), for the discount-depth clause.
    case goodsTotal, shopDiscount
    /// Customer-service exports: the agent (or summary label), response times, inquiries and their conversion.
    case agentName, firstResponse, averageResponse, inquiries, inquiryConversion
    /// 千牛 营销活动 exports: the activity's name and id, its start and end.
    case activityName, activityID, activityStart, activityEnd
    /// 商品_全部's 商品状态, 商品加购件数 and 聚划算支付金额.
    case listingStatus, addedToCart, juhuasuanSales
    /// A product-list snapshot's SKU id, its stock and a SKU's own price.
    case skuID, stock, skuPrice
}
