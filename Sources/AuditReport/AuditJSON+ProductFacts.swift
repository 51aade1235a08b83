import AuditDiagnose
import AuditRecords

/// The diagnosis's evidence from the item downloads (商品_全部, product-list snapshots) as data.
extension AuditJSON {
    func fact(_ t: ItemTakenDown) -> JSONValue {
        Self.object(
            kind: "itemTakenDown", ("item", .string(t.item)), ("from", .string(t.from.description)),
            ("salesFalling", .bool(t.salesFalling)))
    }

    func fact(_ z: SnapshotStockZero) -> JSONValue {
        Self.object(
            kind: "snapshotStockZero", ("item", .string(z.title)), ("itemID", .string(z.itemID)),
            ("days", .array(z.days.map { .string($0.description) })))
    }

    func fact(_ c: SnapshotPriceChange) -> JSONValue {
        var standing: [(String, JSONValue)]
        switch c.standing {
        case .approved(let day, let line):
            standing = [
                ("standing", .string("approved")), ("approvedOn", .string(day.description)), ("line", .int(line)),
            ]
        case .overLimitWithoutApproval(let limit):
            standing = [("standing", .string("overLimitWithoutApproval")), ("limit", Self.figure(limit))]
        case .withinLimit: standing = [("standing", .string("withinLimit"))]
        case .notChecked(let limit): standing = [("standing", .string("notChecked")), ("limit", Self.figure(limit))]
        }
        let fields: [(String, JSONValue)] =
            [
                ("item", .string(c.title)), ("itemID", .string(c.itemID)), ("before", .money(c.before)),
                ("beforeDay", .string(c.beforeDay.description)), ("after", .money(c.after)),
                ("day", .string(c.day.description)), ("change", Self.figure(c.change)),
            ] + standing
        return .object([("kind", .string("snapshotPriceChange"))] + fields)
    }
}
