import AuditDetect
import AuditRecords
import Testing

@testable import AuditReport

/// Anomalies built from facts by hand, and the Chinese sentences the reports must print for them,
/// masked and revealed. The sentences are the ones the rules used to write themselves (see the
/// golden reports), so moving the wording into the report changed no word.
@Suite struct AnomalyWordingTests {
    static let masked = AnomalyWording(masker: PIIMasker())
    static let revealed = AnomalyWording(masker: PIIMasker(reveal: true))

    static func day(_ m: Int, _ d: Int) -> CalendarDay { CalendarDay(year: 2025, month: m, day: d)! }
    static func time(_ m: Int, _ d: Int, _ h: Int, _ min: Int, _ s: Int = 0) -> LocalTime {
        LocalTime(day: day(m, d), hour: h, minute: min, second: s)
    }

    static let scoring = [Fact(.score, .score(9)), Fact(.highScore, .score(7)), Fact(.mediumScore, .score(5))]

    @Test func sameAddressClusterMasksTheAddressUnlessRevealed() {
        let address = "浙江省 杭州市 余杭区 五常街道 文一西路998号 3幢2单元301室(311121)"
        let a = Anomaly(
            rule: .sameAddressCluster, severity: .high, dates: [Self.day(8, 14)], orderIDs: ["1", "2"],
            facts: [
                Fact(.address, .personal(.address, address)),
                Fact(.timeRange, .timeRange(Self.time(8, 14, 10, 3, 23), Self.time(8, 14, 12, 43, 10))),
                Fact(.orders, .count(8)), Fact(.shortSpanSeconds, .seconds(9587)),
                Fact(.sameItemOrders, .count(8)), Fact(.item, .text("【9.9包邮】冰丝防晒袖套女夏季薄款")),
                Fact(.sameAmount, .money(Money(cents: 990))), Fact(.lowMedianAmount, .money(Money(cents: 990))),
                Fact(.distinctBuyers, .count(8)), Fact(.distinctReceivers, .count(8)),
                Fact(.maxGapHours, .hours(24)), Fact(.minOrders, .count(3)),
            ] + Self.scoring)
        let rest =
            " 在 2025-08-14 10:03 至 12:43 收到 8 单，集中在 2.7 小时内，8 单是同一商品「【9.9包邮】冰丝防晒袖套女夏季」，金额相同（¥9.90），"
            + "低价（中位 ¥9.90），8 个不同买家账号，8 个不同收货人（规则：同一规范化地址 24 小时内连续 ≥3 单；评分 9，≥7 高、≥5 中）"
        #expect(Self.masked.chinese(a) == "收货地址 浙江省 杭州市 余杭区 ***" + rest)
        #expect(Self.revealed.chinese(a) == "收货地址 " + address + rest)
    }

    @Test func signalsAgainstACrowdAndTheParcelStationAreWorded() {
        let address = "湖北省 武汉市 洪山区 珞喻路1037号 华中科技大学 菜鸟驿站(430074)"
        let a = Anomaly(
            rule: .sameAddressCluster, severity: .low, dates: [Self.day(9, 19), Self.day(9, 22)],
            facts: [
                Fact(.address, .personal(.address, address)),
                Fact(.timeRange, .timeRange(Self.time(9, 19, 20, 1), Self.time(9, 22, 10, 24))),
                Fact(.orders, .count(5)), Fact(.longSpanSeconds, .seconds(302_400)),
                Fact(.mixedItemsShare, .ratio(0.2)),
                Fact(.medianBuyerGapSeconds, .seconds(17)), Fact(.collectionPoint, .text("驿站")),
                Fact(.maxGapHours, .hours(24)), Fact(.minOrders, .count(3)),
                Fact(.score, .score(-1)), Fact(.highScore, .score(7)), Fact(.mediumScore, .score(5)),
            ])
        #expect(
            Self.masked.chinese(a)
                == "收货地址 湖北省 武汉市 洪山区 *** 在 2025-09-19 20:01 至 2025-09-22 10:24 收到 5 单，分散在 3.5 天内，商品各不相同，"
                + "不同买家付款间隔中位数仅 17 秒，地址含「驿站」，是代收点/前台，多人收件属正常（规则：同一规范化地址 24 小时内连续 ≥3 单；评分 -1，≥7 高、≥5 中）")
    }

    @Test func samePhoneClusterMasksThePhoneUnlessRevealed() {
        let a = Anomaly(
            rule: .samePhoneCluster, severity: .high, dates: [Self.day(9, 20), Self.day(9, 21)],
            facts: [
                Fact(.phone, .personal(.phone, "13957112345")),
                Fact(.timeRange, .timeRange(Self.time(9, 20, 9, 8, 18), Self.time(9, 21, 14, 18, 13))),
                Fact(.orders, .count(6)), Fact(.distinctReceivers, .count(6)), Fact(.distinctAddresses, .count(6)),
                Fact(.shortSpanSeconds, .seconds(104_995)), Fact(.sameItemOrders, .count(6)),
                Fact(.item, .text("【9.9包邮】冰丝防晒袖套女夏季薄款")),
                Fact(.lowMedianAmount, .money(Money(cents: 990))),
                Fact(.maxGapHours, .hours(48)), Fact(.minOrders, .count(3)),
                Fact(.score, .score(10)), Fact(.highScore, .score(7)), Fact(.mediumScore, .score(5)),
            ])
        let rest =
            " 在 2025-09-20 09:08 至 2025-09-21 14:18 下了 6 单，6 个不同收货人，6 个不同地址，集中在 29.2 小时内，"
            + "6 单是同一商品「【9.9包邮】冰丝防晒袖套女夏季」，低价（中位 ¥9.90）（规则：同一手机号 48 小时内连续 ≥3 单；评分 10，≥7 高、≥5 中）"
        #expect(Self.masked.chinese(a) == "手机号 139****2345" + rest)
        #expect(Self.revealed.chinese(a) == "手机号 13957112345" + rest)
    }

    @Test func aPhoneTheExportMaskedReadsTheSameEitherWay() {
        let a = Anomaly(
            rule: .samePhoneCluster, severity: .medium, dates: [Self.day(8, 6)],
            facts: [
                Fact(.maskedPhone, .personal(.phone, "137****8899")),
                Fact(.timeRange, .timeRange(Self.time(8, 6, 10, 0, 30), Self.time(8, 6, 16, 42, 12))),
                Fact(.orders, .count(5)), Fact(.item, .text("冰丝防晒衣女夏季长袖外套")),
                Fact(.distinctReceivers, .count(5)), Fact(.distinctAddresses, .count(4)),
                Fact(.maxGapHours, .hours(24)), Fact(.minOrders, .count(4)), Fact(.minReceiversOrAddresses, .count(3)),
            ])
        let sentence =
            "打码手机号 137****8899 在 2025-08-06 10:00 至 16:42 下了 5 单同一商品「冰丝防晒衣女夏季长袖外套」，5 个不同收货人、4 个不同地址"
            + "（打码号码可能是不同的人，所以只有同一商品、一天之内、多人收货同时出现才报告，最高为中）"
        #expect(Self.masked.chinese(a) == sentence)
        #expect(Self.revealed.chinese(a) == sentence)
        // The hours are the rule's: another setting reads as what it is.
        var wider = a
        wider.facts[wider.facts.firstIndex { $0.name == .maxGapHours }!] = Fact(.maxGapHours, .hours(36))
        #expect(
            Self.masked.chinese(wider)
                == "打码手机号 137****8899 在 2025-08-06 10:00 至 16:42 下了 5 单同一商品「冰丝防晒衣女夏季长袖外套」，5 个不同收货人、4 个不同地址"
                + "（打码号码可能是不同的人，所以只有同一商品、36 小时之内、多人收货同时出现才报告，最高为中）")
    }

    @Test func sequentialAccountsMaskTheFirstAndLastAccount() {
        let a = Anomaly(
            rule: .sequentialAccounts, severity: .high, dates: [Self.day(9, 12)],
            facts: [
                Fact(.firstAccount, .personal(.account, "tb_887925")),
                Fact(.lastAccount, .personal(.account, "tb_887931")),
                Fact(.timeRange, .timeRange(Self.time(9, 12, 8, 10, 15), Self.time(9, 12, 12, 9, 4))),
                Fact(.orders, .count(7)), Fact(.item, .text("纯棉短袖T恤女宽松百搭上衣")),
                Fact(.distinctReceivers, .count(7)), Fact(.distinctPhones, .count(6)),
                Fact(.maxGapHours, .hours(6)), Fact(.minOrders, .count(4)), Fact(.maxStep, .count(3)),
            ])
        func sentence(_ first: String, _ last: String) -> String {
            "2025-09-12 08:10 至 12:09：7 个编号连续的买家账号（\(first) … \(last)）买了同一商品「纯棉短袖T恤女宽松百搭上衣」，7 个不同收货人、6 个不同手机号，"
                + "疑似批量注册的刷单账号（规则：同一商品 6 小时内 ≥4 个账号的数字尾号相差 ≤3）"
        }
        #expect(Self.masked.chinese(a) == sentence("t*******5", "t*******1"))
        #expect(Self.revealed.chinese(a) == sentence("tb_887925", "tb_887931"))
    }

    @Test func shippedWithoutLogistics() {
        let a = Anomaly(
            rule: .shippedWithoutLogistics, severity: .high, dates: [Self.day(8, 23), Self.day(8, 24)],
            facts: [
                Fact(.timeRange, .timeRange(Self.time(8, 23, 11, 5, 24), Self.time(8, 24, 20, 34, 13))),
                Fact(.orders, .count(9)), Fact(.status, .text("交易成功")),
                Fact(.sameItemOrders, .count(9)), Fact(.item, .text("【9.9包邮】冰丝防晒袖套女夏季薄款")),
                Fact(.lowMedianAmount, .money(Money(cents: 990))), Fact(.maxGapHours, .hours(48)),
                Fact(.minOrders, .count(3)),
            ])
        #expect(
            Self.masked.chinese(a)
                == "2025-08-23 11:05 至 2025-08-24 20:34：9 单标记为「交易成功」却没有物流单号，9 单是同一商品「【9.9包邮】冰丝防晒袖套女夏季」，"
                + "低价（中位 ¥9.90），疑似空包发货（规则：48 小时内连续 ≥3 单已发货/已完成但无物流单号；本月其他订单有物流单号）")
    }

    @Test func ordersBuyersMismatchRoundsTheUsualRatioAndTheExtraOrders() {
        let usual = 24.0 / 23
        let a = Anomaly(
            rule: .ordersBuyersMismatch, severity: .medium, dates: [Self.day(8, 27)],
            facts: [
                Fact(.paidOrders, .count(80)), Fact(.payingBuyers, .count(40)),
                Fact(.usualOrdersPerBuyer, .ratio(usual)),
                Fact(.extraOrders, .number(80 - 40 * usual)), Fact(.minRatio, .ratio(1.35)),
                Fact(.minExtraOrders, .count(8)),
            ])
        #expect(
            Self.masked.chinese(a) == "2025-08-27 订单报表有 80 笔支付订单，生意参谋只记录了 40 个支付买家；本月通常每个支付买家 1.04 单，"
                + "约 38 单没有对应的店铺访问，可能是站外下单或刷单（规则：订单/买家比 ≥ 平时 ×1.35 且多出 ≥8 单）")
    }

    @Test func roiBelowRedLineListsEachDay() {
        let daily = [(11, 1.033), (12, 1.062), (13, 1.176)].map { d, roi in
            Fact.Value.group([Fact(.day, .day(Self.day(7, d))), Fact(.roi, .ratio(roi))])
        }
        let a = Anomaly(
            rule: .roiBelowRedLine, severity: .medium, dates: (11...13).map { Self.day(7, $0) },
            facts: [
                Fact(.consecutiveDays, .days(3)), Fact(.dailyROI, .list(daily)),
                Fact(.spend, .money(Money(cents: 136_227))), Fact(.sales, .money(Money(cents: 148_180))),
                Fact(.roiRedLine, .ratio(1.5)), Fact(.roiRedLineDays, .days(3)),
            ])
        #expect(
            Self.masked.chinese(a) == "连续 3 天推广 ROI 低于红线 1:1.50：7/11 1:1.03、7/12 1:1.06、7/13 1:1.18；"
                + "这几天花费 ¥1,362.27，成交 ¥1,481.80。合同要求连续 3 天低于红线须暂停计划并说明")
    }

    @Test func spendOverLimitNamesTheTopCampaigns() {
        let top = [("连衣裙-关键词推广 (30001)", 33_457), ("全店-货品加速 (30003)", 23_278)].map { name, cents in
            Fact.Value.group([Fact(.campaign, .text(name)), Fact(.spend, .money(Money(cents: Int64(cents))))])
        }
        let a = Anomaly(
            rule: .spendOverLimit, severity: .high, dates: [Self.day(9, 23)],
            facts: [
                Fact(.spend, .money(Money(cents: 56_735))), Fact(.dailySpendLimit, .money(Money(yuan: 500))),
                Fact(.overLimitRatio, .ratio(56_735.0 / 50_000)), Fact(.topCampaigns, .list(top)),
            ])
        #expect(
            Self.masked.chinese(a) == "2025-09-23 推广总花费 ¥567.35，超过合同日限额 ¥500.00（1.13 倍）；"
                + "花费最多的计划：连衣裙-关键词推广 (30001) ¥334.57、全店-货品加速 (30003) ¥232.78。合同要求超限额须商家事先批准，请核对是否有书面批准")
    }

    @Test func trafficConversionCollapseShowsPercentagesAndTruncatesTheMedian() {
        let a = Anomaly(
            rule: .trafficConversionCollapse, severity: .high, dates: [Self.day(9, 16)],
            facts: [
                Fact(.visitors, .count(4743)), Fact(.usualVisitors, .number(2055.5)),
                Fact(.visitorRatio, .ratio(4743 / 2055.5)),
                Fact(.conversion, .ratio(47.0 / 4743)), Fact(.usualConversion, .ratio(0.0226)),
                Fact(.minVisitorRatio, .ratio(1.5)), Fact(.maxConversionShare, .ratio(0.6)),
            ])
        #expect(
            Self.masked.chinese(a) == "2025-09-16 全店访客 4,743，是本月日中位数 2,055 的 2.3 倍，支付转化却只有 0.99%（平时 2.26%）："
                + "多来的访客几乎不买，疑似购买的流量或机器流量（规则：访客 ≥ 中位数 ×1.5 且转化 ≤ 平时的 60%）")
    }

    @Test func trafficSourceDropNamesTheSource() {
        let a = Anomaly(
            rule: .trafficSourceDrop, severity: .high, dates: [Self.day(9, 26)], source: "淘内免费/手淘搜索",
            facts: [
                Fact(.visitors, .count(130)), Fact(.usualVisitors, .number(645)),
                Fact(.visitorShare, .ratio(130.0 / 645)),
                Fact(.minUsualVisitors, .number(100)), Fact(.maxShare, .ratio(0.35)),
            ])
        #expect(
            Self.masked.chinese(a) == "淘内免费/手淘搜索 在 2025-09-26 只有 130 访客，是本月日中位数 645 的 20%："
                + "可能被降权或处罚（刷单常见后果），请在生意参谋和违规记录里核实（规则：常规 ≥100 访客/天的来源当天 ≤ 中位数的 35%）")
    }

    static func surge(median: Fact, buyers: Int, signals: [Fact]) -> Anomaly {
        Anomaly(
            rule: .trafficSourceSurge, severity: .medium, dates: [Self.day(9, 9)], source: "付费流量/直通车",
            facts: [
                Fact(.visitors, .count(1008)), median, Fact(.visitorRatio, .ratio(1008 / 304.5)),
                Fact(.payingBuyers, .count(buyers)),
                Fact(.conversion, .ratio(Double(buyers) / 1008)), Fact(.usualConversion, .ratio(0.025)),
            ] + signals + [
                Fact(.otherSourcesRatio, .ratio(2.75)), Fact(.minRatio, .ratio(3)), Fact(.minDeviations, .number(5)),
            ])
    }

    @Test func trafficSourceSurgeWordsEachSignalThatFired() {
        let opening = "付费流量/直通车 在 2025-09-09 有 1,008 访客，是本月该来源工作日日中位数 305 的 3.3 倍；"
        let rule = "（规则：≥ 中位数 ×3 且 ≥ 中位数 + 5×稳健标准差）"
        let weekday = Fact(.weekdayMedianVisitors, .number(304.5))
        #expect(
            Self.masked.chinese(Self.surge(median: weekday, buyers: 18, signals: [Fact(.storeWide, .flag)]))
                == opening + "当天支付买家 18 人（转化 1.79%，该来源平时 2.50%）；其他来源同日也上涨到 2.8 倍，属全店同涨（大促/活动）" + rule)
        #expect(
            Self.masked.chinese(Self.surge(median: weekday, buyers: 2, signals: [Fact(.conversionCollapsed, .flag)]))
                == opening + "当天支付买家 2 人（转化 0.20%，该来源平时 2.50%），流量涨而转化塌陷，疑似刷流量/机器流量" + rule)
        #expect(
            Self.masked.chinese(Self.surge(median: weekday, buyers: 0, signals: [Fact(.surgeWithoutBuyers, .flag)]))
                == opening + "当天支付买家 0 人（转化 0.00%，该来源平时 2.50%），暴涨的访客没有带来一个支付买家，疑似刷流量/机器流量" + rule)
        let weekend = Self.surge(median: Fact(.weekendMedianVisitors, .number(304.5)), buyers: 18, signals: [])
        #expect(
            Self.masked.chinese(weekend).hasPrefix(
                "付费流量/直通车 在 2025-09-09 有 1,008 访客，是本月该来源周末日中位数 305 的 3.3 倍；当天支付买家 18 人（转化 1.79%，该来源平时 2.50%）（规则："))
    }

    @Test func searchBrushingNamesTheCorroboratingRules() {
        let a = Anomaly(
            rule: .searchBrushing, severity: .high, dates: [Self.day(8, 14)], orderIDs: ["1"], source: "手淘搜索",
            facts: [
                Fact(.visitors, .count(1288)), Fact(.usualVisitors, .number(606.5)),
                Fact(.visitorRatio, .ratio(1288 / 606.5)),
                Fact(.orders, .count(8)),
                Fact(.corroboratingRules, .list([.rule(.sameAddressCluster), .rule(.sequentialAccounts)])),
                Fact(.minRatio, .ratio(1.3)), Fact(.minDeviations, .number(3)),
            ])
        #expect(
            Self.masked.chinese(a)
                == "2025-08-14 手淘搜索访客 1,288，是同类日中位数 606 的 2.1 倍，同一天有 8 单疑似刷单（same-address-cluster、sequential-accounts）："
                + "疑似通过搜索刷单拉排名（规则：疑似刷单日手淘搜索访客 ≥ 同类日中位数 ×1.3 且 ≥ 中位数 + 3×稳健标准差）")
    }

    @Test(arguments: [
        (0, "0 秒"), (45, "45 秒"), (60, "1 分钟"), (3599, "59 分钟"), (3600, "1.0 小时"), (9587, "2.7 小时"),
        (3 * 86_400 - 1, "72.0 小时"), (3 * 86_400, "3.0 天"), (302_400, "3.5 天"),
    ])
    func spansOfTime(seconds: Int, words: String) {
        #expect(AnomalyWording.chineseSpan(seconds: seconds) == words)
    }

    @Test func timeRangesShortenTheSecondTimeWithinADay() {
        #expect(
            AnomalyWording.chineseTimeRange((Self.time(8, 14, 10, 2, 59), Self.time(8, 14, 12, 47)))
                == "2025-08-14 10:02 至 12:47")
        #expect(
            AnomalyWording.chineseTimeRange((Self.time(8, 14, 10, 2), Self.time(8, 15, 9, 40)))
                == "2025-08-14 10:02 至 2025-08-15 09:40")
    }

    @Test func aFindingNoSentenceFitsIsListedFactByFactStillMasked() {
        let unknown = RuleID("made-up", chinese: "虚构规则", english: "Made up", subject: .fakeOrders)
        let a = Anomaly(
            rule: unknown, severity: .low, dates: [],
            facts: [
                Fact(.orders, .count(1234)), Fact(.phone, .personal(.phone, "13812341234")), Fact(.storeWide, .flag),
            ])
        #expect(Self.masked.chinese(a) == "虚构规则：orders 1,234，phone 138****1234，storeWide 是")
        #expect(Self.revealed.chinese(a) == "虚构规则：orders 1,234，phone 13812341234，storeWide 是")
        // A known rule missing a fact its sentence needs is listed the same way rather than half worded.
        let partial = Anomaly(
            rule: .ordersBuyersMismatch, severity: .medium, dates: [Self.day(8, 27)],
            facts: [Fact(.paidOrders, .count(80))])
        #expect(Self.masked.chinese(partial) == "订单多于访客买家：paidOrders 80")
    }

    @Test func auditJSONWritesFactsAsNumbersWithPersonalValuesMaskedLikeTheEvidence() {
        let facts = [
            Fact(.address, .personal(.address, "浙江省 杭州市 西湖区 文三路1号")), Fact(.orders, .count(7)),
            Fact(.shortSpanSeconds, .seconds(5400)),
            Fact(.lowMedianAmount, .money(Money(cents: 990))), Fact(.mostlyOneItemShare, .ratio(2.0 / 3)),
            Fact(.storeWide, .flag),
            Fact(.timeRange, .timeRange(Self.time(8, 14, 10, 3, 23), Self.time(8, 14, 12, 43, 10))),
            Fact(.corroboratingRules, .list([.rule(.sameAddressCluster)])),
            Fact(.dailyROI, .list([.group([Fact(.day, .day(Self.day(7, 11))), Fact(.roi, .ratio(1.25))])])),
        ]
        let lines = [
            #"{"name": "address", "value": "浙江省 杭州市 西湖区 ***"}"#, #"{"name": "orders", "value": 7}"#,
            #"{"name": "shortSpanSeconds", "value": 5400}"#, #"{"name": "lowMedianAmount", "value": 9.9}"#,
            #"{"name": "mostlyOneItemShare", "value": 0.666667}"#, #"{"name": "storeWide", "value": true}"#,
            #"{"name": "timeRange", "value": {"from": "2025-08-14 10:03:23", "to": "2025-08-14 12:43:10"}}"#,
            #"{"name": "corroboratingRules", "value": ["same-address-cluster"]}"#,
            #"{"name": "dailyROI", "value": [{"day": "2025-07-11", "roi": 1.25}]}"#,
        ]
        #expect(
            AuditJSON().facts(facts, wording: Self.masked).rendered() == "[\n"
                + lines.map { "  " + $0 }.joined(separator: ",\n") + "\n]")
        let revealed = AuditJSON().facts(Array(facts.prefix(1)), wording: Self.revealed).rendered()
        #expect(revealed == "[\n  " + #"{"name": "address", "value": "浙江省 杭州市 西湖区 文三路1号"}"# + "\n]")
    }

    @Test func everyRuleTheDemoStoreFindsHasASentenceOfItsOwn() throws {
        let run = try DemoStoreAuditTests.demo.get()
        let anomalies = run.results.flatMap(\.anomalies)
        // Every rule, and the comparison of the agency's claims (2025-08's agency-claims.csv).
        #expect(
            Set(anomalies.map(\.rule))
                == Set(
                    Detector.registeredRuleIDs + [
                        .claimOverstated, .adBudgetExceeded, .campaignOverDailyLimit, .priceChangeOverLimit,
                        .promotionUnprofitable,
                    ]),
            "the demo store no longer covers every rule")
        for a in anomalies {
            #expect(
                Self.masked.chineseSentence(a) != nil,
                "\(a.rule) falls back to the fact list: \(Self.masked.chinese(a))")
            // The facts the rules really write fit the English sentences too.
            #expect(
                Self.masked.englishSentence(a) != nil,
                "\(a.rule) falls back to the fact list in English: \(Self.masked.english(a))")
        }
    }
}
