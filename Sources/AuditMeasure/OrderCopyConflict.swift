import AuditRecords

/// One order read from two copies of an export whose figures disagree: the same order id with
/// another amount paid, refund, status or time of payment.
///
/// Identical copies (the same export saved twice) are harmless and counted once; copies that
/// disagree mean one of them was changed or is an older download, and the audit cannot tell which
/// is true. An agency that wants its numbers to pass can doctor a copy and leave it beside the
/// real one: the first copy counts, but the month is not settled until one file is removed.
public struct OrderCopyConflict: Sendable, Hashable {
    public var orderID: String
    /// Where the copy that was counted is, and where the one that disagrees is.
    public var counted: RowLocation
    public var other: RowLocation
    /// The counted copy's day of payment (for the finding's dates), nil when it was not paid.
    public var paidDay: CalendarDay?
    /// Each figure that differs, named as `Fact.Name`, with the counted copy's value and the other's.
    public var differences: [Difference]

    public struct Difference: Sendable, Hashable {
        public var figure: Fact.Name
        public var counted: Fact.Value
        public var other: Fact.Value
    }

    /// The figures of `other` that differ from `counted`'s; empty when the copies agree on what the
    /// audit counts (a status moving on from 待发货 to 交易成功 is the same class: paid).
    static func differences(_ counted: OrderRecord, _ other: OrderRecord) -> [Difference] {
        var found: [Difference] = []
        if counted.paidAmount != other.paidAmount {
            found.append(
                Difference(figure: .paidAmount, counted: .money(counted.paidAmount), other: .money(other.paidAmount)))
        }
        if counted.refundAmount != other.refundAmount {
            found.append(
                Difference(
                    figure: .refundAmount, counted: .money(counted.refundAmount), other: .money(other.refundAmount)))
        }
        if counted.statusClass != other.statusClass {
            found.append(
                Difference(
                    figure: .orderStatus, counted: .text(counted.statusClass.name), other: .text(other.statusClass.name)
                ))
        }
        if counted.paidSecondsOrMin != other.paidSecondsOrMin {
            func time(_ r: OrderRecord) -> Fact.Value { r.paidAt.map { .time($0) } ?? .text("unpaid") }
            found.append(Difference(figure: .paidAt, counted: time(counted), other: time(other)))
        }
        return found
    }
}

extension OrderStatusClass {
    /// The class as audit.json names it: `paid`, `unpaid`, `closed`, `refunded`, `unknown`.
    public var name: String {
        switch self {
        case .unknown: return "unknown"
        case .paid: return "paid"
        case .unpaid: return "unpaid"
        case .closed: return "closed"
        case .refunded: return "refunded"
        }
    }
}
