import Foundation
import Testing

@testable import AuditContract
@testable import AuditRecords

/// README's contract.json example is a contract the parser reads, with every clause it shows.
@Suite struct ReadmeContractTests {
    static let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md")

    /// The first ```json block after `## contract.json`.
    static func example() throws -> String {
        let text = try String(contentsOf: readme, encoding: .utf8)
        let section = try #require(text.firstRange(of: "## contract.json"))
        let open = try #require(text[section.upperBound...].firstRange(of: "```json\n"))
        let close = try #require(text[open.upperBound...].firstRange(of: "```"))
        return String(text[open.upperBound..<close.lowerBound])
    }

    @Test func theExampleParsesWithEveryClauseItShows() throws {
        let c = try ContractParser.parse(Data(try Self.example().utf8))
        #expect(c.limits.monthlyAdBudget == .shareOfSalesTarget(0.15))
        #expect(c.limits.campaignDailySpend == Money(yuan: 1000))
        #expect(c.limits.campaignFastPassROI == 2.5)
        #expect(c.limits.priceChange == 0.1)
        #expect(c.termination.refunds == [Contract.Refund(ground: .monthsBelow, share: 0.5)])
        #expect(c.settlement.flatDeduction == Contract.FlatDeduction(below: 0.8, share: 0.2))
        #expect(c.agencyDuties.weeklyActivity)
    }
}
