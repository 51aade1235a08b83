import AuditDetect
import AuditDiagnose
import AuditRecords

/// The diagnosis's stock-outs and peer-tier comparisons as data, beside their sentences.
extension AuditJSON {
    func fact(_ s: StockOut) -> JSONValue {
        Self.object(
            kind: "stockOut", ("item", .string(s.item)), ("from", .string(s.first.description)),
            ("to", .string(s.last.description)), ("days", .int(s.days)),
            ("usualDailyOrders", Self.figure(s.usualDailyOrders)), ("usualDailySales", .money(s.usualDailySales)),
            ("expectedOrders", Self.figure(s.expectedOrders)), ("lostSales", .money(s.lostSales)),
            ("lostOrders", Self.figure(s.lostOrders)), ("sources", .array(s.sources.map { .string($0.rawValue) })),
            ("daysSoldOut", .int(s.daysSoldOut)), ("daysOffShelf", .int(s.daysOffShelf)),
            ("daysVisitedNoSale", .int(s.daysVisitedNoSale)), ("stockOutRefunds", .int(s.stockOutRefunds)),
            ("snapshotDaysAtZero", .array(s.snapshotDaysAtZero.map { .string($0.description) })))
    }

    func fact(_ s: ItemStopped) -> JSONValue {
        Self.object(
            kind: "itemStopped", ("item", .string(s.item)), ("lastSale", .string(s.lastSale.description)),
            ("daysWithout", .int(s.daysWithout)), ("usualDailyOrders", Self.figure(s.usualDailyOrders)),
            ("expectedOrders", Self.figure(s.expectedOrders)))
    }

    func fact(_ i: StockOutImpact) -> JSONValue {
        Self.object(
            kind: "stockOutsBehindTarget", ("metric", .string(i.target.rawValue)), ("gap", Self.figure(i.gap)),
            ("lost", Self.figure(i.lost)), ("items", .int(i.items)), ("days", .int(i.days)))
    }

    func fact(_ c: PeerTierComparison) -> JSONValue {
        Self.object(
            kind: "peerTier", ("metric", .string(c.target.rawValue)),
            ("previousMonth", .string(c.previousMonth.description)),
            ("reading", .string(c.reading.rawValue)),
            (
                "changes",
                .array(
                    c.changes.map {
                        .oneLineObject([
                            ("figure", .string($0.metric.rawValue)), ("store", Self.figure($0.store)),
                            ("peerAverage", .optional($0.peer, decimals: 6)), ("reading", .string($0.reading.rawValue)),
                        ])
                    })
            ),
            ("files", .array(c.files.map { .string($0) })))
    }
}

extension AuditJSON {
    func fact(_ r: StockOutRefunds) -> JSONValue {
        Self.object(
            kind: "stockOutRefunds", ("item", .string(r.item)),
            ("days", .array(r.days.map { .string($0.description) })),
            ("requests", .int(r.requests)), ("amount", .money(r.amount)))
    }
}
