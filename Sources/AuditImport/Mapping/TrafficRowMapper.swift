import AuditRecords

/// Reads rows of the 生意参谋 traffic-source export (店铺来源), one source per row.
struct TrafficRowMapper: RowMapper {
    /// The day of a one-day download, which has no date column.
    let fileDay: CalendarDay?

    mutating func map(_ row: FieldReader, location: RowLocation, into result: inout ImportedExport) throws(RowRejection)
        -> RowDisposition
    {
        let group = row.text(.group)
        let name = row.text(.name)
        if Self.isSubtotal(group) || Self.isSubtotal(name) { return .summary }
        let detail = row.text(.detail)
        if !detail.isEmpty && !Self.isSubtotal(detail) {
            return .breakdown
        }
        if group.isEmpty && name.isEmpty {
            throw RowRejection(column: row.columnLabel(row.header.index(.group)!), reason: .empty(.trafficSource))
        }
        let day = try row.statDay(fileDay: fileDay)
        let paid = try row.money(.paidAmount) ?? .zero
        try checkPlausible(paid, .paidAmount, row)
        result.traffic.append(
            TrafficRecord(
                day: day,
                source: TrafficSource(group: group, name: name),
                visitors: try row.integer(.visitors) ?? 0,
                pageViews: try row.integer(.pageViews) ?? 0,
                payingBuyers: try row.integer(.payingBuyers) ?? 0,
                paidAmount: paid,
                location: location))
        return .accepted
    }

    static func isSubtotal(_ s: String) -> Bool { s == "汇总" || s == "合计" || s == "总计" || s == "全店" }
}
