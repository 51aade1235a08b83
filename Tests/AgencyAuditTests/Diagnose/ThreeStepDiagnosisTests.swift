import Testing

@testable import AgencyAudit
@testable import AuditDetect
@testable import AuditDiagnose
@testable import AuditMeasure
@testable import AuditRecords

@Suite struct ThreeStepDiagnosisTests {
    typealias S = DiagnosisScenarios
    static let here = RowLocation(file: "t.csv", line: 1)

    static func order(_ id: String, day: Int, yuan: Int, item: String = "连衣裙", quantity: Int = 1) -> Order {
        Order(
            id: id, paidAmount: Money(yuan: yuan * quantity),
            paidAt: LocalTime(day: CalendarDay(year: 2025, month: 9, day: day)!, hour: 10),
            itemTitle: item, quantity: quantity, location: here)
    }

    @Test func aUnitPriceMovedMoreThanTenPercentIsNamedWithItsDays() {
        var orders =
            (0..<3).map { Self.order("a\($0)", day: 1, yuan: 100) }
            + (0..<3).map { Self.order("b\($0)", day: 2, yuan: 120) }
        orders.append(Self.order("coupon", day: 2, yuan: 90))  // one discounted order does not move the day's price
        orders.append(Self.order("two", day: 1, yuan: 100, quantity: 2))  // unit price, not order amount
        orders += (0..<3).map { Self.order("c\($0)", day: 3, yuan: 50, item: "T恤") }
        let data = MonthData(month: YearMonth(year: 2025, month: 9), orders: orders, traffic: [], ads: [])
        let changes = ThreeStepDiagnosis.priceChanges(data, readBack: OrderReadBack(inMemory: orders))
        #expect(
            changes == [
                .unitPriceChanged(
                    item: "连衣裙", lowest: Money(yuan: 100), lowestOn: S.day("2025-09", 1),
                    highest: Money(yuan: 120), highestOn: S.day("2025-09", 2), change: 120.0 / 100 - 1)
            ])
    }

    @Test func executionCountsBreachesFakeOrdersAndDaysWithoutSpend() {
        // Spend on the 1st and 10th; the 20th's row spends nothing, so the 2nd to the 9th had no spend.
        let ads = [
            S.ad("2025-09", day: 1, campaign: "A", spend: 100, sales: 200),
            S.ad("2025-09", day: 10, campaign: "A", spend: 100, sales: 200),
            S.ad("2025-09", day: 20, campaign: "A", spend: 0, sales: 0),
        ]
        let data = S.month("2025-09", orders: 20, search: 400, other: 400, ads: ads)
        let anomalies = [
            S.anomaly(.spendOverLimit, .medium, days: [S.day("2025-09", 1)]),
            S.anomaly(.spendOverLimit, .high, days: [S.day("2025-09", 10)]),
            S.anomaly(.roiBelowRedLine, .medium, days: (1...4).map { S.day("2025-09", $0) }),
            S.anomaly(.sameAddressCluster, .high, days: [], orders: ["a", "b", "c"]),
            S.anomaly(.samePhoneCluster, .high, days: [], orders: ["c", "d"]),
            S.anomaly(.sequentialAccounts, .medium, days: [], orders: ["e"]),
            S.anomaly(.sameAddressCluster, .low, days: [], orders: ["f"]),
        ]
        let august = S.month("2025-08", orders: 20, search: 600, other: 400)
        let d = ThreeStepDiagnosis.diagnose(
            data: data, readBack: .none, figures: MonthFigures(data), previous: MonthFigures(august),
            anomalies: anomalies)
        // Three fake-order groups of high or medium severity; the low one and its order are left out.
        #expect(
            Array(d.execution.prefix(4)) == [
                .spendOverLimit(days: 2), .roiBelowRedLine(runs: 1, days: 4),
                .suspectedFakeOrders(groups: 3, orders: 5),
                .daysWithoutSpend(days: (2...9).map { S.day("2025-09", $0) }),
            ])
        // Then the agency's own work: the downloads that would show it, and the month's promotion
        // (¥200 spent for ¥400; August spent nothing, so no change is given).
        #expect(
            Array(d.execution.dropFirst(4).prefix(2)) == [
                .customerServiceDownloadMissing(platform: .taobao, typedInLateReplies: nil),
                .activityDownloadMissing(platform: .taobao, weeklyRequired: false),
            ])
        guard case .promotionSpend(let p) = d.execution.last else {
            Issue.record("expected the month's promotion: \(d.execution)")
            return
        }
        #expect(p.spend == Money(yuan: 200) && p.roi == 2 && p.spendChange == nil && !p.raisedUnderRedLine)
        #expect(d.cooperation == [.noPriceChangeSeen])
        let visitors: Double = 800.0 / 1000 - 1
        let natural: Double = 400.0 / 600 - 1
        #expect(
            d.market == [
                .visitorsChanged(visitorsChange: visitors, naturalVisitorsChange: natural),
                .peerTierDownloadMissing(platform: .taobao),
            ])
    }

    @Test func aQuietMonthSaysWhatTheExportsCannotShow() {
        let data = S.month("2025-09", orders: 20, search: 400, other: 400)
        let d = ThreeStepDiagnosis.diagnose(
            data: data, readBack: .none, figures: MonthFigures(data), previous: nil, anomalies: [])
        #expect(
            d.execution == [
                .noBreachFound, .customerServiceDownloadMissing(platform: .taobao, typedInLateReplies: nil),
                .activityDownloadMissing(platform: .taobao, weeklyRequired: false),
            ])
        #expect(d.cooperation == [.noPriceChangeSeen])
        #expect(d.market == [.peerTierDownloadMissing(platform: .taobao)])
    }

    @Test func aPreviousMonthWithoutFreeVisitorsGivesNoRateForThem() {
        let data = S.month("2025-09", orders: 20, search: 400, other: 400)
        let previous = MonthFigures(S.month("2025-08", orders: 20, search: 0, other: 400))
        let d = ThreeStepDiagnosis.diagnose(
            data: data, readBack: .none, figures: MonthFigures(data), previous: previous, anomalies: [])
        let visitors: Double = 800.0 / 400 - 1
        #expect(
            d.market == [
                .visitorsChanged(visitorsChange: visitors, naturalVisitorsChange: nil),
                .peerTierDownloadMissing(platform: .taobao),
            ])
    }
}
