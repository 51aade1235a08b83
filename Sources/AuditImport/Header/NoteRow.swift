/// Explanation rows that 生意参谋 and other back offices write below the data (`说明：…`,
/// `注：…`): one cell of text, the rest of the row empty. Skipped like a 合计 row.
enum NoteRow {
    /// Prefixes of a note's first cell, as UTF-8.
    private static let prefixes: [[UInt8]] = ["说明", "注：", "注:", "备注：", "温馨提示", "数据说明", "数据来源", "*注"].map {
        Array($0.utf8)
    }

    static func isNote(_ record: CSVRecord, header: HeaderMatch) -> Bool {
        let startsLikeANote = record.withField(0) { raw -> Bool in
            let first = CellText.trimmed(raw)
            // First a look at the first byte (every row is checked): 说 注 备 温 数 * start the prefixes.
            guard let lead = first.first, lead == 0xE8 || lead == 0xE6 || lead == 0xE5 || lead == UInt8(ascii: "*")
            else { return false }
            return prefixes.contains { first.starts(with: $0) }
        }
        guard startsLikeANote else { return false }
        return (1..<max(1, record.count)).allSatisfy { i in record.withField(i) { CellText.isBlank($0) } }
    }
}
