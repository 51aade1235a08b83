import Foundation
import Testing

@testable import AgencyAuditEvaluation

/// Guards the detection quality measured on generated stores: a drop below a floor fails here.
@Suite struct EvaluatorTests {
    @Test func detectionQualityOnTheQuickEvaluationSetStaysAboveItsFloors() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent(
            "agency-audit-eval-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        let report = try Evaluator.run(.quick, workDirectory: work)
        #expect(report.storeMonths == 6)
        let fake = report.fakeOrders
        #expect(
            fake.truePositives + fake.falseNegatives == 108,
            "two stores × (8 + 5 address, 6 + 5 phone, 7 sequential, 9 empty-parcel, 8 + 6 waybill-batch) planted fake orders"
        )
        #expect(fake.precision >= 0.97, "\(report.table())")
        #expect(fake.recall >= 0.97, "\(report.table())")
        #expect(report.hardNegativeOrdersFlagged == 0, "\(report.table())")
        #expect(report.promotionDaysFlagged == 0, "\(report.table())")
        for rule in [
            "traffic-source-surge", "traffic-source-drop", "search-brushing", "traffic-conversion-collapse",
            "orders-buyers-mismatch", "spend-over-limit", "roi-below-redline",
        ] {
            let s = try #require(report.scores.first { $0.rule == rule })
            #expect(s.recall >= 0.95, "\(rule): \(report.table())")
            #expect(s.falsePositives <= report.storeMonths, "\(rule): at most one false alarm per store-month")
        }
    }
}
