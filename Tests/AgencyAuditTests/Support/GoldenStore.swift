import AgencyAuditSample
import Foundation
import Testing

/// A store whose reports are pinned byte for byte in `Golden/<folder>/`: the committed demo store,
/// and small stores of the other platforms made by the generator at test time.
///
/// Generated stores are written into the test's temporary folder and never committed; the same
/// spec always gives the same bytes, so their reports are as stable as the demo store's.
enum GoldenStore: String, CaseIterable, Sendable, CustomTestStringConvertible {
    /// `SampleData/demo-store`: 淘宝/天猫, three months, planted anomalies.
    case demo = "demo-store"
    /// 拼多多: no traffic export, untimed orders, masked phones.
    case pinduoduo = "pinduoduo-store"
    /// 京东: the legacy GBK csv one month, 订单明细 and 售后明细 the next.
    case jd = "jd-store"
    /// 抖店: 子订单 rows, GB18030 and UTF-8 orders, 巨量千川 in csv and xlsx.
    case douyin = "douyin-store"
    /// 淘宝/天猫 and 拼多多 in one month, with a target naming 拼多多 (as TwoPlatformStoreAuditTests builds it).
    case twoPlatforms = "two-platform-store"

    /// The folder under `Golden/` that holds its reports.
    var folder: String { rawValue }

    var testDescription: String { rawValue }

    /// The small spec of a generated store of `platform`: two months (one for the two-platform
    /// store), 12 orders a day, seed 7, as the command-line tests use.
    static func spec(_ platform: SamplePlatform, months: Int = 2) -> SampleStoreSpec {
        var spec = SampleStoreSpec(seed: 7, monthCount: months, ordersPerDay: 12)
        spec.platform = platform
        return spec
    }

    /// The store folder to audit: the committed demo store, or a store written into `scratch`.
    func storeFolder(scratch: URL) throws -> URL {
        let store = scratch.appendingPathComponent("store")
        switch self {
        case .demo:
            return Fixtures.sampleData.appendingPathComponent("demo-store")
        case .pinduoduo:
            _ = try SampleStoreGenerator.write(Self.spec(.pinduoduo), to: store)
        case .jd:
            _ = try SampleStoreGenerator.write(Self.spec(.jd), to: store)
        case .douyin:
            _ = try SampleStoreGenerator.write(Self.spec(.douyin), to: store)
        case .twoPlatforms:
            try Self.writeTwoPlatformStore(to: store, scratch: scratch)
        }
        return store
    }

    /// A Taobao store with a 拼多多 store's exports in its month's folder (renamed so no name is
    /// shared) and a sales target at twice 拼多多's sales, naming 拼多多.
    static func writeTwoPlatformStore(to store: URL, scratch: URL) throws {
        let month = "2025-07"
        _ = try SampleStoreGenerator.write(spec(.taobao, months: 1), to: store)
        let pinduoduo = try SampleStoreGenerator.write(
            spec(.pinduoduo, months: 1), to: scratch.appendingPathComponent("pinduoduo"))
        let fm = FileManager.default
        let from = scratch.appendingPathComponent("pinduoduo/exports/\(month)")
        for name in try fm.contentsOfDirectory(atPath: from.path) {
            try fm.copyItem(
                at: from.appendingPathComponent(name), to: store.appendingPathComponent("exports/\(month)/拼多多-\(name)"))
        }
        let metrics = try #require(pinduoduo.expected.months.first { $0.month == month }?.metrics)
        let gmv = try #require(metrics.first { $0.0 == "gmv" }?.1)
        let contractURL = store.appendingPathComponent("contract.json")
        var contract = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: contractURL)) as? [String: Any])
        var stages = try #require(contract["stages"] as? [[String: Any]])
        var targets = try #require(stages[0]["targets"] as? [String: Any])
        targets["gmv"] = ["value": gmv * 2, "platform": "pinduoduo"]
        stages[0]["targets"] = targets
        contract["stages"] = stages
        try JSONSerialization.data(withJSONObject: contract, options: [.sortedKeys]).write(to: contractURL)
    }
}
