import AuditRecords

extension TerminationCheck {
    /// A reason the contract lets the merchant terminate without liability, with the figures that fired it.
    public enum Ground: Sendable, Hashable {
        /// High-severity groups of suspected fake orders (刷单 breaches the contract by itself).
        case fakeOrders(groups: Int, orders: Int)
        /// A month of the trial stage missed a target: the merchant may end the contract at the trial's end.
        case trialMissed(stage: String, months: [YearMonth])
        /// Overall attainment below the contract's line in enough months in a row, up to this month.
        case consecutiveMonthsBelow(months: [MonthAttainment], threshold: Double)
        /// Overall attainment below the red line in enough months in a row, up to this month.
        case consecutiveMonthsBelowRedLine(months: [MonthAttainment], redLine: Double)
        /// Stages missed in a row (names in contract order), each missed in at least one of its months.
        case consecutiveStagesMissed(stages: [String])
    }

    /// Something that is not yet a ground but becomes one if it goes on.
    public enum Warning: Sendable, Hashable {
        /// Months below the line up to this month, fewer in a row than the `monthsNeeded` that allow termination.
        case monthsBelow(months: [MonthAttainment], threshold: Double, monthsNeeded: Int)
    }

    /// One month's overall attainment, as the termination terms count it.
    public struct MonthAttainment: Sendable, Hashable {
        public var month: YearMonth
        /// Nil when the month had no measurable target.
        public var attainment: Double?
    }
}

extension TerminationCheck.MonthAttainment {
    init(_ standing: TerminationCheck.MonthStanding) {
        self.init(month: standing.month, attainment: standing.overallAttainment)
    }
}
