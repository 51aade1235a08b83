import AuditImport
import AuditRecords

/// The wording of how an export was read (report.md's 数据核对 list, audit.json's notes): Chinese
/// here, English in `ImportNoteWording+English.swift`.
enum ImportNoteWording {
    static func sentence(_ note: ImportNote, in language: Language) -> String {
        switch language {
        case .chinese: return chinese(note)
        case .english: return english(note)
        }
    }

    static func chinese(_ note: ImportNote) -> String {
        switch note {
        case .tabSeparated(let ext):
            return "以制表符分隔的文本（扩展名虽是 .\(ext)），按列读取"
        case .replacedBytes(let count, let encoding):
            return encoding == .utf8 || encoding == .utf8BOM
                ? "有 \(count) 个字节不是有效的 UTF-8（文件混用了编码），这些字段已按 GBK 解读，无法解读的字符替换为 �"
                : "有 \(count) 个字节不是有效的 \(encoding.rawValue) 字符，已替换为 �（文件可能混用了编码）"
        case .headerOnly:
            return "只有表头，没有数据行"
        case .breakdownSheet(let sheet, let of, let rows):
            return "工作表「\(sheet)」是「\(of)」的细分（同一批访客），未重复计入：\(rows) 行记为明细"
        case .sheetsNotRecognised(let sheets):
            return "工作表" + sheets.map { "「\($0)」" }.joined(separator: "、") + "没有认出表头，未读取"
        case .subOrderRowsMerged(let count):
            return "\(count) 行是已读订单的其他子订单：按主订单编号并入该订单（金额、件数相加），订单只计一次"
        case .lineItemsWithoutOrder(let count):
            return "\(count) 行子订单的主订单不在本月的订单报表里：只用来补全订单，不单独计数"
        case .refundsWithoutPaidOrder(let count):
            return "\(count) 个服务单的订单不在本月已付款的订单里：其退款未计入本月"
        case .refundsCapped(let count):
            return "\(count) 个服务单的退款超过订单余下的实付金额：按实付金额计入"
        case .itemIDsLost(let count):
            return "\(count) 行的商品ID被表格软件写成了科学计数法（如 6.00123E+11），末几位已丢失：这些行照常计入，"
                + "但不按商品归组（请用「文本」格式重新导出）"
        }
    }
}
