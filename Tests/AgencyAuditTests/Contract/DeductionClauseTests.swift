import Foundation
import Testing

@testable import AuditContract
@testable import AuditMeasure
@testable import AuditRecords
@testable import AuditReport

/// 「未完成 80%，扣 20% 服务费」 beside 「按差额比例扣服务费」 and 「每低 1% 扣 N%」: the larger applies,
/// never both; points are whole percentage points, rounded down.
@Suite struct DeductionClauseTests {
    /// The documented contract with `settlement` replaced.
    static func contract(settlement: String) throws -> Contract {
        let text = ContractParserTests.example.replacingOccurrences(
            of: "\"termination\"", with: "\"settlement\": \(settlement), \"termination\"")
        return try ContractParser.parse(Data(text.utf8))
    }

    /// Two targets, so overall attainment is the mean of the two (each capped at 100%).
    static func metrics(orders: Double, gmv: Double) -> [MetricValue] {
        [
            MetricValue(key: .orders, actual: orders, actualExcludingSuspicious: orders, target: 150),
            MetricValue(key: .gmv, actual: gmv, actualExcludingSuspicious: gmv, target: 80_000),
        ]
    }

    /// Worked by hand, base fee 5,000, flat clause "below 80%, 20% off":
    /// - 105 of 150 orders (70%) and 60,000 of 80,000 (75%): overall 72.5%. Proportional 27.5% =
    ///   ¥1,375.00; flat 20% = ¥1,000.00: the proportional one, the larger, applies.
    /// - 120 of 150 (80%) and 60,800 of 80,000 (76%): overall 78%. Proportional 22% = ¥1,100.00;
    ///   flat ¥1,000.00: proportional again.
    /// - with per-point 1% ("每低 1%"): 72.5% → 27 whole points = ¥1,350.00 (the half point does not count).
    /// - flat alone (`deductInProportion: false`): 78% → ¥1,000.00; 85% → nothing.
    @Test func theLargerClauseAppliesNeverBoth() throws {
        let both = try Self.contract(settlement: "{\"flatDeduction\": {\"below\": 0.8, \"share\": 0.2}}")
        let s1 = Settlement.compute(metrics: Self.metrics(orders: 105, gmv: 60_000), contract: both)
        #expect(s1.overallAttainment == 0.725)
        #expect(s1.deduction == Money(yuan: 1375))
        #expect(s1.deductions.map(\.amount) == [Money(yuan: 1375), Money(yuan: 1000)])
        #expect(s1.deductions.first?.basis == .proportional(shortfall: 1 - 0.725))
        #expect(s1.payable == Money(yuan: 5000 - 1375) + s1.commission)

        let perPoint = try Self.contract(
            settlement: "{\"deductPerPoint\": 0.01, \"flatDeduction\": {\"below\": 0.8, \"share\": 0.2}}")
        let s2 = Settlement.compute(metrics: Self.metrics(orders: 105, gmv: 60_000), contract: perPoint)
        #expect(s2.deduction == Money(yuan: 1350))
        #expect(s2.deductions.first?.basis == .perPoint(points: 27, rate: 0.01))

        let flatOnly = try Self.contract(
            settlement: "{\"deductInProportion\": false, \"flatDeduction\": {\"below\": 0.8, \"share\": 0.2}}")
        let s3 = Settlement.compute(metrics: Self.metrics(orders: 120, gmv: 60_800), contract: flatOnly)
        #expect(s3.overallAttainment == 0.78)
        #expect(s3.deduction == Money(yuan: 1000))
        #expect(s3.deductions.map(\.basis) == [.flat(below: 0.8, share: 0.2)])
        let s4 = Settlement.compute(metrics: Self.metrics(orders: 135, gmv: 68_000), contract: flatOnly)
        #expect(s4.overallAttainment == 0.875)
        #expect(s4.deduction == .zero)
        #expect(s4.deductions.isEmpty)
    }

    /// 140 of 150 orders (93.33…%) and 52,000 of 80,000 (65%): overall 79.166…%, a shortfall of
    /// 20.83… points. With "每低 2%": 20 whole points × 2% = 40% = ¥2,000.00, which beats the flat
    /// 20% (¥1,000.00).
    @Test func pointsAreWholeAndRoundedDown() throws {
        let rated = try Self.contract(
            settlement: "{\"deductPerPoint\": 0.02, \"flatDeduction\": {\"below\": 0.8, \"share\": 0.2}}")
        let s = Settlement.compute(metrics: Self.metrics(orders: 140, gmv: 52_000), contract: rated)
        #expect(abs(s.overallAttainment! - (140.0 / 150 + 0.65) / 2) < 1e-12)
        #expect(s.deductions.first?.basis == .perPoint(points: 20, rate: 0.02))
        #expect(s.deduction == Money(yuan: 2000))
        // 80 of 100 is a shortfall of 0.19999… in binary: still 20 points, not 19.
        let exact = try Self.contract(settlement: "{\"deductPerPoint\": 0.01}")
        let one = [
            MetricValue(key: .orders, actual: 120, actualExcludingSuspicious: 120, target: 150),
            MetricValue(key: .gmv, actual: 20_000, actualExcludingSuspicious: 20_000),
        ]
        let s80 = Settlement.compute(metrics: one, contract: exact)
        #expect(s80.deductions.first?.basis == .perPoint(points: 20, rate: 0.01))
        #expect(s80.deduction == Money(yuan: 1000))
    }

    /// The flat share is capped by `maxDeduction` like the proportional one.
    @Test func maxDeductionCapsEither() throws {
        let capped = try Self.contract(
            settlement: "{\"maxDeduction\": 0.15, \"flatDeduction\": {\"below\": 0.8, \"share\": 0.2}}")
        let s = Settlement.compute(metrics: Self.metrics(orders: 120, gmv: 60_800), contract: capped)
        // 78% attained: proportional 22% and flat 20%, both capped at 15% = ¥750.00; on a tie the
        // contract's first clause, the proportional one, is the one applied.
        #expect(s.deduction == Money(yuan: 750))
        #expect(s.deductions.map(\.amount) == [Money(yuan: 750), Money(yuan: 750)])
        #expect(s.deductions.first?.basis == .proportional(shortfall: 1 - 0.78))
    }

    @Test(arguments: [
        (
            "{\"flatDeduction\": {\"below\": 80, \"share\": 0.2}}",
            "contract.json: settlement.flatDeduction.below: 应为 0 到 1 之间的比例（80% 写作 0.8），实际是 80（第 11 行）。对应合同条款「未完成 80%，扣 20% 服务费」"
        ),
        (
            "{\"flatDeduction\": {\"below\": 0.8}}",
            "contract.json: settlement.flatDeduction.share: 缺少此项（应为数字）。对应合同条款「未完成 80%，扣 20% 服务费」"
        ),
        (
            "{\"deductInProportion\": false, \"deductPerPoint\": 0.01}",
            "contract.json: settlement.deductPerPoint: 与 settlement.deductInProportion 矛盾：两项只能保留一项（第 11 行）。对应合同条款「每低 1% 扣 2% 费用」"
        ),
    ])
    func wrongClausesNameTheirPathAndSeedClause(settlement: String, message: String) throws {
        let error = try #require(throws: ContractError.self) { try Self.contract(settlement: settlement) }
        #expect(ContractErrorWording.sentence(error, in: .chinese) == message)
        #expect(ContractErrorWording.sentence(error, in: .english).contains("The contract clause: “"))
    }

    /// The fee table says which clause took the deduction, and the other one set aside.
    @Test func theReportSaysWhichClauseApplied() throws {
        let both = try Self.contract(settlement: "{\"flatDeduction\": {\"below\": 0.8, \"share\": 0.2}}")
        let s = Settlement.compute(metrics: Self.metrics(orders: 105, gmv: 60_000), contract: both)
        #expect(
            DeductionWording.note(s, in: .chinese)
                == "按综合达成率 72.5% 的缺口比例扣减（另一条款「综合达成率 72.5% 低于 80%，按约定扣基础费的 20%」应扣 ¥1,000.00，取较大者，不重复扣）")
        #expect(
            DeductionWording.note(s, in: .english)
                == "in proportion to the gap in overall attainment (72.5%) (the other clause, “overall attainment 72.5% is below 80%: 20% of the base fee, as agreed”, would take ¥1,000.00: the larger applies, never both)"
        )
    }
}
