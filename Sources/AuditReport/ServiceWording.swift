import AuditContract
import AuditImport
import AuditRecords

/// The words of the after-sales service standards (`ServiceReview`) and of manual.csv, in Chinese
/// and English: each clause as the contract writes it, its typed-in figure with its source, and
/// what it deducts.
public enum ServiceWording {
    /// The section's heading: `服务条款` / `Service standards`.
    public static func heading(in language: Language) -> String {
        language.pick(chinese: "服务条款", english: "Service standards")
    }

    /// The sentence under the heading: these figures are typed in, not exported.
    public static func typedInNote(in language: Language) -> String {
        language.pick(
            chinese: "以下数字由商家从后台手工录入（manual.csv），不是导出文件，每项注明来源。",
            english:
                "Figures typed in by the merchant from the back office (manual.csv): not from an export; each says where it was read."
        )
    }

    /// The table's column headings.
    public static func columns(in language: Language) -> [String] {
        language.pick(chinese: ["条款", "录入值", "结果", "扣减"], english: ["Clause", "Figure", "Result", "Deduction"])
    }

    /// Beside a typed-in figure no clause judges: `（合同没有相应条款）。` / ` (no clause of the contract judges it).`
    public static func noClause(in language: Language) -> String {
        language.pick(chinese: "（合同没有相应条款）。", english: " (no clause of the contract judges it).")
    }

    /// The service deductions cut down to the month's fee: what is taken of what the clauses add up to.
    public static func capped(taken: Money, due: Money, in language: Language) -> String {
        let (taken, due) = (DisplayNumber.money(taken), DisplayNumber.money(due))
        return language.pick(
            chinese: "服务扣减以本月托管费为限：实扣 \(taken)（按条款应扣 \(due)）。",
            english: "The service deductions are capped at the month's fee: \(taken) of \(due).")
    }

    /// `月度评分低于 4.5 扣 30%，低于 4.3 扣 100%` / `rating below 4.5: 30% off; below 4.3: 100% off`.
    public static func clause(_ c: ServiceReview.Clause, in language: Language) -> String {
        let zh = language == .chinese
        func p(_ s: Double) -> String { DisplayNumber.percent(s, decimals: s * 100 == (s * 100).rounded() ? 0 : 1) }
        switch c {
        case .rating(let tiers):
            let listed = tiers.map {
                zh
                    ? "低于 \(DisplayNumber.fixed($0.below, decimals: 1)) 分扣 \(p($0.deduct))"
                    : "below \(DisplayNumber.fixed($0.below, decimals: 1)): \(p($0.deduct)) off"
            }
            return (zh ? "店铺评分" : "Store rating ") + listed.joined(separator: zh ? "，" : "; ")
        case .platformComplaints(let each):
            return zh
                ? "平台投诉每次扣 \(DisplayNumber.money(each))"
                : "\(DisplayNumber.money(each)) off per complaint to the platform"
        case .lateFirstResponses(let each):
            return zh
                ? "首次回复超时每次扣 \(DisplayNumber.money(each))" : "\(DisplayNumber.money(each)) off per late first reply"
        case .positiveRate(let atLeast, let perPoint):
            return zh
                ? "好评率≥\(p(atLeast))，每低 1 个百分点扣 \(p(perPoint))"
                : "positive rate at least \(p(atLeast)): \(p(perPoint)) off per point below"
        case .complaintsResolved(let atLeast, let deduct):
            return zh
                ? "24 小时内解决的投诉≥\(p(atLeast))，低于扣 \(p(deduct))"
                : "complaints solved within 24 hours at least \(p(atLeast)), else \(p(deduct)) off"
        }
    }

    /// The figure as typed in, marked so: `4.42（手工录入：生意参谋 服务 截图）`; that it was not typed in.
    public static func figure(_ f: ManualFigure?, metric: ServiceMetric, in language: Language) -> String {
        let zh = language == .chinese
        guard let f else {
            return zh
                ? "未录入（在 manual.csv 写 \(metric.rawValue)）" : "not typed in (write \(metric.rawValue) in manual.csv)"
        }
        let value: String
        if metric.isShare {
            value = DisplayNumber.percent(f.value, decimals: 2)
        } else if metric.isCount {
            value = DisplayNumber.count(Int(f.value))
        } else {
            value = DisplayNumber.fixed(f.value, decimals: 2)
        }
        let source = f.source.isEmpty ? "" : (zh ? "：\(f.source)" : ": \(f.source)")
        return zh
            ? "\(value)（手工录入\(source)，manual.csv 第 \(f.line) 行）"
            : "\(value) (typed in\(source), manual.csv line \(f.line))"
    }

    /// `✅ 达标` / `❌ 扣 30%（¥1,500.00）` / `❓ 未核对`.
    public static func result(_ c: ServiceReview.Check, in language: Language) -> String {
        let zh = language == .chinese
        switch c.met {
        case nil: return zh ? "❓ 未核对" : "❓ not checked"
        case true?: return zh ? "✅ 达标" : "✅ met"
        case false?:
            var s = zh ? "❌ 未达标" : "❌ missed"
            if let points = c.points {
                s += zh ? "，差 \(points) 个百分点" : ", \(points) point\(points == 1 ? "" : "s") below"
            }
            return s
        }
    }

    /// `exports/2025-09/manual.csv 第 3 行：…`.
    public static func problem(_ p: ManualProblem, in language: Language) -> String {
        let zh = language == .chinese
        switch p.reason {
        case .unreadable(let error):
            return ImportErrorWording.sentence(error, in: language)
        case .unknownMetric(let found):
            let known = ServiceMetric.allCases.map(\.rawValue).joined(separator: ", ")
            return zh
                ? "\(p.file) 第 \(p.line) 行：「\(found)」不是可录入的服务指标（可用：\(known)）；这一行未用"
                : "\(p.file) line \(p.line): “\(found)” is no service figure (known: \(known)); the line is not used"
        case .outOfRange(let metric, let found):
            let expected: String
            switch metric {
            case .storeRating: expected = zh ? "0 到 5 之间的评分，如 4.42" : "a rating between 0 and 5, such as 4.42"
            case .platformComplaints, .lateFirstResponses:
                expected = zh ? "不小于 0 的整数次数" : "a whole count, 0 or more"
            case .positiveRate, .complaintsResolvedIn24h:
                expected = zh ? "0 到 100% 之间的比例，如 96.5% 或 0.965" : "a share between 0 and 100%, such as 96.5% or 0.965"
            }
            return zh
                ? "\(p.file) 第 \(p.line) 行：\(metric.rawValue) 的值「\(found)」不对：应为\(expected)；这一行未用"
                : "\(p.file) line \(p.line): the value “\(found)” of \(metric.rawValue) is wrong: it should be \(expected); the line is not used"
        case .repeated(let metric):
            return zh
                ? "\(p.file) 第 \(p.line) 行：\(metric.rawValue) 已在前面录入过另一个数字：不知道哪个对，"
                    + "这个数字关系到服务费扣减，本月暂不结算；请只留一行后重新审计"
                : "\(p.file) line \(p.line): \(metric.rawValue) was typed in above with another figure: which is right is "
                    + "unknown, and it moves the fee, so the month is not settled; keep one line and audit again"
        }
    }
}
