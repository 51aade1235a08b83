import AuditRecords

/// What the agency's work (看执行) is judged against: the contract's response-time limit and weekly
/// activities, the ROI red line, and the late first replies the merchant typed into manual.csv
/// (the fallback when no customer-service export is there).
public struct AgencyWorkTerms: Sendable, Hashable {
    /// 首次回复≤…: the store's first-response time may not exceed this, in seconds.
    public var firstResponseSeconds: Double?
    /// 每周至少报名 1 次平台活动.
    public var weeklyActivity: Bool
    public var roiRedLine: Double?
    /// manual.csv's `lateFirstResponses`, when typed in.
    public var typedInLateReplies: Int?
    /// The month's promotion budget in yuan (`limits.monthlyAdBudget`, a share resolved on the month's
    /// sales target), when the contract writes one.
    public var monthlyBudget: Money?

    public init(
        firstResponseSeconds: Double? = nil, weeklyActivity: Bool = false, roiRedLine: Double? = nil,
        typedInLateReplies: Int? = nil
    ) {
        self.firstResponseSeconds = firstResponseSeconds
        self.weeklyActivity = weeklyActivity
        self.roiRedLine = roiRedLine
        self.typedInLateReplies = typedInLateReplies
    }

    /// The terms `contract` writes, with the month's typed-in figures.
    public init(contract: Contract, manual: [ManualFigure]) {
        self.init(
            firstResponseSeconds: contract.service.firstResponseSeconds,
            weeklyActivity: contract.agencyDuties.weeklyActivity, roiRedLine: contract.limits.roiRedLine,
            typedInLateReplies: manual.first { $0.metric == .lateFirstResponses }.map { Int($0.value) })
    }
}
