import AuditRecords

extension FieldReader {
    /// The item's key: 商品ID's, else 商家编码's; 0 when neither gives one. An id a spreadsheet
    /// wrote in scientific notation gives none (see `itemIDIsLost`); a trailing `.0` is the same id.
    func itemIDKey() -> UInt64 {
        let id = withText(.itemID) { OrderKeys.isScientific($0) ? 0 : OrderKeys.itemIDKey($0) }
        if id != 0 { return id }
        return withText(.merchantCode) { OrderKeys.isScientific($0) ? 0 : OrderKeys.itemIDKey($0) }
    }

    /// 商家编码's key on its own (0 for none), beside `itemIDKey()`'s 商品ID.
    func merchantCodeKey() -> UInt64 {
        withText(.merchantCode) { OrderKeys.isScientific($0) ? 0 : OrderKeys.itemIDKey($0) }
    }

    /// The row's 商品ID was written in scientific notation: the row is kept, the lost id counted
    /// and reported, never used as a key.
    var itemIDIsLost: Bool { withText(.itemID) { OrderKeys.isScientific($0) } }
}
