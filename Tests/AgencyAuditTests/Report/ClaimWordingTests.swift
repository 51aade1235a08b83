import Testing

@testable import AuditDetect
@testable import AuditMeasure
@testable import AuditRecords
@testable import AuditReport

/// The sentences an overstated claim gets, in Chinese and English, from its facts.
@Suite struct ClaimWordingTests {
    static let wording = AnomalyWording(masker: PIIMasker())

    static func finding(_ metric: MetricKey, claimed: Double, actual: Double, clean: Double?, line: Int) throws
        -> Anomaly
    {
        let measured = [MetricValue(key: metric, actual: actual, actualExcludingSuspicious: clean ?? actual)]
        let c = ClaimCheck().compare([AgencyClaim(metric: metric, claimed: claimed, line: line)], metrics: measured)
        return try #require(ClaimCheck().findings(c).first)
    }

    @Test func salesCountedWithTheFakeOrders() throws {
        // 300,000 vs 280,000: +7.1%; vs 270,000: +11.1%.
        let a = try Self.finding(.gmv, claimed: 300_000, actual: 280_000, clean: 270_000, line: 2)
        #expect(
            Self.wording.chinese(a)
                == "运营方汇报月销售额 ¥300,000.00（agency-claims.csv 第 2 行），平台导出为 ¥280,000.00，剔除疑似刷单后为 ¥270,000.00：汇报比导出高 7.1%，比剔除后高 11.1%（规则：汇报比平台导出或剔除疑似刷单后的数字好 5.0% 以上为夸大，好 20.0% 以上为高）"
        )
        #expect(
            Self.wording.englishClaim(a)
                == "The agency reported sales of ¥300,000.00 (agency-claims.csv line 2); the exports show ¥280,000.00, ¥270,000.00 without the suspected fake orders: the report is 7.1% higher than the exports and 11.1% higher than without them (rule: a report more than 5.0% better than the exports or than the figure without suspected fake orders is overstated, more than 20.0% high)."
        )
    }

    @Test func aRefundRateReportedLowerThanItWas() throws {
        // Less is better: 2% vs 3% is 33.3% lower; vs 3.1%, 35.5% lower.
        let a = try Self.finding(.refundRate, claimed: 0.02, actual: 0.03, clean: 0.031, line: 4)
        #expect(a.severity == .high)
        #expect(
            Self.wording.chinese(a)
                == "运营方汇报退款率 2.00%（agency-claims.csv 第 4 行），平台导出为 3.00%，剔除疑似刷单后为 3.10%：汇报比导出低 33.3%，比剔除后低 35.5%（规则：汇报比平台导出或剔除疑似刷单后的数字好 5.0% 以上为夸大，好 20.0% 以上为高；退款率越低越好）"
        )
        #expect(
            Self.wording.englishClaim(a)
                == "The agency reported refund rate of 2.00% (agency-claims.csv line 4); the exports show 3.00%, 3.10% without the suspected fake orders: the report is 33.3% lower than the exports and 35.5% lower than without them (rule: a report more than 5.0% better than the exports or than the figure without suspected fake orders is overstated, more than 20.0% high; lower is better for refund rate)."
        )
    }

    @Test func anROIRoundedUpAndOrdersAboveNone() throws {
        let roi = try Self.finding(.adROI, claimed: 3.5, actual: 3.174336, clean: nil, line: 4)
        #expect(
            Self.wording.chinese(roi)
                == "运营方汇报推广ROI 1:3.50（agency-claims.csv 第 4 行），平台导出为 1:3.17：汇报比导出高 10.3%（规则：汇报比平台导出或剔除疑似刷单后的数字好 5.0% 以上为夸大，好 20.0% 以上为高）"
        )
        // Orders claimed where the exports have none: no percentage to give.
        let none = try Self.finding(.orders, claimed: 10, actual: 0, clean: 0, line: 3)
        #expect(
            Self.wording.chinese(none)
                == "运营方汇报支付订单数 10（agency-claims.csv 第 3 行），平台导出为 0，剔除疑似刷单后为 0：汇报好于导出（规则：汇报比平台导出或剔除疑似刷单后的数字好 5.0% 以上为夸大，好 20.0% 以上为高）"
        )
        #expect(Self.wording.englishClaim(none)?.contains("the report is better than the exports") == true)
    }

    @Test func otherFindingsAndIncompleteOnesGetNoClaimSentence() {
        #expect(Self.wording.englishClaim(Anomaly(rule: .sameAddressCluster, severity: .high, dates: [])) == nil)
        let partial = Anomaly(
            rule: .claimOverstated, severity: .medium, dates: [], facts: [Fact(.metric, .text("gmv"))])
        #expect(Self.wording.englishClaim(partial) == nil)
        // The Chinese report lists such a finding fact by fact rather than half worded.
        #expect(Self.wording.chinese(partial) == "运营方汇报夸大：metric gmv")
    }

    @Test(arguments: ClaimComparison.Verdict.allCases)
    func everyVerdictHasAWordInBothLanguages(verdict: ClaimComparison.Verdict) {
        let zh = ClaimWording.verdict(verdict)
        let en = ClaimWording.verdict(verdict, language: .english)
        #expect(!zh.isEmpty && !en.isEmpty && zh != en)
        #expect(en.unicodeScalars.allSatisfy { $0.isASCII })
    }

    @Test func gapsInTheTableHaveASignButNotOnNothing() {
        #expect(MarkdownReport.claimGap(0.082921) == "+8.3%")
        #expect(MarkdownReport.claimGap(-0.004101) == "-0.4%")
        #expect(MarkdownReport.claimGap(-0.000085) == "0.0%")
        #expect(MarkdownReport.claimGap(0) == "0.0%")
        #expect(MarkdownReport.claimGap(.infinity) == "∞")
    }
}
