import AuditRecords
import Foundation

/// Where each overview metric's figures are in a store overview download's header, found by
/// name: `访客数(本店)`, `访客数(同行同层平均)`, `访客数(同行同层优秀)` (生意参谋, brackets already
/// folded to ASCII), or a bare `访客数` / `商品访客` (拼多多, whose `较上周期` columns are passed over).
struct OverviewColumns: Sendable {
    /// Per metric, the column of each figure (nil where the download has none).
    var columns: [(metric: OverviewMetric, store: Int?, peerAverage: Int?, peerTop: Int?)] = []
    /// Columns that hold none of the metrics' figures: where the date and the export time may be.
    var leadColumns: [Int] = []

    /// What a header name's suffix says the column holds.
    enum Variant { case store, peerAverage, peerTop, change }

    static let suffixes: [(String, Variant)] = [
        ("(本店)", .store), ("(同行同层平均)", .peerAverage), ("(同行同层均值)", .peerAverage),
        ("(同行同层优秀)", .peerTop), ("环比", .change), ("较上周期", .change),
    ]

    /// A header name split into its metric name and what the column holds; a bare name is the store's.
    static func split(_ name: String) -> (base: String, variant: Variant) {
        for (suffix, variant) in suffixes where name.hasSuffix(suffix) {
            let base = name.dropLast(suffix.count).trimmingCharacters(in: .whitespaces)
            return (base, variant)
        }
        return (name, .store)
    }

    init(headerNames names: [String]) {
        var found: [OverviewMetric: (store: Int?, peerAverage: Int?, peerTop: Int?, suffixed: Bool)] = [:]
        var used = Set<Int>()
        for (i, name) in names.enumerated() {
            if name == "较上" || name == "较上周期" || name.hasSuffix("环比") {
                used.insert(i)
                continue
            }
            let (base, variant) = Self.split(name)
            guard let metric = OverviewMetric(name: base) else { continue }
            used.insert(i)
            let suffixed = base != name
            var entry = found[metric] ?? (nil, nil, nil, suffixed)
            // A suffixed column wins over a bare one of the same metric (a download that has both).
            switch variant {
            case .store where entry.store == nil || (suffixed && !entry.suffixed):
                entry.store = i
                entry.suffixed = entry.suffixed || suffixed
            case .peerAverage where entry.peerAverage == nil: entry.peerAverage = i
            case .peerTop where entry.peerTop == nil: entry.peerTop = i
            default: break
            }
            found[metric] = entry
        }
        columns = found.sorted { $0.key < $1.key }.map {
            ($0.key, $0.value.store, $0.value.peerAverage, $0.value.peerTop)
        }
        leadColumns = names.indices.filter { !used.contains($0) }
    }
}
