import AuditRecords

extension ImportedExport {
    /// The order export has a buyer-account column (买家会员名, 下单帐号…): 拼多多's and 抖店's do not.
    package var hasBuyerAccounts: Bool {
        let names = ExportSchema.orders.columns.first { $0.key == .buyer }?.names ?? []
        return kind == .orders && headerNames.contains(where: names.contains)
    }
}
