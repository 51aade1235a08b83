import AuditContract
import AuditDiagnose
import MonthlyAudit

extension ThreeStepDiagnosisWording {
    /// 看执行 of a month with the contract's approval clauses: the diagnosis's sentences, and the
    /// agency's clause breaches in place of "nothing found" when there are some.
    static func execution(_ r: MonthAuditResult, in language: Language) -> [String] {
        let clauseBreaches = ClauseReviewWording.execution(r.clauseReview, in: language)
        return r.diagnosis.execution.filter { clauseBreaches == nil || $0 != .noBreachFound }.map {
            sentence($0, in: language)
        } + [clauseBreaches].compactMap { $0 }
    }

    /// 看配合 of a month: the diagnosis's sentences and the approvals the merchant gave.
    static func cooperation(_ r: MonthAuditResult, in language: Language) -> [String] {
        r.diagnosis.cooperation.map { sentence($0, in: language) }
            + [ClauseReviewWording.cooperation(r.clauseReview, in: language)].compactMap { $0 }
    }
}
