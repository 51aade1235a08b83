import AgencyAuditSample
import Foundation
import Testing

@testable import AgencyAudit
@testable import AuditDiagnose
@testable import AuditRecords
@testable import MonthlyAudit
@testable import PeriodAudit

/// 生意参谋 商品_全部 and 千牛's product-list snapshots end to end: a diagnosis store generated with
/// `itemExports`, audited through the workspace, checked against expected.json.
@Suite struct ItemExportsStoreTests {
    static let store = Result { try DiagnosisStoreTests.audit(itemExports: true) }
    typealias D = DiagnosisStoreTests

    static func truth(_ run: D.Run, _ cause: String) -> [D.Truth] { run.truth.filter { $0.cause == cause } }

    static func days(_ s: StockOut) -> [String] {
        (s.first.ordinal...s.last.ordinal).map { CalendarDay(ordinal: $0).description }
    }

    @Test func everyItemFileIsAccountedForAsTheGeneratorWroteIt() throws {
        let run = try Self.store.get()
        for r in run.runs.map(\.result) {
            let expected = (run.files[r.month.description] ?? []).filter {
                $0.kind == "itemDays" || $0.kind == "productSnapshot"
            }
            let read = r.inputs.filter { $0.kind == .itemDays || $0.kind == .productSnapshot }
            #expect(Set(read.map(\.file)) == Set(expected.map(\.file)), "\(r.month)")
            // One .xls a day of 13 items; two snapshots in the second month, their 2 template rows skipped.
            #expect(read.filter { $0.kind == .itemDays }.count == r.month.dayCount)
            #expect(
                read.filter { $0.kind == .itemDays }.allSatisfy { $0.counts.read == 13 && $0.counts.accepted == 13 })
            for s in read where s.kind == .productSnapshot {
                #expect(s.counts.skippedSummary == 2 && s.counts.rejected == 0)
                #expect(s.counts.read == s.counts.accepted + 2)
            }
        }
    }

    @Test func theBestSellersStockOutIsOneRunWithEveryFileThatShowsIt() throws {
        let run = try Self.store.get()
        let planted = try #require(Self.truth(run, "stock-out-item-days").first { $0.month == "2025-08" })
        let r = try D.result(run, "2025-08")
        let s = try #require(D.stockOuts(r).first { $0.item == planted.item })
        #expect(D.stockOuts(r).count == 1)
        #expect(Self.days(s) == planted.dates)
        #expect(s.sources == [.orders, .itemDays, .productSnapshot])
        #expect(s.daysSoldOut == 4 && s.snapshotDaysAtZero.map(\.description) == ["2025-08-13"])
        // One SKU at 0 is no item at 0: the snapshots name no other item.
        #expect(
            !r.diagnosis.cooperation.contains {
                if case .snapshotStockZero = $0 { return true }
                return false
            })
    }

    @Test func priceChangesBetweenSnapshotsAreTheMerchantsOrTheAgencys() throws {
        let run = try Self.store.get()
        let r = try D.result(run, "2025-08")
        let changes = r.diagnosis.cooperation.compactMap { f -> SnapshotPriceChange? in
            if case .snapshotPriceChange(let c) = f { return c }
            return nil
        }
        let approved = try #require(Self.truth(run, "snapshot-price-approved").first)
        let breach = try #require(Self.truth(run, "snapshot-price-breach").first)
        #expect(changes.count == 2)
        let a = try #require(changes.first { $0.title == approved.item })
        let b = try #require(changes.first { $0.title == breach.item })
        guard case .approved = a.standing else {
            Issue.record("\(a.standing)")
            return
        }
        #expect(b.standing == .overLimitWithoutApproval(limit: 0.1))
        // 半身裙 139 → 159, 蕾丝打底衫 69 → 79, between the 5th and the 13th.
        #expect(a.before == Money(yuan: 139) && a.after == Money(yuan: 159))
        #expect(b.before == Money(yuan: 69) && b.after == Money(yuan: 79) && b.day.description == breach.dates[0])
        #expect(r.diagnosis.execution.contains(.snapshotPriceChangesWithoutApproval(changes: 1, items: 1)))
    }

    @Test func theHardNegativesAreNeverStockOutsAndTheQuietRunIs() throws {
        let run = try Self.store.get()
        let july = try D.result(run, "2025-07")
        let discontinued = try #require(run.truth.first { $0.cause == "discontinued-item" })
        #expect(D.stockOuts(july).isEmpty)
        let down = july.diagnosis.cooperation.compactMap { f -> ItemTakenDown? in
            if case .itemTakenDown(let t) = f { return t }
            return nil
        }
        #expect(down.map(\.item) == [discontinued.item!] && down[0].from.description == discontinued.dates[0])
        // The orders' "stopped selling" is not said twice of an item 商品_全部 shows taken down.
        #expect(
            !july.diagnosis.cooperation.contains {
                if case .itemStopped(let s) = $0 { return s.item == discontinued.item }
                return false
            })
        // The third month's run shows only as visits and add-to-cart without a sale.
        let planted = try #require(Self.truth(run, "stock-out-item-days").first { $0.month == "2025-09" })
        let september = try D.result(run, "2025-09")
        let s = try #require(D.stockOuts(september).first { $0.item == planted.item })
        #expect(Set(planted.dates).isSubset(of: Self.days(s)))
        #expect(s.sources.contains(.itemDays) && s.daysVisitedNoSale >= planted.dates.count && s.daysSoldOut == 0)
    }

    @Test func theDossierWeighsEachMissWithTheStockOutsBehindIt() throws {
        let run = try Self.store.get()
        let dossier = try #require(PeriodDossier(run.runs.map(\.result)))
        let september = try #require(dossier.weighing.first { $0.month.description == "2025-09" })
        let r = try D.result(run, "2025-09")
        let impact = try #require(
            r.diagnosis.cooperation.compactMap { f -> StockOutImpact? in
                if case .stockOutsBehindTarget(let i) = f, i.target == september.target { return i }
                return nil
            }.first)
        #expect(september.stockOutLost == impact.lost && september.gap == impact.gap)
        #expect(september.merchantPart == min(impact.lost, impact.gap) && september.merchantPart > 0)
        // The store-only dip: the peer tier held, so the market takes none of it.
        #expect(september.peerTier?.reading == .store && !september.marketFell)
    }
}
