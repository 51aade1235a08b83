import AuditReport
import Testing

@testable import AuditDetect
@testable import AuditMeasure
@testable import AuditRecords

/// Batches of consecutive waybills (空包 with genuine numbers) against a store's own daily e-waybill runs.
@Suite struct WaybillBatchRuleTests {
    static let items: [(String, Int64)] = [
        ("法式复古碎花连衣裙", 23_900), ("高腰阔腿牛仔裤", 12_900), ("纯棉短袖T恤", 5_900), ("针织开衫", 8_900),
        ("真丝衬衫", 19_900),
    ]
    static let zto: UInt64 = 731_204_880_000
    static let sf: UInt64 = 1_402_337_150_000

    /// A store shipping 20 days: 30 orders a day by 中通 from its block, in sequence with a few
    /// numbers skipped, and 3 a day by 顺丰 (`SF` numbers) — every order a different buyer.
    static func storeMonth() -> [Order] {
        var orders: [Order] = []
        for d in 1...20 {
            var n = zto + UInt64(d) * 4_000
            for k in 0..<30 {
                let item = items[(d + k) % items.count]
                var o = order(
                    "Z\(d)-\(k)", RuleTests.at(d, 9 + k % 12, k), n: "\(d)-\(k)", item: item.0, amount: item.1)
                o.carrier = "中通快递"
                o.logisticsNumber = String(n)
                n += k % 7 == 3 ? 3 : 1
                orders.append(o)
            }
            for k in 0..<3 {
                var o = order(
                    "S\(d)-\(k)", RuleTests.at(d, 15, k * 9), n: "s\(d)-\(k)", item: items[0].0, amount: 23_900)
                o.carrier = "顺丰速运"
                o.logisticsNumber = "SF\(sf + UInt64(d) * 50 + UInt64(k))"
                orders.append(o)
            }
        }
        return orders
    }

    static func order(_ id: String, _ time: LocalTime, n: String, item: String, amount: Int64) -> Order {
        RuleTests.order(
            id, time, buyer: "buyer\(n)", name: "收货人\(n)", phone: "", address: "某市某区某路\(n)号", item: item,
            amount: amount)
    }

    /// `count` unrelated buyers of the 9.9 item paying 20 minutes apart from 13:00 on `day`, with
    /// the waybills `numbers` of `carrier`.
    static func batch(
        _ tag: String, day: Int, carrier: String, numbers: [String], item: String = "【9.9包邮】冰丝防晒袖套",
        amount: Int64 = 990
    ) -> [Order] {
        numbers.enumerated().map { k, number in
            var o = order("\(tag)\(k)", RuleTests.at(day, 13, k * 20), n: "\(tag)\(k)", item: item, amount: amount)
            o.carrier = carrier
            o.logisticsNumber = number
            return o
        }
    }

    let context = RuleTests().context

    func findings(_ orders: [Order]) -> [Anomaly] {
        WaybillBatchRule().detect(
            in: MonthData(month: RuleTests.month, orders: orders, traffic: [], ads: []),
            context: context.readingBack(orders))
    }

    @Test func theStoresOwnDailyRunsAreClean() {
        let orders = Self.storeMonth()
        // Each day's 30 中通 numbers are a run of consecutive numbers across 30 buyers within hours.
        #expect(findings(orders).isEmpty)
    }

    @Test func aBatchOfACarrierTheStoreDoesNotUseIsHigh() {
        // 韵达, eight numbers in sequence (one skipped), eight buyers of the 9.9 item in 2h20.
        let numbers = [0, 1, 2, 3, 5, 6, 7, 8].map { String(4_312_665_070_100 + $0) }
        let planted = Self.batch("Y", day: 14, carrier: "韵达快递", numbers: numbers)
        let found = findings(Self.storeMonth() + planted)
        #expect(found.count == 1)
        #expect(found.first?.severity == .high)
        #expect(found.first?.orderIDs == planted.map(\.id))
        #expect(
            found.first?.facts == [
                Fact(.timeRange, .timeRange(RuleTests.at(14, 13), RuleTests.at(14, 13, 140))),
                Fact(.orders, .count(8)), Fact(.firstWaybill, .text("4312665070100")),
                Fact(.lastWaybill, .text("4312665070108")), Fact(.carrier, .text("韵达快递")),
                Fact(.carrierMonthOrders, .count(8)), Fact(.carrierDays, .days(1)),
                Fact(.distinctReceivers, .count(8)), Fact(.sameItemOrders, .count(8)),
                Fact(.item, .text("【9.9包邮】冰丝防晒袖套")), Fact(.lowMedianAmount, .money(Money(cents: 990))),
                Fact(.completedOrders, .count(8)), Fact(.maxStep, .count(20)), Fact(.maxGapHours, .hours(12)),
                Fact(.minOrders, .count(5)), Fact(.minStoreDays, .days(4)),
                Fact(.neighbourDays, .days(2)), Fact(.stretchNumbers, .count(1 << 20)),
                Fact(.minPeopleShare, .ratio(0.8)), Fact(.minAddressShare, .ratio(0.6)),
                Fact(.lowAmount, .money(Money(cents: 2000))), Fact(.usualCheapShare, .ratio(0.5)),
                Fact(.sameItemShare, .ratio(0.6)), Fact(.usualItemShare, .ratio(0.3)),
                Fact(.highOrders, .count(5)), Fact(.highCompletedShare, .ratio(0.5)),
            ])
        let sentence = AnomalyWording(masker: PIIMasker()).chinese(found[0])
        #expect(sentence.contains("运单号 4312665070100 … 4312665070108 连号 8 个，承运商韵达快递，本店该承运商本月仅 8 单（1 天）"))
        #expect(sentence.contains("8 单已交易成功"))
    }

    @Test func letterPrefixesAreLanesOfTheirOwn() {
        // JDV numbers: a carrier the store never uses, prefix kept apart from the digits.
        let jd = Self.batch("J", day: 6, carrier: "京东快递", numbers: (0..<6).map { "JDV\(210_073_040_000 + $0)" })
        // The digits of the store's own 顺丰 numbers of day 9, but YT numbers of 圆通: not the store's run.
        let yt = Self.batch(
            "T", day: 9, carrier: "圆通速递", numbers: (0..<5).map { "YT\(Self.sf + 9 * 50 + UInt64($0))" })
        let found = findings(Self.storeMonth() + jd + yt)
        #expect(Set(found.map(\.orderIDs)) == [yt.map(\.id), jd.map(\.id)])
        #expect(
            found.first { $0.orderIDs == jd.map(\.id) }?.facts.contains(Fact(.firstWaybill, .text("JDV210073040000")))
                == true)
        #expect(found.allSatisfy { $0.severity == .high })
    }

    @Test func aBatchOfTheStoresCarrierFarFromItsRunIsFlagged() {
        // 中通 numbers 40 million past the store's: the store's carrier, another branch's block.
        let far = Self.batch(
            "F", day: 15, carrier: "中通快递", numbers: (0..<6).map { String(Self.zto + 40_000_000 + UInt64($0)) })
        // 顺丰 numbers far from the store's, on a day the store ships only 3 by 顺丰: the batch wins
        // that day's vote, the days around still tell.
        let sf = Self.batch(
            "G", day: 11, carrier: "顺丰速运", numbers: (0..<6).map { "SF\(Self.sf + 90_000_000 + UInt64($0))" })
        let found = findings(Self.storeMonth() + far + sf)
        #expect(Set(found.map(\.orderIDs)) == [far.map(\.id), sf.map(\.id)])
        #expect(found.allSatisfy { $0.severity == .high && $0.facts.contains { $0.name == .carrierElsewhere } })
        let zto = found.first { $0.orderIDs == far.map(\.id) }!
        #expect(zto.facts.contains(Fact(.carrierElsewhere, .count(606))))
        #expect(AnomalyWording(masker: PIIMasker()).chinese(zto).contains("虽是本店常用承运商（本月 606 单），但这批单号不在本店当天的面单号段内"))
    }

    /// Decided: numbers inside the stretch the store's own run uses (here the store's block of day 3,
    /// bought on day 15) cannot be told from the store's own by position; the rule leaves them to
    /// the other signals (the same cheap item across strangers in hours).
    @Test func aBatchInsideTheStoresOwnStretchIsLeftAlone() {
        let inside = Self.batch(
            "I", day: 15, carrier: "中通快递", numbers: (0..<6).map { String(Self.zto + 3 * 4_000 + 500 + UInt64($0)) })
        #expect(findings(Self.storeMonth() + inside).isEmpty)
    }

    @Test func anAfternoonOnABackupCarrierIsOnlyLow() {
        // The 中通 pickup was missed: ten ordinary orders, varied items at full price, went by 圆通 in one run.
        var backup: [Order] = []
        for k in 0..<10 {
            let item = Self.items[k % Self.items.count]
            var o = Self.order("B\(k)", RuleTests.at(9, 11, k * 30), n: "B\(k)", item: item.0, amount: item.1)
            o.carrier = "圆通速递"
            o.logisticsNumber = "YT\(7_302_118_650_000 + UInt64(k))"
            backup.append(o)
        }
        let found = findings(Self.storeMonth() + backup)
        #expect(found.map(\.orderIDs) == [backup.map(\.id)])
        #expect(found.first?.severity == .low)
    }

    @Test func inAStoreOfOneCheapItemABatchIsOnlyLow() {
        // Most of the store's orders are the 9.9 item: neither its price nor the item sets a run
        // apart, so a backup carrier's afternoon — or a batch — is low (the other rules remain).
        var orders = Self.storeMonth()
        for k in orders.indices where k % 3 != 0 {
            orders[k].itemTitle = "【9.9包邮】冰丝防晒袖套"
            orders[k].paidAmount = Money(cents: 990)
        }
        let run = Self.batch("C", day: 9, carrier: "圆通速递", numbers: (0..<8).map { "YT\(7_302_118_650_000 + $0)" })
        let found = findings(orders + run)
        #expect(found.map(\.orderIDs) == [run.map(\.id)])
        #expect(found.first?.severity == .low)
        #expect(findings(Self.storeMonth() + run).first?.severity == .high, "in an ordinary store the same run is high")
    }

    @Test func oneBuyersParcelsAreNotABatch() {
        // A wholesale buyer's six parcels to one address on consecutive numbers of a rare carrier.
        let parcels = (0..<6).map { k -> Order in
            var o = RuleTests.order(
                "W\(k)", RuleTests.at(12, 10, k), buyer: "shop", name: "王店长", phone: "", address: "某市某区批发市场1号")
            o.carrier = "韵达快递"
            o.logisticsNumber = String(4_312_665_080_000 + UInt64(k))
            return o
        }
        #expect(findings(Self.storeMonth() + parcels).isEmpty)
    }

    // MARK: Evasions

    /// Evasion: buy numbers spread over the carrier's range (more than `maxStep` apart) or pay for
    /// fewer than `minOrders` per block. This rule no longer sees a batch; the burst of one cheap
    /// item across strangers in hours is what remains.
    @Test func numbersSpreadWiderThanMaxStepEscapeThisRule() {
        let spread = Self.batch(
            "X", day: 14, carrier: "韵达快递", numbers: (0..<8).map { String(4_312_665_070_100 + UInt64($0) * 25) })
        #expect(findings(Self.storeMonth() + spread).isEmpty)
        let tight = Self.batch(
            "X", day: 14, carrier: "韵达快递", numbers: (0..<8).map { String(4_312_665_070_100 + UInt64($0) * 20) })
        #expect(findings(Self.storeMonth() + tight).count == 1, "20 apart is still one run")
    }

    /// Evasion: spread the batch's payments over days (more than `maxGapHours` between them): the
    /// run splits into pieces below `minOrders`.
    @Test func paymentsSpreadOverDaysSplitTheRun() {
        var spread = Self.batch(
            "D", day: 2, carrier: "韵达快递", numbers: (0..<8).map { String(4_312_665_070_100 + UInt64($0)) })
        for k in spread.indices { spread[k].paidAt = RuleTests.at(2 + k * 2 / 3, 13, k) }
        #expect(findings(Self.storeMonth() + spread).isEmpty)
    }
}
