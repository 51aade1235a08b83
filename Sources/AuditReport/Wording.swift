import AuditImport
import AuditMeasure
import AuditRecords

/// The names the reports give to kinds of input, and how they list dates, in each report language.
enum Wording {
    /// `xlsx（工作表：订单数据）` / `xlsx (sheets: 订单数据)`: a workbook's container and the sheets read.
    static func containerName(_ container: String, sheets: [String], in language: Language) -> String {
        let names =
            language == .chinese
            ? ["xls": "xls（BIFF8）", "html": "网页表格", "xml": "SpreadsheetML"]
            : ["xls": "xls (BIFF8)", "html": "web page table", "xml": "SpreadsheetML"]
        let name = names[container] ?? container
        guard !sheets.isEmpty else { return name }
        return language.pick(
            chinese: name + "（工作表：" + sheets.joined(separator: "、") + "）",
            english: name + " (sheets: " + sheets.joined(separator: ", ") + ")")
    }

    static func encodingName(_ e: TextEncoding) -> String {
        switch e {
        case .gb18030: return "GBK/GB18030"
        case .utf8: return "UTF-8"
        case .utf8BOM: return "UTF-8 (BOM)"
        case .utf16LE, .utf16BE: return "UTF-16"
        }
    }

    /// `2025-08-14`, or `2025-08-14 至 2025-08-17（4 天）` / `2025-08-14 to 2025-08-17 (4 days)` for long lists.
    static func dates(_ days: [CalendarDay], in language: Language) -> String {
        guard let first = days.first, let last = days.last else { return "" }
        if days.count <= 3 { return days.map(\.description).joined(separator: language.listSeparator) }
        return language.pick(
            chinese: "\(first) 至 \(last)（\(days.count) 天）", english: "\(first) to \(last) (\(days.count) days)")
    }

    static func target(_ m: MetricValue) -> String {
        guard let t = m.target else { return "-" }
        return (m.key.lowerIsBetter ? "≤ " : "") + MetricWording.value(t, m.key)
    }
}
