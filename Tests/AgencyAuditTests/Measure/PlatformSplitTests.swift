import Foundation
import Testing

@testable import AuditImport
@testable import AuditMeasure
@testable import AuditRecords

/// A traffic export of a store on several platforms is tied to its platform by what the file
/// says — its columns, then its source names — never by the order of a rule; one that could be
/// either's is named and counts in no platform's figures.
@Suite struct PlatformSplitTests {
    static func input(_ file: String, _ kind: ExportKind, _ platform: Platform) -> ImportedExport {
        ImportedExport(file: file, kind: kind, platform: platform, encoding: .utf8, headerLine: 1)
    }

    static func traffic(_ group: String, _ name: String) -> TrafficRecord {
        TrafficRecord(
            day: CalendarDay(year: 2025, month: 9, day: 1)!, source: TrafficSource(group: group, name: name),
            visitors: 100, location: RowLocation(file: "t.csv", line: 2))
    }

    static let orders: [ImportedExport] = [
        input("exports/2025-09/淘宝订单.csv", .orders, .taobao), input("exports/2025-09/拼多多订单.csv", .orders, .pinduoduo),
    ]

    @Test func theSourceNamesTellATaobaoExportOnATaobaoAndPinduoduoStore() {
        let split = PlatformSplit(
            inputs: Self.orders + [Self.input("exports/2025-09/流量.csv", .traffic, .taobao)],
            contractPlatform: .pinduoduo, traffic: [Self.traffic("淘内免费", "手淘搜索"), Self.traffic("自主访问", "购物车")])
        #expect(split.trafficPlatform == .taobao && split.trafficIsTold)
    }

    @Test func theColumnsTellAJDExportWhateverTheContractSays() {
        let split = PlatformSplit(
            inputs: [
                Self.input("a.csv", .orders, .taobao), Self.input("b.csv", .orders, .jd),
                Self.input("商智.xlsx", .traffic, .jd),
            ],
            contractPlatform: .taobao, traffic: [Self.traffic("自主访问", "购物车")])
        #expect(split.trafficPlatform == .jd && split.trafficIsTold)
    }

    @Test func anExportThatCouldBeEithersIsNamedAndNotGuessed() {
        let split = PlatformSplit(
            inputs: Self.orders + [Self.input("exports/2025-09/流量.csv", .traffic, .taobao)],
            contractPlatform: .taobao, traffic: [Self.traffic("站外", "微博"), Self.traffic("自主访问", "购物车")])
        #expect(split.trafficUnclear == ["exports/2025-09/流量.csv"])
        #expect(!split.trafficIsTold)
        // Before, the rule "Taobao first" would have counted it as Taobao's.
        #expect(split.trafficPlatform == .taobao)
    }

    /// (The month's warnings say when the exports' platform is not the contract's.)
    @Test func aStoreOnOnePlatformCountsItsTrafficOnTheContractsPlatform() {
        let split = PlatformSplit(
            inputs: [Self.input("a.csv", .orders, .pinduoduo), Self.input("t.csv", .traffic, .taobao)],
            contractPlatform: .taobao, traffic: [Self.traffic("站外", "微博")])
        #expect(split.trafficPlatform == .taobao && split.trafficIsTold)
    }
}
