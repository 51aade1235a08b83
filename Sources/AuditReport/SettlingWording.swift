import AuditDetect
import AuditRecords

/// The words for figures that had not settled when the exports were taken, in each report language.
enum SettlingWording {
    /// How the audit knows when the exports were taken.
    static func taken(_ t: ExportTaken, language: Language) -> String {
        let english = language == .english
        switch t {
        case .insideFile(let time):
            return english ? "taken at \(time) (the export time in the file)" : "取于 \(time)（文件内的导出时间）"
        case .fileModified(let day):
            return english ? "taken on \(day) (the file's modification date)" : "取于 \(day)（文件修改日期）"
        case .declared(let day):
            return english ? "taken on \(day) (as given by --as-of)" : "取于 \(day)（--as-of 指定）"
        }
    }

    /// One figure's unsettled days.
    static func window(_ w: DataSettling.Window, language: Language) -> String {
        let days = span(w.provisionalDays, language: language)
        let taken = taken(w.taken, language: language)
        let settle = w.figure.settlingDays
        switch (w.figure, language) {
        case (.refunds, .english):
            return "The order exports were \(taken); refunds by payment date keep coming for about \(settle) days, so "
                + "the refunds of orders paid \(w.provisionalDays.count == 1 ? "on" : "from") \(days) are still rising: the month's refund amount and refund rate are "
                + "provisional (a lower bound), and a refund target met on them may still be missed"
        case (.refunds, .chinese):
            return "订单导出\(taken)：按付款日统计的退款约 \(settle) 天后才稳定，\(days) 付款订单的退款还会增加："
                + "本月退款金额、退款率是暂定值（只会偏低），退款目标即使现在达标也可能变成未达标"
        case (.adAttribution, .english):
            return "The promotion reports were \(taken); sales are attributed to a day's promotion over about "
                + "\(settle) days, so the ROI of \(days) is provisional (usually too low)"
        case (.adAttribution, .chinese):
            return "推广报表\(taken)：推广成交约 \(settle) 天后才归因完整，\(days) 的 ROI 是暂定值（通常偏低）"
        }
    }

    /// A red-line run not called.
    static func held(_ a: Anomaly, redLineDays: Int, language: Language) -> String {
        let days = span(a.dates, language: language)
        if language == .english {
            return "ROI under the red line from \(days) (\(a.dates.count) days) ends on days whose attribution had not "
                + "settled, and its settled days alone are fewer than the contract's \(redLineDays): not called now; "
                + "check it again when the figures have settled"
        }
        return "ROI 低于红线的 \(days)（\(a.dates.count) 天）结束在归因尚未完成的日子，只算已稳定的天数不足合同的 \(redLineDays) 天："
            + "本次不认定，待数据稳定后复核"
    }

    /// When to run the month again.
    static func rerun(_ day: CalendarDay, language: Language) -> String {
        language == .english
            ? "Download the exports again on or after \(day) and audit the month again."
            : "请在 \(day) 或之后重新下载导出并重新审计本月。"
    }

    /// `2025-08-29 至 2025-08-31` (`2025-08-29 to 2025-08-31`), or one day alone.
    static func span(_ days: [CalendarDay], language: Language) -> String {
        guard let first = days.min(), let last = days.max() else { return "" }
        if first == last { return first.description }
        return "\(first) \(language == .english ? "to" : "至") \(last)"
    }
}
