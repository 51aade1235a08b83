import Testing

@testable import AgencyAudit
@testable import AuditMeasure
@testable import AuditRecords
@testable import AuditReport
@testable import MonthlyAudit

/// The one table that says which traffic sources are free (natural), paid, own or other, per
/// platform; contract.json's platform picks the column, the store's traffic-sources.csv extends it.
@Suite struct TrafficSourceTableTests {
    static let month = YearMonth(year: 2025, month: 9)

    static func rows(_ sources: [(String, String, Int)]) -> [TrafficRecord] {
        sources.map { group, name, visitors in
            TrafficRecord(
                day: month.firstDay, source: TrafficSource(group: group, name: name), visitors: visitors,
                location: RowLocation(file: "t.csv", line: 1))
        }
    }

    static func data(_ rows: [TrafficRecord], platform: Platform, table: TrafficSourceTable = .standard) -> MonthData {
        var data = MonthData(month: month, orders: [], traffic: rows, ads: [])
        data.platform = platform
        data.trafficSources = table
        return data
    }

    static func naturalShare(_ data: MonthData) -> Double? {
        MetricCalculator.measure(data, readBack: .none, suspiciousOrderIDs: [], targets: [])
            .first { $0.key == .naturalTrafficShare }?.actual
    }

    @Test func taobaoGroupsAsTheyWereBeforeTheTable() {
        let t = TrafficSourceTable.standard
        func category(_ group: String, _ name: String = "") -> TrafficCategory? {
            t.category(of: TrafficSource(group: group, name: name), on: .taobao)
        }
        #expect(category("淘内免费", "手淘搜索") == .free)
        #expect(category("免费流量") == .free)
        #expect(category("付费流量", "直通车") == .paid)
        #expect(category("自主访问", "购物车") == .own)
        #expect(category("淘外流量") == .other)
        #expect(category("其他来源", "其他来源") == .other)
        // A one-level export: the name decides.
        #expect(category("", "手淘推荐") == .free)
        // A 一级来源 the table does not know decides alone: its 二级来源 does not make it free.
        #expect(category("新来源", "手淘搜索") == nil)
    }

    @Test func theContractsPlatformChoosesWhatIsNatural() {
        let rows = Self.rows([("京东免费", "搜索", 600), ("京东付费", "京东快车", 300), ("自主访问", "购物车", 100)])
        #expect(Self.naturalShare(Self.data(rows, platform: .jd)) == 0.6)
        // The same 一级来源 names mean nothing to the Taobao table: natural is 0, and they are reported.
        let asTaobao = Self.data(rows, platform: .taobao)
        #expect(Self.naturalShare(asTaobao) == 0)
        let line = MonthWarnings.unmappedSources(asTaobao).map { MonthWarningWording.sentence($0, in: .chinese) }
        #expect(
            line
                == "2 个流量来源不在淘宝/天猫的来源分类表里，未计入免费/付费/自主/其他：京东免费（访客 600）、京东付费（访客 300）；请在店铺文件夹的 traffic-sources.csv 里写明它们的类别（见 README）"
        )
        #expect(
            MonthWarnings.unmappedSources(Self.data(rows, platform: .jd)).map {
                MonthWarningWording.sentence($0, in: .chinese)
            }
                == nil)
        let figures = MonthFigures(Self.data(rows, platform: .jd))
        #expect(figures.naturalVisitors == 600)
        #expect(figures.paidVisitors == 300)
    }

    @Test func aNewSourceIsReportedWithItsVisitorsUntilTheStoresFileNamesIt() throws {
        let rows = Self.rows([("淘内免费", "手淘搜索", 500), ("逛逛", "逛逛", 200), ("逛逛", "直播", 50), ("付费流量", "万相台", 250)])
        let plain = Self.data(rows, platform: .taobao)
        #expect(Self.naturalShare(plain) == 0.5)
        #expect(
            MonthWarnings.unmappedSources(plain).map { MonthWarningWording.sentence($0, in: .chinese) }?.hasPrefix(
                "1 个流量来源不在淘宝/天猫的来源分类表里，未计入免费/付费/自主/其他：逛逛（访客 250）") == true)

        let file = "\u{FEFF}平台,来源,类别\r\n# 2025-09 起的新来源\r\ntaobao,逛逛,免费\r\n抖店,直播广场, 自主 \r\n\r\n"
        let extended = TrafficSourceTable.standard.merging(try TrafficSourceFile.parse(Array(file.utf8)))
        let data = Self.data(rows, platform: .taobao, table: extended)
        #expect(Self.naturalShare(data) == 0.75)
        #expect(MonthWarnings.unmappedSources(data) == nil)
        #expect(extended.category(of: TrafficSource(group: "直播广场", name: ""), on: .douyin) == .own)
        // The store's file overrides what ships.
        let moved = TrafficSourceTable.standard.merging(try TrafficSourceFile.parse(Array("jd,京东免费,其他\n".utf8)))
        #expect(moved.category(of: TrafficSource(group: "京东免费", name: ""), on: .jd) == .other)
    }

    @Test(arguments: [
        ("taobao,逛逛\n", WorkspaceError.TrafficSourcesProblem.columns(line: 1, found: 2, text: "taobao,逛逛")),
        ("平台,来源,类别\nweibo,热搜,免费\n", .unknownPlatform(line: 2, word: "weibo")),
        ("taobao,逛逛,白嫖\n", .unknownCategory(line: 1, word: "白嫖")), ("taobao,,免费\n", .emptySource(line: 1)),
    ])
    func aBadLineIsNamedWithWhatIsWrong(text: String, problem: WorkspaceError.TrafficSourcesProblem) {
        let error = #expect(throws: WorkspaceError.self) { try TrafficSourceFile.parse(Array(text.utf8)) }
        #expect(error == .trafficSources(problem))
    }

    @Test func aFileThatIsNotUTF8SaysHowToSaveIt() {
        let error = #expect(throws: WorkspaceError.self) {
            try TrafficSourceFile.parse(Fixtures.gb18030("taobao,逛逛,免费\n"))
        }
        #expect(error == .trafficSources(.notUTF8))
    }
}
