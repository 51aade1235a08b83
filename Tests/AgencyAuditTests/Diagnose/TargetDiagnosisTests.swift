import Testing

@testable import AgencyAudit
@testable import AuditDetect
@testable import AuditDiagnose
@testable import AuditMeasure
@testable import AuditRecords

@Suite struct TargetDiagnosisTests {
    typealias S = DiagnosisScenarios
    static let search = TrafficSource(group: "淘内免费", name: "手淘搜索")

    /// August: 20 orders of ¥100 from 1,000 visitors (600 from search). September: the same orders from 800 (400 from search).
    static let august = S.month("2025-08", orders: 20, search: 600, other: 400)
    static let september = S.month("2025-09", orders: 20, search: 400, other: 400)

    static func findings(
        _ data: MonthData, previous: MonthData?, targets: [(MetricKey, Double)], anomalies: [Anomaly] = [],
        suspicious: Set<String> = [], readBack: OrderReadBack = .none
    ) -> [TargetFinding] {
        let metrics = MetricCalculator.measure(
            data, readBack: readBack, suspiciousOrderIDs: suspicious,
            targets: targets.map { Contract.Target(metric: $0.0, value: $0.1) })
        return TargetDiagnosis.diagnose(
            metrics: metrics, current: MonthFigures(data), previous: previous.map(MonthFigures.init),
            anomalies: anomalies, suspiciousOrderIDs: suspicious)
    }

    static func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) < 1e-12 }

    @Test func missedOrderTargetIsTracedToTheSourceThatLostVisitors() throws {
        let findings = Self.findings(Self.september, previous: Self.august, targets: [(.orders, 25)])
        let f = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(f.reasons.count == 3)
        guard case .ordersChanged(let orders, let visitors, let conversion) = f.reasons[0] else {
            Issue.record("\(f.reasons)")
            return
        }
        #expect(Self.close(orders, 20.0 / 20 - 1))
        #expect(Self.close(visitors, 800.0 / 1000 - 1))
        #expect(Self.close(conversion, (20.0 / 800) / (20.0 / 1000) - 1))
        #expect(
            Array(f.reasons.dropFirst()) == [
                .gapMainlyFrom(factor: .traffic),
                .biggestSourceDrop(source: Self.search, visitors: 400, previousVisitors: 600),
            ])
        #expect(f.actions == [.improve(factor: .traffic)])
    }

    @Test func withoutAPreviousMonthTheGapIsStatedAsVisitorsNeeded() {
        let data = S.month("2025-09", orders: 20, search: 600, other: 400)
        let f = Self.findings(data, previous: nil, targets: [(.gmv, 3000)])
        // ¥2,000 from 1,000 visitors: ¥3,000 needs 1,500 at the same conversion and order value.
        #expect(
            f.map(\.reasons) == [
                [
                    .visitorsNeeded(
                        conversion: 20.0 / 1000, averageOrderValue: Money(yuan: 100), neededVisitors: 1500,
                        visitors: 1000)
                ]
            ])
        #expect(f.map(\.actions) == [[.improve(factor: .traffic)]])
    }

    @Test func metTargetsSayWhatHeldUp() {
        let data = S.month("2025-09", orders: 20, search: 600, other: 400)
        let f = Self.findings(data, previous: nil, targets: [(.naturalTrafficShare, 0.4), (.orders, 10)])
        #expect(f.map(\.metric.isMet) == [true, true])
        #expect(
            f.map(\.reasons) == [[.targetMet], [.trafficMix(naturalVisitors: 600, visitors: 1000, paidVisitors: 400)]])
        #expect(f.map(\.actions) == [[.keepCurrentApproach], [.keepGrowingNaturalTraffic]])
    }

    @Test func aTargetWithoutDataNamesTheExportToAdd() {
        let f = Self.findings(
            S.month("2025-09", orders: 20, search: nil), previous: nil, targets: [(.visitors, 1000), (.adROI, 3)])
        #expect(f.map(\.reasons) == [[.missingData(export: .traffic)], [.missingData(export: .ads)]])
        #expect(f.map(\.actions) == [[.completeExport(export: .traffic)], [.completeExport(export: .ads)]])
    }

    @Test func withoutTrafficTheGapIsNotSplit() {
        let f = Self.findings(S.month("2025-09", orders: 20, search: nil), previous: nil, targets: [(.orders, 25)])
        #expect(f.map(\.reasons) == [[.gapNotSplit(orders: 20, averageOrderValue: Money(yuan: 100))]])
        #expect(f.map(\.actions) == [[.requestImprovementPlan]])
    }

    @Test func suspectedFakeOrdersAreCountedOutOfOrderBasedTargets() throws {
        // Two of September's orders are suspected; "X" is a suspected order of no target's month.
        let suspicious: Set = ["2025-09-0", "2025-09-1", "X"]
        let f = Self.findings(
            Self.september, previous: Self.august, targets: [(.orders, 25), (.gmv, 1000)], suspicious: suspicious,
            readBack: OrderReadBack(inMemory: S.orders("2025-09", orders: 20)))
        #expect(f.count == 2)
        let orders = try #require(f.first)
        let gmv = try #require(f.last)
        #expect(
            orders.reasons.last
                == .includesSuspectedFakeOrders(
                    orders: suspicious.count, valueExcludingThem: 18, attainmentExcludingThem: 18.0 / 25))
        #expect(orders.actions == [.improve(factor: .traffic), .explainSuspectedFakeOrders])
        // Sales met: the change is stated, no weakest factor is named.
        #expect(gmv.reasons.count == 2)
        guard case .salesChanged(let sales, let visitors, _, let orderValue) = gmv.reasons[0] else {
            Issue.record("\(gmv.reasons)")
            return
        }
        #expect(
            Self.close(sales, 2000.0 / 2000 - 1) && Self.close(visitors, 800.0 / 1000 - 1)
                && Self.close(orderValue, 100.0 / 100 - 1))
        #expect(
            gmv.reasons[1]
                == .includesSuspectedFakeOrders(
                    orders: suspicious.count, valueExcludingThem: 1800, attainmentExcludingThem: 1800.0 / 1000))
        #expect(gmv.actions == [.explainSuspectedFakeOrders])
    }

    @Test func aLowerOrderValueIsTheGapOfTheOrderValueTarget() {
        let data = S.month("2025-09", orders: 20, yuan: 90, search: 600, other: 400)
        let f = Self.findings(data, previous: Self.august, targets: [(.averageOrderValue, 100)])
        #expect(f.map { Array($0.reasons.dropFirst()) } == [[.gapMainlyFrom(factor: .orderValue)]])
        #expect(f.map(\.actions) == [[.improve(factor: .orderValue)]])
    }

    @Test func searchVisitorsAreGivenPerHalfMonthAndAgainstLastMonth() throws {
        let f = try #require(
            Self.findings(Self.september, previous: Self.august, targets: [(.searchVisitorsPerDay, 100)]).first)
        guard case .searchVisitorsPerDay(let perDay, let firstHalf, let secondHalf) = f.reasons[0],
            case .previousSearchVisitorsPerDay(let previous) = f.reasons[1]
        else {
            Issue.record("\(f.reasons)")
            return
        }
        // All 400 search visitors came on September 1st.
        #expect(Self.close(perDay, 400.0 / 30) && Self.close(firstHalf, 400.0 / 15) && secondHalf == 0)
        #expect(Self.close(previous, 600.0 / 31))
        #expect(f.reasons.count == 2)
        #expect(f.actions == [.improveSearchRanking])
    }

    @Test func conversionCountsMediumAndHighSurgesOnly() {
        let anomalies = [Severity.medium, .high, .low].enumerated().map { i, severity in
            S.anomaly(.trafficSourceSurge, severity, days: [S.day("2025-09", 3 + i)])
        }
        let f = Self.findings(Self.september, previous: nil, targets: [(.conversionRate, 0.05)], anomalies: anomalies)
        #expect(f.map(\.reasons) == [[.payingBuyers(buyers: 20, visitors: 800), .trafficSurges(sourceDays: 2)]])
        #expect(f.map(\.actions) == [[.improveDetailPageAndScreenTraffic]])
    }

    @Test func adTargetsNameTheWorstCampaignAndTheDaysOverTheLines() {
        let ads = [
            S.ad("2025-09", day: 1, campaign: "A", spend: 300, sales: 1500),
            S.ad("2025-09", day: 2, campaign: "B", spend: 200, sales: 300),
            S.ad("2025-09", day: 3, campaign: "B", spend: 100, sales: 100),
        ]
        let anomalies = [
            S.anomaly(.roiBelowRedLine, .medium, days: [S.day("2025-09", 2), S.day("2025-09", 3)]),
            S.anomaly(.roiBelowRedLine, .medium, days: [S.day("2025-09", 9)]),
            S.anomaly(.spendOverLimit, .medium, days: [S.day("2025-09", 1)]),
        ]
        let data = S.month("2025-09", orders: 20, search: 600, other: 400, ads: ads)
        let f = Self.findings(data, previous: nil, targets: [(.adROI, 4), (.adSpend, 1000)], anomalies: anomalies)
        let reasons: [TargetFinding.Reason] = [
            .adSpendAndSales(spend: Money(yuan: 600), sales: Money(yuan: 1900)),
            .worstCampaign(name: "B", roi: 400.0 / 300, spend: Money(yuan: 300)),
            .daysBelowROIRedLine(days: 3), .daysOverSpendLimit(days: 1),
        ]
        #expect(f.map(\.metric.key) == [.adSpend, .adROI])
        #expect(f.map(\.reasons) == [reasons, reasons])
        // ¥600 is within the ¥1,000 spend target; ROI 1900/600 is under 4.
        #expect(f.map(\.actions) == [[.keepBidding], [.cutLowROIBids]])
    }

    @Test func refundsAreGivenWithTheirShareOfSales() {
        let data = S.month("2025-09", orders: 20, refundYuan: 10, search: 600, other: 400)
        let f = Self.findings(data, previous: nil, targets: [(.refundRate, 0.05), (.refundAmount, 500)])
        let refunds = TargetFinding.Reason.refunds(amount: Money(yuan: 20 * 10), shareOfSales: 200.0 / 2000)
        #expect(f.map(\.reasons) == [[refunds], [refunds]])
        #expect(f.map(\.metric.key) == [.refundAmount, .refundRate])
        #expect(f.map(\.actions) == [[.keepAsIs], [.investigateRefunds]])
    }

    @Test func visitorsAreComparedWithTheMonthBefore() {
        let missed = Self.findings(Self.september, previous: Self.august, targets: [(.visitors, 1000)])
        #expect(
            missed.map(\.reasons) == [
                [
                    .visitorsChanged(change: 800.0 / 1000 - 1),
                    .biggestSourceDrop(source: Self.search, visitors: 400, previousVisitors: 600),
                ]
            ])
        #expect(missed.map(\.actions) == [[.improve(factor: .traffic)]])
        // The other way round no source lost visitors.
        let met = Self.findings(Self.august, previous: Self.september, targets: [(.visitors, 900)])
        #expect(met.map(\.reasons) == [[.visitorsChanged(change: 1000.0 / 800 - 1)]])
        #expect(met.map(\.actions) == [[.keepAsIs]])
    }
}
