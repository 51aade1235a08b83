/// A detection rule's identity: the id reports and audit.json know it by, its name in each report
/// language, and what its findings are about.
///
/// Each rule declares its own `RuleID` in its file (`extension RuleID { static let … }`), so that
/// adding a rule touches its file, its tests and one line of the detector's registry. Equal ids are
/// the same rule; the names are wording carried along for the reports.
public struct RuleID: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// What a rule's findings name, and so how they are scored and counted.
    public enum Subject: Sendable {
        /// Fake orders: its high and medium findings are taken out of the "excluding suspicious" figures.
        case fakeOrders
        /// Days of traffic, promotion or spend: its findings name days and sources, not orders.
        case days
        /// The exports themselves: copies of one order that disagree. Its orders are not suspected
        /// fake orders; its findings hold the settlement until the merchant removes one copy.
        case exports
        /// The agency's own report: a figure it claimed that the exports do not bear out. Its
        /// findings name neither orders nor days.
        case claims
    }

    /// The id in audit.json and anomalies.csv, e.g. `same-address-cluster`.
    public let rawValue: String
    /// The name in the Chinese reports, e.g. 同地址多单.
    public let chineseName: String
    /// The name in English, e.g. "Many orders to one address".
    public let englishName: String
    public let subject: Subject

    public init(_ rawValue: String, chinese: String, english: String, subject: Subject) {
        self.rawValue = rawValue
        self.chineseName = chinese
        self.englishName = english
        self.subject = subject
    }

    /// Whether the rule finds fake orders (刷单), as opposed to traffic, spend and ROI rules.
    public var findsFakeOrders: Bool { subject == .fakeOrders }

    public var description: String { rawValue }

    public static func == (a: RuleID, b: RuleID) -> Bool { a.rawValue == b.rawValue }
    public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }
    public static func < (a: RuleID, b: RuleID) -> Bool { a.rawValue < b.rawValue }
}
