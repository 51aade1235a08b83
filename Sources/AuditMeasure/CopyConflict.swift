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

    /// The figures compared, each with the counted copy's value and the other's: those that differ.
    static func differences(_ figures: [(Fact.Name, Fact.Value, Fact.Value)]) -> [Difference] {
        figures.filter { $0.1 != $0.2 }.map { Difference(figure: $0.0, counted: $0.1, other: $0.2) }
    }

    /// A conflict when `other` differs from `counted` in what the audit counts; nil when they agree
    /// (a status moving on from 待发货 to 交易成功 is the same class: paid).
    static func between(_ counted: OrderRecord, _ other: OrderRecord, id: String, at location: RowLocation)
        -> CopyConflict?
    {
        func time(_ r: OrderRecord) -> Fact.Value { r.paidAt.map { .time($0) } ?? .text("unpaid") }
        let found = differences([
            (.paidAmount, .money(counted.paidAmount), .money(other.paidAmount)),
            (.refundAmount, .money(counted.refundAmount), .money(other.refundAmount)),
            (.orderStatus, .text(counted.statusClass.name), .text(other.statusClass.name)),
            (.paidAt, time(counted), time(other)),
        ])
        guard !found.isEmpty else { return nil }
        return CopyConflict(
            kind: .orders, subject: id, counted: counted.location, other: location, day: counted.paidAt?.day,
            differences: found)
    }

    /// A conflict between two rows of one day and traffic source, nil when their figures agree.
    static func between(_ counted: TrafficRecord, _ other: TrafficRecord) -> CopyConflict? {
        let found = differences([
            (.visitors, .count(counted.visitors), .count(other.visitors)),
            (.payingBuyers, .count(counted.payingBuyers), .count(other.payingBuyers)),
            (.sales, .money(counted.paidAmount), .money(other.paidAmount)),
        ])
        guard !found.isEmpty else { return nil }
        return CopyConflict(
            kind: .traffic, subject: counted.source.description, counted: counted.location, other: other.location,
            day: counted.day, differences: found)
    }

    /// A conflict between two rows of one day and campaign, nil when their figures agree.
    static func between(_ counted: AdRecord, _ other: AdRecord) -> CopyConflict? {
        let found = differences([
            (.spend, .money(counted.spend), .money(other.spend)),
            (.sales, .money(counted.attributedSales), .money(other.attributedSales)),
        ])
        guard !found.isEmpty else { return nil }
        return CopyConflict(
            kind: .ads, subject: counted.campaignLabel, counted: counted.location, other: other.location,
            day: counted.day, differences: found)
    }

    /// A conflict between two downloads of one day's store overview (生意参谋 数据概览): each metric's
    /// store and peer-tier figures, named `overview.<metric>` and `overviewPeer.<metric>`; nil when they agree.
    static func between(_ counted: ShopOverviewRecord, _ other: ShopOverviewRecord) -> CopyConflict? {
        var figures: [(Fact.Name, Fact.Value, Fact.Value)] = []
        for m in OverviewMetric.allCases {
            func value(_ v: Double?) -> Fact.Value {
                guard let v else { return .text("none") }
                switch m {
                case .sales, .averageOrderValue: return .money(Money(roundingYuan: v))
                case .conversion: return .ratio(v)
                case .visitors, .payingBuyers: return v == v.rounded() ? .count(Int(v)) : .number(v)
                }
            }
            let a = counted.figure(m)
            let b = other.figure(m)
            figures.append((Fact.Name("overview.\(m.rawValue)"), value(a?.store), value(b?.store)))
            figures.append((Fact.Name("overviewPeer.\(m.rawValue)"), value(a?.peerAverage), value(b?.peerAverage)))
        }
        let found = differences(figures)
        guard !found.isEmpty else { return nil }
        return CopyConflict(
            kind: .shopOverview, subject: "", counted: counted.location, other: other.location, day: counted.day,
            differences: found)
    }

    /// A conflict between two rows of one 服务单 (京东 售后明细), nil when they refund the same order
    /// the same amount.
    static func between(_ counted: RefundRecord, _ other: RefundRecord) -> CopyConflict? {
        let found = differences([
            (.refundAmount, .money(counted.amount), .money(other.amount)),
            (.orderId, .text(String(counted.orderIDKey)), .text(String(other.orderIDKey))),
        ])
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
