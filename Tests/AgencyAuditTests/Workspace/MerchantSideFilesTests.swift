import Foundation
import Testing

@testable import AgencyAudit
@testable import AuditImport
@testable import AuditRecords
@testable import AuditReport

/// The merchant's own files in a month folder (approvals.csv, manual.csv, agency-claims.csv) as a
/// careless merchant, or an agency that wants its changes to pass, leaves them: saved twice by the
/// browser, copied into a sub-folder with a line added, dated outside the month, typed twice.
@Suite struct MerchantSideFilesTests {
    static let month = YearMonth(year: 2025, month: 8)

    /// A second download or a desktop copy is still the merchant's file, never an export with "no
    /// header recognised" (`approvals (1).csv` was listed as not read and its approvals lost).
    @Test func aCopiedOrResavedFileIsStillTheMerchantsFile() {
        for name in [
            "approvals.csv", "Approvals.CSV", "approvals (1).csv", "approvals(2).csv", "approvals（3）.csv",
            "approvals - 副本.csv", "approvals-副本 (2).csv", "approvals - Copy.csv", "approvals.txt", "ａｐｐｒｏｖａｌｓ.csv",
        ] {
            #expect(MerchantApprovals.isApprovalsFile("exports/2025-08/sub/\(name)"), "\(name)")
        }
        for name in ["approvals.xlsx", "my-approvals.csv", "approvals-old.csv", "approvals ().csv", "approvals"] {
            #expect(!MerchantApprovals.isApprovalsFile("exports/2025-08/\(name)"), "\(name)")
        }
        #expect(ManualFigures.isManualFile("exports/2025-09/manual (1).csv"))
        #expect(AgencyClaims.isClaimsFile("exports/2025-09/Agency-Claims - 副本.CSV"))
    }

    /// An approval a year old, or dated after the month, approved August's change before; now each
    /// is named with its line and column and left out. One from the month before stands.
    @Test func anApprovalDatedOutsideTheMonthIsNamedNotUsed() {
        let text = """
            date,subject,detail,value
            2024-08-13,price,商品ID 600000000001,99
            2025-09-05,price,商品ID 600000000001,99
            2025-07-28,campaign,双11预热计划,2000
            2025-08-31,price,商品ID 600000000001,99
            """
        let a = MerchantApprovals.parse(Array(text.utf8), file: "exports/2025-08/approvals.csv", month: Self.month)
        #expect(a.approvals.map(\.line) == [4, 5])
        #expect(a.problems.map(\.line) == [2, 3])
        #expect(
            ClauseReviewWording.problem(a.problems[0], in: .chinese)
                == "exports/2025-08/approvals.csv 第 2 行第 1 列：审批日期 2024-08-13 不在 2025-08（或上个月）：本月文件夹里的审批只管本月的事项，早于上月的审批不能用于本月，晚于本月的审批管不到本月；这一行未用"
        )
        EveryMessageInBothLanguagesTests.check(a.problems[1]) { ClauseReviewWording.problem(a.problems[1], in: $0) }
    }

    /// Two approvals files in one month, one in a sub-folder with an approval the other lacks (the
    /// agency's own line, or an older copy): only the approvals both hold count, and the extra line
    /// is named. Before, every line of both counted, so the added line approved the change.
    @Test func approvalsFilesThatDisagreeCountOnlyWhatBothHold() throws {
        let first = "date,subject,detail,value\n2025-08-01,campaign,连衣裙-关键词推广,80\n"
        let root = try WorkspaceEdgeCaseTests.store(
            [
                "exports/2025-08/a.csv": WorkspaceEdgeCaseTests.header + "1,10,交易成功,2025-08-01 10:00\n",
                "exports/2025-08/approvals.csv": first,
                "exports/2025-08/approvals (1).csv": first,
                "exports/2025-08/sub/APPROVALS.CSV": first + "2025-08-10,price,商品ID 600005858020,99\n",
            ])
        let workspace = try StoreWorkspace(root: root)
        let a = workspace.approvals(of: Self.month)
        #expect(
            a.files == [
                "exports/2025-08/approvals (1).csv", "exports/2025-08/approvals.csv",
                "exports/2025-08/sub/APPROVALS.CSV",
            ])
        // The campaign approval is in all three: counted once. The price approval is in one only.
        #expect(a.approvals.map(\.subject) == [.campaign])
        #expect(a.approvals.count == 1)
        #expect(a.problems.count == 1)
        #expect(a.problems.first?.line == 3)
        #expect(
            a.problems.map { ClauseReviewWording.problem($0, in: .chinese) } == [
                "exports/2025-08/sub/APPROVALS.CSV 第 3 行：这条审批在 exports/2025-08/approvals (1).csv 里没有。本月有多份审批记录且内容不一致，只计每份都有的审批，这一行未用；请只保留商家确认的一份后重新审计"
            ])
        EveryMessageInBothLanguagesTests.check(a.problems[0]) { ClauseReviewWording.problem(a.problems[0], in: $0) }
        // None of them is read as an export.
        let (imports, ignored) = workspace.importMonth(Self.month)
        #expect(imports.map(\.file) == ["exports/2025-08/a.csv"])
        #expect(ignored.isEmpty)
    }

    /// approvals.xlsx (Excel's default save) used to be read as an export and listed as "no header
    /// recognised"; it is named as the merchant's file saved as a workbook, with how to save it.
    @Test func aMerchantsFileSavedAsAWorkbookIsNamedAsSuch() throws {
        #expect(MerchantFileName.savedAsWorkbook("exports/2025-08/approvals (1).xlsx") == "approvals.csv")
        #expect(MerchantFileName.savedAsWorkbook("exports/2025-08/Manual.XLS") == "manual.csv")
        #expect(MerchantFileName.savedAsWorkbook("exports/2025-08/approvals.csv") == nil)
        #expect(MerchantFileName.savedAsWorkbook("exports/2025-08/ExportOrderList.xlsx") == nil)
        let root = try WorkspaceEdgeCaseTests.store([
            "exports/2025-08/a.csv": WorkspaceEdgeCaseTests.header + "1,10,交易成功,2025-08-01 10:00\n",
            "exports/2025-08/approvals.xlsx": "PK not really a workbook",
        ])
        let (imports, ignored) = try StoreWorkspace(root: root).importMonth(Self.month)
        #expect(imports.map(\.file) == ["exports/2025-08/a.csv"])
        #expect(ignored.map(\.reason) == [.merchantFileAsWorkbook(expected: "approvals.csv")])
        #expect(
            IgnoredFileWording.reason(ignored[0], in: .chinese)
                == "看来是 approvals.csv 存成了 Excel 工作簿：这类文件只按文本读取，里面的内容没有用上；请在 Excel 里用「CSV UTF-8（逗号分隔）」另存为 approvals.csv 后重新审计"
        )
    }

    /// A second copy of agency-claims.csv (now read, as `agency-claims (1).csv`) claiming the same
    /// figures adds no problem; a different figure for a metric is still named.
    @Test func aSecondCopyOfTheClaimsFileAddsNoProblem() {
        var c = AgencyClaims()
        let text = "metric,claimed\nGMV,\"¥270,000\"\n订单数,1750单\n"
        c.read(Array(text.utf8), file: "exports/2025-08/agency-claims.csv")
        c.read(Array(text.utf8), file: "exports/2025-08/agency-claims (1).csv")
        #expect(c.claims.map(\.claimed) == [270_000, 1750])
        #expect(c.problems.isEmpty)
        c.read(Array("metric,claimed\nGMV,280000\n".utf8), file: "exports/2025-08/sub/agency-claims.csv")
        #expect(c.claims.map(\.claimed) == [270_000, 1750])
        #expect(c.problems.map(\.line) == [2])
    }

    /// A service figure typed twice: the same figure again (a second copy of manual.csv) is no
    /// problem; another figure is, and the month waits for it (the first used to count silently).
    @Test func aServiceFigureTypedTwiceWithAnotherValueIsAProblem() {
        var m = ManualFigures()
        m.read(Array("metric,value,source\nstoreRating,4.42,截图\n".utf8), file: "exports/2025-09/manual.csv")
        m.read(Array("metric,value,source\nstoreRating,4.42,截图\n".utf8), file: "exports/2025-09/manual (1).csv")
        #expect(m.figures.map(\.value) == [4.42])
        #expect(m.problems.isEmpty)
        m.read(Array("metric,value,source\nstoreRating,4.9,截图\n".utf8), file: "exports/2025-09/sub/manual.csv")
        #expect(m.figures.map(\.value) == [4.42])
        #expect(m.problems.map(\.line) == [2])
        #expect(
            ServiceWording.problem(m.problems[0], in: .chinese)
                == "exports/2025-09/sub/manual.csv 第 2 行：storeRating 已在前面录入过另一个数字：不知道哪个对，这个数字关系到服务费扣减，本月暂不结算；请只留一行后重新审计"
        )
    }
}

/// `agency-audit init` into a folder that already has the merchant's contract under another letter
/// case or as a link: it used to write a template contract.json beside `Contract.JSON`, which the
/// audit then read instead of the merchant's own.
@Suite struct InitBesideAnExistingContractTests {
    @Test func initKeepsAContractOfAnotherCaseOrALinkAndTheAuditReadsIt() throws {
        let root = Fixtures.temporaryDirectory().appendingPathComponent("store")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let mine = """
            {"store": {"name": "我的店"}, "stages": [{"name": "九月", "from": "2025-09", "to": "2025-09", "targets": {"orders": 7}}]}
            """
        try Data(mine.utf8).write(to: root.appendingPathComponent("Contract.JSON"))
        let outcome = try StoreFolderInit(root: root, platform: .taobao, month: YearMonth(year: 2025, month: 9)).write()
        #expect(outcome.kept == ["Contract.JSON"])
        #expect(outcome.created == ["exports/2025-09/"])
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == ["Contract.JSON", "exports"])
        let contract = try StoreWorkspace(root: root).contract()
        #expect(contract.storeName == "我的店")
        #expect(contract.stages.first?.targets.first?.value == 7)

        // A contract.json that is a link leading nowhere is kept, not written through.
        let linked = Fixtures.temporaryDirectory().appendingPathComponent("store")
        try FileManager.default.createDirectory(at: linked, withIntermediateDirectories: true)
        let target = linked.deletingLastPathComponent().appendingPathComponent("nowhere.json")
        try FileManager.default.createSymbolicLink(
            atPath: linked.appendingPathComponent("contract.json").path, withDestinationPath: target.path)
        let kept = try StoreFolderInit(root: linked, platform: .taobao, month: YearMonth(year: 2025, month: 9)).write()
        #expect(kept.kept == ["contract.json"])
        #expect(!FileManager.default.fileExists(atPath: target.path))
    }
}
