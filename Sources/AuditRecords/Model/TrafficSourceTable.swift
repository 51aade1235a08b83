/// Each platform's traffic sources (一级来源) mapped to free / paid / own / other: the one place
/// natural traffic is defined.
///
/// A source is looked up by its 一级来源; a row without one (an export with a single level) by
/// its name. Platforms add a source name every few months, so a store folder can extend the table
/// (`traffic-sources.csv`); a source the table does not know counts in no category and is
/// reported with its visitors, never dropped silently.
public struct TrafficSourceTable: Sendable {
    private var entries: [Platform: [String: TrafficCategory]]

    public init(entries: [Platform: [String: TrafficCategory]] = [:]) {
        self.entries = entries
    }

    /// The table as shipped: each platform's sources from its profile row (`README.md` lists
    /// them with what is verified).
    public static let standard = TrafficSourceTable(
        entries: Dictionary(uniqueKeysWithValues: PlatformProfile.all.map { ($0.platform, table($0.trafficSources)) }))

    private static func table(_ byCategory: [TrafficCategory: [String]]) -> [String: TrafficCategory] {
        var result: [String: TrafficCategory] = [:]
        for (category, names) in byCategory {
            for name in names { result[name] = category }
        }
        return result
    }

    /// The table with `other`'s entries added; a source in both takes `other`'s category (the
    /// store's own file overrides what ships).
    public func merging(_ other: TrafficSourceTable) -> TrafficSourceTable {
        var merged = self
        for (platform, names) in other.entries {
            merged.entries[platform, default: [:]].merge(names) { _, new in new }
        }
        return merged
    }

    /// The category of a source on a platform; nil when the table does not know it.
    public func category(of source: TrafficSource, on platform: Platform) -> TrafficCategory? {
        let names = entries[platform] ?? [:]
        return names[source.group.isEmpty ? source.name : source.group]
    }

    /// The names mapped on a platform, by category, sorted (for README and tests).
    public func names(on platform: Platform) -> [(name: String, category: TrafficCategory)] {
        (entries[platform] ?? [:]).map { (name: $0.key, category: $0.value) }.sorted {
            ($0.category, $0.name) < ($1.category, $1.name)
        }
    }
}
