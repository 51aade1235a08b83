import Testing

@testable import AgencyAudit
@testable import AuditDetect
@testable import AuditMeasure
@testable import AuditRecords

/// 拼多多 orders without 订单成交时间 are dated 00:00 of the day in their number: every rule that
/// needs a time of day must leave them out, or a day's untimed orders would look like a burst.
@Suite struct TimeUnknownOrdersTests {
    let context = DetectionContext(
        limits: Contract.Limits(dailyAdSpend: Money(yuan: 500), roiRedLine: 1.5, roiRedLineDays: 3))

    /// Six orders on the 14th: every 20 minutes from 10:00, or (untimed) all at 00:00 with the flag.
    static func six(untimed: Bool, _ make: (Int, LocalTime) -> Order) -> [Order] {
        (0..<6).map { i in
            var o = make(i, untimed ? RuleTests.at(14, 0) : RuleTests.at(14, 10, i * 20))
            o.timeUnknown = untimed
            return o
        }
    }

    static let oneAddress: @Sendable (Int, LocalTime) -> Order = { i, t in
        RuleTests.order(
            "A\(i)", t, buyer: "buyer\(i)x", name: "买家\(i)", phone: "1390000100\(i)",
            address: "浙江省 杭州市 西湖区 文三路100号3幢201室")
    }
    static let onePhone: @Sendable (Int, LocalTime) -> Order = { i, t in
        RuleTests.order(
            "P\(i)", t, buyer: "buyer\(i)y", name: "名\(i)", phone: "13900002222",
            address: "浙江省 杭州市 西湖区 教工路\(i + 1)号")
    }
    static let numberedAccounts: @Sendable (Int, LocalTime) -> Order = { i, t in
        RuleTests.order(
            "S\(i)", t, buyer: "pdd_88000\(i)", name: "客\(i)", phone: "1370000300\(i)",
            address: "江苏省 南京市 鼓楼区 中山路\(i + 10)号")
    }
    static let noTracking: @Sendable (Int, LocalTime) -> Order = { i, t in
        RuleTests.order(
            "N\(i)", t, buyer: "nb\(i)z", name: "收\(i)", phone: "1350000400\(i)",
            address: "广东省 广州市 天河区 体育西路\(i + 20)号")
    }

    /// A timed order with a tracking number on another day, so the month has tracking numbers.
    static let tracked: Order = {
        var o = RuleTests.order(
            "T1", RuleTests.at(3, 9), buyer: "t1", name: "甲", phone: "13600005555", address: "北京市 朝阳区 建国路1号")
        o.logisticsNumber = "YT7000000000001"
        return o
    }()

    func findings(_ rule: some DetectionRule, _ orders: [Order]) -> [Anomaly] {
        rule.detect(
            in: MonthData(month: RuleTests.month, orders: orders, traffic: [], ads: []),
            context: context.readingBack(orders)
        ).filter { $0.severity >= .medium }
    }

    @Test func sameAddressClusterLeavesUntimedOrdersOut() {
        #expect(findings(SameAddressClusterRule(), Self.six(untimed: false, Self.oneAddress)).count == 1)
        #expect(findings(SameAddressClusterRule(), Self.six(untimed: true, Self.oneAddress)).isEmpty)
    }

    @Test func samePhoneClusterLeavesUntimedOrdersOut() {
        #expect(findings(SamePhoneClusterRule(), Self.six(untimed: false, Self.onePhone)).count == 1)
        #expect(findings(SamePhoneClusterRule(), Self.six(untimed: true, Self.onePhone)).isEmpty)
    }

    @Test func sequentialAccountsLeavesUntimedOrdersOut() {
        #expect(findings(SequentialAccountsRule(), Self.six(untimed: false, Self.numberedAccounts)).count == 1)
        #expect(findings(SequentialAccountsRule(), Self.six(untimed: true, Self.numberedAccounts)).isEmpty)
    }

    @Test func shippedWithoutLogisticsLeavesUntimedOrdersOut() {
        #expect(
            findings(ShippedWithoutLogisticsRule(), Self.six(untimed: false, Self.noTracking) + [Self.tracked]).count
                == 1)
        #expect(
            findings(ShippedWithoutLogisticsRule(), Self.six(untimed: true, Self.noTracking) + [Self.tracked]).isEmpty)
    }

    @Test func linkedOrdersLeavesUntimedOrdersOut() {
        let ring = LinkedOrdersRuleTests.ring()
        let untimed = ring.map { o in
            var u = o
            u.paidAt = RuleTests.at(17, 0)
            u.timeUnknown = true
            return u
        }
        #expect(findings(LinkedOrdersRule(), ring).count == 1)
        #expect(findings(LinkedOrdersRule(), untimed).isEmpty)
    }

    /// Timed orders at the address are still found; the untimed ones beside them are not named.
    @Test func aFindingNamesOnlyTheTimedOrders() {
        let timed = Self.six(untimed: false, Self.oneAddress)
        let untimed = Self.six(untimed: true, Self.oneAddress).map { o in
            var u = o
            u.id = "U" + o.id
            return u
        }
        let found = findings(SameAddressClusterRule(), timed + untimed)
        #expect(found.count == 1)
        #expect(found.first?.orderIDs.sorted() == timed.map(\.id).sorted())
    }
}
