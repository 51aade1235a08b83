import AuditRecords

extension ImportedExport {
    /// The rejected rows of an order export that may be paid orders: every rejected row but those
    /// whose status cell says the order was never paid or was closed.
    ///
    /// A row with more or fewer cells than the header is counted whatever it says: its cells are
    /// not where the header puts them, so its status cannot be trusted.
    package var rejectedRowsThatMayBePaidOrders: [RejectedRow] {
        guard kind == .orders else { return [] }
        let names = Set(ExportSchema.orders.columns.first { $0.key == .status }?.names ?? [])
        guard let status = headerNames.firstIndex(where: names.contains) else { return rejects }
        return rejects.filter { row in
            guard row.fields.count == headerNames.count else { return true }
            let statusClass = OrderStatusClass.of(row.fields[status])
            return statusClass != .unpaid && statusClass != .closed
        }
    }
}
