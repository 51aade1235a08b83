@testable import AgencyAudit
@testable import AuditDiagnose
@testable import AuditMeasure
@testable import AuditRecords
import Testing

@Suite struct ThreeStepDiagnosisTests {
    static let here = RowLocation(file: "t.csv", line: 1)

    static func order(_ id: String, day: Int, yuan: Int, item: String = "连衣裙", quantity: Int = 1) -> Order {
        Order(id: id, paidAmount: Money(yuan: yuan * quantity), paidAt: LocalTime(day: CalendarDay(year: 2025, month: 9, day: day)!, hour: 10),
              itemTitle: item, quantity: quantity, location: here)
    }

    @Test func aUnitPriceMovedMoreThanTenPercentIsNamedWithItsDays() {
        var orders = (0..<3).map { Self.order("a\($0)", day: 1, yuan: 100) } + (0..<3).map { Self.order("b\($0)", day: 2, yuan: 120) }
        orders.append(Self.order("coupon", day: 2, yuan: 90))          // one discounted order does not move the day's price
        orders.append(Self.order("two", day: 1, yuan: 100, quantity: 2))  // unit price, not order amount
        orders += (0..<3).map { Self.order("c\($0)", day: 3, yuan: 50, item: "T恤") }
        let data = MonthData(month: YearMonth(year: 2025, month: 9), orders: orders, traffic: [], ads: [])
        let changes = ThreeStepDiagnosis.priceChanges(data, readBack: OrderReadBack(inMemory: orders))
        #expect(changes == ["「连衣裙」单价在 ¥100.00（2025-09-01）与 ¥120.00（2025-09-02）之间变动 20.0%，超过 10% 需商家批准：请核实是谁改的价"])
    }
}
