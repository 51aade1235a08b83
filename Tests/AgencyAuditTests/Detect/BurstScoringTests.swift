import AuditReport
import Testing

@testable import AuditDetect
@testable import AuditMeasure
@testable import AuditRecords

/// The scoring the three burst rules share: a threshold changed on a rule changes its findings'
/// score, their signals and the sentence the report prints, and nothing else.
@Suite struct BurstScoringTests {
    typealias T = RuleTests

    enum ScoredRule: String, Sendable, CustomTestStringConvertible {
        case sameAddress, samePhone, linkedOrders
        var testDescription: String { rawValue }
    }

    /// Eight buyers paying ¥9.90 for one item every 20 minutes to one address; six names and
    /// addresses paying ¥9.90 from one phone within 39 hours; the twelve-order ring of
    /// `LinkedOrdersRuleTests`, also at ¥9.90.
    static func orders(_ rule: ScoredRule) -> [Order] {
        switch rule {
        case .sameAddress:
            return (0..<8).map { i in
                T.order(
                    "F\(i)", T.at(14, 10, i * 20), buyer: "tb_90\(i)", name: "买家\(i)", phone: "1390000000\(i)",
                    address: "浙江省 杭州市 余杭区 文一西路998号 3幢2单元301室")
            }
        case .samePhone:
            return (0..<6).map { i in
                T.order(
                    "P\(i)", T.at(20 + i / 3, 9 + i * 3), buyer: "x\(i)", name: "人\(i)", phone: "13957112345",
                    address: LinkedOrdersRuleTests.streets[i])
            }
        case .linkedOrders:
            return LinkedOrdersRuleTests.ring()
        }
    }

    /// The rule's one finding on its orders, its low value set to `lowAmount`.
    static func finding(_ rule: ScoredRule, lowAmount: ScoreStep<Money>) -> Anomaly? {
        let orders = orders(rule)
        let data = MonthData(month: T.month, orders: orders, traffic: [], ads: [])
        let context = T().context.readingBack(orders)
        var found: [Anomaly]
        switch rule {
        case .sameAddress:
            var r = SameAddressClusterRule()
            r.scoring.lowAmount = lowAmount
            found = r.detect(in: data, context: context)
        case .samePhone:
            var r = SamePhoneClusterRule()
            r.scoring.lowAmount = lowAmount
            found = r.detect(in: data, context: context)
        case .linkedOrders:
            var r = LinkedOrdersRule()
            r.scoring.lowAmount = lowAmount
            found = r.detect(in: data, context: context)
        }
        return found.count == 1 ? found[0] : nil
    }

    /// A step of a scored rule's points, as its findings state it.
    static func step(_ name: Fact.Name, _ threshold: Fact.Value, _ points: Int) -> Fact.Value {
        .group([Fact(name, threshold), Fact(.points, .score(points))])
    }

    /// What the findings of `same-address-cluster` state after their score: how it was scored.
    static let sameAddressScoring = [
        Fact(.minScore, .score(3)),
        Fact(
            .orderPoints,
            .list([
                step(.minOrders, .count(3), 1), step(.minOrders, .count(5), 2), step(.minOrders, .count(10), 3),
            ])),
        Fact(.spanPoints, .list([step(.withinHours, .hours(6), 2), step(.withinHours, .hours(24), 1)])),
        Fact(.longSpanPoints, step(.overHours, .hours(72), -2)),
        Fact(.itemPoints, .list([step(.minShare, .ratio(0.6), 1), step(.minShare, .ratio(0.8), 2)])),
        Fact(.mixedItemsPoints, step(.belowShare, .ratio(0.4), -1)),
        Fact(.lowAmountPoints, step(.maxAmount, .money(Money(cents: 2000)), 1)),
        Fact(.sameAmountPoints, step(.minShare, .ratio(0.8), 1)),
        Fact(
            .distinctBuyersPoints,
            .group([Fact(.minBuyers, .count(3)), Fact(.minShare, .ratio(0.8)), Fact(.points, .score(1))])),
        Fact(
            .fastBuyersPoints,
            .group([Fact(.minBuyers, .count(3)), Fact(.maxMedianGapSeconds, .seconds(120)), Fact(.points, .score(2))])),
    ]

    /// The same for `same-phone-cluster`: fewer steps, no long span or mixed items, and its own people.
    static let samePhoneScoring = [
        Fact(.minScore, .score(4)),
        Fact(.orderPoints, .list([step(.minOrders, .count(3), 1), step(.minOrders, .count(5), 2)])),
        Fact(.spanPoints, .list([step(.withinHours, .hours(48), 1)])),
        Fact(.itemPoints, .list([step(.minShare, .ratio(0.8), 2)])),
        Fact(.lowAmountPoints, step(.maxAmount, .money(Money(cents: 2000)), 1)),
        Fact(.distinctReceiversPoints, step(.minReceivers, .count(3), 2)),
        Fact(.distinctAddressesPoints, step(.minAddresses, .count(3), 2)),
    ]

    /// The same for `linked-orders`, with the account blocks' bar.
    static let linkedOrdersScoring = [
        Fact(.minScore, .score(7)),
        Fact(.orderPoints, .list([step(.minOrders, .count(5), 1), step(.minOrders, .count(8), 2)])),
        Fact(.spanPoints, .list([step(.withinHours, .hours(24), 2), step(.withinHours, .hours(48), 1)])),
        Fact(.longSpanPoints, step(.overHours, .hours(168), -2)),
        Fact(.itemPoints, .list([step(.minShare, .ratio(0.6), 1), step(.minShare, .ratio(0.8), 2)])),
        Fact(.mixedItemsPoints, step(.belowShare, .ratio(0.4), -1)),
        Fact(.lowAmountPoints, step(.maxAmount, .money(Money(cents: 2000)), 1)),
        Fact(.linksPerOrderPoints, step(.minLinksPerOrder, .ratio(1.2), 2)),
        Fact(
            .manyReceiversPoints,
            .group([Fact(.minReceivers, .count(4)), Fact(.minShare, .ratio(0.7)), Fact(.points, .score(2))])),
        Fact(.fewReceiversPoints, step(.maxReceivers, .count(2), -2)),
        Fact(.minBlockAccounts, .count(3)),
    ]

    /// Each finding ends with how it was scored, after its score and cut-offs: what a reader of
    /// audit.json needs to check the score from the signals.
    @Test(arguments: [
        (ScoredRule.sameAddress, sameAddressScoring), (.samePhone, samePhoneScoring),
        (.linkedOrders, linkedOrdersScoring),
    ])
    func findingsStateHowTheyWereScored(rule: ScoredRule, scoring: [Fact]) throws {
        let a = try #require(Self.finding(rule, lowAmount: ScoreStep(BurstScoring.lowValue, points: 1)))
        let cutOffs = try #require(a.facts.firstIndex { $0.name == .mediumScore })
        #expect(Array(a.facts[(cutOffs + 1)...]) == scoring)
    }

    @Test(arguments: [
        // The default: ¥9.90 is at most ¥20, one point.
        (ScoredRule.sameAddress, ScoreStep(Money(cents: 2000), points: 1), 9, true),
        // At the threshold still low; a fen below it, not.
        (.sameAddress, ScoreStep(Money(cents: 990), points: 1), 9, true),
        (.sameAddress, ScoreStep(Money(cents: 989), points: 1), 8, false),
        (.sameAddress, ScoreStep(Money(cents: 2000), points: 3), 11, true),
        (.samePhone, ScoreStep(Money(cents: 2000), points: 1), 10, true),
        (.samePhone, ScoreStep(Money(cents: 500), points: 1), 9, false),
        (.linkedOrders, ScoreStep(Money(cents: 2000), points: 1), 11, true),
        (.linkedOrders, ScoreStep(Money(cents: 500), points: 1), 10, false),
    ])
    func theLowValueDecidesTheSignalTheScoreAndTheSentence(
        rule: ScoredRule, lowAmount: ScoreStep<Money>, score: Int, low: Bool
    ) throws {
        let a = try #require(Self.finding(rule, lowAmount: lowAmount))
        #expect(a.facts.value(.score) == .score(score))
        #expect(a.facts.value(.lowMedianAmount) == (low ? .money(Money(cents: 990)) : nil))
        // The threshold that applied is the finding's too.
        #expect(
            a.facts.value(.lowAmountPoints)
                == .group([Fact(.maxAmount, .money(lowAmount.threshold)), Fact(.points, .score(lowAmount.points))]))
        #expect(a.severity == .high)
        let sentence = AnomalyWording(masker: PIIMasker()).chinese(a)
        #expect(sentence.contains("低价（中位 ¥9.90）") == low)
        #expect(sentence.contains("评分 \(score)，"))
        // Only the score and the signal moved: the rest of the finding is the default's.
        let usual = try #require(Self.finding(rule, lowAmount: ScoreStep(BurstScoring.lowValue, points: 1)))
        let moved: Set<Fact.Name> = [.score, .lowMedianAmount, .lowAmountPoints]
        #expect(a.facts.filter { !moved.contains($0.name) } == usual.facts.filter { !moved.contains($0.name) })
        #expect(a.orderIDs == usual.orderIDs)
    }
}
