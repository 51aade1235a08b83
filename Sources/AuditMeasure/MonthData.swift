import AuditImport
import AuditRecords
import Foundation

/// The typed records of one audited month, after duplicates and out-of-month rows are set aside.
public struct MonthData: Sendable {
    public var month: YearMonth
    /// Traffic rows dated inside the month, each (day, source) once.
    public var traffic: [TrafficRecord]
    /// Ad rows dated inside the month, each (day, campaign) once.
    public var ads: [AdRecord]

    /// Orders whose payment time falls in the month: the ones the metrics count. Compact: the
    /// full order behind a record comes from `orders(_:)`.
    public let paidOrders: [OrderRecord]
    /// Unpaid orders and orders paid outside the month (kept apart, so no order is held twice).
    public let otherOrders: [OrderRecord]
    /// Where the full orders are, by `OrderRecord.source`.
    private let details: [any OrderDetailSource]
    /// Titles of orders whose own row had none, from their line items (子订单), by order id key.
    private let lineItemTitles: [UInt64: String]
    private let unreadable = UnreadableOrders()

    /// Orders whose row could not be read back in full (the export changed or vanished during
    /// the audit): their evidence lacks names and addresses, and the report says so.
    public var unreadableOrderCount: Int { unreadable.count }

    /// A month of orders built in code (kept in memory in full).
    public init(month: YearMonth, orders: [Order], traffic: [TrafficRecord], ads: [AdRecord]) {
        self.month = month
        self.traffic = traffic
        self.ads = ads
        var paid: [OrderRecord] = [], other: [OrderRecord] = []
        paid.reserveCapacity(orders.count)
        for (i, o) in orders.enumerated() {
            let r = OrderRecord(o, position: UInt64(i))
            if let t = o.paidAt, month.contains(t.day) { paid.append(r) } else { other.append(r) }
        }
        paidOrders = paid
        otherOrders = other
        details = [InMemoryOrders(list: orders)]
        lineItemTitles = [:]
    }

    /// Orders already split into paid-in-month and the rest (the assembler does it while deduplicating).
    init(month: YearMonth, paidOrders: [OrderRecord], otherOrders: [OrderRecord], traffic: [TrafficRecord], ads: [AdRecord],
         details: [any OrderDetailSource], lineItemTitles: [UInt64: String] = [:]) {
        self.lineItemTitles = lineItemTitles
        self.month = month
        self.paidOrders = paidOrders
        self.otherOrders = otherOrders
        self.traffic = traffic
        self.ads = ads
        self.details = details
    }

    public var hasOrders: Bool { !paidOrders.isEmpty || !otherOrders.isEmpty }

    /// Every order of the month in full (paid in the month first): read back from the exports,
    /// so meant for small months and tests; detection asks only for the orders it names.
    public var orders: [Order] { orders(paidOrders + otherOrders) }

    /// The full orders behind `records`, in the same order: names, phones, addresses and titles,
    /// read back from the exports they came from.
    public func orders(_ records: [OrderRecord]) -> [Order] {
        var found = [Order?](repeating: nil, count: records.count)
        var bySource: [UInt32: [Int]] = [:]
        for i in records.indices { bySource[records[i].source, default: []].append(i) }
        for (source, indices) in bySource where Int(source) < details.count {
            let got = details[Int(source)].orders(indices.map { records[$0] })
            for (k, i) in indices.enumerated() { found[i] = got[k] }
        }
        return records.indices.map { i in
            if var order = found[i] {
                if records[i].titleFromLineItems, order.itemTitle.isEmpty, let title = lineItemTitles[records[i].idKey] {
                    order.itemTitle = title
                }
                return order
            }
            unreadable.add()
            return Order(unreadable: records[i])
        }
    }
}

/// Counts read-back failures; rules ask for orders from several threads at once.
private final class UnreadableOrders: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func add() {
        lock.lock()
        value += 1
        lock.unlock()
    }

    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return value
    }
}
