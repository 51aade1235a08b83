import AuditContract
import AuditMeasure
import MonthlyAudit

/// The words for a month's status: the same on the console, in report.md and in audit.json.
public enum MonthStatusWording {
    /// `完整`, `暂不结算`, `无法使用` / `complete`, `settlement withheld`, `unusable`.
    public static func name(_ status: MonthStatus, in language: Language) -> String {
        switch status {
        case .complete: return language.pick(chinese: "完整", english: "complete")
        case .withheld: return language.pick(chinese: "暂不结算", english: "settlement withheld")
        case .unusable: return language.pick(chinese: "无法使用", english: "unusable")
        }
    }

    /// Why the month has its status, one clause each: the settlement's reasons when it is held,
    /// and for a complete month the gaps it was judged despite (a partial month judged pro rata,
    /// another month's export set aside).
    public static func reasons(_ r: MonthAuditResult, in language: Language) -> [String] {
        if !r.settlement.withheld.isEmpty {
            return r.settlement.withheld.map { SettlementWording.sentence($0, platform: r.platform, in: language) }
        }
        return r.completeness.gaps.map { SettlementWording.sentence($0, proRata: r.proRata, in: language) }
    }
}
