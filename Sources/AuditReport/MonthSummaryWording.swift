import AuditRecords
import MonthlyAudit

/// The month in one line, as the console prints it: status, targets met, findings, rows, fee.
/// Chinese here, English in `MonthSummaryWording+English.swift`.
public enum MonthSummaryWording {
    public static func line(month: YearMonth, _ s: MonthSummary, in language: Language) -> String {
        switch language {
        case .chinese: return chinese(month: month, s)
        case .english: return english(month: month, s)
        }
    }

    /// `2025-07  完整  目标达成 1/2  异常 高0 中1  行 读取4568 接受3450 拒绝1 跳过1117  应付 ¥15,587.14`.
    static func chinese(month: YearMonth, _ s: MonthSummary) -> String {
        let attained = s.targets > 0 && !s.targetsMeasured ? "目标达成 无数据" : "目标达成 \(s.targetsMet)/\(s.targets)"
        let rows = s.rows
        return
            "\(month)  \(MonthStatusWording.name(s.status, in: .chinese))  \(attained)  异常 高\(s.anomalies.high) 中\(s.anomalies.medium)"
            + "  行 读取\(rows.read) 接受\(rows.accepted) 拒绝\(rows.rejected) 跳过\(rows.skipped)"
            + "  应付 \(s.payable.map(DisplayNumber.money) ?? "待定")" + (s.mayTerminate ? "  满足解约条件" : "")
    }
}
