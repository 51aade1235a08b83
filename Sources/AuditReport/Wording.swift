import AuditDiagnose
import AuditImport
import AuditMeasure
import AuditRecords

/// The Chinese names the reports give to rules and kinds, kept in one place.
enum Wording {
    static func ruleName(_ id: String) -> String {
        switch id {
        case "same-address-cluster": return "同地址多单"
        case "same-phone-cluster": return "同手机号多单"
        case "sequential-accounts": return "连号账号下单"
        case "shipped-without-logistics": return "已发货无物流单号"
        case "traffic-source-surge": return "流量来源暴涨"
        case "traffic-source-drop": return "流量来源骤降"
        case "search-brushing": return "搜索刷单"
        case "orders-buyers-mismatch": return "订单多于访客买家"
        case "traffic-conversion-collapse": return "流量涨转化塌"
        case "spend-over-limit": return "推广花费超限额"
        case "roi-below-redline": return "ROI 低于红线"
        default: return id
        }
    }

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
        return (m.key.lowerIsBetter ? "≤ " : "") + TargetDiagnosis.format(t, m.key)
    }
}
