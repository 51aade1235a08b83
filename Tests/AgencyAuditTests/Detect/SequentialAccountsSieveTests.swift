import Testing

@testable import AgencyAudit
@testable import AuditDetect
@testable import AuditMeasure
@testable import AuditRecords

/// The sequential-accounts rule first keeps only accounts with enough close numbers; it must never
/// drop a member of a run (numbers at most `maxStep` apart, `minOrders` or more distinct ones).
@Suite struct SequentialAccountsSieveTests {
    /// Every row whose number is in a run, found by sorting each (item, prefix) group's numbers.
    static func runMembers(_ paid: [OrderRecord], minOrders: Int, maxStep: Int) -> Set<Int> {
        var groups: [UInt64: [Int]] = [:]
        for i in paid.indices where paid[i].accountPrefix != 0 {
            groups[SequentialAccountsRule.itemAndPrefix(paid[i]), default: []].append(i)
        }
        var members = Set<Int>()
        for rows in groups.values {
            let numbers = Array(Set(rows.map { paid[$0].accountNumber })).sorted()
            var start = 0
            for k in 1...numbers.count where k == numbers.count || numbers[k] - numbers[k - 1] > Int64(maxStep) {
                if k - start >= minOrders {
                    let inRun = Set(numbers[start..<k])
                    members.formUnion(rows.filter { inRun.contains(paid[$0].accountNumber) })
                }
                start = k
            }
        }
        return members
    }

    @Test(arguments: 1...12)
    func noRunMemberIsLeftOut(seed: UInt64) {
        var rng = TestRandom(seed: seed)
        let items = ["冰丝防晒袖套", "连衣裙", "半身裙"]
        let prefixes = ["tb_", "t_", "jd_user"]
        // Numbers from a narrow range, so runs of every length (and near misses) occur by chance.
        let orders = (0..<3000).map { i in
            Order(
                id: "\(i + 1)", buyer: prefixes[Int(rng.next() % 3)] + String(100_000 + Int(rng.next() % 4000)),
                paidAmount: Money(cents: 990),
                paidAt: LocalTime(day: CalendarDay(year: 2025, month: 9, day: 1 + i % 28)!),
                itemTitle: items[Int(rng.next() % 3)], location: RowLocation(file: "t.csv", line: i + 2))
        }
        let paid = MonthData(month: YearMonth(year: 2025, month: 9), orders: orders, traffic: [], ads: []).paidOrders
        for (minOrders, maxStep) in [(4, 3), (3, 1), (5, 7), (2, 2)] {
            var rule = SequentialAccountsRule()
            rule.minOrders = minOrders
            rule.maxStep = maxStep
            let kept = Set(rule.rowsWithCloseNumbers(paid))
            let members = Self.runMembers(paid, minOrders: minOrders, maxStep: maxStep)
            #expect(!members.isEmpty, "min \(minOrders) step \(maxStep): no run to check")
            #expect(
                members.isSubset(of: kept),
                "min \(minOrders) step \(maxStep): \(members.subtracting(kept).count) run members dropped")
            // And it does leave rows out (else it would be no sieve).
            #expect(kept.count < paid.count)
        }
    }
}
