import AuditRecords

/// Reads rows of a promotion report (直通车 / 万相台 计划报表, 多多推广, 京准通), one campaign-day per row.
struct AdRowMapper: RowMapper {
    /// The day of a single-day report without a date column.
    let fileDay: CalendarDay?

    mutating func map(_ row: FieldReader, location: RowLocation, into result: inout ImportedExport) throws(RowRejection)
        -> RowDisposition
    {
        let name = row.text(.campaignName)
        // A footer whose label is not in the first column (总计 under 推广名称): a summary, not a campaign.
        if name == "合计" || name == "总计" || name == "汇总" { return .summary }
        if name.isEmpty {
            throw RowRejection(column: row.columnLabel(row.header.index(.campaignName)!), reason: "为空，应有计划名称")
        }
        let day = try row.statDay(fileDay: fileDay)
        let spend = try row.money(.spend) ?? .zero
        try checkPlausible(spend, .spend, row)
        let sales = try row.money(.sales) ?? .zero
        try checkPlausible(sales, .sales, row)
        result.ads.append(
            AdRecord(
                day: day,
                campaignID: row.text(.campaignID),
                campaignName: name,
                impressions: try row.integer(.impressions) ?? 0,
                clicks: try row.integer(.clicks) ?? 0,
                spend: spend,
                attributedSales: sales,
                attributedOrders: try row.integer(.orders) ?? 0,
                location: location))
        return .accepted
    }
}
