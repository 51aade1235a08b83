import Testing

@testable import AgencyAudit
@testable import AuditImport
@testable import AuditMeasure
@testable import AuditRecords
@testable import AuditReport

@Suite struct MetricCalculatorTests {
    static let month = YearMonth(year: 2025, month: 9)
    static let here = RowLocation(file: "t.csv", line: 1)
    static func day(_ d: Int) -> CalendarDay { CalendarDay(year: 2025, month: 9, day: d)! }

    @Test func metricsFollowTheirDefinitions() {
        let orders = [
            Order(id: "1", paidAmount: Money(yuan: 100), paidAt: LocalTime(day: Self.day(1)), location: Self.here),
            Order(
                id: "2", paidAmount: Money(yuan: 300), refundAmount: Money(yuan: 300),
                paidAt: LocalTime(day: Self.day(2)), location: Self.here),
            Order(id: "3", paidAmount: Money(yuan: 50), paidAt: nil, location: Self.here),  // unpaid: not counted
            Order(
                id: "4", paidAmount: Money(yuan: 70),
                paidAt: LocalTime(day: CalendarDay(year: 2025, month: 10, day: 1)!), location: Self.here),
        ]
        let traffic = [
            TrafficRecord(
                day: Self.day(1), source: TrafficSource(group: "淘内免费", name: "手淘搜索"), visitors: 600, payingBuyers: 6,
                location: Self.here),
            TrafficRecord(
                day: Self.day(1), source: TrafficSource(group: "付费流量", name: "直通车"), visitors: 400, payingBuyers: 4,
                location: Self.here),
        ]
        let ads = [
            AdRecord(
                day: Self.day(1), campaignName: "a", spend: Money(yuan: 200), attributedSales: Money(yuan: 500),
                location: Self.here)
        ]
        let data = MonthData(month: Self.month, orders: orders, traffic: traffic, ads: ads)
        let metrics = MetricCalculator.measure(
            data, readBack: .none, suspiciousOrderIDs: ["2"], targets: [Contract.Target(metric: .orders, value: 4)])
        func value(_ k: MetricKey) -> MetricValue { metrics.first { $0.key == k }! }
        #expect(value(.orders).actual == 2)
        #expect(value(.orders).actualExcludingSuspicious == 1)
        #expect(value(.orders).attainment == 0.5)
        #expect(value(.gmv).actual == 400)
        #expect(value(.gmv).actualExcludingSuspicious == 100)
        #expect(value(.refundAmount).actual == 300)
        #expect(value(.averageOrderValue).actual == 200)
        #expect(value(.visitors).actual == 1000)
        #expect(value(.searchVisitorsPerDay).actual == 20)
        #expect(value(.naturalTrafficShare).actual == 0.6)
        #expect(value(.conversionRate).actual == 0.01)
        #expect(value(.adSpend).actual == 200)
        #expect(value(.adROI).actual == 2.5)
    }

    @Test func nothingRefundedAgainstACeilingIsCappedNotInfinite() {
        let m = MetricValue(key: .refundAmount, actual: 0, actualExcludingSuspicious: 0, target: 500)
        #expect(m.attainment == 10)
        #expect(m.isMet == true)
        #expect(DisplayNumber.percent(m.attainment!) == "1000.0%")
        #expect(DisplayNumber.fixed(1e300, decimals: 4) == "1e+300")
    }

    @Test func lowerIsBetterInvertsAttainment() {
        let m = MetricValue(key: .adSpend, actual: 12000, actualExcludingSuspicious: 12000, target: 10000)
        #expect(abs(m.attainment! - 10000.0 / 12000.0) < 1e-12)
        #expect(m.isMet == false)
    }

    @Test func duplicatesAcrossFilesCountOnceAndOutOfMonthRowsAreSetAside() {
        var a = ImportedExport(
            file: "exports/2025-09/a.csv", kind: .orders, platform: .taobao, encoding: .utf8, headerLine: 1)
        a.orders = [
            Order(id: "1", paidAmount: Money(yuan: 10), paidAt: LocalTime(day: Self.day(3)), location: Self.here)
        ]
        a.counts.accepted = 1
        var b = a
        b.file = "exports/2025-09/b.csv"
        var t = ImportedExport(
            file: "exports/2025-09/t.csv", kind: .traffic, platform: .taobao, encoding: .utf8, headerLine: 1)
        t.traffic = [
            TrafficRecord(
                day: CalendarDay(year: 2025, month: 8, day: 31)!, source: TrafficSource(group: "x", name: "y"),
                visitors: 5, location: Self.here)
        ]
        t.counts.accepted = 1
        let result = MonthAssembler.assemble(month: Self.month, inputs: [b, a, t])
        #expect(result.data.paidOrders.count + result.data.otherOrders.count == 1)
        #expect(result.duplicateOrders.count == 1)
        #expect(result.inputs.first { $0.file.hasSuffix("b.csv") }!.counts.skippedDuplicate == 1)
        #expect(result.inputs.first { $0.file.hasSuffix("b.csv") }!.counts.read == 1)
        #expect(result.data.traffic.isEmpty)
        #expect(result.outsideMonth["exports/2025-09/t.csv"] == 1)
    }

    /// Two platforms' campaigns of one name on one day are two campaigns; the same campaign in two
    /// files of one platform is one, counted once.
    @Test func campaignsAreKeyedByTheirPlatformToo() {
        func ads(_ file: String, _ platform: Platform) -> ImportedExport {
            var e = ImportedExport(file: file, kind: .ads, platform: platform, encoding: .utf8, headerLine: 1)
            e.ads = [
                AdRecord(
                    day: Self.day(3), campaignName: "店铺推广", spend: Money(yuan: 100), attributedSales: Money(yuan: 300),
                    location: Self.here)
            ]
            e.counts.accepted = 1
            return e
        }
        let taobao = ads("exports/2025-09/万相台.csv", .taobao)
        let pinduoduo = ads("exports/2025-09/多多推广.csv", .pinduoduo)
        let again = ads("exports/2025-09/万相台 (1).csv", .taobao)
        let result = MonthAssembler.assemble(month: Self.month, inputs: [taobao, pinduoduo, again])
        #expect(result.data.ads.count == 2)
        #expect(result.data.ads.reduce(Money.zero) { $0 + $1.spend } == Money(yuan: 200))
        func skipped(_ file: String) -> Int? { result.inputs.first { $0.file == file }?.counts.skippedDuplicate }
        #expect(skipped(pinduoduo.file) == 0)
        #expect(skipped(taobao.file)! + skipped(again.file)! == 1)
    }

    @Test func aRepeatIsFoundWhicheverListItsFirstCopyWentTo() {
        var a = ImportedExport(
            file: "exports/2025-09/a.csv", kind: .orders, platform: .taobao, encoding: .utf8, headerLine: 1)
        a.orders = [
            Order(
                id: "7", paidAmount: Money(yuan: 10), paidAt: nil,
                location: RowLocation(file: "exports/2025-09/a.csv", line: 2)),
            Order(
                id: "8", paidAmount: Money(yuan: 10), paidAt: LocalTime(day: Self.day(4)),
                location: RowLocation(file: "exports/2025-09/a.csv", line: 3)),
        ]
        a.counts.accepted = 2
        var b = a
        b.file = "exports/2025-09/b.csv"
        b.orders = [
            Order(
                id: "7", paidAmount: Money(yuan: 10), paidAt: LocalTime(day: Self.day(5)),
                location: RowLocation(file: "exports/2025-09/b.csv", line: 2)),
            Order(
                id: "8", paidAmount: Money(yuan: 10), paidAt: nil,
                location: RowLocation(file: "exports/2025-09/b.csv", line: 3)),
        ]
        let result = MonthAssembler.assemble(month: Self.month, inputs: [a, b])
        #expect(result.duplicateOrders.map(\.id) == ["7", "8"])
        #expect(result.readBack.orders(result.data.paidOrders).map(\.id) == ["8"])
        #expect(result.readBack.orders(result.data.otherOrders).map(\.id) == ["7"])
        #expect(result.inputs[1].counts.skippedDuplicate == 2)
    }

    /// One file whose paid orders are interrupted by unpaid, out-of-month and repeated rows: the
    /// paid ones keep their order once the others are moved out of the array in place.
    @Test func paidOrdersKeepTheirOrderWhenOthersAreTakenOutInPlace() {
        var a = ImportedExport(
            file: "exports/2025-09/a.csv", kind: .orders, platform: .taobao, encoding: .utf8, headerLine: 1)
        let ids = ["3812004976329210623", "0123", "PDD-250901-7", "3812004976329210623", "9", "0123", "10", "11", "12"]
        let paid: [LocalTime?] = [
            LocalTime(day: Self.day(1)), LocalTime(day: Self.day(2)), nil, LocalTime(day: Self.day(3)),
            LocalTime(day: CalendarDay(year: 2025, month: 10, day: 1)!), LocalTime(day: Self.day(4)), nil,
            LocalTime(day: Self.day(5)), LocalTime(day: Self.day(6)),
        ]
        a.orders = ids.indices.map {
            Order(
                id: ids[$0], paidAmount: Money(yuan: 1), paidAt: paid[$0],
                location: RowLocation(file: a.file, line: $0 + 2))
        }
        a.counts.accepted = ids.count
        let result = MonthAssembler.assemble(month: Self.month, inputs: [a])
        #expect(
            result.readBack.orders(result.data.paidOrders).map(\.id) == ["3812004976329210623", "0123", "11", "12"])
        #expect(result.data.paidOrders.map(\.location.line) == [2, 3, 9, 10])
        #expect(result.readBack.orders(result.data.otherOrders).map(\.id) == ["PDD-250901-7", "9", "10"])
        #expect(result.duplicateOrders.map(\.id) == ["3812004976329210623", "0123"])
        #expect(result.duplicateOrders.map(\.first.line) == [2, 3])
        #expect(result.inputs[0].counts.skippedDuplicate == 2)
        #expect(result.outsideMonth[a.file] == 1)
    }
}
