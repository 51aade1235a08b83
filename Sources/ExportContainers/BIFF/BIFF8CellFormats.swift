/// What each cell format (XF) of a workbook shows a number as: the number, a date or a date and time.
///
/// BIFF8 stores dates as numbers; only the number format that a cell's XF points to tells them
/// apart. Formats come from FORMAT records (custom codes, and the built-in ids some writers spell
/// out) or, for ids without one, from the built-in table.
struct BIFF8CellFormats: Sendable {
    private var shows: [DateFormatRule.Shows] = []

    /// - Parameters:
    ///   - xfFormatIDs: the number-format id of each XF record, in order.
    ///   - formatCodes: the code of each FORMAT record, by id.
    init(xfFormatIDs: [UInt16], formatCodes: [UInt16: String]) {
        var rules: [UInt16: DateFormatRule.Shows] = [:]
        shows = xfFormatIDs.map { id in
            if let known = rules[id] { return known }
            let rule = formatCodes[id].map(DateFormatRule.code) ?? DateFormatRule.builtIn(Int(id))
            rules[id] = rule
            return rule
        }
    }

    init() {}

    /// What XF `index` shows; a number for an index no XF record defines.
    func shows(xf index: Int) -> DateFormatRule.Shows {
        index >= 0 && index < shows.count ? shows[index] : .number
    }
}
