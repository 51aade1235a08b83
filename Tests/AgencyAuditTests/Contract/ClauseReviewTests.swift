import ExportContainers
import Foundation
import Testing

@testable import AuditContract
@testable import AuditImport
@testable import AuditMeasure
@testable import AuditRecords
@testable import AuditReport

/// The promotion budget, the per-campaign daily limit and the price-change limit, each worked by
/// hand on a month built in the test, with and without the merchant's approvals.csv.
@Suite struct ClauseReviewTests {
    static let month = YearMonth(year: 2025, month: 8)
    static func day(_ d: Int) -> CalendarDay { CalendarDay(year: 2025, month: 8, day: d)! }
    static let here = RowLocation(file: "ads.csv", line: 2)

    static func ad(_ d: Int, _ campaign: String, spend: Int, sales: Int) -> AdRecord {
        AdRecord(
            day: day(d), campaignName: campaign, spend: Money(yuan: spend), attributedSales: Money(yuan: sales),
            location: here)
    }

    static func contract(limits: String, gmvTarget: Int = 80_000) throws -> Contract {
        var text = ContractParserTests.example.replacingOccurrences(
            of: "{\"dailyAdSpend\": 500, \"roiRedLine\": 1.5, \"roiRedLineDays\": 3}", with: limits)
        text = text.replacingOccurrences(of: "\"gmv\": 80000", with: "\"gmv\": \(gmvTarget)")
        return try ContractParser.parse(Data(text.utf8))
    }

    /// Ads of August: 计划A 600 on days 1–10 (6,000), 计划B 1,500 on day 5 and 2,000 on day 12.
    static let ads: [AdRecord] =
        (1...10).map { ad($0, "计划A", spend: 600, sales: 1500) } + [
            ad(5, "计划B", spend: 1500, sales: 6000), ad(12, "计划B", spend: 2000, sales: 3000),
        ]

    /// Worked by hand: the budget is 15% of the stage's gmv target of 50,000 = ¥7,500.00. Spend by
    /// day: days 1–4 600 a day (2,400), day 5 600 + 1,500 (4,500), days 6–9 (6,900), day 10 (7,500:
    /// not over), day 12 (9,500: over). Passed on the 12th, ¥2,000.00 over; 9,500 / 7,500 = 1.27 >
    /// 1.2, so high; after it only 计划B spent (¥2,000.00).
    @Test func theBudgetIsPassedOnTheDayTheSpendSoFarExceedsIt() throws {
        let c = try Self.contract(limits: "{\"monthlyAdBudget\": {\"shareOfSalesTarget\": 0.15}}", gmvTarget: 50_000)
        let data = MonthData(month: Self.month, orders: [], traffic: [], ads: Self.ads)
        let r = ClauseReview.check(data: data, contract: c, stage: c.stage(for: Self.month), approvals: nil)
        let b = try #require(r.budget)
        #expect(b.budget == Money(yuan: 7500))
        #expect(b.salesTarget == 50_000)
        #expect(b.spend == Money(yuan: 9500))
        #expect(b.exceededOn == Self.day(12))
        #expect(b.over == Money(yuan: 2000))
        #expect(b.campaignsOver == [.init(campaign: "计划B", spend: Money(yuan: 2000))])
        #expect(!r.needsApprovals)
        #expect(r.breachCount == 1)
        let finding = try #require(r.findings.first)
        #expect(finding.rule == .adBudgetExceeded)
        #expect(finding.severity == .high)
        #expect(finding.dates == [Self.day(12)])
        let wording = AnomalyWording(options: ReportOptions(), trafficPlatform: .taobao)
        #expect(
            wording.chinese(finding)
                == "本月推广花费 ¥9,500.00，超出合同约定的月推广预算 ¥7,500.00（月销目标 ¥50,000.00 × 15%），超支 ¥2,000.00；2025-08-12 起已超预算，此后花费最多的计划：计划B ¥2,000.00（规则：当月推广花费超过预算即为超支，超出 20% 以上为高；追加预算须商家书面同意）"
        )
        #expect(wording.englishSentence(finding) != nil)
        // An amount of ¥10,000.00 holds it; a share without a gmv target in the stage cannot be set.
        let amount = try Self.contract(limits: "{\"monthlyAdBudget\": 10000}")
        let within = ClauseReview.check(
            data: data, contract: amount, stage: amount.stage(for: Self.month), approvals: nil)
        #expect(within.budget?.exceededOn == nil && within.findings.isEmpty)
        let noTarget = ClauseReview.check(data: data, contract: c, stage: c.stages[0], approvals: nil)
        #expect(noTarget.budget?.budget == nil)
        #expect(ClauseReviewWording.lines(noTarget, files: [], in: .chinese).first?.contains("预算无法确定") == true)
    }

    /// Worked by hand, limit ¥1,000.00 per campaign a day: 计划B's days 5 (1,500, ROI 6,000/1,500 =
    /// 4.0) and 12 (2,000, ROI 1.5) are over; 计划A's 600s are not. With the fast pass at ROI 2.5 the
    /// 5th goes through; an approval of 计划B on the 10th up to ¥2,000 covers the 12th; without
    /// approvals.csv the 12th cannot be checked (medium); with a file that does not name it, high.
    @Test func campaignDaysOverTheLimitNeedAnApproval() throws {
        let c = try Self.contract(limits: "{\"campaignDailySpend\": 1000, \"campaignFastPassROI\": 2.5}")
        let data = MonthData(month: Self.month, orders: [], traffic: [], ads: Self.ads)
        let stage = c.stage(for: Self.month)
        let none = ClauseReview.check(data: data, contract: c, stage: stage, approvals: nil)
        let days = try #require(none.campaignLimit?.days)
        #expect(days.map(\.day) == [Self.day(5), Self.day(12)])
        #expect(days.map(\.roi) == [4.0, 1.5])
        #expect(days[0].approval == .fastPass(roi: 4.0, standard: 2.5))
        #expect(days[1].approval == .notChecked)
        #expect(none.findings.map(\.severity) == [.medium])
        #expect(none.findings.first?.campaign == "计划B")

        let approved = ClauseReview.check(
            data: data, contract: c, stage: stage,
            approvals: [
                MerchantApproval(day: Self.day(10), subject: .campaign, detail: "计划B", value: 2000, line: 2)
            ])
        #expect(approved.campaignLimit?.days[1].approval == .approved(line: 2, day: Self.day(10), value: 2000))
        #expect(approved.findings.isEmpty)
        #expect(
            ClauseReviewWording.cooperation(approved, in: .chinese)
                == "商家已书面审批 2 个计划日超单日限额：属商家的决定，不算托管方违约（见「合同条款检查」）")

        // An approval given after the day, or for less than was spent, does not cover it.
        let late = ClauseReview.check(
            data: data, contract: c, stage: stage,
            approvals: [
                MerchantApproval(day: Self.day(13), subject: .campaign, detail: "计划B", line: 2),
                MerchantApproval(day: Self.day(1), subject: .campaign, detail: "计划B", value: 1800, line: 3),
            ])
        #expect(late.campaignLimit?.days[1].approval == .notApproved)
        #expect(late.findings.map(\.severity) == [.high])
        #expect(late.breachCount == 1)
        #expect(
            ClauseReviewWording.execution(late, in: .chinese)
                == "合同条款：1 个计划日超单日限额未经审批（见「合同条款检查」）")
    }

    /// Worked by hand, limit 10%: item 600000000001 (list price 商品价格) at ¥79.00 on the 1st and 2nd,
    /// ¥99.00 on the 3rd (+25.3%), ¥89.00 on the 4th (-10.1%, over by a hair). Item 600000000002 has
    /// no list price: paid ÷ quantity, 3 orders a day at ¥50.00, then ¥54.00 (+8%: within). An
    /// order without a 商品ID is not compared. Approving the rise to 99 on the 2nd leaves the fall.
    @Test func priceChangesAreFoundPerItemBetweenDays() throws {
        let c = try Self.contract(limits: "{\"priceChange\": 0.1}")
        var orders: [Order] = []
        func order(_ d: Int, item: String, paid: Int, list: Int?) {
            orders.append(
                Order(
                    id: "\(100 + orders.count)", paidAmount: Money(yuan: paid),
                    paidAt: LocalTime(day: Self.day(d), hour: 10), itemTitle: "item \(item)", itemID: item,
                    listPrice: list.map { Money(yuan: $0) } ?? .zero, location: Self.here))
        }
        for (d, price) in [(1, 79), (2, 79), (3, 99), (4, 89)] {
            order(d, item: "600000000001", paid: price - 5, list: price)
        }
        for d in 1...3 { for _ in 0..<3 { order(d, item: "600000000002", paid: 50, list: nil) } }
        for _ in 0..<3 { order(4, item: "600000000002", paid: 54, list: nil) }
        order(2, item: "", paid: 10, list: nil)
        let data = MonthData(month: Self.month, orders: orders, traffic: [], ads: [])
        let readBack = OrderReadBack(inMemory: orders)
        let review = ClauseReview.check(
            data: data, contract: c, stage: c.stage(for: Self.month), approvals: nil, readBack: readBack)
        let p = try #require(review.priceChanges)
        #expect(p.itemsCompared == 2)
        #expect(p.ordersWithoutItemID == 1)
        #expect(p.changes.map(\.day) == [Self.day(3), Self.day(4)])
        #expect(p.changes.map(\.after) == [Money(yuan: 99), Money(yuan: 89)])
        #expect(p.changes.map(\.itemID) == ["600000000001", "600000000001"])
        #expect(p.changes.first?.title == "item 600000000001")
        #expect(abs(p.changes[0].change - (99.0 / 79 - 1)) < 1e-12)
        #expect(p.changes.allSatisfy { $0.fromListPrice })
        #expect(review.findings.count == 2)

        let approvals = MerchantApprovals.parse(
            Array("date,subject,detail,value\n2025-08-02,price,商品ID 600000000001,99\n".utf8),
            file: "exports/2025-08/approvals.csv")
        #expect(approvals.problems.isEmpty)
        let checked = ClauseReview.check(
            data: data, contract: c, stage: c.stage(for: Self.month), approvals: approvals.approvals,
            readBack: readBack)
        #expect(
            checked.priceChanges?.changes.map(\.approval) == [
                .approved(line: 2, day: Self.day(2), value: 99), .notApproved,
            ])
        let finding = try #require(checked.findings.first)
        #expect(finding.severity == .high)
        #expect(
            AnomalyWording(options: ReportOptions(), trafficPlatform: .taobao).chinese(finding)
                == "商品「item 600000000001」（商品ID 600000000001）的价格从 ¥99.00（2025-08-03）变为 ¥89.00（2025-08-04），-10.1%，超过合同约定的 10%；approvals.csv 里没有该商品的改价审批，属未经审批的改价（规则：单价调整超过 10% 需商家审批；价格取当天最常见的商品价格）"
        )
    }

    /// approvals.csv as merchants type it: Chinese subjects, dates with slashes, a bad line named.
    @Test func approvalsAreReadLineByLine() {
        let text = """
            日期,事项,内容,数值
            2025/8/9,改价,商品ID：600000000001,¥79
            2025-08-12,推广,双11预热计划,2000
            # a comment
            2025-08-40,price,商品ID 1,1
            2025-08-13,refund,x
            2025-08-14,campaign,
            """
        let a = MerchantApprovals.parse(Array(text.utf8), file: "exports/2025-08/approvals.csv")
        #expect(a.approvals.map(\.subject) == [.price, .campaign])
        #expect(a.approvals.map(\.value) == [79, 2000])
        #expect(a.approvals[0].day == Self.day(9))
        #expect(a.approvals[0].itemIDKey == 600_000_000_001)
        #expect(a.problems.map(\.line) == [5, 6, 7])
        #expect(
            a.problems.map { ClauseReviewWording.problem($0, in: .chinese) } == [
                "exports/2025-08/approvals.csv 第 5 行第 1 列：「2025-08-40」不是日期：应写审批的日期，如 2025-08-09；这一行未用",
                "exports/2025-08/approvals.csv 第 6 行第 2 列：「refund」不是可用的审批事项：应写 price（改价）、discount（折扣）、campaign（推广计划）或 activity（活动）；这一行未用",
                "exports/2025-08/approvals.csv 第 7 行第 3 列：没有写审批的对象：应写商品ID（如 商品ID 612345678901）、计划名称或活动名称；这一行未用",
            ])
        #expect(MerchantApprovals.isApprovalsFile("exports/2025-08/Approvals.CSV"))
    }

    /// Every sentence of the clause section, in both languages (ASCII data, so Chinese in the
    /// English edition is an untranslated word).
    @Test func everyClauseSentenceIsInBothLanguages() throws {
        let c = try Self.contract(
            limits:
                "{\"monthlyAdBudget\": {\"shareOfSalesTarget\": 0.15}, \"campaignDailySpend\": 1000, \"campaignFastPassROI\": 3, \"priceChange\": 0.1, \"maxDiscount\": 0.3, \"noDiscountItems\": [\"A-1\"]}",
            gmvTarget: 50_000)
        let ads =
            (1...10).map { Self.ad($0, "Plan A", spend: 600, sales: 1500) } + [
                Self.ad(5, "Plan B", spend: 1500, sales: 6000), Self.ad(12, "Plan B", spend: 2000, sales: 3000),
            ]
        let data = MonthData(month: Self.month, orders: [], traffic: [], ads: ads)
        let stage = c.stage(for: Self.month)
        let reviews = [
            ClauseReview.check(data: data, contract: c, stage: stage, approvals: nil),
            ClauseReview.check(
                data: data, contract: c, stage: stage,
                approvals: [MerchantApproval(day: Self.day(1), subject: .campaign, detail: "Plan B", line: 2)]),
            ClauseReview.check(data: data, contract: c, stage: c.stages[0], approvals: []),
        ]
        for r in reviews {
            EveryMessageInBothLanguagesTests.check("clause lines") {
                ClauseReviewWording.lines(r, files: ["exports/2025-08/approvals.csv"], in: $0).joined(separator: " ")
            }
            for (i, row) in ClauseReviewWording.rows(r, in: .english).enumerated() {
                EveryMessageInBothLanguagesTests.check("row \(row.day)") {
                    let w = ClauseReviewWording.rows(r, in: $0)[i]
                    return w.clause + " " + w.figures + " " + w.approval
                }
            }
        }
        EveryMessageInBothLanguagesTests.check("execution") { ClauseReviewWording.execution(reviews[0], in: $0) ?? "" }
        EveryMessageInBothLanguagesTests.check("cooperation") {
            ClauseReviewWording.cooperation(reviews[1], in: $0) ?? ""
        }
        let problems: [ApprovalProblem.Reason] = [
            .badDate(found: "2025-08-40"), .unknownSubject(found: "refund"), .emptyDetail(.price),
            .badValue(found: "abc", subject: .discount), .badValue(found: "abc", subject: .price),
            .unreadable(.unreadable(file: "approvals.csv", reason: .system(.errno(13)))),
        ]
        for reason in problems {
            let p = ApprovalProblem(file: "exports/2025-08/approvals.csv", line: 3, column: 2, reason: reason)
            EveryMessageInBothLanguagesTests.check(reason) { ClauseReviewWording.problem(p, in: $0) }
        }
    }

    /// Worked by hand, 满减 over 30% needs approval and item 600000000002 takes no discount: on the
    /// 3rd item 600000000001 (list ¥100.00) sells at ¥65.00 (35% off) and ¥75.00 (25%: within), on
    /// the 4th two pieces at ¥130.00 (35% off); item 600000000002 sells at ¥95.00 (5% off) on the
    /// 3rd. An approval of 40% for item …001 on the 1st covers the 3rd and the 4th; item …002's
    /// discount can never be approved.
    @Test func discountsOverTheLimitAndOnExcludedItems() throws {
        let c = try Self.contract(limits: "{\"maxDiscount\": 0.3, \"noDiscountItems\": [\"商品ID 600000000002\"]}")
        var orders: [Order] = []
        func order(_ d: Int, item: String, paid: Int, list: Int, quantity: Int = 1) {
            orders.append(
                Order(
                    id: "\(200 + orders.count)", paidAmount: Money(yuan: paid),
                    paidAt: LocalTime(day: Self.day(d), hour: 9),
                    itemTitle: "item \(item)", quantity: quantity, itemID: item, listPrice: Money(yuan: list),
                    location: Self.here))
        }
        order(3, item: "600000000001", paid: 65, list: 100)
        order(3, item: "600000000001", paid: 75, list: 100)
        order(4, item: "600000000001", paid: 130, list: 100, quantity: 2)
        order(3, item: "600000000002", paid: 95, list: 100)
        let data = MonthData(month: Self.month, orders: orders, traffic: [], ads: [])
        let readBack = OrderReadBack(inMemory: orders)
        let none = ClauseReview.check(data: data, contract: c, stage: nil, approvals: nil, readBack: readBack)
        let groups = try #require(none.discounts?.groups)
        #expect(groups.map(\.day) == [Self.day(3), Self.day(3), Self.day(4)])
        #expect(groups.map(\.orders) == [1, 1, 1])
        #expect(groups.map(\.excludedItem) == [false, true, false])
        #expect(abs(groups[0].deepest - 0.35) < 1e-12 && abs(groups[1].deepest - 0.05) < 1e-12)
        #expect(none.findings.map(\.severity) == [.medium, .medium, .medium])
        let approved = ClauseReview.check(
            data: data, contract: c, stage: nil,
            approvals: [
                MerchantApproval(
                    day: Self.day(1), subject: .discount, detail: "商品ID 600000000001", value: 0.4, line: 2,
                    itemIDKey: 600_000_000_001),
                MerchantApproval(
                    day: Self.day(1), subject: .discount, detail: "商品ID 600000000002", line: 3,
                    itemIDKey: 600_000_000_002),
            ], readBack: readBack)
        #expect(approved.discounts?.groups.map(\.approval.isApproved) == [true, false, true])
        let finding = try #require(approved.findings.first)
        #expect(finding.severity == .high)
        #expect(
            AnomalyWording(options: ReportOptions(), trafficPlatform: .taobao).chinese(finding)
                == "2025-08-03 商品「item 600000000002」（商品ID 600000000002）有 1 单打了折（最深 5.0%），合同约定这款产品不参加任何折扣（规则：不参加折扣的商品，任何折扣都需说明；折扣 = 1 − 实付 ÷（商品价格 × 数量））"
        )
        for a in none.findings + approved.findings {
            EveryMessageInBothLanguagesTests.check(a.rule) {
                AnomalyWording(options: ReportOptions(language: $0), trafficPlatform: .taobao).evidence(a)
            }
        }
    }
}
