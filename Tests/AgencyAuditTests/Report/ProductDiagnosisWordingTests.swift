import Testing

@testable import AuditDiagnose
@testable import AuditRecords
@testable import AuditReport

/// The item downloads' evidence and the verdict's weighing, in both languages.
@Suite struct ProductDiagnosisWordingTests {
    static func day(_ d: Int) -> CalendarDay { CalendarDay(year: 2025, month: 8, day: d)! }

    static var joinedRun: StockOut {
        var s = StockOut(
            item: "纯棉短袖T恤女宽松百搭上衣", first: day(12), last: day(15), usualDailyOrders: 7,
            usualDailySales: Money(yuan: 400), expectedOrders: 28)
        s.sources = [.orders, .itemDays, .refundExport, .productSnapshot]
        s.daysSoldOut = 4
        s.stockOutRefunds = 3
        s.snapshotDaysAtZero = [day(13)]
        return s
    }

    @Test func aRunNamesEveryFileThatShowsIt() {
        #expect(
            ThreeStepDiagnosisWording.stockOutEvidence(Self.joinedRun, language: .chinese)
                == "（依据：商品_全部 4 天售罄/缺货；退款管理 3 笔未发货缺货退款；商品列表快照 2025-08-13 库存为 0）")
        #expect(
            ThreeStepDiagnosisWording.stockOutEvidence(Self.joinedRun, language: .english)
                == " (evidence: Sycm's item ranking download: 4 sold out days; the refund export: 3 refunds never "
                + "shipped, out of stock; stock at 0 in the product list of 2025-08-13)")
        var quiet = Self.joinedRun
        quiet.sources = [.itemDays]
        quiet.daysSoldOut = 0
        quiet.daysVisitedNoSale = 4
        quiet.stockOutRefunds = 0
        quiet.snapshotDaysAtZero = []
        #expect(
            ThreeStepDiagnosisWording.stockOutEvidence(quiet, language: .chinese) == "（依据：仅凭订单看不出；商品_全部 4 天有访客加购却无成交）")
        // A run the orders alone show keeps its sentence as it was.
        var orders = quiet
        orders.sources = [.orders]
        orders.daysVisitedNoSale = 0
        #expect(ThreeStepDiagnosisWording.stockOutEvidence(orders, language: .chinese).isEmpty)
    }

    @Test func snapshotPriceChangesSayWhosePartTheyAre() {
        let c = SnapshotPriceChange(
            itemIDKey: 7, itemID: "600007930789", title: "半身裙女中长款A字百褶裙", before: Money(yuan: 139),
            beforeDay: Self.day(5),
            after: Money(yuan: 159), day: Self.day(13), standing: .approved(day: Self.day(9), line: 2))
        #expect(
            ThreeStepDiagnosisWording.sentence(.snapshotPriceChange(c), in: .chinese)
                == "「半身裙女中长款A字百褶裙」（商品ID 600007930789）商品列表快照价格从 ¥139.00（2025-08-05）变为 ¥159.00（2025-08-13），+14.4%："
                + "商家已批准（approvals.csv 第 2 行，2025-08-09），属商家配合事项")
        var breach = c
        breach.standing = .overLimitWithoutApproval(limit: 0.1)
        breach.title = ""
        #expect(
            ThreeStepDiagnosisWording.sentence(.snapshotPriceChange(breach), in: .english)
                == "Item 600007930789's price went from ¥139.00 (2025-08-05) to ¥159.00 (2025-08-13), +14.4%, between "
                + "product-list snapshots: over the contract's 10% limit with no approval in approvals.csv: the agency's "
                + "breach of the price-change clause")
        #expect(
            ThreeStepDiagnosisWording.sentence(.snapshotPriceChangesWithoutApproval(changes: 2, items: 2), in: .chinese)
                == "商品列表快照之间有 2 次改价（2 款商品）超过合同约定幅度且 approvals.csv 中没有商家批准")
        let down = ItemTakenDown(item: "运动套装女春秋卫衣两件套", itemIDKey: 1, from: Self.day(20), salesFalling: true)
        #expect(
            ThreeStepDiagnosisWording.sentence(.itemTakenDown(down), in: .chinese)
                == "「运动套装女春秋卫衣两件套」商品_全部 自 2025-08-20 起下架至月底（之前销量在下降）：商家主动下架，不计为断货，也不计少卖")
    }

    static let peer = PeerTierComparison(
        target: .gmv, previousMonth: YearMonth(year: 2025, month: 7),
        changes: [.init(metric: .sales, store: -0.2, peer: -0.18)], reading: .market, files: ["a.xlsx"])

    @Test func theVerdictWeighsTheMerchantsAndTheMarketsPart() {
        // Gap ¥18,000; 3 items out 4 days lost about ¥11,000; the peer tier fell 18% beside the store's 20%.
        let diagnosis = ThreeStepDiagnosis(
            execution: [.noBreachFound],
            cooperation: [
                .stockOutsBehindTarget(StockOutImpact(target: .gmv, gap: 18_000, lost: 11_000, items: 3, days: 4))
            ],
            market: [.peerTier(Self.peer)])
        let w = MissWeighing.weigh(
            month: YearMonth(year: 2025, month: 8), target: .gmv, gap: 18_000, diagnosis: diagnosis)
        #expect(w.merchantPart == 11_000 && w.rest == 7_000 && w.marketFell)
        #expect(
            VerdictWording.weighing(w, .chinese)
                == "2025-08 月销售额缺口 ¥18,000.00，其中约 ¥11,000.00 来自 3 款商品断货共 4 天（商家备货），其余约 ¥7,000.00；"
                + "支付金额 -20.0%（同行同层平均 -18.0%）：主要是市场（同行同层一起下滑）")
        #expect(
            VerdictWording.weighing(w, .english)
                == "2025-08: sales short by ¥18,000.00; about ¥11,000.00 of it from 3 items out of stock for 4 days in all "
                + "(the merchant's stock), leaving about ¥7,000.00; sales -20.0% (peer tier average -18.0%): mainly the "
                + "market (the peer tier fell with the store)")
        // Stock-outs worth more than the gap explain all of it, never more.
        let all = MissWeighing(month: YearMonth(year: 2025, month: 8), target: .orders, gap: 20, stockOutLost: 31)
        #expect(all.merchantPart == 20 && all.rest == 0)
        #expect(VerdictWording.weighing(all, .chinese).hasSuffix("（商家备货），足以解释整个缺口；没有本月与上月可比的同行同层数据，市场因素未判断"))
        // An item approved in the orders' clause and between snapshots counts once.
        func approvedChange(_ key: UInt64) -> ThreeStepDiagnosis.CooperationFinding {
            .snapshotPriceChange(
                SnapshotPriceChange(
                    itemIDKey: key, itemID: String(key), title: "", before: Money(yuan: 10), beforeDay: Self.day(5),
                    after: Money(yuan: 12), day: Self.day(13), standing: .approved(day: Self.day(9), line: 2)))
        }
        let approved = MissWeighing.weigh(
            month: YearMonth(year: 2025, month: 8), target: .orders, gap: 24,
            diagnosis: ThreeStepDiagnosis(
                execution: [], cooperation: [approvedChange(7), approvedChange(8)], market: []),
            approvedItems: [7])
        #expect(approved.approvedPriceChangeItems == 2 && approved.merchantPart == 0)
        #expect(
            VerdictWording.weighing(approved, .chinese) == "2025-08 支付订单数缺口 24 单，商家批准改价的商品 2 款；没有本月与上月可比的同行同层数据，市场因素未判断"
        )
        #expect(
            VerdictWording.weighing(approved, .english)
                == "2025-08: paid orders short by 24 orders; price changes the merchant approved on 2 items; no "
                + "peer-tier figures for this month and the last to compare, so the market is not judged")
        let none = MissWeighing(month: YearMonth(year: 2025, month: 8), target: .orders, gap: 24)
        #expect(
            VerdictWording.weighing(none, .chinese) == "2025-08 支付订单数缺口 24 单；诊断未发现商家断货或商家批准的改价；没有本月与上月可比的同行同层数据，市场因素未判断"
        )
        #expect(
            VerdictWording.weighing(none, .english)
                == "2025-08: paid orders short by 24 orders; the diagnosis finds no stock-out or approved price change "
                + "behind it; no peer-tier figures for this month and the last to compare, so the market is not judged")
    }

    @Test func theMessageSaysWhatIsNotHeldAgainstTheAgency() {
        let w = MissWeighing(
            month: YearMonth(year: 2025, month: 8), target: .gmv, gap: 18_000, stockOutLost: 11_000, stockOutItems: 3,
            stockOutDays: 4)
        let lines = VerdictWording.messageLines(
            .demandRectification(
                items: [.fakeOrders(month: YearMonth(year: 2025, month: 8), groups: 1, orders: 5)],
                deadline: Self.day(31)),
            storeName: "店", agencyName: "托管方", from: YearMonth(year: 2025, month: 7),
            to: YearMonth(year: 2025, month: 8),
            weighing: [w], .chinese)
        #expect(
            lines[3]
                == "我方同时核对了自身与市场因素：2025-08 月销售额缺口 ¥18,000.00，其中约 ¥11,000.00 来自 3 款商品断货共 4 天（商家备货），其余约 ¥7,000.00；"
                + "没有本月与上月可比的同行同层数据，市场因素未判断。"
                + "据此，其中由我方备货或我方批准事项造成的部分，我方不归责于贵方；其余部分仍由贵方负责。")
        // Continuing needs no weighing in the message.
        let keep = VerdictWording.messageLines(
            .continue, storeName: "店", agencyName: "托管方", from: YearMonth(year: 2025, month: 7),
            to: YearMonth(year: 2025, month: 8), weighing: [w], .chinese)
        #expect(!keep.joined().contains("核对了自身"))
    }
}
