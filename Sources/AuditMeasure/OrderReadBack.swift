import AuditImport
import AuditRecords
import Synchronization

/// The one door through which stages after import read full orders back from the exports.
///
/// A month's records are compact (`OrderRecord`: keys and numbers, 128 bytes); names, phones,
/// addresses and titles stay in the export files. The few orders a finding names are read back
/// here — file reads, so the stages that take an `OrderReadBack` are pure functions of their
/// inputs and of the exports on disk, and say so. The monthly audit hands it to detection
/// (evidence of bursts), measurement (text order ids) and diagnosis (item titles).
public final class OrderReadBack: Sendable {
    /// Where the full orders are, by `OrderRecord.source`.
    private let details: [any OrderDetailSource]
    /// Titles of orders whose own row had none, from their line items (子订单), by order id key.
    private let lineItemTitles: [UInt64: String]
    /// Orders whose row could not be read back; rules ask from several threads at once.
    private let unreadable = Mutex(0)

    package init(details: [any OrderDetailSource], lineItemTitles: [UInt64: String] = [:]) {
        self.details = details
        self.lineItemTitles = lineItemTitles
    }

    /// Nothing to read back: every order asked for comes back as its record's numbers only.
    public static let none = OrderReadBack(details: [])

    /// Orders whose row could not be read back in full (the export changed or vanished during
    /// the audit): their evidence lacks names and addresses, and the report says so.
    public var unreadableCount: Int { unreadable.withLock { $0 } }

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
        var missing = 0
        let orders = records.indices.map { i in
            if var order = found[i] {
                if records[i].titleFromLineItems, order.itemTitle.isEmpty, let title = lineItemTitles[records[i].idKey]
                {
                    order.itemTitle = title
                }
                // An order of several 子订单 rows (抖店): its row is the first part; the record has the sums.
                if order.paidAmount != records[i].paidAmount || order.refundAmount != records[i].refundAmount {
                    order.paidAmount = records[i].paidAmount
                    order.refundAmount = records[i].refundAmount
                    order.quantity = records[i].quantity
                }
                return order
            }
            missing += 1
            return Order(unreadable: records[i])
        }
        if missing > 0 { unreadable.withLock { $0 += missing } }
        return orders
    }
}

extension OrderReadBack {
    /// The ids of `records`, in their order: a number's digits, a text id read back with its order
    /// (only those are read). How a match on an id key is confirmed on the id itself.
    func ids(of records: [OrderRecord]) -> [String] {
        var textIDs = orders(records.filter(\.idIsText)).map(\.id).makeIterator()
        return records.map { $0.numericID ?? textIDs.next() ?? "" }
    }
}
