import Foundation
import Testing

@testable import AuditContract
@testable import AuditRecords
@testable import AuditReport
@testable import MonthlyAudit
@testable import PeriodAudit

/// portfolio.html read back: the stores in review order with their verdicts, a link to each
/// store's dossier that no folder name can turn into anything but a relative path, and every store
/// that could not be audited with why.
@Suite struct PortfolioHTMLTests {
    static func row(_ folder: String, _ month: String, attainment: Double?, high: Int, verdict: Verdict.Kind)
        -> Portfolio.Row
    {
        Portfolio.Row(
            folder: folder, storeName: "店 \(folder)", platforms: [.taobao], month: YearMonth(month)!,
            status: attainment == nil ? .withheld : .complete, overallAttainment: attainment, targets: 2,
            targetsMet: attainment == 1 ? 2 : 1, payable: attainment == nil ? nil : Money(yuan: 5000),
            deduction: .zero, anomalies: .init(high: high, medium: 0, low: 0), mayTerminate: verdict == .terminate,
            verdict: .init(kind: verdict))
    }

    static let hostileFolder = "javascript:alert(1)\" onmouseover=\"x <店>"

    static func portfolio() -> Portfolio {
        Portfolio(
            stores: [
                .init(folder: "calm", rows: [row("calm", "2025-08", attainment: 1, high: 0, verdict: .continue)]),
                .init(
                    folder: Self.hostileFolder,
                    rows: [row(Self.hostileFolder, "2025-08", attainment: 0.7, high: 2, verdict: .demandRectification)]),
                .init(folder: "bad", rows: [row("bad", "2025-08", attainment: 0.95, high: 9, verdict: .terminate)]),
            ],
            failures: [.init(folder: "broken <x>", reason: .timedOut(seconds: 600))])
    }

    @Test func storesInReviewOrderWithSafeLinksAndTheFailuresListed() throws {
        let p = Self.portfolio()
        let page = String(decoding: PortfolioHTML().render(p, options: ReportOptions()), as: UTF8.self)
        let rows = HTMLReportTests.tags("tr", in: page[...]).filter { $0["class"] == "store" }
        // The page keeps the roll-up's order: a termination ground first, then high findings.
        #expect(rows.map { $0["data-verdict"] } == p.stores.map { $0.verdict?.kind.rawValue })
        #expect(p.stores.map(\.folder).first == "bad")
        let links = HTMLReportTests.tags("a", in: page[...]).compactMap { $0["href"] }
        #expect(links.count == 3)
        #expect(links.allSatisfy { $0.hasPrefix("./") && $0.hasSuffix("/index.html") })
        #expect(links.contains("./javascript%3Aalert%281%29%22%20onmouseover%3D%22x%20%3C%E5%BA%97%3E/index.html"))
        // The folder's text is shown as text, and nothing of it is markup.
        HostileTextHTMLTests.checkOnlyOwnMarkup(page) { $0.hasPrefix("./") && !$0.contains(":") }
        #expect(page.contains("javascript:alert(1)&quot; onmouseover=&quot;x &lt;店&gt;"))
        #expect(page.contains("broken &lt;x&gt;"))
        #expect(page.contains(PortfolioWording.failure(.timedOut(seconds: 600), .chinese)))
    }
}
