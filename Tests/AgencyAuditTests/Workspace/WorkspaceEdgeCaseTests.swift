import Foundation
import Testing

@testable import AgencyAudit
@testable import AuditImport
@testable import AuditRecords
@testable import MonthlyAudit

/// Whole-workspace cases: partial months, overlapping exports, months outside the contract,
/// many files, and where reports may be written.
@Suite struct WorkspaceEdgeCaseTests {
    static let contract = """
        {"store": {"name": "测试店"}, "limits": {"dailyAdSpend": 500},
         "stages": [{"name": "九月", "from": "2025-09", "to": "2025-09", "targets": {"orders": 3}}]}
        """
    static let header = "订单编号,买家实际支付金额,订单状态,订单付款时间\n"

    /// A store folder in a fresh temporary directory: `contract` and the files given, by path.
    static func store(_ files: [String: String], contract: String = contract) throws -> URL {
        let root = Fixtures.temporaryDirectory().appendingPathComponent("store")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try Data(contract.utf8).write(to: root.appendingPathComponent("contract.json"))
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Fixtures.writeFile(text, to: url)
        }
        return root
    }

    static func audit(_ root: URL, months: [YearMonth]? = nil) throws -> [MonthAuditResult] {
        try WorkspaceAudit(
            workspace: StoreWorkspace(root: root),
            outputRoot: root.deletingLastPathComponent().appendingPathComponent("out")
        )
        .run(months: months).map(\.result)
    }

    @Test func partialMonthOverlapsAndOutOfMonthRowsAreReportedNotCounted() throws {
        let root = try Self.store([
            "exports/2025-09/a.csv": Self.header
                + "1,10,交易成功,2025-09-01 10:00\n2,20,交易成功,2025-08-31 23:59\n3,30,交易成功,2025-09-02\n",
            "exports/2025-09/b/again.csv": Self.header + "3,30,交易成功,2025-09-02\n4,40,交易成功,2025-09-03\n",
            "exports/2025-09/notes.xlsx": "not a csv",
            "exports/2025-10/c.csv": Self.header + "5,50,交易成功,2025-10-01\n",
        ])
        let results = try Self.audit(root)
        let sep = results[0]
        #expect(sep.metric(.orders)?.actual == 3)  // 1, 3, 4: order 2 was paid in August, order 3 counts once
        #expect(sep.warningSentences.contains("本月缺少流量来源导出：相关指标无法计算"))
        #expect(sep.warningSentences.contains("本月缺少推广报表导出：相关指标无法计算"))
        #expect(sep.warningSentences.contains("1 行数据日期不在 2025-09 内：已读取并列出，但不计入本月指标"))
        #expect(sep.warningSentences.contains("1 个订单在导出中重复出现（内容相同）：只计一次"))
        #expect(sep.duplicateOrders.map(\.id) == ["3"])
        #expect(sep.duplicateOrders[0].first.description == "exports/2025-09/a.csv:4")
        // Named .xlsx but text: told by its bytes, read as text, and no header is found in it.
        #expect(
            sep.ignoredFiles.map { [$0.file, $0.reasonText] } == [
                ["exports/2025-09/notes.xlsx", "前 30 行里没有认出订单、流量或推广报表的表头"]
            ])
        let again = try #require(sep.inputs.first { $0.file == "exports/2025-09/b/again.csv" })
        #expect(again.counts.skippedDuplicate == 1)
        #expect(again.counts.accepted == 1)
        #expect(results[1].warningSentences.contains("合同里没有覆盖 2025-10 的阶段：本月只计算指标，不对比目标"))
        #expect(results[1].findings.isEmpty)
    }

    /// A file without a required column is listed with the column and the names that would do;
    /// the other files and months are still audited, and the month it fed is not settled.
    @Test func aMissingRequiredColumnIsListedAndTheRunGoesOn() throws {
        let root = try Self.store([
            "exports/2025-08/a.csv": "订单编号,订单状态,订单付款时间,收货地址\n1,交易成功,2025-08-01,x\n",
            "exports/2025-09/a.csv": Self.header + "1,10,交易成功,2025-09-01\n2,20,交易成功,2025-09-02\n3,30,交易成功,2025-09-03\n",
        ])
        let results = try Self.audit(root)
        #expect(results.map(\.month.description) == ["2025-08", "2025-09"])
        let august = results[0]
        #expect(august.inputs.isEmpty)
        #expect(august.ignoredFiles.count == 1)
        #expect(august.ignoredFiles[0].isUnusable)
        #expect(august.ignoredFiles[0].kind == .orders)
        #expect(
            august.ignoredFiles[0].reasonText.hasPrefix(
                "exports/2025-08/a.csv:1: 订单报表缺少必需的列「买家实际支付金额」（可接受的列名：买家实际支付金额、买家实付金额"))
        #expect(august.settlement.payable == nil)
        #expect(august.settlement.withheld == [.noUsableExport])
        #expect(august.metric(.orders)?.actual == nil)
        #expect(
            august.warningSentences.contains { $0.hasPrefix("本月的订单报表（exports/2025-08/a.csv）无法使用：支付订单数、") },
            "\(august.warningSentences)"
        )
        // September, which reads August for its comparison, is audited and settled as usual.
        let september = results[1]
        #expect(september.metric(.orders)?.actual == 3)
        #expect(september.settlement.withheld.isEmpty)
        #expect(september.settlement.payable != nil)
    }

    @Test func thousandsOfFilesInOneMonth() throws {
        var files: [String: String] = [:]
        for i in 0..<1500 {
            files["exports/2025-09/day\(i / 50)/part\(i).csv"] = Self.header + "\(i),1.00,交易成功,2025-09-\(1 + i % 28)\n"
        }
        let results = try Self.audit(try Self.store(files))
        #expect(results[0].inputs.count == 1500)
        #expect(results[0].metric(.orders)?.actual == 1500)
    }

    /// Orders are read back from their files later, but no file stays open meanwhile: a month of
    /// 1,500 order exports must not use 1,500 descriptors (macOS allows 256 by default).
    @Test func importedOrderFilesHoldNoOpenFile() throws {
        #if os(Linux)
            var files: [String: String] = [:]
            for i in 0..<300 {
                files["exports/2025-09/part\(i).csv"] = Self.header + "\(i),1.00,交易成功,2025-09-\(1 + i % 28)\n"
            }
            let workspace = try StoreWorkspace(root: try Self.store(files))
            let openBefore = try FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").count
            let (imports, _) = workspace.importMonth(YearMonth(year: 2025, month: 9))
            let openAfter = try FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").count
            #expect(imports.count == 300)
            #expect(openAfter - openBefore < 150, "\(openAfter - openBefore) files left open")
            // And the orders can still be read back in full.
            #expect(imports.flatMap(\.orders).map(\.id).sorted() == (0..<300).map(String.init).sorted())
        #endif
    }

    /// An export that changes between the import and the findings: the orders cannot be read
    /// back, the audit still finishes on its records, and the report says what is missing.
    @Test func anExportChangedDuringTheAuditIsReported() throws {
        let root = try Self.store([
            "exports/2025-09/a.csv": "订单编号,买家实际支付金额,订单状态,订单付款时间,宝贝标题\n"
                + "1,10,交易成功,2025-09-01,连衣裙\n2,20,交易成功,2025-09-02,连衣裙\n3,30,交易成功,2025-09-03,半身裙\n"
        ])
        let workspace = try StoreWorkspace(root: root)
        let (imports, ignored) = workspace.importMonth(YearMonth(year: 2025, month: 9))
        try Data("订单编号,买家实际支付金额\n".utf8).write(to: root.appendingPathComponent("exports/2025-09/a.csv"))
        let out = MonthlyAuditor.audit(
            month: YearMonth(year: 2025, month: 9), contract: try workspace.contract(), imports: imports,
            ignored: ignored, previous: nil, history: [])
        #expect(out.result.metric(.orders)?.actual == 3)
        #expect(out.result.warningSentences.contains { $0.hasPrefix("2 个订单的明细") }, "\(out.result.warningSentences)")
    }
}
