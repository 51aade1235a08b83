import AuditContract
import AuditRecords

/// The words of a notice of termination (解约需提前 15 天书面通知，已服务天数按比例结算费用), in Chinese
/// and English: when the contract can end and what its last month's base fee is.
public enum NoticeWording {
    /// `2025-09-10 书面通知解约，合同约定提前 15 天：最早于 2025-09-25 终止；2025-09 已服务 25 天，基础服务费按比例为 ¥4,166.67（¥5,000.00 × 25/30）`.
    public static func line(_ n: TerminationNotice, _ language: Language) -> String {
        let zh = language == .chinese
        let base = DisplayNumber.money(n.monthlyBase)
        let fee = DisplayNumber.money(n.lastMonthBaseFee)
        let days = n.lastMonth.dayCount
        var s: String
        if n.noticeDays == 0 {
            s =
                zh
                ? "\(n.givenOn) 书面通知解约，合同没有约定提前通知的天数（termination.noticeDays）：当日即可终止"
                : "notice of termination given in writing on \(n.givenOn); the contract sets no notice period (termination.noticeDays): it can end that day"
        } else {
            s =
                zh
                ? "\(n.givenOn) 书面通知解约，合同约定提前 \(n.noticeDays) 天：最早于 \(n.earliestEnd) 终止"
                : "notice of termination given in writing on \(n.givenOn), with the contract's \(n.noticeDays) days' notice: the contract can end on \(n.earliestEnd) at the earliest"
        }
        if n.proRata {
            s +=
                zh
                ? "；\(n.lastMonth) 已服务 \(n.daysServed) 天，基础服务费按比例为 \(fee)（\(base) × \(n.daysServed)/\(days)）"
                : "; \(n.daysServed) days of \(n.lastMonth) are served, so its base fee is \(fee) pro rata (\(base) × \(n.daysServed)/\(days))"
        } else {
            s += zh ? "；\(n.lastMonth) 的基础服务费照付 \(fee)" : "; the base fee of \(n.lastMonth) is paid in full, \(fee)"
        }
        return s
    }
}
