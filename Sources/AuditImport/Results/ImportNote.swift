import AuditRecords

/// Something worth saying about how one export was read, as data: AuditReport words it in the
/// report's 数据核对 list and audit.json's `inputs[].notes`.
public enum ImportNote: Sendable, Hashable {
    /// Text separated by tabs, whatever its extension says (a `.xls` that is tab-separated text).
    case tabSeparated(fileExtension: String)
    /// Bytes that are no valid character of the file's encoding, replaced with �. In a UTF-8 file
    /// the fields holding them were read as GBK first (files do get mixed).
    case replacedBytes(count: Int, encoding: TextEncoding)
    /// The header and no data row.
    case headerOnly
    /// A traffic sheet that breaks another sheet's visitors down (生意参谋's 分载体流量来源):
    /// its rows counted as breakdown rows, not again.
    case breakdownSheet(sheet: String, of: String, rows: Int)
    /// Sheets of the workbook whose header was not recognised.
    case sheetsNotRecognised([String])
    /// Rows that are further 子订单 of an order already read (抖店), taken into that order.
    case subOrderRowsMerged(count: Int)
    /// 子订单 lines whose order is in none of the month's order exports.
    case lineItemsWithoutOrder(count: Int)
    /// 服务单 whose order was not paid in the month: their refunds are not counted in it.
    case refundsWithoutPaidOrder(count: Int)
    /// 服务单 refunding more than what is left of their order's payment: counted up to it.
    case refundsCapped(count: Int)
    /// Rows whose item id a spreadsheet wrote in scientific notation (`6.00123E+11`): kept, with
    /// no item key.
    case itemIDsLost(count: Int)
}
