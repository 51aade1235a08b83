import AuditMeasure
import AuditRecords

extension ThreeStepDiagnosis {
    /// 看执行 from the agency's own work: customer service, activities entered and promotion, each
    /// from its file, or the download that would answer it.
    static func agencyWork(
        _ data: MonthData, figures: MonthFigures, previous: MonthFigures?, terms: AgencyWorkTerms,
        platforms: [Platform]
    ) -> [ExecutionFinding] {
        var found: [ExecutionFinding] = []
        if let check = CustomerServiceCheck.check(data.customerService, limitSeconds: terms.firstResponseSeconds) {
            found.append(.customerService(check))
        } else {
            for p in platforms where p.profile.exports[.customerService]?.isRead == true {
                found.append(.customerServiceDownloadMissing(platform: p, typedInLateReplies: terms.typedInLateReplies))
            }
        }
        if let weeks = ActivityWeeks.find(data.activityItems, month: data.month, required: terms.weeklyActivity) {
            found.append(.activityWeeks(weeks))
        } else if let p = platforms.first(where: { $0.profile.exports[.activityItems]?.isRead == true }) {
            found.append(.activityDownloadMissing(platform: p, weeklyRequired: terms.weeklyActivity))
        } else if terms.weeklyActivity {
            // The contract asks for weekly activities but no export of them is known for the platform.
            found.append(.activityDownloadMissing(platform: nil, weeklyRequired: true))
        }
        if var spend = PromotionSpend.of(
            figures, previous: previous, redLine: terms.roiRedLine, budget: terms.monthlyBudget)
        {
            spend.files = Array(Set(data.ads.map(\.location.exportFile))).sorted()
            found.append(.promotionSpend(spend))
        }
        return found
    }
}

extension ThreeStepDiagnosis.ExecutionFinding {
    /// Evidence of the agency's own work from its files (customer service, activities, promotion),
    /// shown apart from the breaches the other exports show.
    public var isAgencyWork: Bool {
        switch self {
        case .customerService, .customerServiceDownloadMissing, .activityWeeks, .activityDownloadMissing,
            .promotionSpend:
            return true
        case .spendOverLimit, .roiBelowRedLine, .suspectedFakeOrders, .daysWithoutSpend, .noBreachFound,
            .snapshotPriceChangesWithoutApproval:
            return false
        }
    }

    /// Whether the finding is the agency's failure rather than evidence that it did its part.
    public var isBreach: Bool {
        switch self {
        case .spendOverLimit, .roiBelowRedLine, .suspectedFakeOrders, .daysWithoutSpend,
            .snapshotPriceChangesWithoutApproval:
            return true
        case .noBreachFound, .customerServiceDownloadMissing, .activityDownloadMissing, .promotionSpend: return false
        case .customerService(let c): return c.isSlow
        case .activityWeeks(let w): return w.isBreach
        }
    }
}
