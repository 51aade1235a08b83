import AuditRecords

/// The day a product-list snapshot was taken, told from its file's name: `…2025-08-13…`,
/// `…20250813…` or `…20250813103015…` (千牛's task files), or 拼多多's `导出商品库存_250813.xlsx` (YYMMDD). Nil when the
/// name has none: the file's date on disk stands in (`MonthAssembler`).
enum SnapshotDate {
    static func day(fileName: String) -> CalendarDay? {
        if let d = FileDate.datesIn(fileName).first { return d }
        if let d = FileDate.compactDatesIn(fileName).first { return d }
        // YYYYMMDDHHMMSS: a task file stamped with the time it was made.
        for token in fileName.split(whereSeparator: { !$0.isASCII || !$0.isNumber })
        where token.count == 14 && token.hasPrefix("20") {
            if let d = DateCell.day(in: token.prefix(8)) { return d }
        }
        // YYMMDD after a separator, as 拼多多 names its exports.
        for token in fileName.split(whereSeparator: { !$0.isASCII || !$0.isNumber }) where token.count == 6 {
            let text = "20\(token.prefix(2))-\(token.dropFirst(2).prefix(2))-\(token.suffix(2))"
            if let d = DateCell.day(in: text[...]) { return d }
        }
        return nil
    }
}
