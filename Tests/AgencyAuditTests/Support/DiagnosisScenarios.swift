@testable import AuditMeasure
@testable import AuditRecords

/// Small months built in code for the diagnosis, termination and settlement tests: each figure is
/// chosen so the expected results can be worked out by hand.
enum DiagnosisScenarios {
    static let here = RowLocation(file: "t.csv", line: 1)

    static func day(_ ym: String, _ d: Int) -> CalendarDay { YearMonth(ym)!.firstDay.adding(days: d - 1) }

    /// A month with `orders` orders of `yuan` each (refunding `refundYuan` each) and the given
    /// visitors per source on its first day; `search` and `other` nil for a month without a traffic export.
    static func month(
        _ ym: String, orders: Int, yuan: Int = 100, refundYuan: Int = 0, search: Int?, other: Int = 0,
        ads: [AdRecord] = []
    ) -> MonthData {
        let m = YearMonth(ym)!
        let list = Self.orders(ym, orders: orders, yuan: yuan, refundYuan: refundYuan)
        let traffic =
            search.map { search in
                [
                    TrafficRecord(
                        day: m.firstDay, source: TrafficSource(group: "淘内免费", name: "手淘搜索"), visitors: search,
                        payingBuyers: orders, location: here),
                    TrafficRecord(
                        day: m.firstDay, source: TrafficSource(group: "付费流量", name: "直通车"), visitors: other,
                        location: here),
                ]
            } ?? []
        return MonthData(month: m, orders: list, traffic: traffic, ads: ads)
    }

    /// The orders of `month(ym, orders:yuan:refundYuan:…)`, ids `<ym>-0`, `<ym>-1`, …
    static func orders(_ ym: String, orders: Int, yuan: Int = 100, refundYuan: Int = 0) -> [Order] {
        (0..<orders).map {
            Order(
                id: "\(ym)-\($0)", paidAmount: Money(yuan: yuan), refundAmount: Money(yuan: refundYuan),
                paidAt: LocalTime(day: YearMonth(ym)!.firstDay, hour: 10), location: here)
        }
    }

    static func ad(_ ym: String, day d: Int, campaign: String, spend: Int, sales: Int) -> AdRecord {
        AdRecord(
            day: day(ym, d), campaignName: campaign, spend: Money(yuan: spend), attributedSales: Money(yuan: sales),
            location: here)
    }

    static func anomaly(_ rule: RuleID, _ severity: Severity, days: [CalendarDay], orders: [String] = []) -> Anomaly {
        Anomaly(rule: rule, severity: severity, dates: days, orderIDs: orders)
    }
}
