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

    /// The table as shipped; `README.md` lists it with what is verified.
    public static let standard = TrafficSourceTable(entries: [
        // 生意参谋 店铺来源 (verified: formats.md S14 and the demo store's shape). The names are
        // what the older one-level exports wrote in place of a group.
        .taobao: table([
            .free: ["淘内免费", "免费流量", "淘内免费流量", "自然流量", "手淘搜索", "手淘推荐", "手淘首页", "猜你喜欢", "手淘其他店铺", "自然搜索"],
            .paid: ["付费流量", "付费推广", "广告流量"],
            .own: ["自主访问"],
            .other: ["淘外流量", "其他来源", "其它来源", "淘外网站", "大促会场"],
        ]),
        // 京东商智 流量来源 一级来源 (inferred: no real file seen).
        .jd: table([
            .free: ["免费流量", "京东免费", "站内免费"],
            .paid: ["付费流量", "京东付费", "广告流量", "京准通"],
            .own: ["自主访问", "直接访问"],
            .other: ["站外流量", "京东站外", "其他来源", "其他"],
        ]),
        // 拼多多 数据中心 (not documented anywhere we found; inferred).
        .pinduoduo: table([
            .free: ["免费流量", "自然流量"],
            .paid: ["付费流量", "推广流量", "多多推广"],
            .own: ["自主访问", "店铺收藏"],
            .other: ["其他来源", "站外流量"],
        ]),
        // 抖店 罗盘 流量来源 (the export is not documented; names from the order export's
        // 流量类型/流量来源 values, formats.md §4, S12; inferred).
        .douyin: table([
            .free: ["自然流量", "商品卡", "搜索", "商城", "短视频自然流量", "直播自然流量"],
            .paid: ["付费流量", "广告流量", "巨量千川", "千川"],
            .own: ["自主访问", "店铺页"],
            .other: ["其他来源", "站外流量"],
        ]),
    ])

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
