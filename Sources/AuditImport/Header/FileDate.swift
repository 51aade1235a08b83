import AuditRecords

/// The single day a one-day download covers, told from its file name or its title lines.
///
/// 生意参谋 names one-day downloads `【生意参谋平台】店铺来源_2025-07-01_2025-07-01` and writes
/// `统计时间：2025-07-01 ~ 2025-07-01` above the header; a one-day 万相台 report has
/// `20250731` in its name.
enum FileDate {
    static func singleDay(fileName: String, titleLines: [String], kind: ExportKind) -> CalendarDay? {
        for text in titleLines + [fileName] {
            let dates = datesIn(text)
            if dates.count == 2 { return dates[0] == dates[1] ? dates[0] : nil }
            if dates.count == 1, text != fileName { return dates[0] }
        }
        if kind == .ads {
            let compact = compactDatesIn(fileName)
            if let first = compact.first { return first }
        }
        return nil
    }

    /// Dates written `2025-07-01` or `2025/7/1` inside free text.
    static func datesIn(_ text: String) -> [CalendarDay] {
        var result: [CalendarDay] = []
        let chars = Array(text.unicodeScalars)
        var i = 0
        while i < chars.count {
            guard chars[i].properties.numericType != nil, chars[i].isASCII else {
                i += 1
                continue
            }
            var j = i
            while j < chars.count, chars[j].isASCII,
                chars[j].properties.numericType != nil || chars[j] == "-" || chars[j] == "/"
            { j += 1 }
            let token = String(String.UnicodeScalarView(chars[i..<j])).trimmingDashes()
            if token.count >= 8, token.contains(where: { $0 == "-" || $0 == "/" }), let d = DateCell.day(in: token[...])
            {
                result.append(d)
            }
            i = j
        }
        return result
    }

    /// The last date a file's name gives (`…_20250801_20250831_全部.xlsx`, `…_2025-08-01_2025-08-31`);
    /// nil when it gives none.
    static func periodEnd(fileName: String) -> CalendarDay? {
        (datesIn(fileName) + compactDatesIn(fileName)).max()
    }

    /// `20250731` inside a name such as `计划报表_20250731_110330`.
    static func compactDatesIn(_ text: String) -> [CalendarDay] {
        text.split(whereSeparator: { !$0.isASCII || !$0.isNumber }).compactMap { token in
            token.count == 8 && token.hasPrefix("20") ? DateCell.day(in: token) : nil
        }
    }
}

extension String {
    fileprivate func trimmingDashes() -> String {
        var s = self[...]
        while let c = s.first, c == "-" || c == "/" { s = s.dropFirst() }
        while let c = s.last, c == "-" || c == "/" { s = s.dropLast() }
        return String(s)
    }
}
