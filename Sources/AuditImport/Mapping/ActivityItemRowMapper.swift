import AuditRecords

/// Reads rows of a 千牛 营销活动 export into `ActivityItemRecord`s: the activity (its name, else its
/// id), the item and the days it ran. A row that ends before it starts is refused.
struct ActivityItemRowMapper: RowMapper {
    private var pool = TextPool()

    mutating func map(_ row: FieldReader, location: RowLocation, into result: inout ImportedExport) throws(RowRejection)
        -> RowDisposition
    {
        let item = row.text(.itemID)
        guard !item.isEmpty else {
            throw RowRejection(column: row.columnLabel(row.header.index(.itemID)!), reason: .empty(nil))
        }
        guard let start = try row.time(.activityStart, required: true)?.day,
            let end = try row.time(.activityEnd, required: true)?.day
        else {
            throw RowRejection(column: row.columnLabel(row.header.index(.activityStart)!), reason: .empty(nil))
        }
        guard end >= start else {
            let i = row.header.index(.activityEnd)!
            throw RowRejection(
                column: row.columnLabel(i),
                reason: .invalidCell(.notDate, found: String(row.text(.activityEnd).prefix(40))))
        }
        var activity = row.pooledText(.activityName, pool: &pool)
        if activity.isEmpty { activity = row.pooledText(.activityID, pool: &pool) }
        result.activityItems.append(
            ActivityItemRecord(activity: activity, itemID: item, start: start, end: end, location: location))
        return .accepted
    }
}
