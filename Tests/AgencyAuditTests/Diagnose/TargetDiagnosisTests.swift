@testable import AgencyAudit
@testable import AuditDiagnose
@testable import AuditMeasure
@testable import AuditRecords
import Testing

@Suite struct TargetDiagnosisTests {
    static let here = RowLocation(file: "t.csv", line: 1)

    /// A month with `orders` orders of ¥100 each and the given visitors per source on its first day.
    static func month(_ ym: String, orders: Int, search: Int, other: Int) -> MonthData {
        let m = YearMonth(ym)!
        let list = (0..<orders).map { Order(id: "\(ym)-\($0)", paidAmount: Money(yuan: 100), paidAt: LocalTime(day: m.firstDay, hour: 10), location: here) }
        let traffic = [
            TrafficRecord(day: m.firstDay, source: TrafficSource(group: "淘内免费", name: "手淘搜索"), visitors: search, payingBuyers: orders, location: here),
            TrafficRecord(day: m.firstDay, source: TrafficSource(group: "付费流量", name: "直通车"), visitors: other, location: here),
        ]
        return MonthData(month: m, orders: list, traffic: traffic, ads: [])
    }

    @Test func missedOrderTargetIsTracedToTheSourceThatLostVisitors() {
        let previous = MonthFigures(Self.month("2025-08", orders: 20, search: 600, other: 400))
        let data = Self.month("2025-09", orders: 20, search: 400, other: 400)
        let current = MonthFigures(data)
        let metrics = MetricCalculator.measure(data, readBack: .none, suspiciousOrderIDs: [], targets: [Contract.Target(metric: .orders, value: 25)])
        let findings = TargetDiagnosis.diagnose(metrics: metrics, current: current, previous: previous, anomalies: [], suspiciousOrderIDs: [])
        #expect(findings.count == 1)
        let reason = findings[0].reason
        #expect(reason.contains("较上月支付订单 +0.0%：访客 -20.0%，订单转化率 +25.0%"), "\(reason)")
        #expect(reason.contains("缺口主要来自流量"))
        #expect(reason.contains("降幅最大的来源：淘内免费/手淘搜索 -200（-33.3%）"), "\(reason)")
        #expect(findings[0].action.contains("提升流量"))
    }

    @Test func withoutAPreviousMonthTheGapIsStatedAsVisitorsNeeded() {
        let data = Self.month("2025-09", orders: 20, search: 600, other: 400)
        let metrics = MetricCalculator.measure(data, readBack: .none, suspiciousOrderIDs: [], targets: [Contract.Target(metric: .gmv, value: 3000)])
        let findings = TargetDiagnosis.diagnose(metrics: metrics, current: MonthFigures(data), previous: nil, anomalies: [], suspiciousOrderIDs: [])
        // ¥2,000 from 1,000 visitors: ¥3,000 needs 1,500 at the same conversion and order value.
        #expect(findings[0].reason.contains("需访客 1,500，实际 1,000"), "\(findings[0].reason)")
    }

    @Test func metTargetsSayWhatHeldUp() {
        let data = Self.month("2025-09", orders: 20, search: 600, other: 400)
        let metrics = MetricCalculator.measure(data, readBack: .none, suspiciousOrderIDs: [], targets: [Contract.Target(metric: .naturalTrafficShare, value: 0.4)])
        let f = TargetDiagnosis.diagnose(metrics: metrics, current: MonthFigures(data), previous: nil, anomalies: [], suspiciousOrderIDs: [])
        #expect(f[0].metric.isMet == true)
        #expect(f[0].reason == "淘内免费访客 600 / 全部 1,000；付费流量访客 400（40.0%）")
    }
}
