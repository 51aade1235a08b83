import Foundation
import Testing

@testable import AgencyAudit
@testable import AuditContract
@testable import AuditRecords
@testable import AuditReport
@testable import PeriodAudit

/// 「任何一方想解约，需提前 15 天书面通知，已服务天数按比例结算费用」: the earliest end and the last
/// month's base fee for the days served.
@Suite struct TerminationNoticeTests {
    /// Worked by hand: notice on 2025-09-10 with 15 days' notice ends on 2025-09-25; September has
    /// 30 days, 25 served: ¥5,000.00 × 25/30 = ¥4,166.67. Notice on 2025-09-20 ends on 2025-10-05:
    /// October's 5 of 31 days = ¥806.45. Without pro rata the month is paid whole.
    @Test func theLastMonthIsPaidForTheDaysServed() throws {
        var c = try ContractParser.parse(
            Data(
                ContractParserTests.example.replacingOccurrences(
                    of: "\"missBelow\": 0.8}",
                    with: "\"missBelow\": 0.8, \"noticeDays\": 15, \"noticeGivenOn\": \"2025-09-10\"}"
                ).utf8))
        let n = try #require(TerminationNotice.notice(on: nil, contract: c))
        #expect(n.earliestEnd == CalendarDay(year: 2025, month: 9, day: 25))
        #expect(n.daysServed == 25)
        #expect(n.lastMonthBaseFee == Money(cents: 416_667))
        #expect(
            NoticeWording.line(n, .chinese)
                == "2025-09-10 书面通知解约，合同约定提前 15 天：最早于 2025-09-25 终止；2025-09 已服务 25 天，基础服务费按比例为 ¥4,166.67（¥5,000.00 × 25/30）"
        )
        // The command line's day wins over the contract's.
        let later = try #require(TerminationNotice.notice(on: CalendarDay(year: 2025, month: 9, day: 20), contract: c))
        #expect(later.lastMonth == YearMonth("2025-10")!)
        #expect(later.lastMonthBaseFee == Money(cents: 80_645))
        c.termination.proRataLastMonth = false
        #expect(TerminationNotice.notice(on: nil, contract: c)?.lastMonthBaseFee == Money(cents: 500_000))
        for notice in [n, later, TerminationNotice.notice(on: nil, contract: c)!] {
            EveryMessageInBothLanguagesTests.check("notice") { NoticeWording.line(notice, $0) }
        }
        c.termination.noticeGivenOn = nil
        #expect(TerminationNotice.notice(on: nil, contract: c) == nil)
    }

    @Test(arguments: [
        (", \"noticeDays\": 7.5", "contract.json: termination.noticeDays: 应为不小于 1 的整数天数，实际是 7.5"),
        (
            ", \"noticeGivenOn\": \"2025-09-31\"",
            "contract.json: termination.noticeGivenOn: 应为日期，如 \"2025-09-10\"，实际是文本 \"2025-09-31\""
        ),
        (", \"proRataLastMonth\": \"yes\"", "contract.json: termination.proRataLastMonth: 应为 true 或 false"),
    ])
    func wrongNoticeFieldsNameTheirPath(written: String, message: String) throws {
        let text = ContractParserTests.example.replacingOccurrences(
            of: "\"missBelow\": 0.8}", with: "\"missBelow\": 0.8\(written)}")
        let error = try #require(throws: ContractError.self) { try ContractParser.parse(Data(text.utf8)) }
        #expect(ContractErrorWording.sentence(error, in: .chinese).hasPrefix(message))
    }

    /// `--terminate-on` through the workspace: the dossier carries the notice, period.md and the
    /// message say it.
    @Test func theDossierCarriesTheNotice() throws {
        let root = try WorkspaceEdgeCaseTests.store(
            ["exports/2025-09/a.csv": WorkspaceEdgeCaseTests.header + "1,10,交易成功,2025-09-01 10:00\n"],
            contract: """
                {"store": {"name": "测试店"}, "fees": {"monthlyBase": 3000}, "termination": {"noticeDays": 15},
                 "stages": [{"name": "九月", "from": "2025-09", "to": "2025-09", "targets": {"orders": 1}}]}
                """)
        let out = root.deletingLastPathComponent().appendingPathComponent("out")
        let run = try WorkspaceAudit(
            workspace: StoreWorkspace(root: root), outputRoot: out,
            terminateOn: CalendarDay(year: 2025, month: 9, day: 20)
        ).runPeriod(months: nil)
        // 2025-09-20 + 15 = 2025-10-05: 5 of October's 31 days of ¥3,000.00 = ¥483.87.
        #expect(run.dossier.notice?.lastMonthBaseFee == Money(cents: 48_387))
        let period = try String(contentsOf: out.appendingPathComponent("period.md"), encoding: .utf8)
        #expect(
            period.contains(
                "- 2025-09-20 书面通知解约，合同约定提前 15 天：最早于 2025-10-05 终止；2025-10 已服务 5 天，基础服务费按比例为 ¥483.87（¥3,000.00 × 5/31）。"
            ))
    }

    /// `--terminate-on 2025-05-01` for a contract whose first stage is 2025-09 used to write a
    /// notice ending 2025-05-16 and bill 16 days of May (¥1,548.39 of ¥3,000.00); a notice before the
    /// contract begins is refused before anything is written. contract.json's noticeGivenOn too.
    @Test func aNoticeBeforeTheContractBeginsIsRefused() throws {
        let contract = """
            {"store": {"name": "测试店"}, "fees": {"monthlyBase": 3000}, "termination": {"noticeDays": 15},
             "stages": [{"name": "九月", "from": "2025-09", "to": "2025-09", "targets": {"orders": 1}}]}
            """
        let root = try WorkspaceEdgeCaseTests.store(
            ["exports/2025-09/a.csv": WorkspaceEdgeCaseTests.header + "1,10,交易成功,2025-09-01 10:00\n"],
            contract: contract)
        let out = root.deletingLastPathComponent().appendingPathComponent("out")
        let audit = try WorkspaceAudit(
            workspace: StoreWorkspace(root: root), outputRoot: out,
            terminateOn: CalendarDay(year: 2025, month: 5, day: 1))
        #expect(
            throws: WorkspaceError.noticeBeforeContract(
                given: CalendarDay(year: 2025, month: 5, day: 1)!,
                contractStarts: CalendarDay(year: 2025, month: 9, day: 1)!)
        ) { try audit.runPeriod(months: nil) }
        #expect(!FileManager.default.fileExists(atPath: out.path))
        // The contract's first day is a notice day like any other.
        let onTheFirst = try WorkspaceAudit(
            workspace: StoreWorkspace(root: root), outputRoot: out,
            terminateOn: CalendarDay(year: 2025, month: 9, day: 1)
        ).runPeriod(months: nil)
        #expect(onTheFirst.dossier.notice?.earliestEnd == CalendarDay(year: 2025, month: 9, day: 16))
        try Data(
            contract.replacingOccurrences(
                of: "\"noticeDays\": 15", with: "\"noticeDays\": 15, \"noticeGivenOn\": \"2025-08-31\""
            ).utf8
        )
        .write(to: root.appendingPathComponent("contract.json"))
        #expect(throws: WorkspaceError.self) {
            try WorkspaceAudit(workspace: StoreWorkspace(root: root), outputRoot: out).runPeriod(months: nil)
        }
    }
}
