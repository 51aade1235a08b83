import Testing

@testable import AuditDiagnose
@testable import AuditRecords
@testable import AuditReport
@testable import PeriodAudit

/// 看执行's sentences on the agency's own work, each figure worked by hand, in both languages.
@Suite struct AgencyWorkWordingTests {
    static let slowService = CustomerServiceCheck(
        store: .init(firstResponseSeconds: 95, averageResponseSeconds: 155, inquiryConversion: 0.147),
        peer: .init(firstResponseSeconds: 22, averageResponseSeconds: 38, inquiryConversion: 0.24), limitSeconds: 30,
        files: ["exports/2025-08/cs.xlsx"])

    @Test func slowCustomerServiceNamesTheContractThePeerTierAndTheFile() {
        let finding = ThreeStepDiagnosis.ExecutionFinding.customerService(Self.slowService)
        #expect(finding.isBreach)
        // 95 s = 1 min 35 s, over 30 s and over 1.5 × 22 s = 33 s; 14.7% under 0.8 × 24% = 19.2%.
        #expect(
            ThreeStepDiagnosisWording.sentence(finding, in: .chinese)
                == "客服首次响应 1 分 35 秒（同行同层均值 22 秒）、平均响应 2 分 35 秒（同行同层均值 38 秒）、询单转化率 14.7%（同行同层均值 24.0%）"
                + "：超过合同约定的首次回复 30 秒；响应时长超过同行同层均值的 1.5 倍；询单转化明显低于同行同层（来自 exports/2025-08/cs.xlsx）")
        #expect(
            ThreeStepDiagnosisWording.sentence(finding, in: .english)
                == "customer service: first reply 1 min 35 s (peer tier 22 s), average reply 2 min 35 s (peer tier 38 s), "
                + "inquiry conversion 14.7% (peer tier 24.0%): over the contract's first reply within 30 s; slower than "
                + "1.5 × the peer tier; inquiry conversion well below the peer tier (from exports/2025-08/cs.xlsx)")
    }

    @Test(arguments: [
        (7.5, "7.5 秒"), (22, "22 秒"), (65, "1 分 5 秒"), (27_712, "7 小时 41 分 52 秒"), (3600, "1 小时 0 分 0 秒"),
    ])
    func durationsAreWrittenInHoursMinutesAndSeconds(seconds: Double, chinese: String) {
        #expect(ThreeStepDiagnosisWording.duration(seconds, language: .chinese) == chinese)
    }

    @Test func idleWeeksAreNamedAsTheSeedsSayIt() {
        let weeks = ActivityWeeks(
            weeks: ActivityWeeks.weeks(of: YearMonth(year: 2025, month: 9)).map {
                .init(
                    number: $0.number, first: $0.first, last: $0.last,
                    activities: $0.number == 1 ? ["9月上新单品立减"] : $0.number == 4 ? ["月末清仓立减"] : [],
                    items: $0.number == 2 || $0.number == 3 ? 0 : 2)
            }, required: true, files: ["exports/2025-09/act.xlsx"])
        let finding = ThreeStepDiagnosis.ExecutionFinding.activityWeeks(weeks)
        #expect(finding.isBreach)
        #expect(
            ThreeStepDiagnosisWording.sentence(finding, in: .chinese)
                == "第 2、3 周没有任何活动商品（本月 2 个活动：「9月上新单品立减」、「月末清仓立减」）：合同要求每周报名活动，未做到（来自 exports/2025-09/act.xlsx）")
        var english = weeks
        english.weeks = english.weeks.map { w in
            var w = w
            w.activities = w.activities.map { $0.hasPrefix("9") ? "Autumn launch" : "Month-end sale" }
            return w
        }
        #expect(
            ThreeStepDiagnosisWording.sentence(.activityWeeks(english), in: .english)
                == "weeks 2 and 3 had no item in any activity (2 activities this month: “Autumn launch”, “Month-end sale”): "
                + "the contract asks for an activity every week (from exports/2025-09/act.xlsx)")
        // Every week covered, in both languages (the English edition once crashed on no idle week).
        var covered = english
        covered.weeks = covered.weeks.map { w in
            var w = w
            w.activities = ["Autumn launch"]
            return w
        }
        #expect(
            ThreeStepDiagnosisWording.sentence(.activityWeeks(covered), in: .english)
                == "every week had items in an activity (1 activity: “Autumn launch”): as the contract's weekly activity "
                + "asks (from exports/2025-09/act.xlsx)")
        #expect(
            ThreeStepDiagnosisWording.sentence(.activityWeeks(covered), in: .chinese)
                == "每周都有活动商品（1 个活动：「Autumn launch」）：符合合同每周报名活动的要求（来自 exports/2025-09/act.xlsx）")
        // Not asked by the contract: the same weeks are evidence, no breach.
        var optional = weeks
        optional.required = false
        #expect(!ThreeStepDiagnosis.ExecutionFinding.activityWeeks(optional).isBreach)
    }

    @Test func promotionSpendGivesTheLargestCampaignsAndARiseUnderTheRedLine() {
        let p = PromotionSpend(
            spend: Money(yuan: 12_000), sales: Money(yuan: 14_400), previousSpend: Money(yuan: 10_000),
            previousSales: Money(yuan: 13_000), redLine: 1.5,
            campaigns: [
                .init(name: "货品加速", spend: Money(yuan: 8_000), sales: Money(yuan: 10_000)),
                .init(name: "关键词", spend: Money(yuan: 4_000), sales: Money(yuan: 4_400)),
            ])
        #expect(
            ThreeStepDiagnosisWording.sentence(.promotionSpend(p), in: .chinese)
                == "推广花费 ¥12,000.00（较上月 +20.0%），ROI 1:1.20（红线 1:1.50）；花费最多的计划：货品加速 ¥8,000.00（ROI 1:1.25）、"
                + "关键词 ¥4,000.00（ROI 1:1.10）：ROI 低于红线仍在加大投入")
        // With the contract's budget of ¥10,000: ¥2,000 over.
        var budgeted = p
        budgeted.budget = Money(yuan: 10_000)
        #expect(
            ThreeStepDiagnosisWording.sentence(.promotionSpend(budgeted), in: .english)
                == "promotion spend ¥12,000.00 (+20.0% on last month; the contract's budget ¥10,000.00, ¥2,000.00 over), "
                + "ROI 1:1.20 (red line 1:1.50); largest campaigns: 货品加速 ¥8,000.00 (ROI 1:1.25), 关键词 ¥4,000.00 (ROI 1:1.10): "
                + "spend raised while ROI stayed under the red line")
    }

    @Test func aMissingDownloadSaysWhereItIsAndKeepsTheTypedInFallback() {
        #expect(
            ThreeStepDiagnosisWording.sentence(
                .customerServiceDownloadMissing(platform: .taobao, typedInLateReplies: 3), in: .chinese)
                == "没有客服数据导出，无法核对客服响应时长与询单转化：请下载生意参谋「服务」→「客服绩效」的导出放入本月文件夹；"
                + "manual.csv 手填的首次回复超时 3 次是服务条款扣款的依据")
        #expect(
            ThreeStepDiagnosisWording.sentence(
                .activityDownloadMissing(platform: .taobao, weeklyRequired: true), in: .english)
                == "no activity export, so the activities entered cannot be checked (the contract asks for one every week): "
                + "put Qianniu's export of the items entered in an activity (营销活动, e.g. 单品立减导出) into the month's folder"
        )
    }

    @Test func weeklyActivitiesOnAPlatformWithoutTheirExportAskTheAgencyForRecords() {
        let finding = ThreeStepDiagnosis.ExecutionFinding.activityDownloadMissing(platform: nil, weeklyRequired: true)
        #expect(
            ThreeStepDiagnosisWording.sentence(finding, in: .chinese)
                == "合同要求每周报名活动，但该平台没有已知的活动报名导出：请向托管方索取每周的报名记录或截图核对")
        #expect(!finding.isBreach)
    }

    @Test func thePeriodNamesAnAgencyThatOnlyRaisedSpend() {
        let run = PeriodDossier.SpendWithoutReturn(
            months: [
                (YearMonth(year: 2025, month: 7), Money(yuan: 10_000), 1.3),
                (YearMonth(year: 2025, month: 8), Money(yuan: 12_000), 1.2),
                (YearMonth(year: 2025, month: 9), Money(yuan: 15_000), 1.1),
            ], redLine: 1.5)
        #expect(
            PeriodWording.spendWithoutReturn(run, .chinese)
                == "只会砸钱推广：2025-07 至 2025-09 推广花费 ¥10,000.00 → ¥12,000.00 → ¥15,000.00 连续加大，ROI 始终低于红线 1:1.50"
                + "（1:1.30、1:1.20、1:1.10）：托管方只加预算、不改效果，应要求书面说明并调整投放")
        #expect(
            PeriodWording.spendWithoutReturn(run, .english)
                == "Only pouring money into promotion: from 2025-07 to 2025-09 spend rose ¥10,000.00 → ¥12,000.00 → "
                + "¥15,000.00 while ROI stayed under the red line 1:1.50 (1:1.30, 1:1.20, 1:1.10): the agency raised the "
                + "budget without improving the return; ask it to explain in writing and change course")
    }
}
