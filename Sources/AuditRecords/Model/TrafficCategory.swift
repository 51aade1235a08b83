/// What kind of visit a traffic source brings, the same four on every platform.
public enum TrafficCategory: String, Sendable, Hashable, CaseIterable, Comparable {
    /// The platform's own free traffic (search, recommendation): what contracts call natural traffic.
    case free
    /// Bought traffic (直通车, 万相台, 多多推广, 京准通, 千川…).
    case paid
    /// Visits the shop's own customers start (cart, favourites, direct visits).
    case own
    /// Everything else: outside the platform, unclassified activity pages.
    case other

    /// The word a merchant writes in `traffic-sources.csv` and reads in the report.
    public var chinese: String {
        switch self {
        case .free: return "免费"
        case .paid: return "付费"
        case .own: return "自主"
        case .other: return "其他"
        }
    }

    /// Reads `免费`/`free`, `付费`/`paid`, `自主`/`own`, `其他`/`other`; nil for anything else.
    public init?(word: String) {
        guard let match = Self.allCases.first(where: { $0.chinese == word || $0.rawValue == word.lowercased() }) else {
            return nil
        }
        self = match
    }

    public static func < (a: TrafficCategory, b: TrafficCategory) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
