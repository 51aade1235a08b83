import AuditRecords

/// One record read from two copies of an export whose figures disagree: the same order id with
/// another amount paid, refund, status or time of payment; the same day and traffic source with
/// other visitors; the same day and campaign with another spend; the same 服务单 with another refund.
///
/// Identical copies (the same export saved twice, a one-day download beside the monthly one) are
/// harmless and counted once; copies that disagree mean one of them was changed or is an older
/// download, and the audit cannot tell which is true. An agency that wants its numbers to pass
/// can doctor a copy and name it to be read first: the first copy counts, but the month is not
/// settled until one file is removed.
public struct CopyConflict: Sendable, Hashable {
    /// The kind of export both copies come from.
    public var kind: ExportKind
    /// What the copies are of: the order id, the traffic source (`一级来源/二级来源`), the campaign,
    /// or the 服务单号 (as its key: the number itself when it is a number).
    public var subject: String
    /// Where the copy that was counted is, and where the one that disagrees is.
    public var counted: RowLocation
    public var other: RowLocation
    /// The day the counted copy is about (an order's day of payment), nil for an unpaid order.
    public var day: CalendarDay?
    /// Each figure that differs, named as `Fact.Name`, with the counted copy's value and the other's.
    public var differences: [Difference]

    public struct Difference: Sendable, Hashable {
        public var figure: Fact.Name
        public var counted: Fact.Value
        public var other: Fact.Value
    }

    /// A conflict when `other` differs from `counted` in what the audit counts; nil when they agree
    /// (a status moving on from 待发货 to 交易成功 is the same class: paid).
    static func between(_ counted: OrderRecord, _ other: OrderRecord, id: String, at location: RowLocation)
        -> CopyConflict?
    {
        var found: [Difference] = []
        func compare(_ name: Fact.Name, _ a: Fact.Value, _ b: Fact.Value) {
            if a != b { found.append(Difference(figure: name, counted: a, other: b)) }
        }
        compare(.paidAmount, .money(counted.paidAmount), .money(other.paidAmount))
        compare(.refundAmount, .money(counted.refundAmount), .money(other.refundAmount))
        compare(.orderStatus, .text(counted.statusClass.name), .text(other.statusClass.name))
        func time(_ r: OrderRecord) -> Fact.Value { r.paidAt.map { .time($0) } ?? .text("unpaid") }
        compare(.paidAt, time(counted), time(other))
        guard !found.isEmpty else { return nil }
        return CopyConflict(
            kind: .orders, subject: id, counted: counted.location, other: location, day: counted.paidAt?.day,
            differences: found)
    }

    /// A conflict between two rows of one day and traffic source, nil when their figures agree.
    static func between(_ counted: TrafficRecord, _ other: TrafficRecord) -> CopyConflict? {
        var found: [Difference] = []
        func compare(_ name: Fact.Name, _ a: Fact.Value, _ b: Fact.Value) {
            if a != b { found.append(Difference(figure: name, counted: a, other: b)) }
        }
        compare(.visitors, .count(counted.visitors), .count(other.visitors))
        compare(.payingBuyers, .count(counted.payingBuyers), .count(other.payingBuyers))
        compare(.sales, .money(counted.paidAmount), .money(other.paidAmount))
        guard !found.isEmpty else { return nil }
        return CopyConflict(
            kind: .traffic, subject: counted.source.description, counted: counted.location, other: other.location,
            day: counted.day, differences: found)
    }

    /// A conflict between two rows of one day and campaign, nil when their figures agree.
    static func between(_ counted: AdRecord, _ other: AdRecord) -> CopyConflict? {
        var found: [Difference] = []
        func compare(_ name: Fact.Name, _ a: Fact.Value, _ b: Fact.Value) {
            if a != b { found.append(Difference(figure: name, counted: a, other: b)) }
        }
        compare(.spend, .money(counted.spend), .money(other.spend))
        compare(.sales, .money(counted.attributedSales), .money(other.attributedSales))
        guard !found.isEmpty else { return nil }
        return CopyConflict(
            kind: .ads, subject: counted.campaignLabel, counted: counted.location, other: other.location,
            day: counted.day, differences: found)
    }

    /// A conflict between two rows of one 服务单 (京东 售后明细), nil when they refund the same order
    /// the same amount.
    static func between(_ counted: RefundRecord, _ other: RefundRecord) -> CopyConflict? {
        var found: [Difference] = []
        if counted.amount != other.amount {
            found.append(
                Difference(figure: .refundAmount, counted: .money(counted.amount), other: .money(other.amount)))
        }
        if counted.orderIDKey != other.orderIDKey {
            found.append(
                Difference(
                    figure: .orderId, counted: .text(String(counted.orderIDKey)), other: .text(String(other.orderIDKey))
                ))
        }
        guard !found.isEmpty else { return nil }
        return CopyConflict(
            kind: .refunds, subject: String(counted.serviceKey), counted: counted.location, other: other.location,
            day: nil, differences: found)
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
