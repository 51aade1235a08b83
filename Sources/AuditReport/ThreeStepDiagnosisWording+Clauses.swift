import AuditContract
import AuditDiagnose
import MonthlyAudit

extension ThreeStepDiagnosisWording {
    /// 看执行's breaches with the contract's approval clauses: the diagnosis's sentences, and the
    /// agency's clause breaches in place of "nothing found" when there are some. The agency's own
    /// work is apart (`agencyWork`).
    static func execution(_ r: MonthAuditResult, in language: Language) -> [String] {
        let clauseBreaches = ClauseReviewWording.execution(r.clauseReview, in: language)
        return r.diagnosis.execution.filter { !$0.isAgencyWork && (clauseBreaches == nil || $0 != .noBreachFound) }
            .map { sentence($0, in: language) } + [clauseBreaches].compactMap { $0 }
    }

    /// 看执行's evidence of the agency's own work, each from its file (or the download that would
    /// show it), one item each.
    static func agencyWork(_ r: MonthAuditResult, in language: Language) -> [String] {
        r.diagnosis.execution.filter(\.isAgencyWork).map { sentence($0, in: language) }
    }

    /// 看配合 of a month: the diagnosis's sentences and the approvals the merchant gave.
    static func cooperation(_ r: MonthAuditResult, in language: Language) -> [String] {
        r.diagnosis.cooperation.map { sentence($0, in: language) }
            + [ClauseReviewWording.cooperation(r.clauseReview, in: language)].compactMap { $0 }
    }
}
