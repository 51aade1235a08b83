/// One named figure behind an anomaly: a signal that fired, a threshold the rule applied, or what
/// the finding is about.
///
/// Rules state what they found as facts and leave the words to the reports (one wording per
/// language, masking personal values on the way), so the same finding reads the same in report.md
/// and anomalies.csv and reaches audit.json as numbers rather than a sentence to parse.
public struct Fact: Sendable, Hashable {
    public var name: Name
    public var value: Value

    public init(_ name: Name, _ value: Value) {
        self.name = name
        self.value = value
    }

    /// A fact's stable camelCase name, the same in every language and in audit.json.
    ///
    /// The names are declared in one catalogue (`Fact+Names.swift`), so a rule and the wordings
    /// cannot spell one differently.
    public struct Name: Sendable, Hashable, Comparable, CustomStringConvertible {
        public let rawValue: String

        public init(_ rawValue: String) { self.rawValue = rawValue }

        public var description: String { rawValue }
        public static func < (a: Name, b: Name) -> Bool { a.rawValue < b.rawValue }
    }

    /// A figure with its kind, so a wording can format it and audit.json can write it as a number.
    public enum Value: Sendable, Hashable {
        /// Orders, visitors, buyers, accounts.
        case count(Int)
        /// A figure that need not be whole, such as a median of visitors or orders short of a baseline.
        case number(Double)
        /// A rule's score, or the score a severity needs.
        case score(Int)
        case money(Money)
        /// A multiple or a share: 2.1 times the median, a conversion of 0.0099, an ROI of 1.03.
        case ratio(Double)
        case seconds(Int)
        case hours(Int)
        /// A number of days.
        case days(Int)
        case day(CalendarDay)
        /// A date and time, such as when an order was paid.
        case time(LocalTime)
        /// From the first to the last time, both included.
        case timeRange(LocalTime, LocalTime)
        /// Words from the exports that are not personal: an item title, an order status.
        case text(String)
        /// A buyer's name, account, phone or address, kept as read: reports mask it by its kind.
        case personal(PersonalField, String)
        case rule(RuleID)
        /// A signal that fired and has no figure of its own.
        case flag
        case list([Value])
        /// A few facts that belong together, such as one day's ROI with its spend.
        case group([Fact])
    }
}

extension [Fact] {
    /// The value of the first fact named `name`, or nil when the rule did not state it.
    public func value(_ name: Fact.Name) -> Fact.Value? { first { $0.name == name }?.value }
}
