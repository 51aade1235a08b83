import AuditReport
import Foundation
import Testing

@testable import AgencyAudit
@testable import AuditDetect
@testable import AuditMeasure
@testable import AuditRecords

/// Small hand-made months that each rule must judge right.
@Suite struct RuleTests {
    static let month = YearMonth(year: 2025, month: 9)
    static func day(_ d: Int) -> CalendarDay { CalendarDay(year: 2025, month: 9, day: d)! }
    static func at(_ d: Int, _ h: Int, _ m: Int = 0) -> LocalTime { LocalTime(day: day(d), hour: h, minute: m) }
    static let here = RowLocation(file: "t.csv", line: 1)

    static func order(
        _ id: String, _ time: LocalTime, buyer: String, name: String, phone: String, address: String,
        item: String = "【9.9包邮】冰丝防晒袖套", amount: Int64 = 990
    ) -> Order {
        Order(
            id: id, buyer: buyer, status: "交易成功", paidAmount: Money(cents: amount), receiverName: name,
            address: address,
            phone: phone, paidAt: time, itemTitle: item, location: here)
    }

    let context = DetectionContext(
        limits: Contract.Limits(dailyAdSpend: Money(yuan: 500), roiRedLine: 1.5, roiRedLineDays: 3))

    @Test func brushingToOneAddressTypedManyWaysIsHigh() {
        let variants = [
            "浙江省 杭州市 余杭区 五常街道 文一西路998号 3幢2单元301室(311121)", "杭州市余杭区五常街道文一西路９９８号3栋2单元301室",
            "浙江 杭州 余杭区 文一西路998号3幢2单元301", "浙江省杭州市余杭区五常街道文一西路998号 3 幢 2 单元 301 室",
        ]
        let orders = (0..<8).map { i in
            Self.order(
                "F\(i)", Self.at(14, 10, i * 20), buyer: "tb_90\(i)", name: "买家\(i)", phone: "1390000000\(i)",
                address: variants[i % 4])
        }
        let found = SameAddressClusterRule().detect(
            in: MonthData(month: Self.month, orders: orders, traffic: [], ads: []), context: context.readingBack(orders)
        )
        #expect(found.count == 1)
        #expect(found[0].severity == .high)
        #expect(found[0].orderIDs.sorted() == (0..<8).map { "F\($0)" })
        // Payments every 20 minutes from 10:00: 8 buyers, one item at 9.90, no parcel station.
        // Score: 8 orders 2 + within 6 hours 2 + one item 2 + one amount 1 + cheap 1 + distinct buyers 1.
        let first = orders[0].paidAt!
        let last = orders[7].paidAt!
        #expect(
            found[0].facts == [
                Fact(.address, .personal(.address, variants[0])), Fact(.timeRange, .timeRange(first, last)),
                Fact(.orders, .count(8)), Fact(.shortSpanSeconds, .seconds(last.seconds - first.seconds)),
                Fact(.sameItemOrders, .count(8)), Fact(.item, .text(orders[0].itemTitle)),
                Fact(.sameAmount, .money(Money(cents: 990))), Fact(.lowMedianAmount, .money(Money(cents: 990))),
                Fact(.distinctBuyers, .count(8)), Fact(.distinctReceivers, .count(8)),
                Fact(.maxGapHours, .hours(24)), Fact(.minOrders, .count(3)),
                Fact(.score, .score(9)), Fact(.highScore, .score(7)), Fact(.mediumScore, .score(5)),
            ] + BurstScoringTests.sameAddressScoring)
        // The address stays whole in the finding; only the report masks it.
        let evidence = AnomalyWording(masker: PIIMasker()).chinese(found[0])
        #expect(evidence.contains("余杭区 ***"))
        #expect(!evidence.contains("文一西路"))
    }

    @Test func parcelStationCrowdIsAtMostLow() {
        let orders = (0..<12).map { i in
            Self.order(
                "S\(i)", Self.at(10, 9 + i % 8, i), buyer: "b\(i)", name: "学生\(i)",
                phone: "1380000\(String(format: "%04d", i))",
                address: "湖北省 武汉市 洪山区 珞喻路1037号 华中科技大学 菜鸟驿站(430074)", item: i % 2 == 0 ? "袖套" : "连衣裙", amount: 990)
        }
        let found = SameAddressClusterRule().detect(
            in: MonthData(month: Self.month, orders: orders, traffic: [], ads: []), context: context.readingBack(orders)
        )
        #expect(found.count == 1)
        #expect(found.allSatisfy { $0.severity == .low })
        // The rule says why it let the crowd go: the station's marker, found in the address.
        if case .text(let marker)? = found.first?.facts.value(.collectionPoint) {
            #expect(orders[0].address.contains(marker))
        } else {
            Issue.record("no collectionPoint fact")
        }
        #expect(found.first?.facts.value(.distinctBuyers) == .count(12))
    }

    @Test func repeatCustomerOverWeeksIsNotFlagged() {
        let orders = (0..<5).map { i in
            Self.order(
                "R\(i)", Self.at(1 + i * 6, 20), buyer: "loyal", name: "王芳", phone: "13711112222",
                address: "浙江省 宁波市 鄞州区 天童南路1号")
        }
        let data = MonthData(month: Self.month, orders: orders, traffic: [], ads: [])
        #expect(SameAddressClusterRule().detect(in: data, context: context.readingBack(orders)).isEmpty)
        #expect(SamePhoneClusterRule().detect(in: data, context: context.readingBack(orders)).isEmpty)
    }

    @Test func onePhoneManyNamesAndAddressesIsHigh() {
        let cities = [
            "浙江省 杭州市 西湖区 文三路1号", "江苏省 南京市 鼓楼区 中山路2号", "广东省 深圳市 南山区 科技园3号",
            "四川省 成都市 武侯区 人民南路4号", "湖北省 武汉市 江汉区 解放大道5号", "山东省 济南市 历下区 泉城路6号",
        ]
        let orders = (0..<6).map { i in
            Self.order(
                "P\(i)", Self.at(20 + i / 3, 9 + i * 3), buyer: "x\(i)", name: "人\(i)", phone: "'13957112345",
                address: cities[i])
        }
        let found = SamePhoneClusterRule().detect(
            in: MonthData(month: Self.month, orders: orders, traffic: [], ads: []), context: context.readingBack(orders)
        )
        #expect(found.count == 1)
        #expect(found[0].severity == .high)
        // Six orders from the 20th 09:00 to the 22nd 00:00 (within 48 hours), six names and addresses.
        // Score: 6 orders 2 + names 2 + addresses 2 + within 48 hours 1 + one item 2 + cheap 1.
        let first = orders[0].paidAt!
        let last = orders[5].paidAt!
        #expect(
            found[0].facts == [
                Fact(.phone, .personal(.phone, "'13957112345")), Fact(.timeRange, .timeRange(first, last)),
                Fact(.orders, .count(6)), Fact(.distinctReceivers, .count(6)), Fact(.distinctAddresses, .count(6)),
                Fact(.shortSpanSeconds, .seconds(39 * 3600)), Fact(.sameItemOrders, .count(6)),
                Fact(.item, .text(orders[0].itemTitle)),
                Fact(.lowMedianAmount, .money(Money(cents: 990))),
                Fact(.maxGapHours, .hours(48)), Fact(.minOrders, .count(3)),
                Fact(.score, .score(10)), Fact(.highScore, .score(7)), Fact(.mediumScore, .score(5)),
            ] + BurstScoringTests.samePhoneScoring)
        #expect(AnomalyWording(masker: PIIMasker()).chinese(found[0]).contains("139****2345"))
    }

    @Test func aMaskedPhoneAloneNeverJoinsOrders() {
        let items = ["连衣裙", "T恤", "衬衫", "外套", "半身裙", "袖套"]
        let orders = (0..<6).map { i in
            Self.order(
                "M\(i)", Self.at(5, 9 + i), buyer: "m\(i)", name: "客\(i)", phone: "138****5678",
                address: "城市\(i) 某区 某路\(i)号", item: items[i])
        }
        #expect(
            SamePhoneClusterRule().detect(
                in: MonthData(month: Self.month, orders: orders, traffic: [], ads: []),
                context: context.readingBack(orders)
            ).isEmpty)
    }

    @Test func aMaskedPhoneWithTheSameItemToManyPeopleWithinADayIsMediumAtMost() {
        let orders = (0..<6).map { i in
            Self.order(
                "M\(i)", Self.at(5, 9 + i), buyer: "m\(i)", name: "客\(i)", phone: "138****5678",
                address: "城市\(i) 某区 某路\(i)号")
        }
        let found = SamePhoneClusterRule().detect(
            in: MonthData(month: Self.month, orders: orders, traffic: [], ads: []), context: context.readingBack(orders)
        )
        #expect(found.map(\.severity) == [.medium])
        #expect(found.first?.orderIDs.count == 6)
        #expect(
            found.first?.facts == [
                Fact(.maskedPhone, .personal(.phone, "138****5678")),
                Fact(.timeRange, .timeRange(Self.at(5, 9), Self.at(5, 14))),
                Fact(.orders, .count(6)), Fact(.item, .text(orders[0].itemTitle)),
                Fact(.distinctReceivers, .count(6)), Fact(.distinctAddresses, .count(6)),
                Fact(.maxGapHours, .hours(24)), Fact(.minOrders, .count(4)), Fact(.minReceiversOrAddresses, .count(3)),
            ])
        #expect(SamePhoneClusterRule.visibleDigits("138****5678") == "138*5678")
        #expect(SamePhoneClusterRule.visibleDigits("1**8") == nil)
    }

    static func traffic(_ d: Int, _ group: String, _ name: String, _ visitors: Int, _ buyers: Int) -> TrafficRecord {
        TrafficRecord(
            day: day(d), source: TrafficSource(group: group, name: name), visitors: visitors, payingBuyers: buyers,
            location: here)
    }

    @Test func otherSourceJumpingEightfoldWithNoBuyersIsHigh() {
        var rows: [TrafficRecord] = []
        for d in 1...30 {
            rows.append(Self.traffic(d, "淘内免费", "手淘搜索", 600 + d % 5 * 10, 15))
            rows.append(Self.traffic(d, "其他来源", "其他来源", d == 17 ? 320 : 40 + d % 3, d == 17 ? 0 : 1))
        }
        let found = TrafficSourceSurgeRule().detect(
            in: MonthData(month: Self.month, orders: [], traffic: rows, ads: []), context: context)
        #expect(found.count == 1)
        #expect(found[0].source == "其他来源/其他来源")
        #expect(found[0].dates == [Self.day(17)])
        #expect(found[0].severity == .high)
        // A Wednesday: compared with the source's weekdays (40 to 42 visitors, one buyer each).
        let facts = found[0].facts
        #expect(facts.value(.visitors) == .count(320))
        #expect(facts.value(.payingBuyers) == .count(0))
        #expect(facts.value(.conversion) == .ratio(0))
        if case .number(let median)? = facts.value(.weekdayMedianVisitors) {
            #expect((40...42).contains(median))
        } else {
            Issue.record("no weekday median")
        }
        #expect(facts.value(.weekendMedianVisitors) == nil)
        #expect(
            facts.value(.conversionCollapsed) == .flag, "usually a buyer in about 41 visitors: 320 should bring some")
        #expect(facts.value(.storeWide) == nil)
        #expect(facts.value(.minRatio) == .ratio(3) && facts.value(.minDeviations) == .number(5))
    }

    @Test func storeWidePromotionDayIsLow() {
        var rows: [TrafficRecord] = []
        for d in 1...30 {
            let k = d == 9 ? 3 : 1
            rows.append(Self.traffic(d, "淘内免费", "手淘搜索", 600 * k, 15 * k))
            rows.append(Self.traffic(d, "淘内免费", "手淘推荐", 400 * k, 8 * k))
            rows.append(Self.traffic(d, "付费流量", "直通车", 300 * k, 9 * k))
        }
        let found = TrafficSourceSurgeRule().detect(
            in: MonthData(month: Self.month, orders: [], traffic: rows, ads: []), context: context)
        #expect(found.allSatisfy { $0.severity == .low })
        // Each source is up 3×, so the others together are too: the finding says so with their ratio.
        #expect(found.count == 3)
        for a in found {
            #expect(a.facts.value(.storeWide) == .flag, "\(a.source ?? "")")
            #expect(a.facts.value(.otherSourcesRatio) == .ratio(3))
        }
    }

    static func ad(_ d: Int, spend: Int, sales: Int, campaign: String = "连衣裙") -> AdRecord {
        AdRecord(
            day: day(d), campaignName: campaign, spend: Money(yuan: spend), attributedSales: Money(yuan: sales),
            location: here)
    }

    @Test func spendOverLimitAndROIRunsAreFound() {
        var ads = (1...10).map { Self.ad($0, spend: 300, sales: 900) }
        ads[4] = Self.ad(5, spend: 800, sales: 2400)
        ads[6] = Self.ad(7, spend: 300, sales: 360)
        ads[7] = Self.ad(8, spend: 300, sales: 390)
        ads[8] = Self.ad(9, spend: 300, sales: 420)
        ads[9] = Self.ad(10, spend: 300, sales: 300)
        let data = MonthData(month: Self.month, orders: [], traffic: [], ads: ads)
        let over = SpendOverLimitRule().detect(in: data, context: context)
        #expect(over.map(\.dates) == [[Self.day(5)]])
        #expect(over[0].severity == .high)
        #expect(
            over[0].facts == [
                Fact(.spend, .money(Money(yuan: 800))), Fact(.dailySpendLimit, .money(Money(yuan: 500))),
                Fact(.overLimitRatio, .ratio(800.0 / 500)),
                Fact(
                    .topCampaigns,
                    .list([
                        .group([Fact(.campaign, .text(ads[4].campaignLabel)), Fact(.spend, .money(Money(yuan: 800)))])
                    ])),
                Fact(.highOverLimitRatio, .ratio(1.5)),
            ])
        let roi = ROIBelowRedLineRule().detect(in: data, context: context)
        #expect(roi.count == 1)
        #expect(roi[0].dates == (7...10).map(Self.day))
        let daily = zip(7...10, [360.0, 390, 420, 300]).map { d, sales in
            Fact.Value.group([Fact(.day, .day(Self.day(d))), Fact(.roi, .ratio(sales / 300))])
        }
        #expect(
            roi[0].facts == [
                Fact(.consecutiveDays, .days(4)), Fact(.dailyROI, .list(daily)),
                Fact(.spend, .money(Money(yuan: 4 * 300))), Fact(.sales, .money(Money(yuan: 360 + 390 + 420 + 300))),
                Fact(.roiRedLine, .ratio(1.5)), Fact(.roiRedLineDays, .days(3)),
                Fact(.highRunDays, .days(6)),
            ])
        #expect(AnomalyWording(masker: PIIMasker()).chinese(roi[0]).contains("1:1.20"))
    }

    @Test func twoLowDaysAreNotARun() {
        let ads = (1...6).map { Self.ad($0, spend: 300, sales: $0 == 2 || $0 == 3 ? 300 : 900) }
        #expect(
            ROIBelowRedLineRule().detect(
                in: MonthData(month: Self.month, orders: [], traffic: [], ads: ads), context: context
            ).isEmpty)
    }

    @Test func accountsNumberedInSequenceBuyingOneItemAreFlagged() {
        var orders = (0..<5).map { i in
            Self.order(
                "Q\(i)", Self.at(12, 8, i * 30), buyer: "tb_88000\(i * 2)", name: "人\(i)", phone: "1370000000\(i)",
                address: "城市\(i) 某区 路\(i)号", item: "纯棉短袖T恤", amount: 5900)
        }
        // A buyer far from the sequence and one buying another item stay out.
        orders.append(
            Self.order(
                "X1", Self.at(12, 9), buyer: "tb_123456", name: "甲", phone: "13700000009", address: "甲地",
                item: "纯棉短袖T恤", amount: 5900))
        orders.append(
            Self.order(
                "X2", Self.at(12, 9), buyer: "tb_880003", name: "乙", phone: "13700000008", address: "乙地", item: "连衣裙",
                amount: 23900))
        let found = SequentialAccountsRule().detect(
            in: MonthData(month: Self.month, orders: orders, traffic: [], ads: []), context: context.readingBack(orders)
        )
        #expect(found.count == 1)
        #expect(found.first?.orderIDs.sorted() == ["Q0", "Q1", "Q2", "Q3", "Q4"])
        #expect(found.first?.severity == .high)
        #expect(
            found.first?.facts == [
                Fact(.firstAccount, .personal(.account, "tb_880000")),
                Fact(.lastAccount, .personal(.account, "tb_880008")),
                Fact(.timeRange, .timeRange(Self.at(12, 8), Self.at(12, 10))), Fact(.orders, .count(5)),
                Fact(.item, .text("纯棉短袖T恤")),
                Fact(.distinctReceivers, .count(5)), Fact(.distinctPhones, .count(5)),
                Fact(.maxGapHours, .hours(6)), Fact(.minOrders, .count(4)), Fact(.maxStep, .count(3)),
                Fact(.highOrders, .count(5)),
            ])
        #expect(SequentialAccountsRule.numberedAccount("tb_880001")?.number == 880001)
        #expect(
            SequentialAccountsRule.numberedAccount("tb_880001")?.prefixHash
                == SequentialAccountsRule.numberedAccount("tb_12345")?.prefixHash)
        #expect(SequentialAccountsRule.numberedAccount("小鹿爱吃糖12") == nil)
        #expect(SequentialAccountsRule.numberedAccount("j***9") == nil)
    }

    @Test func completedOrdersWithoutTrackingNumbersAreFlaggedOnlyWhereOthersHaveOne() {
        var orders = (0..<6).map { i in
            Self.order(
                "E\(i)", Self.at(23, 10 + i), buyer: "e\(i)", name: "客\(i)", phone: "1360000000\(i)", address: "地\(i)")
        }
        let withTracking = (0..<4).map { i in
            var o = Self.order(
                "T\(i)", Self.at(5, 10 + i), buyer: "t\(i)", name: "正\(i)", phone: "1350000000\(i)", address: "址\(i)")
            o.logisticsNumber = "7734\(i)"
            return o
        }
        let rule = ShippedWithoutLogisticsRule()
        #expect(
            rule.detect(
                in: MonthData(month: Self.month, orders: orders, traffic: [], ads: []),
                context: context.readingBack(orders)
            ).isEmpty,
            "an export without tracking numbers at all says nothing")
        orders += withTracking
        let found = rule.detect(
            in: MonthData(month: Self.month, orders: orders, traffic: [], ads: []), context: context.readingBack(orders)
        )
        #expect(found.map(\.orderIDs) == [(0..<6).map { "E\($0)" }])
        #expect(found.first?.severity == .high)
        #expect(
            found.first?.facts == [
                Fact(.timeRange, .timeRange(Self.at(23, 10), Self.at(23, 15))), Fact(.orders, .count(6)),
                Fact(.status, .text("交易成功")),
                Fact(.sameItemOrders, .count(6)), Fact(.item, .text(orders[0].itemTitle)),
                Fact(.lowMedianAmount, .money(Money(cents: 990))),
                Fact(.maxGapHours, .hours(48)), Fact(.minOrders, .count(3)),
                Fact(.highOrders, .count(5)), Fact(.highItemShare, .ratio(0.8)),
                Fact(.lowAmount, .money(Money(cents: 2000))),
            ])
    }

    @Test func aDayWithFarMoreOrdersThanPayingBuyersIsFlagged() {
        var orders: [Order] = []
        var traffic: [TrafficRecord] = []
        for d in 1...10 {
            let n = d == 6 ? 50 : 30
            for k in 0..<n {
                orders.append(
                    Self.order("D\(d)-\(k)", Self.at(d, 10, k), buyer: "b", name: "n", phone: "", address: "a\(d)-\(k)")
                )
            }
            traffic.append(Self.traffic(d, "淘内免费", "手淘搜索", 1000, 30))
        }
        let found = OrdersBuyersMismatchRule().detect(
            in: MonthData(month: Self.month, orders: orders, traffic: traffic, ads: []),
            context: context.readingBack(orders))
        #expect(found.map(\.dates) == [[Self.day(6)]])
        // Nine days of one order per buyer and one of 50 orders to 30 buyers: 20 orders unexplained.
        #expect(
            found.first?.facts == [
                Fact(.paidOrders, .count(50)), Fact(.payingBuyers, .count(30)), Fact(.usualOrdersPerBuyer, .ratio(1)),
                Fact(.extraOrders, .number(20)), Fact(.minRatio, .ratio(1.35)), Fact(.minExtraOrders, .count(8)),
                Fact(.highRatio, .ratio(1.8)),
            ])
        #expect(
            found.first.map(AnomalyWording(masker: PIIMasker()).chinese)?.hasPrefix(
                "2025-09-06 订单报表有 50 笔支付订单，生意参谋只记录了 30 个支付买家；本月通常每个支付买家 1.00 单，约 20 单") == true)
    }

    @Test func storeWideVisitorsUpWhileConversionCollapsesIsFlagged() {
        var traffic: [TrafficRecord] = []
        for d in 1...14 {
            let k = d == 8 ? 2.5 : 1.0
            traffic.append(Self.traffic(d, "淘内免费", "手淘搜索", Int(600 * k), 12))
            traffic.append(Self.traffic(d, "付费流量", "直通车", Int(400 * k), 8))
        }
        let found = TrafficConversionCollapseRule().detect(
            in: MonthData(month: Self.month, orders: [], traffic: traffic, ads: []), context: context)
        #expect(found.map(\.dates) == [[Self.day(8)]])
        #expect(found.first?.severity == .high)
        // 2,500 visitors and 20 buyers against the usual 1,000 and 20.
        #expect(
            found.first?.facts == [
                Fact(.visitors, .count(2500)), Fact(.usualVisitors, .number(1000)), Fact(.visitorRatio, .ratio(2.5)),
                Fact(.conversion, .ratio(20.0 / 2500)), Fact(.usualConversion, .ratio(20.0 / 1000)),
                Fact(.minVisitorRatio, .ratio(1.5)), Fact(.maxConversionShare, .ratio(0.6)),
                Fact(.minExtraVisitors, .count(100)), Fact(.highVisitorRatio, .ratio(2)),
            ])
        // A promotion day lifts visitors and buyers together: nothing to report.
        var promotion = traffic
        promotion[14] = Self.traffic(8, "淘内免费", "手淘搜索", 1500, 30)
        promotion[15] = Self.traffic(8, "付费流量", "直通车", 1000, 20)
        #expect(
            TrafficConversionCollapseRule().detect(
                in: MonthData(month: Self.month, orders: [], traffic: promotion, ads: []), context: context
            ).isEmpty)
    }

    @Test func weekendsAreComparedWithWeekends() {
        var rows: [TrafficRecord] = []
        for d in 1...28 {
            let weekend = Self.day(d).weekday >= 5
            let v = weekend ? 350 : (d == 10 ? 420 : 100 + d % 3)
            rows.append(Self.traffic(d, "淘内免费", "手淘推荐", v, v / 50))
            rows.append(Self.traffic(d, "淘内免费", "手淘搜索", 600, 12))
        }
        let found = TrafficSourceSurgeRule().detect(
            in: MonthData(month: Self.month, orders: [], traffic: rows, ads: []), context: context)
        #expect(found.map(\.dates) == [[Self.day(10)]], "only the weekday surge, not every weekend")
        #expect(found.first?.facts.value(.visitors) == .count(420))
        #expect(
            found.first?.facts.value(.weekdayMedianVisitors) != nil
                && found.first?.facts.value(.weekendMedianVisitors) == nil)
        #expect(found.first.map(AnomalyWording(masker: PIIMasker()).chinese)?.contains("工作日日中位数") == true)
    }

    @Test func aSearchSourceCollapsingForADayIsFlagged() {
        var rows: [TrafficRecord] = []
        for d in 1...14 {
            rows.append(Self.traffic(d, "淘内免费", "手淘搜索", d == 9 ? 80 : 600, 12))
            rows.append(Self.traffic(d, "其他来源", "其他来源", d == 9 ? 0 : 40, 0))  // small sources may well be 0
        }
        let found = TrafficSourceDropRule().detect(
            in: MonthData(month: Self.month, orders: [], traffic: rows, ads: []), context: context)
        #expect(found.map(\.source) == ["淘内免费/手淘搜索"])
        #expect(found.first?.severity == .high)
        #expect(
            found.first?.facts == [
                Fact(.visitors, .count(80)), Fact(.usualVisitors, .number(600)),
                Fact(.visitorShare, .ratio(80.0 / 600)),
                Fact(.minUsualVisitors, .number(100)), Fact(.maxShare, .ratio(0.35)),
                Fact(.highShare, .ratio(0.15)),
            ])
    }

    @Test func searchRisingOnAFakeOrderDayIsSearchBrushing() {
        var rows: [TrafficRecord] = []
        for d in 1...14 { rows.append(Self.traffic(d, "淘内免费", "手淘搜索", d == 5 ? 900 : 600, 12)) }
        let data = MonthData(month: Self.month, orders: [], traffic: rows, ads: [])
        let cluster = Anomaly(rule: .sameAddressCluster, severity: .high, dates: [Self.day(5)], orderIDs: ["A", "B"])
        let quietDay = Anomaly(rule: .sameAddressCluster, severity: .high, dates: [Self.day(6)], orderIDs: ["C"])
        let found = SearchBrushingRule().detect(in: data, findings: [cluster, quietDay])
        #expect(found.map(\.dates) == [[Self.day(5)]])
        #expect(found.first?.orderIDs == ["A", "B"])
        #expect(
            found.first?.facts == [
                Fact(.visitors, .count(900)), Fact(.usualVisitors, .number(600)), Fact(.visitorRatio, .ratio(1.5)),
                Fact(.orders, .count(2)), Fact(.corroboratingRules, .list([.rule(.sameAddressCluster)])),
                Fact(.minRatio, .ratio(1.3)), Fact(.minDeviations, .number(3)),
            ])
    }

    /// Search traffic that swings by a third from day to day: a fake-order day that lands on a
    /// good search day (1.5× the median, within three robust deviations) is not search brushing.
    @Test func aFakeOrderDayOnAnOrdinaryGoodSearchDayIsNotSearchBrushing() {
        let search = [600, 420, 780, 500, 720, 450, 840, 380, 660, 560, 750, 470, 690, 540]
        var rows: [TrafficRecord] = []
        for d in 1...14 { rows.append(Self.traffic(d, "淘内免费", "手淘搜索", search[d - 1], 12)) }
        let data = MonthData(month: Self.month, orders: [], traffic: rows, ads: [])
        let emptyParcels = Anomaly(
            rule: .shippedWithoutLogistics, severity: .high, dates: [Self.day(7)], orderIDs: ["A", "B"])
        let found = SearchBrushingRule().detect(in: data, findings: [emptyParcels])
        #expect(found.isEmpty, "840 visitors against a median of 560 with a robust spread of 163")
        // The same day at twice the median is flagged.
        rows[6] = Self.traffic(7, "淘内免费", "手淘搜索", 1_300, 12)
        let surge = SearchBrushingRule().detect(
            in: MonthData(month: Self.month, orders: [], traffic: rows, ads: []), findings: [emptyParcels])
        #expect(surge.map(\.dates) == [[Self.day(7)]])
    }
}
