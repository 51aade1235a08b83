import AuditImport
import AuditMeasure
import AuditRecords

/// The Chinese names the reports give to kinds of input, kept in one place.
enum Wording {
    /// `xlsx（工作表：订单数据）`: a workbook's container and the sheets read.
    static func containerName(_ container: String, sheets: [String]) -> String {
        let name = ["xls": "xls（BIFF8）", "html": "网页表格", "xml": "SpreadsheetML"][container] ?? container
        return sheets.isEmpty ? name : name + "（工作表：" + sheets.joined(separator: "、") + "）"
    }

    static func encodingName(_ e: TextEncoding) -> String {
        switch e {
        case .gb18030: return "GBK/GB18030"
        case .utf8: return "UTF-8"
        case .utf8BOM: return "UTF-8 (BOM)"
        case .utf16LE, .utf16BE: return "UTF-16"
        }
    }

    /// `2025-08-14`, or `2025-08-14 等 4 天` for long lists.
    static func dates(_ days: [CalendarDay]) -> String {
        guard let first = days.first else { return "" }
        if days.count <= 3 { return days.map(\.description).joined(separator: "、") }
        return "\(first) 至 \(days.last!)（\(days.count) 天）"
    }

    static func target(_ m: MetricValue) -> String {
        guard let t = m.target else { return "-" }
        return (m.key.lowerIsBetter ? "≤ " : "") + MetricWording.value(t, m.key)
    }
}
