import AgencyAuditSample
import Foundation
import Testing

@testable import AgencyAudit
@testable import AuditDetect
@testable import AuditDiagnose
@testable import AuditRecords
@testable import AuditReport
@testable import MonthlyAudit

/// The three-step diagnosis end to end: a generated store with the causes planted (a best-seller
/// out of stock, a market-wide and a store-only dip in 生意参谋's 数据概览 zips, a last month taken
/// on the 2nd of the next month), audited through the workspace and checked against expected.json.
@Suite struct DiagnosisStoreTests {
    struct Run: Sendable {
        let store: URL
        /// Where the month folders, period.md and period.json were written.
        let reports: URL
        let runs: [WorkspaceAudit.MonthRun]
        let truth: [Truth]
        /// Per month, the files expected.json lists, with their kind.
        let files: [String: [(file: String, kind: String)]]
    }

    /// One row of expected.json's `diagnosis`, read with Foundation (no code shared with the generator).
    struct Truth: Sendable {
        let cause: String
        let month: String
        let item: String?
        let dates: [String]
        let takenOn: String?
    }

    static func audit(asOf: CalendarDay? = nil, refundExport: Bool = false, itemExports: Bool = false) throws -> Run {
        let tmp = Fixtures.temporaryDirectory()
        let store = tmp.appendingPathComponent("store")
        var spec = SampleStoreSpec(
            storeName: "诊断店", seed: 2207, firstMonth: "2025-07", monthCount: 3, ordersPerDay: 50,
            plantAnomalies: false)
        spec.plantDiagnosis = true
        spec.refundExport = refundExport
        spec.itemExports = itemExports
        _ = try SampleStoreGenerator.write(spec, to: store)
        var workspace = try StoreWorkspace(root: store)
        workspace.asOf = asOf
        let runs = try WorkspaceAudit(workspace: workspace, outputRoot: tmp.appendingPathComponent("reports"))
            .run(months: nil)
        let json =
            try JSONSerialization.jsonObject(with: Data(contentsOf: store.appendingPathComponent("expected.json")))
            as! [String: Any]
        let truth = (json["diagnosis"] as! [[String: Any]]).map {
            Truth(
                cause: $0["cause"] as! String, month: $0["month"] as! String, item: $0["item"] as? String,
                dates: $0["dates"] as! [String], takenOn: $0["takenOn"] as? String)
        }
        var files: [String: [(file: String, kind: String)]] = [:]
        for m in json["months"] as! [[String: Any]] {
            files[m["month"] as! String] = (m["files"] as! [[String: Any]]).map {
                ($0["file"] as! String, $0["kind"] as! String)
            }
        }
        return Run(store: store, reports: tmp.appendingPathComponent("reports"), runs: runs, truth: truth, files: files)
    }

    static let store = Result { try audit() }

    static func result(_ run: Run, _ month: String) throws -> MonthAuditResult {
        try #require(run.runs.first { $0.result.month.description == month }?.result)
    }

    static func stockOuts(_ r: MonthAuditResult) -> [StockOut] {
        r.diagnosis.cooperation.compactMap {
            if case .stockOut(let s) = $0 { return s }
            return nil
        }
    }

    static func comparisons(_ r: MonthAuditResult) -> [PeerTierComparison] {
        r.diagnosis.market.compactMap {
            if case .peerTier(let c) = $0 { return c }
            return nil
        }
    }

    @Test func theBestSellersFourDaysOutAreTheOnlyStockOutAndTheHardNegativesAreLeftAlone() throws {
        let run = try Self.store.get()
        let planted = try #require(run.truth.first { $0.cause == "stock-out" })
        for r in run.runs.map(\.result) {
            let found = Self.stockOuts(r)
            guard r.month.description == planted.month else {
                #expect(found.isEmpty, "\(r.month): \(found)")
                continue
            }
            #expect(found.count == 1)
            let s = try #require(found.first)
            #expect(s.item == planted.item)
            #expect([s.first.description, s.last.description] == [planted.dates.first!, planted.dates.last!])
            #expect(s.lostSales.cents > 0)
            // The missed orders target is told how much of its gap the stock-out accounts for.
            #expect(
                r.diagnosis.cooperation.contains {
                    if case .stockOutsBehindTarget(let i) = $0 {
                        return i.target == .orders && i.items == 1 && i.days == 4
                    }
                    return false
                })
        }
        // The item taken down on purpose is asked about, never called a stock-out.
        let discontinued = try #require(run.truth.first { $0.cause == "discontinued-item" })
        let first = try Self.result(run, discontinued.month)
        let stopped = first.diagnosis.cooperation.compactMap { f -> ItemStopped? in
            if case .itemStopped(let s) = f { return s }
            return nil
        }
        #expect(stopped.map(\.item) == [discontinued.item!])
        #expect(try #require(stopped.first).lastSale.description < discontinued.dates[0])
        #expect(run.truth.contains { $0.cause == "weekend-lull" && $0.month == discontinued.month })
    }

    @Test func theMarketWideDipReadsAsTheMarketAndTheStoreOnlyDipAsTheStore() throws {
        let run = try Self.store.get()
        let market = try #require(run.truth.first { $0.cause == "market-dip" })
        let own = try #require(run.truth.first { $0.cause == "store-dip" })
        let marketMonth = try Self.result(run, market.month)
        let ownMonth = try Self.result(run, own.month)
        let missed = { (r: MonthAuditResult) in
            r.findings.filter { $0.metric.isMet == false && PeerTierComparison.figures(for: $0.metric.key) != nil }
        }
        #expect(!missed(marketMonth).isEmpty && !missed(ownMonth).isEmpty)
        #expect(Self.comparisons(marketMonth).map(\.target) == missed(marketMonth).map(\.metric.key))
        #expect(Self.comparisons(marketMonth).allSatisfy { $0.reading == .market })
        #expect(Self.comparisons(ownMonth).map(\.target) == missed(ownMonth).map(\.metric.key))
        #expect(Self.comparisons(ownMonth).allSatisfy { $0.reading == .store })
        // The visitors' change is the store's daily mean against the peer tier's, both from the files.
        let visitors = try #require(Self.comparisons(ownMonth).first?.changes.first { $0.metric == .visitors })
        #expect(visitors.store < -0.15 && abs(visitors.peer!) < PeerTierComparison.flatBand)
        // The first month has nothing before it to compare with, and says which download is missing.
        let first = try Self.result(run, "2025-07")
        #expect(
            first.diagnosis.market.contains(
                .peerTierPreviousMonthMissing(month: YearMonth(year: 2025, month: 6), platform: .taobao)))
        let md = try String(
            contentsOf: run.runs.first { $0.result.month == marketMonth.month }!.folder.appendingPathComponent(
                "report.md"),
            encoding: .utf8)
        #expect(md.contains("主要是市场（同行同层一起下滑）"))
    }

    @Test func theLateDownloadsRedLineRunIsHeldAndTheMonthSaysWhenToRunAgain() throws {
        let run = try Self.store.get()
        let late = try #require(run.truth.first { $0.cause == "unsettled-red-line-run" })
        let r = try Self.result(run, late.month)
        #expect(r.settling.heldFindings.map { $0.dates.map(\.description) } == [late.dates])
        #expect(!r.anomalies.contains { $0.rule == .roiBelowRedLine })
        #expect(!r.diagnosis.execution.contains { if case .roiBelowRedLine = $0 { return true } else { return false } })
        let taken = try #require(late.takenOn)
        #expect(r.settling.window(.adAttribution)?.taken.day.description == taken)
        #expect(r.settling.window(.refunds)?.taken == .fileModified(r.settling.window(.adAttribution)!.taken.day))
        #expect(r.settling.rerunOn == r.month.lastDay.adding(days: DataSettling.refundDays))
        // Only the late month has anything unsettled.
        #expect(run.runs.filter { !$0.result.settling.isSettled }.map(\.result.month.description) == [late.month])
        let folder = run.runs.first { $0.result.month == r.month }!.folder
        let md = try String(contentsOf: folder.appendingPathComponent("report.md"), encoding: .utf8)
        #expect(md.contains("## 尚未稳定的数据"))
        #expect(md.contains("请在 \(r.settling.rerunOn!) 或之后重新下载导出并重新审计本月。"))
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("audit.json")))
        let settling = try #require((json as? [String: Any])?["settling"] as? [String: Any])
        #expect(((settling["heldFindings"] as? [[String: Any]])?.first?["dates"] as? [String]) == late.dates)
        #expect(settling["rerunOn"] as? String == r.settling.rerunOn?.description)
    }

    @Test func aLaterAsOfDateSettlesTheMonthAndTheRunIsCalled() throws {
        let run = try Self.audit(asOf: CalendarDay(year: 2025, month: 10, day: 20))
        let late = try #require(run.truth.first { $0.cause == "unsettled-red-line-run" })
        let r = try Self.result(run, late.month)
        #expect(r.settling.isSettled)
        #expect(r.anomalies.contains { $0.rule == .roiBelowRedLine && $0.dates.map(\.description) == late.dates })
    }

    @Test func everyOverviewWorkbookIsAccountedForAsTheGeneratorWroteIt() throws {
        let run = try Self.store.get()
        for r in run.runs.map(\.result) {
            let expected = (run.files[r.month.description] ?? []).filter { $0.kind == "shopOverview" }
            let read = r.inputs.filter { $0.kind == .shopOverview }
            #expect(expected.count == r.month.dayCount)
            #expect(read.map(\.file).sorted() == expected.map(\.file).sorted())
            #expect(read.allSatisfy { $0.counts.read == 1 && $0.counts.accepted == 1 && $0.container == "xlsx" })
        }
    }

    @Test func anOversoldBestSellerShowsInTheRefundExportAndInTheOrders() throws {
        let run = try Self.audit(refundExport: true)
        let planted = try #require(run.truth.first { $0.cause == "stock-out-refunds" })
        for r in run.runs.map(\.result) {
            let refunds = r.diagnosis.cooperation.compactMap { f -> StockOutRefunds? in
                if case .stockOutRefunds(let s) = f { return s }
                return nil
            }
            // Every month's export also holds refunds before shipping for other reasons: never stock-outs.
            #expect(r.inputs.contains { $0.kind == .refundRequests && $0.counts.accepted > 0 })
            guard r.month.description == planted.month else {
                #expect(refunds.isEmpty, "\(r.month)")
                continue
            }
            // The oversold orders were refunded in full: the orders show the item selling nothing too,
            // and the run is reported once, with the refund export among its sources.
            #expect(refunds.isEmpty)
            let runs = Self.stockOuts(r)
            #expect(runs.map(\.item) == [planted.item!])
            let s = try #require(runs.first)
            #expect(s.sources == [.orders, .refundExport])
            #expect(s.stockOutRefunds >= planted.dates.count)
            let days = (s.first.ordinal...s.last.ordinal).map { CalendarDay(ordinal: $0).description }
            #expect(days == planted.dates)
            // Each 退款管理 row is accounted for as the generator wrote it.
            let expected = try #require(run.files[r.month.description]?.first { $0.kind == "refundRequests" })
            #expect(r.inputs.first { $0.kind == .refundRequests }?.file == expected.file)
        }
    }
}

extension DiagnosisStoreTests {
    static func customerService(_ r: MonthAuditResult) -> CustomerServiceCheck? {
        r.diagnosis.execution.lazy.compactMap { f -> CustomerServiceCheck? in
            if case .customerService(let c) = f { return c }
            return nil
        }.first
    }

    static func activityWeeks(_ r: MonthAuditResult) -> ActivityWeeks? {
        r.diagnosis.execution.lazy.compactMap { f -> ActivityWeeks? in
            if case .activityWeeks(let w) = f { return w }
            return nil
        }.first
    }

    /// 看执行 end to end: the generator's 客服绩效 and 单品立减导出 read every month, the slow month
    /// and the idle weeks found where expected.json plants them, and nowhere else.
    @Test func theSlowServiceMonthAndTheIdleWeeksAreFoundFromTheirFiles() throws {
        let run = try Self.store.get()
        let slow = try #require(run.truth.first { $0.cause == "slow-customer-service" })
        let idle = try #require(run.truth.first { $0.cause == "idle-activity-weeks" })
        for r in run.runs.map(\.result) {
            let month = r.month.description
            for kind in ["customerService", "activityItems"] {
                let expected = (run.files[month] ?? []).filter { $0.kind == kind }.map(\.file)
                #expect(expected.count == 1, "\(month) \(kind)")
                let read = r.inputs.filter { $0.kind.rawValue == kind }
                #expect(read.map(\.file) == expected)
                #expect(read.allSatisfy { $0.counts.rejected == 0 && $0.counts.accepted == $0.counts.read })
            }
            let service = try #require(Self.customerService(r))
            // The generator's peer row: 22 s first reply; the contract's limit 30 s.
            #expect(service.peer?.firstResponseSeconds == 22 && service.limitSeconds == 30)
            #expect(service.isSlow == (month == slow.month), "\(month): \(service)")
            #expect(service.files == (run.files[month] ?? []).filter { $0.kind == "customerService" }.map(\.file))
            let weeks = try #require(Self.activityWeeks(r))
            #expect(weeks.required)
            let idleDays = weeks.idleWeeks.map(\.first.description)
            #expect(idleDays == (month == idle.month ? idle.dates : []), "\(month)")
            // Breaches first, then "nothing found" when there is none, then the evidence.
            let e = r.diagnosis.execution
            let lastBreach = e.lastIndex(where: \.isBreach) ?? -1
            let firstEvidence = e.firstIndex { !$0.isBreach && $0 != .noBreachFound } ?? e.count
            #expect(lastBreach < firstEvidence, "\(month): \(e)")
            #expect(e.contains(.noBreachFound) == (lastBreach < 0))
        }
        // The idle month's sentence says it as the seeds do.
        let last = try Self.result(run, idle.month)
        let words = ThreeStepDiagnosisWording.sentence(
            .activityWeeks(try #require(Self.activityWeeks(last))), in: .chinese)
        #expect(words.hasPrefix("第 2、3 周没有任何活动商品"))
    }
}
