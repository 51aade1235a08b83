/// What a month's figures can carry, said the same on the console, in report.md and in audit.json.
public enum MonthStatus: String, Sendable, Hashable, CaseIterable {
    /// The exports are complete: the month is settled on them.
    case complete
    /// The settlement is not computed; `Settlement.withheld` says why and what to do.
    case withheld
    /// Nothing the month could be judged on (every order row rejected, another month's export, not
    /// one usable export): the run ends with exit code 3.
    case unusable
}
