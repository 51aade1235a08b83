import AuditContract
import AuditMeasure
import MonthlyAudit

/// The Chinese words for a month's status: the same on the console, in report.md and in audit.json.
public enum MonthStatusWording {
    /// `完整`, `暂不结算`, `无法使用`.
    public static func name(_ status: MonthStatus) -> String {
        switch status {
        case .complete: return "完整"
        case .withheld: return "暂不结算"
        case .unusable: return "无法使用"
        }
    }

    /// Why the month has its status, one clause each: the settlement's reasons when it is held,
    /// and for a complete month the gaps it was judged despite (a partial month judged pro rata,
    /// another month's export set aside).
    public static func reasons(_ r: MonthAuditResult) -> [String] {
        if !r.settlement.withheld.isEmpty {
            return r.settlement.withheld.map { SettlementWording.sentence($0, platform: r.platform) }
        }
        return r.completeness.gaps.map { SettlementWording.sentence($0, proRata: r.proRata) }
    }
}
