import Testing

@testable import AuditDetect
@testable import AuditMeasure
@testable import AuditRecords

/// The agency's claims beside the measured figures, on worked examples computed by hand below.
@Suite struct ClaimCheckTests {
    static func metric(_ key: MetricKey, _ actual: Double?, clean: Double? = nil) -> MetricValue {
        MetricValue(key: key, actual: actual, actualExcludingSuspicious: clean ?? actual)
    }

    /// A month's figures: sales 280,000 (270,000 without 40 suspected fake orders' 10,000), ROI
    /// 3.5, refund rate 3% (3.1% without them), spend 10,400, visitors 67,040, no traffic rates.
    static let metrics = [
        metric(.gmv, 280_000, clean: 270_000), metric(.orders, 100, clean: 100), metric(.adROI, 3.5, clean: 3.0),
        metric(.refundRate, 0.03, clean: 0.031), metric(.adSpend, 10_400), metric(.visitors, 67_040),
        metric(.conversionRate, nil), metric(.refundAmount, 0, clean: 0),
    ]

    static func compare(_ metric: MetricKey, _ claimed: Double, line: Int = 2) -> ClaimComparison {
        ClaimCheck().compare([AgencyClaim(metric: metric, claimed: claimed, line: line)], metrics: metrics)[0]
    }

    struct Example: Sendable, CustomTestStringConvertible {
        var metric: MetricKey
        var claimed: Double
        /// By hand: (claim − figure) / figure, or (figure − claim) / figure where less is better,
        /// the larger of the two figures' when the metric has one without suspected fakes.
        var gap: Double?
        var verdict: ClaimComparison.Verdict
        var severity: Severity?
        var testDescription: String { "\(metric) \(claimed)" }
    }

    @Test(arguments: [
        // 300,000 vs 280,000: +7.1%; vs 270,000 without the fakes: +11.1% → overstated, medium.
        Example(metric: .gmv, claimed: 300_000, gap: 30_000.0 / 270_000, verdict: .overstated, severity: .medium),
        // 270,000: 3.6% below the exports, equal to the figure without fakes → consistent.
        Example(metric: .gmv, claimed: 270_000, gap: 0, verdict: .consistent, severity: nil),
        // ROI has no figure without fakes (3.0 is ignored): 4.2 vs 3.5 is exactly +20% → medium, not high.
        Example(metric: .adROI, claimed: 4.2, gap: 0.7 / 3.5, verdict: .overstated, severity: .medium),
        // 4.3 vs 3.5: +22.9% → high.
        Example(metric: .adROI, claimed: 4.3, gap: 0.8 / 3.5, verdict: .overstated, severity: .high),
        // Less is better: 2% vs 3% is 33.3% better, vs 3.1% 35.5% better → high.
        Example(metric: .refundRate, claimed: 0.02, gap: 0.011 / 0.031, verdict: .overstated, severity: .high),
        // Reporting more refunds than there were flatters nobody: −33.3% vs 3%, −29.0% vs 3.1%.
        Example(metric: .refundRate, claimed: 0.04, gap: (0.031 - 0.04) / 0.031, verdict: .consistent, severity: nil),
        // Spend 10,000 vs 10,400: 3.8% better → within 5%; 9,000: 13.5% better → medium.
        Example(metric: .adSpend, claimed: 10_000, gap: 400.0 / 10_400, verdict: .consistent, severity: nil),
        Example(metric: .adSpend, claimed: 9_000, gap: 1_400.0 / 10_400, verdict: .overstated, severity: .medium),
        // Fewer visitors than measured: −10.5%, consistent.
        Example(metric: .visitors, claimed: 60_000, gap: -7_040.0 / 67_040, verdict: .consistent, severity: nil),
        // Exactly 5% better is not more than 5%.
        Example(metric: .orders, claimed: 105, gap: 0.05, verdict: .consistent, severity: nil),
        // No traffic export: nothing to compare with.
        Example(metric: .conversionRate, claimed: 0.03, gap: nil, verdict: .unmeasurable, severity: nil),
        // Nothing refunded, nothing claimed.
        Example(metric: .refundAmount, claimed: 0, gap: 0, verdict: .consistent, severity: nil),
    ])
    func claimsAreJudgedAgainstTheLessFlatteringFigure(example e: Example) {
        let c = Self.compare(e.metric, e.claimed)
        #expect(c.verdict == e.verdict)
        #expect(c.claimed == e.claimed)
        #expect(c.line == 2)
        if let gap = e.gap {
            #expect(abs((c.gap ?? .nan) - gap) < 1e-12, "gap \(c.gap.map(String.init(describing:)) ?? "nil") vs \(gap)")
        } else {
            #expect(c.gap == nil)
        }
        let findings = ClaimCheck().findings([c])
        #expect(findings.map(\.severity) == (e.severity.map { [$0] } ?? []))
        #expect(findings.allSatisfy { $0.rule == .claimOverstated && $0.dates.isEmpty && $0.orderIDs.isEmpty })
    }

    @Test func theFiguresWithoutSuspectedFakesAreKeptOnlyForOrderBasedMetrics() {
        #expect(Self.compare(.gmv, 1).measuredWithoutFakes == 270_000)
        #expect(Self.compare(.refundRate, 1).measuredWithoutFakes == 0.031)
        #expect(Self.compare(.adROI, 1).measuredWithoutFakes == nil)
        #expect(Self.compare(.visitors, 1).measuredWithoutFakes == nil)
        #expect(Self.compare(.conversionRate, 1).measured == nil)
    }

    /// The finding states both figures, both gaps and the thresholds, in the order a sentence reads them.
    @Test func aFindingCarriesBothFiguresTheGapsAndTheThresholds() throws {
        let finding = try #require(ClaimCheck().findings([Self.compare(.gmv, 300_000, line: 7)]).first)
        #expect(
            finding.facts == [
                Fact(.metric, .text("gmv")), Fact(.claimed, .number(300_000)), Fact(.measured, .number(280_000)),
                Fact(.claimGap, .ratio(20_000.0 / 280_000)), Fact(.measuredExcludingSuspicious, .number(270_000)),
                Fact(.claimGapExcludingSuspicious, .ratio(30_000.0 / 270_000)), Fact(.claimsLine, .count(7)),
                Fact(.maxClaimGap, .ratio(0.05)), Fact(.highClaimGap, .ratio(0.2)),
            ])
        #expect(!finding.isSuspectedFakeOrder())
    }

    /// A figure of 0 beaten by the claim: no finite gap to state, and high.
    @Test func aClaimAboveAFigureOfZeroIsHighWithoutAGap() throws {
        let zero = [Self.metric(.orders, 0, clean: 0)]
        let c = ClaimCheck().compare([AgencyClaim(metric: .orders, claimed: 10, line: 2)], metrics: zero)[0]
        #expect(c.verdict == .overstated)
        #expect(c.gap == .infinity)
        let finding = try #require(ClaimCheck().findings([c]).first)
        #expect(finding.severity == .high)
        #expect(finding.facts.value(.claimGap) == nil && finding.facts.value(.claimGapExcludingSuspicious) == nil)
        #expect(finding.facts.value(.measured) == .number(0))
    }

    /// The claims' findings follow the detected ones of their severity, which keep their order.
    @Test func claimFindingsJoinTheListAfterTheDetectedOnesOfTheirSeverity() {
        let day = CalendarDay(year: 2025, month: 8, day: 3)!
        let detected = [
            Anomaly(rule: .sameAddressCluster, severity: .high, dates: [day]),
            Anomaly(rule: .trafficSourceSurge, severity: .medium, dates: [day]),
            Anomaly(rule: .waybillBatch, severity: .low, dates: [day]),
        ]
        let claims = [
            Anomaly(rule: .claimOverstated, severity: .medium, dates: [], facts: [Fact(.metric, .text("gmv"))]),
            Anomaly(rule: .claimOverstated, severity: .high, dates: [], facts: [Fact(.metric, .text("adROI"))]),
        ]
        let merged = ClaimCheck.merged(detected, claims)
        #expect(
            merged == [detected[0], claims[1], detected[1], claims[0], detected[2]])
        #expect(ClaimCheck.merged(detected, []) == detected)
    }
}
