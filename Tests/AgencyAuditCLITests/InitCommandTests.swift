import Foundation
import Testing

@testable import AgencyAudit
@testable import AgencyAuditCLI
@testable import AuditContract
@testable import AuditRecords

/// `agency-audit init`: the store folder's skeleton and a contract.json with every clause family,
/// which the audit reads as it is; nothing already there is overwritten.
@Suite struct InitCommandTests {
    @Test(arguments: Platform.allCases)
    func theContractHasEveryClauseFamilyAndParses(platform: Platform) throws {
        try CLIStoreHarness.withStore { harness in
            let run = harness.run(["init", harness.store.path, "--platform", platform.rawValue, "--month", "2025-10"])
            #expect(run.code == 0, "\(run.stderr)")
            #expect(run.stdout.contains("已创建 \(harness.store.path)/exports/2025-10/"))
            #expect(run.stdout.contains("已创建 \(harness.store.path)/contract.json"))
            let c = try ContractParser.parse(Data(contentsOf: harness.store.appendingPathComponent("contract.json")))
            #expect(c.platform == platform)
            #expect(c.stages.map(\.from.description) == ["2025-10", "2025-11"])
            #expect(c.stages[1].to.description == "2025-12")
            #expect(c.baselineMonths == [YearMonth("2025-09")!])
            #expect(c.fees.grossMargin == 0.35 && c.fees.maxShareOfProfit == 0.3)
            #expect(c.limits.monthlyAdBudget == .shareOfSalesTarget(0.15))
            #expect(c.limits.campaignDailySpend == Money(cents: 100_000) && c.limits.priceChange == 0.1)
            #expect(c.limits.maxDiscount == 0.3)
            #expect(c.termination.refunds == [Contract.Refund(ground: .monthsBelow, share: 0.5)])
            #expect(c.settlement.flatDeduction == Contract.FlatDeduction(below: 0.8, share: 0.2))
            #expect(c.service.ratingTiers.count == 2 && c.service.positiveRate != nil)
            #expect(c.service.firstResponseSeconds == 1800 && c.agencyDuties.weeklyActivity)
            #expect(c.stages.map(\.trialPayShare) == [0.8, nil])
            #expect(c.termination.noticeDays == 15 && c.termination.proRataLastMonth)
            // No target on a figure the platform's exports cannot give.
            let traffic: Set<MetricKey> = [.visitors, .naturalVisitors, .naturalTrafficShare, .searchVisitorsPerDay]
            let targeted = Set(c.stages.flatMap(\.targets).map(\.metric))
            #expect(targeted.isDisjoint(with: traffic) == (platform == .pinduoduo || platform == .douyin))
        }
    }

    @Test func nothingIsOverwritten() throws {
        try CLIStoreHarness.withStore { harness in
            let contract = harness.store.appendingPathComponent("contract.json")
            try FileManager.default.createDirectory(at: harness.store, withIntermediateDirectories: true)
            try Data("{\"mine\": true}".utf8).write(to: contract)
            let run = harness.run(["init", harness.store.path, "--month", "2025-10"])
            #expect(run.code == 0)
            #expect(run.stdout.contains("已存在，未改动 \(harness.store.path)/contract.json"))
            #expect(try String(contentsOf: contract, encoding: .utf8) == "{\"mine\": true}")
            let again = harness.run(["init", harness.store.path, "--month", "2025-10"])
            #expect(again.stdout.contains("已存在，未改动 \(harness.store.path)/exports/2025-10/"))
        }
    }

    @Test(arguments: [
        (["init"], "缺少店铺文件夹：agency-audit init <店铺文件夹>"),
        (["init", "a", "--platform", "ebay"], "选项 --platform 应为 taobao、pinduoduo、jd 或 douyin，实际是「ebay」"),
        (["init", "a", "--month", "2025-13"], "选项 --month 应为 YYYY-MM 格式的月份（如 2025-08），实际是「2025-13」"),
    ])
    func wrongArgumentsAreUsageErrors(arguments: [String], message: String) {
        let run = CLIStoreHarness.run(arguments)
        #expect(run.code == ExitCode.usage.rawValue)
        #expect(run.stderr.contains(message), "\(run.stderr)")
    }
}
