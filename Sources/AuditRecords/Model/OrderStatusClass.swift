/// What an order's status means for the audit, across the platforms' wordings.
///
/// Statuses are free text that differ per platform and change with the back office (千牛 mixes
/// half- and full-width commas: `买家已付款,等待卖家发货` and `卖家已发货，等待买家确认`), so they
/// are compared with commas and spaces removed.
public enum OrderStatusClass: UInt8, Sendable, Hashable, CaseIterable {
    /// A status this table does not know (reported with its count).
    case unknown = 0
    /// Paid and not undone: waiting to ship, shipped, received, completed.
    case paid
    /// Waiting for the buyer to pay.
    case unpaid
    /// Closed or cancelled, without a refund of a payment.
    case closed
    /// Paid, then refunded (closed after a refund, or a refund status).
    case refunded

    /// Paid orders' statuses (the goods may or may not have left yet).
    static let paidStatuses: Set<String> = [
        "买家已付款等待卖家发货", "卖家已发货等待买家确认", "交易成功", "卖家部分发货", "等待卖家发货", "等待买家确认收货",
        "待发货", "已发货", "待收货", "已收货", "已签收", "完成", "已完成", "交易完成", "等待出库", "等待确认收货", "已支付", "已付款",
        "待配货", "配货中", "已发货待签收", "部分发货",
        // 拼多多 (a 待成团 order is paid; an unformed group is refunded later and then says so).
        "待成团", "拼团中", "已成团待发货",
        // 京东
        "等待发货", "正在出库", "商品出库", "等待厂商处理", "暂停", "等待收货",
        // 抖店 (售后中: paid, an after-sale request still open; 备货中: paid, being packed)
        "备货中", "售后中", "已发货待收货", "待确认收货",
    ]
    static let unpaidStatuses: Set<String> = [
        "等待买家付款", "待付款", "待支付", "未付款", "等待付款", "待买家付款",
        // 京东, 抖店
        "等待付款确认", "待支付尾款",
    ]
    static let closedStatuses: Set<String> = [
        "交易关闭", "订单关闭", "已关闭", "已取消", "取消", "订单取消", "交易取消", "锁定",
        // 京东: an order locked while its cancellation is processed, then deleted
        "(删除)锁定", "（删除）锁定", "删除锁定", "订单锁定", "已删除",
    ]
    static let refundedStatuses: Set<String> = [
        "退款成功", "已退款", "退款完成", "全额退款",
        // 拼多多: refunded before or after shipping (the export writes the status run together)
        "未发货退款成功", "已发货退款成功", "已签收退款成功", "退货退款成功",
        // 京东
        "配送退货", "退款成功已完成",
    ]
    /// Statuses that say the goods left the warehouse.
    static let shippedStatuses: Set<String> = [
        "交易成功", "卖家已发货等待买家确认", "卖家已发货", "已发货", "已收货", "完成", "已完成", "待收货", "已签收", "交易完成",
        "等待买家确认收货", "等待确认收货", "已发货待签收",
        "商品出库", "等待收货", "已发货待收货", "待确认收货",
    ]

    /// The class of a status (commas and spaces ignored); a closed status with a payment and a
    /// refund is `refunded`.
    public static func of(_ status: String, paid: Bool = false, refunded: Bool = false) -> OrderStatusClass {
        let key = normalized(status)
        if paidStatuses.contains(key) { return .paid }
        if unpaidStatuses.contains(key) { return .unpaid }
        if refundedStatuses.contains(key) { return .refunded }
        if closedStatuses.contains(key) { return paid && refunded ? .refunded : .closed }
        return .unknown
    }

    /// True when the status says the goods were shipped (or received).
    public static func isShipped(_ status: String) -> Bool { shippedStatuses.contains(normalized(status)) }

    /// The status without commas (either width), spaces and line breaks.
    static func normalized(_ status: String) -> String {
        String(
            status.unicodeScalars.filter {
                !($0 == "," || $0 == "，" || $0 == " " || $0 == "\u{3000}" || $0 == "\t" || $0 == "\n" || $0 == "\r")
            })
    }
}

/// Status facts of the few distinct statuses of an export, worked out once each: every row
/// looks its status up by the hash of its bytes instead of comparing strings.
package struct StatusFacts {
    private var keys: [UInt64] = []
    private var facts: [(statusClass: OrderStatusClass, shipped: Bool)] = []

    package init() {}

    /// The class (before refunds are considered) and whether the goods were shipped.
    package mutating func facts(of status: UnsafeBufferPointer<UInt8>) -> (statusClass: OrderStatusClass, shipped: Bool)
    {
        var h = StableHash()
        for b in status { h.combine(b) }
        if let i = keys.firstIndex(of: h.value) { return facts[i] }
        let text = String(decoding: status, as: UTF8.self)
        let f = (OrderStatusClass.of(text), OrderStatusClass.isShipped(text))
        // A store's statuses are a dozen or so; a file of random statuses is not worth a bigger cache.
        if keys.count < 64 {
            keys.append(h.value)
            facts.append(f)
        }
        return f
    }
}
