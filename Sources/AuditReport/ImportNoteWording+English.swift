import AuditImport
import AuditRecords

extension ImportNoteWording {
    static func english(_ note: ImportNote) -> String {
        switch note {
        case .tabSeparated(let ext):
            return "tab-separated text (despite the .\(ext) extension), read by its columns"
        case .replacedBytes(let count, let encoding):
            return encoding == .utf8 || encoding == .utf8BOM
                ? "\(English.count(count, "byte is", "bytes are")) not valid UTF-8 (the file mixes encodings): those fields were read as GBK, and "
                    + "characters that could not be read were replaced with �"
                : "\(English.count(count, "byte is", "bytes are")) no valid \(encoding.rawValue) character, replaced with � (the file may "
                    + "mix encodings)"
        case .headerOnly:
            return "a header and no data rows"
        case .breakdownSheet(let sheet, let of, let rows):
            return
                "sheet “\(sheet)” breaks down “\(of)” (the same visitors) and is not counted again: \(English.count(rows, "row", "rows")) "
                + "recorded as breakdown rows"
        case .sheetsNotRecognised(let sheets):
            return "no header recognised in sheet" + (sheets.count == 1 ? " " : "s ")
                + sheets.map { "“\($0)”" }.joined(separator: ", ") + ": not read"
        case .subOrderRowsMerged(let count):
            return
                "\(English.count(count, "row is a further sub-order", "rows are further sub-orders")) of orders already read: merged into their order by the parent "
                + "order number (amounts and quantities added), each order counted once"
        case .lineItemsWithoutOrder(let count):
            return
                "\(English.count(count, "sub-order row belongs", "sub-order rows belong")) to orders that are not in this month's order report: used only to "
                + "complete orders, not counted on their own"
        case .refundsWithoutPaidOrder(let count):
            return
                "\(English.count(count, "service order refunds an order", "service orders refund orders")) not paid this month: \(count == 1 ? "its refund is" : "their refunds are") not counted in this month"
        case .refundsCapped(let count):
            return
                "\(English.count(count, "service order refunds", "service orders refund")) more than is left of their order's payment: counted up to the payment"
        case .itemIDsLost(let count):
            return
                "\(English.count(count, "row has its", "rows have their")) item ID written in scientific notation by a spreadsheet "
                + "(such as 6.00123E+11), its last digits lost: counted as usual, but not grouped by item (export it again "
                + "with the column as text)"
        }
    }
}
