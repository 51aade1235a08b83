import Foundation
import Testing

@testable import AuditContract
@testable import AuditImport
@testable import AuditMeasure
@testable import AuditRecords
@testable import AuditReport

/// 「月托管费≤月预估利润 ×30%」 and the seeds' 「月销做到 8 万，但推广费花了 5 万，商家倒亏 2 万」: gross profit
/// from the contract's margin or from costs.csv, promotion and the fee against it.
@Suite struct ProfitReviewTests {
    static let month = YearMonth(year: 2025, month: 8)
    static func day(_ d: Int) -> CalendarDay { CalendarDay(year: 2025, month: 8, day: d)! }
    static let here = RowLocation(file: "x.csv", line: 2)

    /// The seeds' case worked by hand: 500 base fee + 20% commission, sales 80,000 (no refunds), a
    /// 58% margin: gross profit 46,400; ads 50,000 (one campaign, 60,000 of sales); fee 500 +
    /// 16,000 = 16,500. Left for the merchant: 46,400 − 50,000 − 16,500 = −20,100 (倒亏 2 万). The
    /// campaign brought 60,000 × 58% = 34,800 of gross profit for 50,000 of spend: a high finding.
    /// The fee check (30%) fails: nothing is left after promotion.
    @Test func theSeedsLossMakingMonth() throws {
        let c = try ContractParser.parse(
            Data(
                """
                {"store": {"name": "店"}, "fees": {"monthlyBase": 500, "commissionTiers": [{"rate": 0.2}],
                 "grossMargin": 0.58, "maxShareOfProfit": 0.3},
                 "stages": [{"from": "2025-08", "to": "2025-08", "targets": {"gmv": 80000}}]}
                """.utf8))
        let metrics = [
            MetricValue(key: .gmv, actual: 80_000, actualExcludingSuspicious: 80_000, target: 80_000),
            MetricValue(key: .refundAmount, actual: 0, actualExcludingSuspicious: 0),
            MetricValue(key: .adSpend, actual: 50_000, actualExcludingSuspicious: 50_000),
        ]
        let settlement = Settlement.compute(metrics: metrics, contract: c)
        #expect(settlement.payable == Money(yuan: 16_500))
        let ads = [
            AdRecord(
                day: Self.day(3), campaignName: "多多场景", spend: Money(yuan: 50_000),
                attributedSales: Money(yuan: 60_000),
                location: Self.here)
        ]
        let data = MonthData(month: Self.month, orders: [], traffic: [], ads: ads)
        let p = ProfitReview.review(
            data: data, metrics: metrics, settlement: settlement, contract: c, costs: nil, suspiciousOrderKeys: [])
        #expect(p.basis == .margin(0.58))
        #expect(p.grossProfit == Money(yuan: 46_400))
        #expect(p.profitAfterAds == Money(yuan: -3600))
        #expect(p.leftForMerchant == Money(yuan: -20_100))
        #expect(p.feeWithinShare == false)
        #expect(p.campaigns.map(\.net) == [Money(yuan: -15_200)])
        let finding = try #require(p.findings.first)
        #expect(finding.rule == .promotionUnprofitable && finding.severity == .high)
        #expect(
            AnomalyWording(options: ReportOptions(), trafficPlatform: .taobao).chinese(finding)
                == "本月推广花费 ¥50,000.00，带来成交 ¥60,000.00，按毛利率 58.0% 只有毛利 ¥34,800.00：推广花的钱比它带来的毛利多，扣除推广和托管费后商家亏损 ¥20,100.00；亏损的计划：多多场景 花费 ¥50,000.00、成交 ¥60,000.00（规则：推广花费超过其成交带来的毛利即为亏本推广，商家因此亏损为高）"
        )
        #expect(
            ProfitWording.lines(p, in: .chinese).first
                == "❌ 推广后没有利润，托管费无从分摊，超过合同约定的 30%（月托管费 ≤ 月预估利润 × 30%）")
        // With ads of 10,000 instead: 36,400 after ads, the fee 16,500 is 45.3% of it, above 30%.
        var cheaper = metrics
        cheaper[2] = MetricValue(key: .adSpend, actual: 10_000, actualExcludingSuspicious: 10_000)
        let q = ProfitReview.review(
            data: MonthData(month: Self.month, orders: [], traffic: [], ads: []), metrics: cheaper,
            settlement: settlement, contract: c, costs: nil, suspiciousOrderKeys: [])
        #expect(abs(q.feeShareOfProfit! - 16_500.0 / 36_400) < 1e-12)
        #expect(q.feeWithinShare == false)
        #expect(q.findings.isEmpty)
    }

    /// costs.csv worked by hand: item 600000000001 costs 30, 「围巾」 10. Order A (the id, 2 pieces, paid
    /// 100): 100 − 60 = 40. Order B (「围巾」 by title, paid 50, 25 refunded: half kept): 25 − 10 × 0.5 =
    /// 20. Order C (an item without a cost, paid 80) is left out; order D (a suspected fake) too.
    /// Sales 125, gross profit 60.
    @Test func costsAreCountedOrderByOrder() throws {
        let costs = ItemCosts.parse(Array("item,unitCost\n商品ID 600000000001,30\n围巾,¥10\n坏行,abc\n".utf8))
        #expect(costs.costs.count == 2)
        #expect(costs.problems == [CostProblem(line: 4, reason: .badCost(found: "abc"))])
        let orders = [
            Order(
                id: "1", paidAmount: Money(yuan: 100), paidAt: LocalTime(day: Self.day(1)), itemTitle: "外套",
                quantity: 2,
                itemID: "600000000001", location: Self.here),
            Order(
                id: "2", paidAmount: Money(yuan: 50), refundAmount: Money(yuan: 25),
                paidAt: LocalTime(day: Self.day(2)),
                itemTitle: "围巾", location: Self.here),
            Order(
                id: "3", paidAmount: Money(yuan: 80), paidAt: LocalTime(day: Self.day(3)), itemTitle: "帽子",
                location: Self.here),
            Order(
                id: "4", paidAmount: Money(cents: 990), paidAt: LocalTime(day: Self.day(4)), itemTitle: "围巾",
                location: Self.here),
        ]
        let data = MonthData(month: Self.month, orders: orders, traffic: [], ads: [])
        let c = try ContractParser.parse(
            Data(
                "{\"store\": {\"name\": \"店\"}, \"stages\": [{\"from\": \"2025-08\", \"to\": \"2025-08\", \"targets\": {}}]}"
                    .utf8))
        let p = ProfitReview.review(
            data: data, metrics: [], settlement: Settlement.withheld([.noUsableExport], contract: c), contract: c,
            costs: costs.costs, suspiciousOrderKeys: [Order.idKey(of: "4")])
        #expect(p.basis == ProfitReview.Basis.costs(items: 2, ordersWithoutCost: 1, salesWithoutCost: Money(yuan: 80)))
        #expect(p.sales == Money(yuan: 125))
        #expect(p.grossProfit == Money(yuan: 60))
        #expect(p.margin == 0.48)
        #expect(p.leftForMerchant == nil)
        #expect(ProfitWording.rows(p, in: .chinese).last?.note == "本月暂不结算，托管费未知")
    }

    /// Without a margin the report says profit cannot be judged and how to give it.
    @Test func withoutAMarginProfitCannotBeJudged() throws {
        let p = ProfitReview()
        #expect(ProfitWording.rows(p, in: .chinese).isEmpty)
        #expect(ProfitWording.lines(p, in: .chinese).first?.hasPrefix("利润无法判断：合同没有写毛利率") == true)
        EveryMessageInBothLanguagesTests.check("profit lines") { ProfitWording.lines(p, in: $0).joined() }
        let problems = [
            CostProblem(line: 2, reason: .emptyItem), CostProblem(line: 3, reason: .badCost(found: "x")),
            CostProblem(
                line: 4,
                reason: .conflictingCost(item: "A-1", firstLine: 2, first: Money(yuan: 1), found: Money(yuan: 30))),
        ]
        for problem in problems {
            EveryMessageInBothLanguagesTests.check(problem) {
                ProfitWording.problem(problem, file: "costs.csv", in: $0)
            }
        }
    }

    /// An item written twice at different costs (a ¥1 line above the real ¥30 one): the first line
    /// used to decide silently, making order A's profit 100 − 2 = 98 instead of 40. Now neither
    /// counts: order A is left out as an item without a cost, and the second line says why. The
    /// same cost written twice is one cost.
    @Test func anItemCostedTwiceDifferentlyKeepsNoCost() throws {
        let costs = ItemCosts.parse(
            Array("item,unitCost\n商品ID 600000000001,1\n围巾,10\n600000000001,¥30\n围巾,10.00\n".utf8))
        #expect(costs.costs.map(\.item) == ["围巾"])
        #expect(
            costs.problems == [
                CostProblem(
                    line: 4,
                    reason: .conflictingCost(
                        item: "600000000001", firstLine: 2, first: Money(yuan: 1), found: Money(yuan: 30)))
            ])
        #expect(
            ProfitWording.problem(costs.problems[0], file: "costs.csv", in: .chinese)
                == "costs.csv 第 4 行：「600000000001」的单位成本 ¥30.00 与第 2 行的 ¥1.00 不同：不知道哪个对，这个商品不计成本（它的订单算作没有成本）；请只留一行后重新审计")
        let orders = [
            Order(
                id: "1", paidAmount: Money(yuan: 100), paidAt: LocalTime(day: Self.day(1)), itemTitle: "外套",
                quantity: 2, itemID: "600000000001", location: Self.here),
            Order(
                id: "2", paidAmount: Money(yuan: 50), paidAt: LocalTime(day: Self.day(2)), itemTitle: "围巾",
                location: Self.here),
        ]
        let data = MonthData(month: Self.month, orders: orders, traffic: [], ads: [])
        let c = try ContractParser.parse(
            Data(
                "{\"store\": {\"name\": \"店\"}, \"stages\": [{\"from\": \"2025-08\", \"to\": \"2025-08\", \"targets\": {}}]}"
                    .utf8))
        let p = ProfitReview.review(
            data: data, metrics: [], settlement: Settlement.withheld([.noUsableExport], contract: c), contract: c,
            costs: costs.costs, suspiciousOrderKeys: [])
        // 围巾: 50 − 10 = 40; 外套 (600000000001) left out with its ¥100.
        #expect(p.basis == ProfitReview.Basis.costs(items: 1, ordersWithoutCost: 1, salesWithoutCost: Money(yuan: 100)))
        #expect(p.grossProfit == Money(yuan: 40))
    }

    /// A costs.csv none of whose lines gives a cost (¥0, a negative cost) used to be reported as no
    /// costs.csv at all; with a margin in the contract the margin was taken without a word.
    @Test func aCostsFileWithNoUsableLineIsNotCalledMissing() throws {
        let costs = ItemCosts.parse(Array("item,unitCost\n商品ID 600000000001,0\n围巾,-5\n".utf8))
        #expect(costs.costs.isEmpty && costs.problems.map(\.line) == [2, 3])
        let data = MonthData(
            month: Self.month,
            orders: [
                Order(id: "1", paidAmount: Money(yuan: 100), paidAt: LocalTime(day: Self.day(1)), location: Self.here)
            ], traffic: [], ads: [])
        func contract(_ fees: String) throws -> Contract {
            try ContractParser.parse(
                Data(
                    "{\"store\": {\"name\": \"店\"}, \(fees) \"stages\": [{\"from\": \"2025-08\", \"to\": \"2025-08\", \"targets\": {}}]}"
                        .utf8))
        }
        let plain = try contract("")
        let metrics = [MetricValue(key: .gmv, actual: 100, actualExcludingSuspicious: 100)]
        let without = ProfitReview.review(
            data: data, metrics: metrics, settlement: Settlement.withheld([.noUsableExport], contract: plain),
            contract: plain, costs: costs.costs, suspiciousOrderKeys: [])
        #expect(without.costsFileUnusable && without.grossProfit == nil)
        #expect(ProfitWording.lines(without, in: .chinese).first?.hasPrefix("利润无法判断：costs.csv 没有一行可用的单位成本") == true)
        EveryMessageInBothLanguagesTests.check("unusable costs") { ProfitWording.lines(without, in: $0).joined() }
        // With a margin: ¥100 × 35% = ¥35, and the table says costs.csv could not be used.
        let margin = try contract("\"fees\": {\"monthlyBase\": 0, \"grossMargin\": 0.35},")
        let with = ProfitReview.review(
            data: data, metrics: metrics, settlement: Settlement.withheld([.noUsableExport], contract: margin),
            contract: margin, costs: costs.costs, suspiciousOrderKeys: [])
        #expect(with.grossProfit == Money(yuan: 35))
        #expect(ProfitWording.rows(with, in: .chinese).map(\.note).contains("按合同毛利率 35%（costs.csv 没有一行可用，见下）"))
    }
}
