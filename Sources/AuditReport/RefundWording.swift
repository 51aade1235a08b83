import AuditContract
import AuditRecords

/// The words of a refund on termination, in Chinese and English: what the contract gives back, on
/// which months' fees, and the months it could not count.
public enum RefundWording {
    /// `退还 2025-08、2025-09 服务费（¥5,100.00 + ¥4,900.00 = ¥10,000.00）的 50%，即 ¥5,000.00`.
    public static func amount(_ refund: TerminationCheck.Refund, _ language: Language) -> String {
        let zh = language == .chinese
        let known = refund.months.filter { $0.fee != nil }
        let listed = known.map(\.month.description).joined(separator: zh ? "、" : ", ")
        let fees = known.map { DisplayNumber.money($0.fee!) }
        let sum =
            fees.count > 1 ? fees.joined(separator: " + ") + " = " + DisplayNumber.money(refund.fees) : fees.first ?? ""
        let share = DisplayNumber.percent(
            refund.share, decimals: refund.share * 100 == (refund.share * 100).rounded() ? 0 : 1)
        let what: String
        switch (refund.basis, zh) {
        case (.fees, true): what = "服务费"
        case (.baseFee, true): what = "基础服务费"
        case (.fees, false): what = "fees"
        case (.baseFee, false): what = "base fees"
        }
        var s =
            zh
            ? "退还 \(listed) \(what)（\(sum)）的 \(share)，即 \(DisplayNumber.money(refund.amount))"
            : "a refund of \(share) of the \(what) of \(listed) (\(sum)): \(DisplayNumber.money(refund.amount))"
        if known.isEmpty {
            s = zh ? "应退金额无法计算：所涉月份都未结算" : "the refund cannot be counted: none of the months it names was settled"
        }
        let unsettled = refund.unsettledMonths
        if !unsettled.isEmpty {
            let names = unsettled.map(\.description).joined(separator: zh ? "、" : ", ")
            s +=
                zh
                ? "（\(names) 未结算，其服务费未计入；结算后应退金额随之增加）"
                : " (\(names) not settled: \(unsettled.count == 1 ? "its fee is" : "their fees are") not counted yet, and the refund grows once settled)"
        }
        return s
    }

    /// `（退还 50% 服务费）` / ` (50% of the fees back)`: a clause's refund term beside its name.
    public static func term(_ t: Contract.Refund, _ language: Language) -> String {
        let share = DisplayNumber.percent(t.share, decimals: t.share * 100 == (t.share * 100).rounded() ? 0 : 1)
        switch (t.basis, language) {
        case (.fees, .chinese): return "（退还 \(share) 服务费）"
        case (.baseFee, .chinese): return "（退还 \(share) 基础服务费）"
        case (.fees, .english): return " (\(share) of the fees back)"
        case (.baseFee, .english): return " (\(share) of the base fees back)"
        }
    }

    /// The line of a terminating verdict about money: the refund under the clause that gives back
    /// most, or that the contract writes none for the grounds that hold (naming the clauses it
    /// does attach one to, from `clauses`).
    public static func line(
        _ verdict: Verdict, clauses: [TerminationCheck.ClauseStanding] = [], _ language: Language
    ) -> String {
        let zh = language == .chinese
        guard case .terminate(let grounds) = verdict,
            let refund = verdict.refund,
            let ground = grounds.first(where: { $0.refund == refund })
        else {
            let termed = clauses.filter { $0.refundTerm != nil && $0.status != .holds }
            if !termed.isEmpty {
                let listed = termed.map { c -> String in
                    let share = DisplayNumber.percent(c.refundTerm!.share, decimals: 0)
                    return zh
                        ? "「\(VerdictWording.clause(c.clause, language))」时退还 \(share)"
                        : "“\(VerdictWording.clause(c.clause, language))”: \(share) back"
                }.joined(separator: zh ? "；" : "; ")
                return zh
                    ? "合同只约定了以下条款的退款：\(listed)，均未满足；本次解约所依据的条款没有退款约定：已付服务费如何退还，需双方协商。"
                    : "The contract writes refunds only for \(listed), none of which is met; the grounds that hold carry no refund term: the return of fees paid is for the parties to agree."
            }
            return zh
                ? "合同未写明解约时的退款条款：已付服务费如何退还，需双方协商。"
                : "The contract has no refund term for termination: the return of fees paid is for the parties to agree."
        }
        let clause = VerdictWording.clause(ground.clause, language)
        return zh
            ? "依合同「\(clause)」条款的退款约定：\(amount(refund, language))。"
            : "Under the refund term of the contract's clause “\(clause)”: \(amount(refund, language))."
    }
}
