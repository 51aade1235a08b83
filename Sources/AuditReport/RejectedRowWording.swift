import AuditImport
import AuditRecords

/// The wording of why a row was rejected (rejects.csv, report.md): Chinese here, English in
/// `RejectedRowWording+English.swift`.
public enum RejectedRowWording {
    /// `第 7 列「买家实付金额」` / `column 7 “买家实付金额”`, or "" when the row as a whole is wrong.
    public static func column(_ row: RejectedRow, in language: Language) -> String {
        row.column.map {
            language.pick(chinese: "第 \($0.index + 1) 列「\($0.name)」", english: "column \($0.index + 1) “\($0.name)”")
        } ?? ""
    }

    public static func reason(_ row: RejectedRow, in language: Language) -> String {
        reason(row.reason, in: language)
    }

    /// What stands for a cell left out of a shifted row's raw text (it spans lines and may hold anything).
    public static func omittedCell(in language: Language) -> String {
        language.pick(chinese: "（跨行内容，未列出）", english: "(spans lines, not listed)")
    }

    public static func reason(_ reason: RejectReason, in language: Language) -> String {
        switch language {
        case .chinese: return chinese(reason)
        case .english: return english(reason)
        }
    }

    static func chinese(_ reason: RejectReason) -> String {
        switch reason {
        case .empty(let value):
            return "为空，应有" + (value.map(chineseName) ?? "值")
        case .invalidCell(.misplacedComma, let found):
            return "逗号位置不对：千位分隔符应每三位一个（如 1,234 或 1,234.50），小数点应为「.」，实际是「\(found)」"
        case .invalidCell(let problem, let found):
            return "\(expected(problem, in: .chinese))，实际是「\(found)」"
        case .implausibleQuantity(let quantity, let kind):
            return "\(kind == .lineItems ? "购买数量" : "宝贝数量") \(quantity) 不合理"
        case .negativeAmount(let amount):
            return "金额为负数（\(amount)）"
        case .absurdAmount(let amount):
            return "金额大得不合理（\(amount)）"
        case .idInScientificNotation(let id):
            return "订单编号被 Excel 改成了科学计数法（\(id)），无法还原；请使用平台原始导出文件"
        case .tooLong(let limit):
            let shown = limit >= 1 << 20 ? "\(limit >> 20) MB" : "\(limit) 字节"
            return "本行超过 \(shown)（可能是引号没有闭合），已跳过这一行"
        case .unterminatedQuote:
            return "本行的引号没有闭合，直到文件末尾（文件可能被截断）"
        case .fieldCount(let found, let header, let lines) where lines > 1:
            return "本行有 \(found) 列，表头有 \(header) 列；它跨了 \(lines) 行，可能是引号没有闭合"
        case .fieldCount(let found, let header, _):
            return "本行有 \(found) 列，表头有 \(header) 列（可能有未加引号的逗号，或行被截断）"
        }
    }

    /// What the cell should have held.
    static func expected(_ problem: CellProblem, in language: Language) -> String {
        switch language {
        case .chinese: return chinese(problem)
        case .english: return english(problem)
        }
    }

    static func chinese(_ problem: CellProblem) -> String {
        switch problem {
        case .notMoney: return "应为金额（如 1234.50、¥1,234.50）"
        case .moneyTooPrecise: return "应为金额（小数位过多）"
        case .moneyTooLarge: return "应为金额（数字大得不合理）"
        case .notInteger: return "应为整数"
        case .integerTooLarge: return "应为整数（数字大得不合理）"
        case .notNumber: return "应为数字"
        case .misplacedComma: return "逗号位置不对：千位分隔符应每三位一个（如 1,234 或 1,234.50），小数点应为「.」"
        case .notDateTime: return "应为日期时间（如 2025-08-01 10:00:00）"
        case .badSeconds: return "时间的秒数不对"
        case .notDate: return "应为日期（如 2025-08-01）"
        case .notDuration: return "应为时长（如 1分5秒 或 65）"
        }
    }

    static func chineseName(_ value: RejectReason.RequiredValue) -> String {
        switch value {
        case .orderID: return "订单编号"
        case .subOrderID: return "子订单编号"
        case .parentOrderID: return "主订单编号"
        case .refundedOrderID: return "订单号"
        case .serviceID: return "服务单号"
        case .campaignName: return "计划名称"
        case .trafficSource: return "流量来源"
        }
    }
}
