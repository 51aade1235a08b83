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
        #expect(a.severity == .high)
        let sentence = AnomalyWording(masker: PIIMasker()).chinese(a)
        #expect(sentence.contains("低价（中位 ¥9.90）") == low)
        #expect(sentence.contains("评分 \(score)，"))
        // Only the score and the signal moved: the rest of the finding is the default's.
        let usual = try #require(Self.finding(rule, lowAmount: ScoreStep(BurstScoring.lowValue, points: 1)))
        let moved: Set<Fact.Name> = [.score, .lowMedianAmount]
        #expect(a.facts.filter { !moved.contains($0.name) } == usual.facts.filter { !moved.contains($0.name) })
        #expect(a.orderIDs == usual.orderIDs)
    }
}
