/// A traffic source as 生意参谋 names it: 一级来源 and 二级来源 (e.g. 淘内免费 / 手淘搜索). Whether it
/// is natural (free), paid, own or other is the platform's `TrafficSourceTable`'s to say.
public struct TrafficSource: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var group: String
    public var name: String

    public init(group: String, name: String) {
        self.group = group
        self.name = name
    }

    /// The platform's own search: 手淘搜索 and its older names, and 京东商智's 京东免费 / 搜索 (a
    /// source called only 搜索 under another group is not taken for it).
    public var isSearch: Bool {
        TrafficSource.searchNames.contains(name) || (name.isEmpty && TrafficSource.searchNames.contains(group))
            || (name == "搜索" && TrafficSource.searchGroups.contains(group))
    }

    static let searchNames: Set<String> = ["手淘搜索", "淘宝搜索", "手淘搜索(含天猫搜索)"]
    /// The 一级来源 under which 京东商智 lists its search as plain 搜索.
    static let searchGroups: Set<String> = ["京东免费", "站内免费"]

    /// `淘内免费/手淘搜索`.
    public var description: String { name.isEmpty ? group : "\(group)/\(name)" }

    public static func < (a: TrafficSource, b: TrafficSource) -> Bool { (a.group, a.name) < (b.group, b.name) }
}
