import AuditDetect
import AuditImport
import AuditRecords

/// The words for what the agency reported (agency-claims.csv): each comparison's verdict and
/// each line that could not be used. One function per language; the English ones are in
/// `ClaimWording+English.swift`.
public enum ClaimWording {
    /// 相符 / 夸大 / 无法核对（缺少导出）.
    public static func verdict(_ v: ClaimComparison.Verdict, language: Language = .chinese) -> String {
        guard language == .chinese else { return englishVerdict(v) }
        switch v {
        case .consistent: return "相符"
        case .overstated: return "夸大"
        case .unmeasurable: return "无法核对（缺少导出）"
        }
    }

    /// `exports/2025-08/agency-claims.csv 第 9 行第 2 列：…`: where, and what was expected.
    public static func problem(_ p: ClaimProblem, language: Language = .chinese) -> String {
        guard language == .chinese else { return englishProblem(p) }
        // A file that cannot be read is named by the import error's own sentence.
        if case .unreadable(let error) = p.reason {
            return ImportErrorWording.sentence(error, in: .chinese) + "；请在 Excel 里用「CSV UTF-8（逗号分隔）」另存"
        }
        return "\(p.file) 第 \(p.line) 行第 \(p.column) 列：" + chineseReason(p.reason)
    }

    static func chineseReason(_ r: ClaimProblem.Reason) -> String {
        switch r {
        case .unknownMetric(let found):
            return found.isEmpty
                ? "没有写指标名：应写 contract.json 的指标名或报告里的中文名（如 \(chineseExamples)）"
                : "「\(found)」不是审计能核对的指标：应写 contract.json 的指标名或报告里的中文名（如 \(chineseExamples)）"
        case .itemWithoutID(let m):
            return "\(m.name(in: .chinese))要写明是哪个商品：在指标名后写商品ID或商家编码，如「\(m.name(in: .chinese)) 612345678901」"
        case .emptyValue(let m):
            return "\(m.name(in: .chinese))没有填写汇报值：应写\(chineseExpected(m.unit))"
        case .notANumber(let found, let m):
            return "「\(found)」不是\(m.name(in: .chinese))的数值：应写\(chineseExpected(m.unit))"
        case .shareWithoutPercent(let found, let m):
            return "「\(found)」没有百分号，看不出是百分之几：\(m.name(in: .chinese))应写作百分比（如 58%）或小数（如 0.58）"
        case .repeatedMetric(let m, let file, let line):
            return "\(m.name(in: .chinese))已在 \(file) 第 \(line) 行汇报过：按第一次的数字核对，这一行未用"
        case .unreadable(let error):
            return ImportErrorWording.sentence(error, in: .chinese)
        }
    }

    static let chineseExamples = "gmv、月销售额、GMV、销售额、订单数、访客数、转化率、客单价、退款率、自然流量占比、推广花费、ROI"

    /// What a value of the unit looks like.
    static func chineseExpected(_ unit: MetricUnit) -> String {
        switch unit {
        case .money: return "金额，如 ¥270,000、270000 或 27万"
        case .count: return "数量，如 1,650、1650单 或 1.2万"
        case .perDay: return "每日人数，如 650"
        case .share: return "百分比，如 58% 或 0.58"
        case .ratio: return "投产比，如 1:4.2 或 4.2"
        }
    }
}
