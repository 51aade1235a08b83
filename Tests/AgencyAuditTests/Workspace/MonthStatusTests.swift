import Foundation
import Testing

@testable import AgencyAudit
@testable import AuditContract
@testable import AuditDetect
@testable import AuditMeasure
@testable import AuditRecords
@testable import AuditReport
@testable import MonthlyAudit

/// A month has one status — complete, withheld or unusable — and is never settled on figures that
/// cannot carry it: most order rows rejected, one of its order exports unreadable, another month's
/// download, part of the month, or copies that disagree.
@Suite struct MonthStatusTests {
    static let header = "订单编号,买家实际支付金额,订单状态,订单付款时间\n"

    /// A July contract: 300 orders a month, base fee ¥5,000, commission 3%.
    static func contract(proRata: Bool = false, extraTargets: String = "", termination: String = "") -> String {
        """
        {"store": {"name": "测试店"}, "fees": {"monthlyBase": 5000, "commissionTiers": [{"rate": 0.03}]},
         "stages": [{"name": "七月", "from": "2025-06", "to": "2025-08", "targets": {"orders": 300\(extraTargets)}}],
         "settlement": {"proRataPartialMonth": \(proRata)}\(termination)}
        """
    }

    static func store(_ files: [String: String], contract: String = contract()) throws -> URL {
        try WorkspaceEdgeCaseTests.store(files, contract: contract)
    }

    static func audit(_ root: URL) throws -> [MonthAuditResult] {
        try WorkspaceAudit(
            workspace: StoreWorkspace(root: root),
            outputRoot: root.deletingLastPathComponent().appendingPathComponent("out")
        ).run(months: nil).map(\.result)
    }

    /// `perDay` paid orders on each of `days` of July 2025 (ids from `firstID`), as order rows.
    static func rows(days: some Sequence<Int>, perDay: Int = 10, firstID: Int = 1, month: String = "2025-07") -> String
    {
        var id = firstID
        var text = ""
        for day in days {
            for k in 0..<perDay {
                text += "\(id),99.00,交易成功,\(month)-\(String(format: "%02d", day)) 1\(k % 10):00:00\n"
                id += 1
            }
        }
        return text
    }

    @Test func aCompleteMonthIsSettled() throws {
        let r = try Self.audit(try Self.store(["exports/2025-07/a.csv": Self.header + Self.rows(days: 1...31)]))[0]
        #expect(r.status == .complete)
        #expect(r.completeness.gaps.isEmpty)
        #expect(r.settlement.payable != nil)
    }

    /// 859 of 955 rows rejected once gave a fee with a deduction: above 1% of the paid-order rows
    /// the month is held and the rows are named; every row rejected leaves nothing to judge.
    @Test func rejectedPaidOrderRowsAboveOnePercentHoldTheSettlement() throws {
        var text = Self.header + Self.rows(days: 1...31)  // 310 orders
        for i in 0..<4 { text += "\(9000 + i),99..00,交易成功,2025-07-0\(i + 1) 10:00:00\n" }
        // An unpaid order's rejected row does not count against the month.
        text += "9100,12..00,等待买家付款,2025-07-05 10:00:00\n"
        let r = try Self.audit(try Self.store(["exports/2025-07/a.csv": text]))[0]
        #expect(r.status == .withheld)
        guard case .rejectedOrderRows(let rejected, let paidRows, let named)? = r.completeness.gaps.first else {
            Issue.record("\(r.completeness.gaps)")
            return
        }
        #expect(rejected == 4)
        #expect(paidRows == 314)
        #expect(named.map(\.description) == (312...315).map { "exports/2025-07/a.csv:\($0)" })
        #expect(r.settlement.payable == nil)
        #expect(r.termination.warnings.isEmpty, "a held month is not judged below target")
        #expect(r.warningSentences.contains { $0.hasPrefix("已跳过规则「订单多于访客买家」") })
    }

    @Test func oneRejectedRowInThreeHundredIsTolerated() throws {
        let text = Self.header + Self.rows(days: 1...31) + "9000,99..00,交易成功,2025-07-03 10:00:00\n"
        let r = try Self.audit(try Self.store(["exports/2025-07/a.csv": text]))[0]
        #expect(r.status == .complete)
        #expect(r.totalCounts.rejected == 1)
    }

    @Test func everyOrderRowRejectedLeavesTheMonthUnusable() throws {
        let text = Self.header + (1...20).map { "\($0),99..00,交易成功,2025-07-03 10:00:00\n" }.joined()
        let r = try Self.audit(try Self.store(["exports/2025-07/a.csv": text]))[0]
        #expect(r.status == .unusable)
        #expect(r.settlement.payable == nil)
        #expect(
            r.settlement.withheld.contains(
                .incompleteData(
                    .rejectedOrderRows(
                        rejected: 20, paidRows: 20,
                        rows: (2...6).map { RowLocation(file: "exports/2025-07/a.csv", line: $0) }))))
    }

    /// One of two order exports unreadable: the month is missing part of its orders, so it is held
    /// and the rule comparing orders with the traffic export does not run.
    @Test func aSecondOrderExportThatCannotBeUsedHoldsTheMonth() throws {
        let r = try Self.audit(
            try Self.store([
                "exports/2025-07/a.csv": Self.header + Self.rows(days: 1...31),
                "exports/2025-07/b.csv": "订单编号,订单状态,订单付款时间,收货地址\n1,交易成功,2025-07-01,x\n",
            ]))[0]
        #expect(r.status == .withheld)
        #expect(r.completeness.gaps == [.unreadableExports(kind: .orders, files: ["exports/2025-07/b.csv"])])
        #expect(r.completeness.ordersIncomplete)
        #expect(!r.anomalies.contains { $0.rule == .ordersBuyersMismatch })
        #expect(r.warningSentences.contains { $0.hasPrefix("已跳过规则「订单多于访客买家」（orders-buyers-mismatch）") })
        #expect(Detector.rulesForIncompleteOrders.map(\.id).contains(.ordersBuyersMismatch) == false)
        #expect(Detector.rulesForIncompleteOrders.count == Detector.standardRules.count - 1)
    }

    /// The order export in July's folder is June's: named as such, nothing to judge July on.
    @Test func anotherMonthsOrderExportLeavesTheMonthUnusable() throws {
        let root = try Self.store([
            "exports/2025-06/a.csv": Self.header + Self.rows(days: 1...30, month: "2025-06"),
            "exports/2025-07/a.csv": Self.header + Self.rows(days: 1...30, month: "2025-06"),
        ])
        let results = try Self.audit(root)
        let july = results[1]
        #expect(july.status == .unusable)
        #expect(july.metric(.orders)?.actual == 0)
        #expect(
            july.completeness.gaps == [
                .otherMonthsExport(
                    file: "exports/2025-07/a.csv", kind: .orders, months: [YearMonth(year: 2025, month: 6)], rows: 300)
            ])
        #expect(july.settlement.payable == nil)
        #expect(july.termination.grounds.isEmpty && july.termination.warnings.isEmpty)
        // Beside July's own export, a stray June download is only named.
        let mixed = try Self.audit(
            try Self.store([
                "exports/2025-07/a.csv": Self.header + Self.rows(days: 1...31),
                "exports/2025-07/old.csv": Self.header + Self.rows(days: 1...30, firstID: 5000, month: "2025-06"),
            ]))[0]
        #expect(mixed.status == .complete)
        #expect(mixed.settlement.payable != nil)
        #expect(mixed.completeness.gaps.count == 1)
    }

    /// Days 1–15 only: the covered days are stated and the month is held, unless the contract
    /// judges a partial month pro rata — then the orders target is scaled to 15/31.
    @Test func anExportCoveringPartOfTheMonthIsHeldUnlessTheContractSaysProRata() throws {
        let files = ["exports/2025-07/a.csv": Self.header + Self.rows(days: 1...15)]
        let held = try Self.audit(try Self.store(files))[0]
        #expect(held.status == .withheld)
        let first = CalendarDay(year: 2025, month: 7, day: 1)!
        let fifteenth = CalendarDay(year: 2025, month: 7, day: 15)!
        #expect(
            held.completeness.gaps == [.partialMonth(kind: .orders, first: first, last: fifteenth, daysInMonth: 31)])
        #expect(held.settlement.payable == nil)
        let proRata = try Self.audit(try Self.store(files, contract: Self.contract(proRata: true)))[0]
        #expect(proRata.status == .complete)
        #expect(proRata.proRata)
        let target = try #require(proRata.metric(.orders)?.target)
        #expect(abs(target - 300.0 * 15 / 31) < 1e-9)
        #expect(proRata.metric(.orders)?.actual == 150)
        #expect(proRata.metric(.orders)?.isMet == true)
        // 150 of 145.16: met, so no deduction; commission 3% of 150 × ¥99.
        #expect(proRata.settlement.deduction == .zero)
        #expect(proRata.settlement.commission == Money(cents: 44_550))
    }

    /// A store that sells on weekdays only ends the month on a quiet weekend: its usual rhythm,
    /// not a gap. (July 2025 ends on Thursday; August 2025 ends on Sunday the 31st.)
    @Test func aQuietWeekendAtTheEndIsNotAPartialMonth() throws {
        let weekdays = (1...31).filter { CalendarDay(year: 2025, month: 8, day: $0)!.weekday < 5 }
        #expect(!weekdays.contains(30) && !weekdays.contains(31))
        let r = try Self.audit(
            try Self.store(["exports/2025-08/a.csv": Self.header + Self.rows(days: weekdays, month: "2025-08")]))[0]
        #expect(r.completeness.gaps.isEmpty, "\(r.completeness.gaps)")
        // Only ten orders, all on the first day: too few to call the rest of the month missing.
        let few = try Self.audit(
            try Self.store(["exports/2025-07/a.csv": Self.header + Self.rows(days: [1], perDay: 9)]))[0]
        #expect(few.completeness.gaps.isEmpty)
    }

    /// Two copies of the same orders that disagree: a high finding with both values and both files,
    /// the month held; copies that agree stay a note.
    @Test func copiesThatDisagreeAreAFindingAndHoldTheMonth() throws {
        let real = Self.header + Self.rows(days: 1...31)
        let doctored =
            Self.header
            + "1,198.00,交易成功,2025-07-01 10:00:00\n2,99.00,交易关闭,2025-07-01 11:00:00\n3,99.00,交易成功,2025-07-01 12:00:00\n"
        let r = try Self.audit(try Self.store(["exports/2025-07/a.csv": real, "exports/2025-07/b.csv": doctored]))[0]
        #expect(r.status == .withheld)
        #expect(
            r.completeness.gaps == [
                .conflictingCopies(
                    kind: .orders, records: 2, files: ["exports/2025-07/a.csv", "exports/2025-07/b.csv"])
            ])
        let finding = try #require(r.anomalies.first { $0.rule == .conflictingCopies })
        #expect(finding.severity == .high)
        #expect(finding.orderIDs == ["1", "2"])
        let examples = try #require(finding.facts.value(.examples))
        #expect(
            examples
                == .list([
                    .group([
                        Fact(.orderId, .text("1")),
                        Fact(.paidAmount, .list([.money(Money(cents: 9900)), .money(Money(cents: 19800))])),
                    ]),
                    .group([Fact(.orderId, .text("2")), Fact(.orderStatus, .list([.text("paid"), .text("closed")]))]),
                ]))
        #expect(finding.facts.value(.firstFile) == .text("exports/2025-07/a.csv"))
        #expect(r.orderRisks.isEmpty, "copies that disagree are not suspected fake orders")
        #expect(r.warningSentences.contains("1 个订单在导出中重复出现（内容相同）：只计一次"))
        #expect(r.metric(.gmv)?.actual == 30_690.0, "the first copy counts: 310 × ¥99")
        let same = try Self.audit(try Self.store(["exports/2025-07/a.csv": real, "exports/2025-07/b.csv": real]))[0]
        #expect(same.status == .complete)
        #expect(same.warningSentences.contains("310 个订单在导出中重复出现（内容相同）：只计一次"))
    }

    /// A doctored traffic or promotion copy named to be read first decides nothing: the day's rows
    /// that disagree are a finding with both values, and the month is held when the contract judges
    /// a figure they feed. A faithful one-day download beside the month's stays a duplicate.
    @Test func trafficAndAdCopiesThatDisagreeAreFindings() throws {
        func traffic(_ visitors: (Int) -> Int) -> String {
            "统计日期,一级来源,二级来源,访客数,支付买家数\n"
                + (1...31).map { "2025-07-\(String(format: "%02d", $0)),淘内免费,手淘搜索,\(visitors($0)),20\n" }.joined()
        }
        let ads =
            "日期,计划名称,计划ID,花费,总成交金额\n"
            + (1...31).map { "2025-07-\(String(format: "%02d", $0)),计划A,1,300.00,900.00\n" }.joined()
        let doctoredAds = "日期,计划名称,计划ID,花费,总成交金额\n2025-07-03,计划A,1,30.00,9000.00\n"
        let files = [
            "exports/2025-07/a.csv": Self.header + Self.rows(days: 1...31),
            "exports/2025-07/0-traffic.csv": traffic { $0 == 5 ? 5000 : 500 },
            "exports/2025-07/1-traffic.csv": traffic { _ in 500 },
            "exports/2025-07/1-oneday.csv": "统计日期,一级来源,二级来源,访客数,支付买家数\n2025-07-09,淘内免费,手淘搜索,500,20\n",
            "exports/2025-07/ads.csv": ads, "exports/2025-07/ads-copy.csv": doctoredAds,
        ]
        let r = try Self.audit(try Self.store(files, contract: Self.contract(extraTargets: #", "visitors": 10000"#)))[0]
        #expect(
            r.completeness.gaps == [
                .conflictingCopies(
                    kind: .traffic, records: 1,
                    files: ["exports/2025-07/0-traffic.csv", "exports/2025-07/1-traffic.csv"]),
                .conflictingCopies(
                    kind: .ads, records: 1, files: ["exports/2025-07/ads-copy.csv", "exports/2025-07/ads.csv"]),
            ])
        #expect(r.status == .withheld)
        // Held for the traffic (a visitors target), not for the ads (no ad target): the reasons say which.
        #expect(r.settlement.withheld.count == 1)
        let findings = r.anomalies.filter { $0.rule == .conflictingCopies }
        #expect(findings.map(\.dates.description) == ["[2025-07-03]", "[2025-07-05]"])
        let wording = AnomalyWording(masker: PIIMasker())
        #expect(
            wording.chinese(findings[1]).hasPrefix(
                "exports/2025-07/0-traffic.csv 与 exports/2025-07/1-traffic.csv 有 1 行流量是同一天、同一来源、内容不同：2025-07-05 淘内免费/手淘搜索 访客数 5,000 / 500"
            ),
            "\(wording.chinese(findings[1]))")
        #expect(
            wording.chinese(findings[0]).contains("2025-07-03 计划A (1) 花费 ¥30.00 / ¥300.00，成交金额 ¥9,000.00 / ¥900.00"))
    }

    /// A 服务单 in two 售后明细 copies with another refund: a finding, and the month is held when
    /// the contract judges refunds.
    @Test func refundCopiesThatDisagreeAreAFinding() throws {
        let refunds = "服务单号,订单号,申请时间,退款金额\n7001,5,2025-07-06 10:00:00,99.00\n7002,6,2025-07-06 11:00:00,99.00\n"
        let doctored = "服务单号,订单号,申请时间,退款金额\n7001,5,2025-07-06 10:00:00,9.90\n7002,6,2025-07-06 11:00:00,99.00\n"
        let files = [
            "exports/2025-07/a.csv": Self.header + Self.rows(days: 1...31),
            "exports/2025-07/售后明细_1.csv": doctored, "exports/2025-07/售后明细_2.csv": refunds,
        ]
        let r = try Self.audit(try Self.store(files, contract: Self.contract(extraTargets: #", "refundAmount": 500"#)))[
            0]
        #expect(
            r.completeness.gaps == [
                .conflictingCopies(
                    kind: .refunds, records: 1, files: ["exports/2025-07/售后明细_1.csv", "exports/2025-07/售后明细_2.csv"])
            ])
        #expect(r.status == .withheld)
        #expect(r.metric(.refundAmount)?.actual == 108.9, "the copy read first counts: ¥9.90 + ¥99.00")
        let finding = try #require(r.anomalies.first { $0.rule == .conflictingCopies })
        #expect(AnomalyWording(masker: PIIMasker()).chinese(finding).contains("服务单 7001 退款 ¥9.90 / ¥99.00"))
    }

    /// 抖店 writes one row per 子订单: the parts of an order in a second file add up before the
    /// copies are compared, so a faithful copy is no conflict and a changed part is.
    @Test func douyinCopiesAreComparedAsWholeOrders() throws {
        let header =
            "主订单编号,子订单编号,选购商品,商品数量,订单应付金额,收件人,收件人手机号,详细地址,订单提交时间,支付完成时间,订单状态,售后状态\n"
        func order(_ id: Int, _ amounts: [String]) -> String {
            amounts.enumerated().map { k, amount in
                "\(id),\(id)\(k),商品\(k),1,\(amount),张三,13800001111,浙江省杭州市西湖区文三路1号,2025-07-02 10:00:00,2025-07-02 10:00:30,已完成,-\n"
            }.joined()
        }
        let first = header + (1...40).map { order(690_000 + $0, ["30.00", "10.00"]) }.joined()
        let faithful = try Self.audit(
            try Self.store(["exports/2025-07/a.csv": first, "exports/2025-07/b.csv": first]))[0]
        #expect(faithful.completeness.gaps.filter { if case .conflictingCopies = $0 { true } else { false } }.isEmpty)
        let changed = header + order(690_001, ["30.00", "20.00"])
        let r = try Self.audit(try Self.store(["exports/2025-07/a.csv": first, "exports/2025-07/b.csv": changed]))[0]
        #expect(
            r.completeness.gaps.contains(
                .conflictingCopies(
                    kind: .orders, records: 1, files: ["exports/2025-07/a.csv", "exports/2025-07/b.csv"])))
    }

    /// A held month neither meets nor misses: it does not make a run of months below target.
    @Test func aHeldMonthIsNotCountedAsMissed() throws {
        let root = try Self.store(
            [
                "exports/2025-06/a.csv": Self.header + Self.rows(days: 1...30, perDay: 2, month: "2025-06"),
                "exports/2025-07/a.csv": Self.header + Self.rows(days: 1...10, perDay: 2, firstID: 100),
            ],
            contract: Self.contract(termination: #", "termination": {"consecutiveMonthsBelow": 2, "missBelow": 0.8}"#))
        let results = try Self.audit(root)
        #expect(results[0].status == .complete)
        #expect(results[0].termination.warnings.count == 1, "June: 60 of 300, below 80%")
        #expect(results[1].status == .withheld)
        #expect(results[1].termination.grounds.isEmpty, "\(results[1].termination.grounds)")
    }

    /// A contract paying commission on sales cannot settle a month without an order export.
    @Test func commissionWithoutAnOrderExportHoldsTheMonth() throws {
        let traffic =
            "统计日期,一级来源,二级来源,访客数,支付买家数\n"
            + (1...31).map { "2025-07-\(String(format: "%02d", $0)),淘内免费,手淘搜索,500,20\n" }.joined()
        let r = try Self.audit(
            try Self.store(
                ["exports/2025-07/t.csv": traffic],
                contract: Self.contract().replacingOccurrences(of: #""orders": 300"#, with: #""visitors": 10000"#)))[0]
        #expect(r.settlement.withheld == [.commissionWithoutSales])
        #expect(r.status == .withheld)
    }

    /// Traffic that covers days 1–20 holds a month judged on visitors, and is only a note otherwise.
    @Test func trafficCoveringPartOfTheMonthHoldsOnlyATrafficTarget() throws {
        let traffic =
            "统计日期,一级来源,二级来源,访客数,支付买家数\n"
            + (1...20).map { "2025-07-\(String(format: "%02d", $0)),淘内免费,手淘搜索,500,20\n" }.joined()
        let files = ["exports/2025-07/a.csv": Self.header + Self.rows(days: 1...31), "exports/2025-07/t.csv": traffic]
        let noTarget = try Self.audit(try Self.store(files))[0]
        #expect(noTarget.status == .complete)
        #expect(noTarget.completeness.gaps.count == 1)
        let targeted = try Self.audit(
            try Self.store(files, contract: Self.contract(extraTargets: #", "visitors": 10000"#)))[0]
        #expect(targeted.status == .withheld)
    }
}
