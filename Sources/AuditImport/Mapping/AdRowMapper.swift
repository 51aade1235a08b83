import AuditRecords

/// Reads rows of a promotion report (直通车 / 万相台 计划报表, 多多推广, 京准通, 巨量千川), one campaign-day
/// per row. A 千川 row's 整体支付ROI and 净成交ROI are ratios and are not added: the month's ROI is
/// recomputed from the summed 整体成交金额 and 整体消耗 (which is how 千川 defines 整体支付ROI).
struct AdRowMapper: RowMapper {
    /// The day of a single-day report without a date column.
    let fileDay: CalendarDay?

    mutating func map(_ row: FieldReader, location: RowLocation, into result: inout ImportedExport) throws(RowRejection)
        -> RowDisposition
    {
        let name = row.text(.campaignName)
        // A total row (总计 under 推广名称, 合计 under 巨量千川's 日期 or name): a summary, never added.
        if Self.isTotal(name) || Self.isTotal(row.text(.date)) { return .summary }
        if name.isEmpty {
            throw RowRejection(column: row.columnLabel(row.header.index(.campaignName)!), reason: .empty(.campaignName))
        }
        // 京准通 writes a period total as `20260601~20260630`: kept as a period, never a day.
        let period = row.has(.date) ? row.withText(.date) { DateCell.range($0) } : nil
        let day: CalendarDay
        if let period { day = period.first } else { day = try row.statDay(fileDay: fileDay) }
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
                location: location, periodEnd: period?.last))
        return .accepted
    }

    static func isTotal(_ s: String) -> Bool { s == "合计" || s == "总计" || s == "汇总" }
}
