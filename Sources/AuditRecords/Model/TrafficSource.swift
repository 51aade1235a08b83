/// A traffic source as 生意参谋 names it: 一级来源 and 二级来源 (e.g. 淘内免费 / 手淘搜索).
public struct TrafficSource: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var group: String
    public var name: String

    public init(group: String, name: String) {
        self.group = group
        self.name = name
    }

    /// The free in-platform group (淘内免费, 免费流量…): what the contract calls natural traffic.
    public var isNatural: Bool {
        TrafficSource.naturalGroups.contains(group) || (group.isEmpty && TrafficSource.naturalNames.contains(name))
    }

    /// 手淘搜索 (mobile Taobao search) and its older names.
    public var isSearch: Bool {
        TrafficSource.searchNames.contains(name) || (name.isEmpty && TrafficSource.searchNames.contains(group))
    }

    static let naturalGroups: Set<String> = ["淘内免费", "免费流量", "淘内免费流量", "自然流量"]
    static let naturalNames: Set<String> = ["手淘搜索", "手淘推荐", "手淘首页", "猜你喜欢", "手淘其他店铺", "自然搜索"]
    static let searchNames: Set<String> = ["手淘搜索", "淘宝搜索", "手淘搜索(含天猫搜索)"]

    /// `淘内免费/手淘搜索`.
    public var description: String { name.isEmpty ? group : "\(group)/\(name)" }

    public static func < (a: TrafficSource, b: TrafficSource) -> Bool { (a.group, a.name) < (b.group, b.name) }
}
