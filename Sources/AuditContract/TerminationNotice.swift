import AuditRecords

/// Ending the contract on notice (解约需提前 15 天书面通知，已服务天数按比例结算费用): the day notice is
/// given, the earliest day the contract can end, and the last month's base fee for the days served.
public struct TerminationNotice: Sendable, Hashable {
    public var givenOn: CalendarDay
    /// The contract's notice period, in days.
    public var noticeDays: Int
    /// The base fee of a full month.
    public var monthlyBase: Money
    /// The last month's base fee is paid for the days served (else in full).
    public var proRata: Bool

    public init(givenOn: CalendarDay, noticeDays: Int, monthlyBase: Money, proRata: Bool) {
        self.givenOn = givenOn
        self.noticeDays = noticeDays
        self.monthlyBase = monthlyBase
        self.proRata = proRata
    }

    /// The notice the contract gives for a notice on `day` (the command line's, else contract.json's);
    /// nil when neither names a day.
    public static func notice(on day: CalendarDay?, contract: Contract) -> TerminationNotice? {
        guard let given = day ?? contract.termination.noticeGivenOn else { return nil }
        return TerminationNotice(
            givenOn: given, noticeDays: contract.termination.noticeDays ?? 0, monthlyBase: contract.fees.monthlyBase,
            proRata: contract.termination.proRataLastMonth)
    }

    /// The earliest day the contract can end: notice + the notice period.
    public var earliestEnd: CalendarDay { givenOn.adding(days: noticeDays) }

    /// The month the contract ends in.
    public var lastMonth: YearMonth { YearMonth(year: earliestEnd.year, month: earliestEnd.month) }

    /// Days of the last month served, its first day to the end day, both counted.
    public var daysServed: Int { earliestEnd.day }

    /// The last month's base fee: for the days served, or whole without pro rata.
    public var lastMonthBaseFee: Money {
        guard proRata else { return monthlyBase }
        return Money(
            cents: Int64((Double(monthlyBase.cents) * Double(daysServed) / Double(lastMonth.dayCount)).rounded()))
    }
}
