import AuditContract
import AuditDetect
import AuditRecords

/// One finding of every rule, with the facts the rule writes and ASCII values only, and findings
/// for each branch of the rules' sentences (a masked phone, a collection point, a store-wide surge,
/// each kind of copies that disagree).
enum AnomalyExamples {
    static func day(_ d: Int) -> CalendarDay { CalendarDay(year: 2025, month: 8, day: d)! }
    static func time(_ d: Int, _ h: Int, _ m: Int) -> LocalTime { LocalTime(day: day(d), hour: h, minute: m) }

    static let item = "Ice silk sun sleeves, free shipping, summer thin"
    static let scoring = [Fact(.score, .score(9)), Fact(.highScore, .score(7)), Fact(.mediumScore, .score(5))]
    static let burst = [Fact(.maxGapHours, .hours(24)), Fact(.minOrders, .count(3))] + scoring

    /// The rules the examples are for: every registered rule and the assembly's copies finding.
    static let rules: [RuleID] =
        Detector.registeredRuleIDs + [
            .conflictingCopies, .adBudgetExceeded, .campaignOverDailyLimit, .priceChangeOverLimit,
            .paidPromotionInStage,
            .promotionUnprofitable, .discountOverLimit,
        ]

    static let all: [Anomaly] =
        sameAddress + samePhone + [sequentialAccounts, shippedWithoutLogistics, ordersBuyersMismatch]
        + [roiBelowRedLine, spendOverLimit, trafficConversionCollapse, trafficSourceDrop] + trafficSourceSurge
        + [searchBrushing, linkedOrders] + waybillBatch + conflictingCopies + clauseBreaches

    /// The contract's spending and approval clauses (`ClauseReview`): each branch of their sentences.
    static let clauseBreaches: [Anomaly] =
        [
            Anomaly(
                rule: .adBudgetExceeded, severity: .high, dates: [day(20), day(21)],
                facts: [
                    Fact(.spend, .money(Money(yuan: 9500))), Fact(.monthlyAdBudget, .money(Money(yuan: 7500))),
                    Fact(.budgetShareOfSalesTarget, .ratio(0.15)), Fact(.salesTarget, .money(Money(yuan: 50_000))),
                    Fact(.overBudget, .money(Money(yuan: 2000))), Fact(.exceededOn, .day(day(20))),
                    Fact(
                        .topCampaigns,
                        .list([.group([Fact(.campaign, .text("Plan B")), Fact(.spend, .money(Money(yuan: 2000)))])])),
                    Fact(.highOverBudgetRatio, .ratio(1.2)),
                ]),
            Anomaly(
                rule: .adBudgetExceeded, severity: .medium, dates: [day(28)],
                facts: [
                    Fact(.spend, .money(Money(yuan: 5100))), Fact(.monthlyAdBudget, .money(Money(yuan: 5000))),
                    Fact(.overBudget, .money(Money(yuan: 100))), Fact(.exceededOn, .day(day(28))),
                    Fact(.topCampaigns, .list([])), Fact(.highOverBudgetRatio, .ratio(1.2)),
                ]),
        ]
        + [true, false].map { missing in
            Anomaly(
                rule: .campaignOverDailyLimit, severity: missing ? .medium : .high, dates: [day(12)],
                campaign: "Plan B",
                facts: [
                    Fact(.spend, .money(Money(yuan: 2000))), Fact(.campaignDailyLimit, .money(Money(yuan: 1000))),
                    Fact(.sales, .money(Money(yuan: 3000))), Fact(.roi, .ratio(1.5)),
                ] + (missing ? [Fact(.approvalsMissing, .flag)] : []))
        }
        + [true, false].map { excluded in
            Anomaly(
                rule: .discountOverLimit, severity: excluded ? .high : .medium, dates: [day(3)],
                facts: [
                    Fact(.item, .text(item)), Fact(.itemId, .text("600000000001")), Fact(.orders, .count(2)),
                    Fact(.deepestDiscount, .ratio(0.35)),
                ]
                    + (excluded
                        ? [Fact(.noDiscountItem, .flag)]
                        : [Fact(.maxDiscount, .ratio(0.3)), Fact(.approvalsMissing, .flag)]))
        }
        + [
            Anomaly(
                rule: .paidPromotionInStage, severity: .high, dates: [day(2), day(3)],
                facts: [
                    Fact(.stage, .text("Month 1")), Fact(.spend, .money(Money(yuan: 120))),
                    Fact(
                        .topCampaigns,
                        .list([.group([Fact(.campaign, .text("Plan A")), Fact(.spend, .money(Money(yuan: 120)))])])),
                ]),
            Anomaly(
                rule: .promotionUnprofitable, severity: .high, dates: [],
                facts: [
                    Fact(.spend, .money(Money(yuan: 50_000))), Fact(.sales, .money(Money(yuan: 60_000))),
                    Fact(.grossMargin, .ratio(0.58)), Fact(.adGrossProfit, .money(Money(yuan: 34_800))),
                    Fact(.leftForMerchant, .money(Money(yuan: -20_100))),
                    Fact(
                        .topCampaigns,
                        .list([
                            .group([
                                Fact(.campaign, .text("Plan A")), Fact(.spend, .money(Money(yuan: 50_000))),
                                Fact(.sales, .money(Money(yuan: 60_000))),
                            ])
                        ])),
                ]),
            Anomaly(
                rule: .promotionUnprofitable, severity: .medium, dates: [],
                facts: [
                    Fact(.spend, .money(Money(yuan: 500))), Fact(.sales, .money(Money(yuan: 600))),
                    Fact(.grossMargin, .ratio(0.5)), Fact(.adGrossProfit, .money(Money(yuan: 300))),
                    Fact(.topCampaigns, .list([])),
                ]),
        ]
        + [true, false].map { missing in
            Anomaly(
                rule: .priceChangeOverLimit, severity: missing ? .medium : .high, dates: [day(4)],
                facts: [
                    Fact(.item, .text(item)), Fact(.itemId, .text("600000000001")),
                    Fact(.priceBefore, .money(Money(yuan: 99))), Fact(.previousDay, .day(day(3))),
                    Fact(.priceAfter, .money(Money(yuan: 89))), Fact(.priceChange, .ratio(-0.101)),
                    Fact(.priceChangeLimit, .ratio(0.1)),
                ] + (missing ? [Fact(.approvalsMissing, .flag), Fact(.pricePaidPerUnit, .flag)] : []))
        }

    static let sameAddress: [Anomaly] = [
        [
            Fact(.shortSpanSeconds, .seconds(9587)), Fact(.sameItemOrders, .count(8)),
            Fact(.sameAmount, .money(Money(cents: 990))),
        ],
        [
            Fact(.longSpanSeconds, .seconds(302_400)), Fact(.mixedItemsShare, .ratio(0.2)),
            Fact(.medianBuyerGapSeconds, .seconds(17)), Fact(.collectionPoint, .text("parcel station")),
        ],
        [
            Fact(.daySpanSeconds, .seconds(40_000)), Fact(.mostlyOneItemShare, .ratio(0.7)),
            Fact(.collectionPointBurst, .text("locker")), Fact(.stationOrdersInWindow, .count(10)),
            Fact(.storeItemShare, .ratio(0.053)),
        ],
    ].map { signals in
        Anomaly(
            rule: .sameAddressCluster, severity: .high, dates: [day(14)], orderIDs: ["1", "2", "3"],
            facts: [
                Fact(.address, .personal(.address, "Zhejiang Hangzhou Yuhang Wenyi Road 998, Building 3, Room 301")),
                Fact(.timeRange, .timeRange(time(14, 10, 3), time(14, 12, 43))), Fact(.orders, .count(8)),
            ] + signals + [
                Fact(.item, .text(item)), Fact(.lowMedianAmount, .money(Money(cents: 990))),
                Fact(.distinctBuyers, .count(8)), Fact(.distinctReceivers, .count(8)),
            ] + burst)
    }

    static let samePhone: [Anomaly] = [
        Anomaly(
            rule: .samePhoneCluster, severity: .high, dates: [day(20), day(21)],
            facts: [
                Fact(.phone, .personal(.phone, "13957112345")),
                Fact(.timeRange, .timeRange(time(20, 9, 8), time(21, 14, 18))), Fact(.orders, .count(6)),
                Fact(.distinctReceivers, .count(6)), Fact(.distinctAddresses, .count(6)),
                Fact(.shortSpanSeconds, .seconds(104_995)), Fact(.sameItemOrders, .count(6)), Fact(.item, .text(item)),
                Fact(.lowMedianAmount, .money(Money(cents: 990))),
            ] + burst),
        Anomaly(
            rule: .samePhoneCluster, severity: .medium, dates: [day(6)],
            facts: [
                Fact(.maskedPhone, .personal(.phone, "137****8899")),
                Fact(.timeRange, .timeRange(time(6, 10, 0), time(6, 16, 42))), Fact(.orders, .count(5)),
                Fact(.item, .text(item)), Fact(.distinctReceivers, .count(5)), Fact(.distinctAddresses, .count(4)),
                Fact(.maxGapHours, .hours(24)), Fact(.minOrders, .count(4)), Fact(.minReceiversOrAddresses, .count(3)),
            ]),
    ]

    static let sequentialAccounts = Anomaly(
        rule: .sequentialAccounts, severity: .high, dates: [day(12)],
        facts: [
            Fact(.firstAccount, .personal(.account, "tb_887925")), Fact(.lastAccount, .personal(.account, "tb_887931")),
            Fact(.timeRange, .timeRange(time(12, 8, 10), time(12, 12, 9))), Fact(.orders, .count(7)),
            Fact(.item, .text(item)), Fact(.distinctReceivers, .count(7)), Fact(.distinctPhones, .count(6)),
            Fact(.maxGapHours, .hours(6)), Fact(.minOrders, .count(4)), Fact(.maxStep, .count(3)),
        ])

    static let shippedWithoutLogistics = Anomaly(
        rule: .shippedWithoutLogistics, severity: .high, dates: [day(23), day(24)],
        facts: [
            Fact(.timeRange, .timeRange(time(23, 11, 5), time(24, 20, 34))), Fact(.orders, .count(9)),
            Fact(.status, .text("TRADE_FINISHED")), Fact(.sameItemOrders, .count(9)), Fact(.item, .text(item)),
            Fact(.lowMedianAmount, .money(Money(cents: 990))), Fact(.maxGapHours, .hours(48)),
            Fact(.minOrders, .count(3)),
        ])

    static let ordersBuyersMismatch = Anomaly(
        rule: .ordersBuyersMismatch, severity: .medium, dates: [day(27)],
        facts: [
            Fact(.paidOrders, .count(80)), Fact(.payingBuyers, .count(40)),
            Fact(.usualOrdersPerBuyer, .ratio(24.0 / 23)),
            Fact(.extraOrders, .number(80 - 40 * 24.0 / 23)), Fact(.minRatio, .ratio(1.35)),
            Fact(.minExtraOrders, .count(8)),
        ])

    static let roiBelowRedLine = Anomaly(
        rule: .roiBelowRedLine, severity: .medium, dates: (11...13).map(day),
        facts: [
            Fact(.consecutiveDays, .days(3)),
            Fact(
                .dailyROI,
                .list(
                    [(11, 1.033), (12, 1.062), (13, 1.176)].map { d, roi in
                        .group([Fact(.day, .day(day(d))), Fact(.roi, .ratio(roi))])
                    })),
            Fact(.spend, .money(Money(cents: 136_227))), Fact(.sales, .money(Money(cents: 148_180))),
            Fact(.roiRedLine, .ratio(1.5)), Fact(.roiRedLineDays, .days(3)),
        ])

    static let spendOverLimit = Anomaly(
        rule: .spendOverLimit, severity: .high, dates: [day(23)],
        facts: [
            Fact(.spend, .money(Money(cents: 56_735))), Fact(.dailySpendLimit, .money(Money(cents: 50_000))),
            Fact(.overLimitRatio, .ratio(56_735.0 / 50_000)),
            Fact(
                .topCampaigns,
                .list(
                    [("dresses-keywords (30001)", 33_457), ("store-boost (30003)", 23_278)].map { name, cents in
                        .group([Fact(.campaign, .text(name)), Fact(.spend, .money(Money(cents: Int64(cents))))])
                    })),
        ])

    static let trafficConversionCollapse = Anomaly(
        rule: .trafficConversionCollapse, severity: .high, dates: [day(16)],
        facts: [
            Fact(.visitors, .count(4743)), Fact(.usualVisitors, .number(2055.5)),
            Fact(.visitorRatio, .ratio(4743 / 2055.5)),
            Fact(.conversion, .ratio(47.0 / 4743)), Fact(.usualConversion, .ratio(0.0226)),
            Fact(.minVisitorRatio, .ratio(1.5)), Fact(.maxConversionShare, .ratio(0.6)),
        ])

    static let trafficSourceDrop = Anomaly(
        rule: .trafficSourceDrop, severity: .high, dates: [day(26)], source: "free/search",
        facts: [
            Fact(.visitors, .count(130)), Fact(.usualVisitors, .number(645)), Fact(.visitorShare, .ratio(130.0 / 645)),
            Fact(.minUsualVisitors, .number(100)), Fact(.maxShare, .ratio(0.35)),
        ])

    static let trafficSourceSurge: [Anomaly] = [
        (Fact(.weekdayMedianVisitors, .number(304.5)), 18, [Fact(.storeWide, .flag)]),
        (Fact(.weekendMedianVisitors, .number(304.5)), 2, [Fact(.conversionCollapsed, .flag)]),
        (Fact(.weekdayMedianVisitors, .number(41)), 0, [Fact(.surgeWithoutBuyers, .flag)]),
    ].map { median, buyers, signals in
        Anomaly(
            rule: .trafficSourceSurge, severity: .medium, dates: [day(9)], source: "paid/search ads",
            facts: [
                Fact(.visitors, .count(1008)), median, Fact(.visitorRatio, .ratio(3.3)),
                Fact(.payingBuyers, .count(buyers)),
                Fact(.conversion, .ratio(Double(buyers) / 1008)), Fact(.usualConversion, .ratio(0.025)),
            ] + signals + [
                Fact(.otherSourcesRatio, .ratio(2.75)), Fact(.minRatio, .ratio(3)), Fact(.minDeviations, .number(5)),
            ])
    }

    static let searchBrushing = Anomaly(
        rule: .searchBrushing, severity: .high, dates: [day(14)], orderIDs: ["1"], source: "search",
        facts: [
            Fact(.visitors, .count(1288)), Fact(.usualVisitors, .number(606.5)),
            Fact(.visitorRatio, .ratio(1288 / 606.5)),
            Fact(.orders, .count(8)),
            Fact(.corroboratingRules, .list([.rule(.sameAddressCluster), .rule(.sequentialAccounts)])),
            Fact(.minRatio, .ratio(1.3)), Fact(.minDeviations, .number(3)),
        ])

    static let linkedOrders = Anomaly(
        rule: .linkedOrders, severity: .high, dates: [day(17), day(18)], orderIDs: ["1", "2"],
        facts: [
            Fact(.timeRange, .timeRange(time(17, 10, 13), time(18, 13, 33))), Fact(.orders, .count(12)),
            Fact(.daySpanSeconds, .seconds(98_414)), Fact(.lowMedianAmount, .money(Money(cents: 990))),
            Fact(.sameItemOrders, .count(12)), Fact(.item, .text(item)), Fact(.distinctReceivers, .count(12)),
            Fact(.distinctAddresses, .count(6)), Fact(.distinctPhones, .count(6)), Fact(.distinctAccounts, .count(6)),
            Fact(.linksPerOrder, .ratio(1.5)), Fact(.sharedAddresses, .count(6)), Fact(.sharedPhones, .count(1)),
            Fact(.sharedAccounts, .count(6)), Fact(.sharedAccountStems, .count(2)), Fact(.maxGapHours, .hours(48)),
            Fact(.minOrders, .count(4)), Fact(.maxOrdersPerKey, .count(20)), Fact(.score, .score(10)),
            Fact(.highScore, .score(9)), Fact(.mediumScore, .score(7)),
        ])

    static let waybillBatch: [Anomaly] =
        [
            [Fact(.carrierMonthOrders, .count(8)), Fact(.carrierDays, .days(1))],
            [Fact(.carrierElsewhere, .count(1189)), Fact(.carrierDays, .days(30))],
        ].map { carrier in
            Anomaly(
                rule: .waybillBatch, severity: .high, dates: [day(17)], orderIDs: ["1", "2"],
                facts: [
                    Fact(.timeRange, .timeRange(time(17, 13, 0), time(17, 15, 35))), Fact(.orders, .count(8)),
                    Fact(.firstWaybill, .text("4312665378385")), Fact(.lastWaybill, .text("4312665378393")),
                    Fact(.carrier, .text("Yunda Express")),
                ] + carrier + [
                    Fact(.distinctReceivers, .count(8)), Fact(.sameItemOrders, .count(8)), Fact(.item, .text(item)),
                    Fact(.lowMedianAmount, .money(Money(cents: 990))), Fact(.completedOrders, .count(8)),
                    Fact(.maxStep, .count(20)), Fact(.maxGapHours, .hours(12)), Fact(.minOrders, .count(5)),
                    Fact(.minStoreDays, .days(4)),
                ])
        } + [
            Anomaly(
                rule: .waybillBatch, severity: .low, dates: [day(9)],
                facts: [
                    Fact(.timeRange, .timeRange(time(9, 11, 2), time(9, 16, 18))), Fact(.orders, .count(10)),
                    Fact(.firstWaybill, .text("YT7302118663938")), Fact(.lastWaybill, .text("YT7302118663947")),
                    Fact(.carrier, .text("")), Fact(.carrierMonthOrders, .count(10)), Fact(.carrierDays, .days(1)),
                    Fact(.maxStep, .count(20)), Fact(.maxGapHours, .hours(12)), Fact(.minOrders, .count(5)),
                    Fact(.minStoreDays, .days(4)),
                ])
        ]

    /// Copies that disagree, for each kind of export: what differs, as the assembly reports it.
    static let conflictingCopies: [Anomaly] = [
        (
            "orders", Fact(.orderId, .text("3812004976002827796")), [],
            [
                (Fact.Name.paidAmount, Fact.Value.money(Money(cents: 990)), Fact.Value.money(Money(cents: 9900))),
                (.orderStatus, .text("paid"), .text("refunded")),
            ]
        ),
        (
            "traffic", Fact(.trafficSource, .text("free/search")), [Fact(.day, .day(day(3)))],
            [(.visitors, .count(600), .count(900))]
        ),
        (
            "refunds", Fact(.serviceId, .text("SV-1001")), [],
            [(.refundAmount, .money(Money(cents: 500)), .money(Money(cents: 800)))]
        ),
        (
            "ads", Fact(.campaign, .text("store-boost (30003)")), [Fact(.day, .day(day(3)))],
            [(.spend, .money(Money(cents: 10_000)), .money(Money(cents: 20_000)))]
        ),
    ].map { kind, subject, day, differences in
        let example = Fact.Value.group([subject] + day + differences.map { Fact($0.0, .list([$0.1, $0.2])) })
        return Anomaly(
            rule: .conflictingCopies, severity: .high, dates: [], orderIDs: [],
            facts: [
                Fact(.exportKind, .text(kind)), Fact(.firstFile, .text("exports/2025-08/a.xlsx")),
                Fact(.secondFile, .text("exports/2025-08/b.xlsx")), Fact(.orders, .count(5)),
                Fact(.examples, .list([example])),
            ])
    }
}
