import AuditContract
import AuditRecords

/// The words of a target with a baseline, in Chinese and English: what it grows from beside its
/// figure in the target table, and the targets a month does not judge because they wait for the
/// stage's last month.
enum TargetBasisWording {
    /// `（基准 2025-06 的 5,000，+30%）` / ` (from 5,000 in 2025-06, +30%)`.
    static func suffix(_ b: TargetBasis, in language: Language) -> String {
        let base = MetricWording.value(b.baseline, b.metric)
        let growth = b.growth.map {
            DisplayNumber.signedPercent($0, decimals: $0 * 100 == ($0 * 100).rounded() ? 0 : 1)
        }
        switch language {
        case .chinese:
            let from = b.baselineMonth.map { "基准 \($0) 的 \(base)" } ?? "基准 \(base)"
            return "（" + from + (growth.map { "，\($0)" } ?? "") + "）"
        case .english:
            let from = b.baselineMonth.map { "from \(base) in \($0)" } ?? "from \(base)"
            return " (" + from + (growth.map { ", \($0)" } ?? "") + ")"
        }
    }

    /// The line under the target table naming the targets judged in a later month.
    static func deferred(_ targets: [Contract.Target], judgedIn month: YearMonth, in language: Language) -> String? {
        guard !targets.isEmpty else { return nil }
        let zh = language == .chinese
        let listed = targets.map { t -> String in
            let name = PeriodWording.metricName(t.metric, platform: t.platform, item: t.item?.id, language)
            if let g = t.growth {
                let growth = DisplayNumber.signedPercent(g, decimals: g * 100 == (g * 100).rounded() ? 0 : 1)
                return zh ? "\(name) \(growth)" : "\(name) \(growth)"
            }
            return "\(name) " + (t.metric.lowerIsBetter ? "≤ " : "") + MetricWording.value(t.value, t.metric)
        }.joined(separator: zh ? "、" : ", ")
        return zh
            ? "以下目标在阶段末月（\(month)）判定，本月不计入达成与结算：\(listed)。"
            : "These targets are judged in the stage's last month (\(month)), not this month: \(listed)."
    }
}
