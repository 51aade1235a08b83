import Testing

@testable import AuditDiagnose
@testable import AuditRecords

/// Product-list snapshots compared: stock at 0 and price changes, by whose part they are.
@Suite struct SnapshotComparisonTests {
    typealias S = DiagnosisScenarios
    static let here = RowLocation(file: "商品批量导出.xlsx", line: 4)

    static func sku(_ item: UInt64, _ sku: String, day: Int, yuan: Int?, stock: Int?) -> ProductSnapshotRecord {
        ProductSnapshotRecord(
            itemIDKey: item, itemID: String(item), title: "商品\(item)", skuID: sku, day: S.day("2025-08", day),
            price: yuan.map { Money(yuan: $0) }, stock: stock, location: here)
    }

    static let rows = [
        // Item 1: 139 → 159 (+14.4%), approved. Item 2: 69 → 79 (+14.5%), not approved.
        // Item 3: 100 → 105 (+5%). Item 4: every SKU at 0 on the 13th. Item 5: one SKU at 0.
        sku(1, "a", day: 5, yuan: 139, stock: 10), sku(1, "a", day: 13, yuan: 159, stock: 8),
        sku(2, "a", day: 5, yuan: 69, stock: 10), sku(2, "a", day: 13, yuan: 79, stock: 8),
        sku(3, "a", day: 5, yuan: 100, stock: 10), sku(3, "a", day: 13, yuan: 105, stock: 8),
        sku(4, "S", day: 5, yuan: 59, stock: 3), sku(4, "M", day: 5, yuan: 59, stock: 1),
        sku(4, "S", day: 13, yuan: 59, stock: 0), sku(4, "M", day: 13, yuan: 59, stock: 0),
        sku(5, "S", day: 13, yuan: 99, stock: 0), sku(5, "M", day: 13, yuan: 99, stock: 4),
    ]

    static let approval = MerchantApproval(
        day: S.day("2025-08", 9), subject: .price, detail: "商品ID 1", value: 159, line: 2, itemIDKey: 1)

    @Test func priceChangesAreSortedByApprovalAndTheLimit() throws {
        let c = try #require(SnapshotComparison.compare(Self.rows, limit: 0.1, approvals: [Self.approval]))
        #expect(c.days == [S.day("2025-08", 5), S.day("2025-08", 13)])
        #expect(c.priceChanges.map(\.itemID) == ["1", "2", "3"])
        #expect(
            c.priceChanges.map(\.standing) == [
                .approved(day: S.day("2025-08", 9), line: 2), .overLimitWithoutApproval(limit: 0.1), .withinLimit,
            ])
        // 159 / 139 - 1 = 0.14388…
        #expect(abs(c.priceChanges[0].change - (159.0 / 139.0 - 1)) < 1e-12)
        #expect(c.zeros.map(\.itemID) == ["4"] && c.zeros[0].days == [S.day("2025-08", 13)])
    }

    @Test func withoutApprovalsAChangeOverTheLimitIsNotChecked() throws {
        let c = try #require(SnapshotComparison.compare(Self.rows, limit: 0.1, approvals: nil))
        #expect(c.priceChanges.map(\.standing) == [.notChecked(limit: 0.1), .notChecked(limit: 0.1), .withinLimit])
        // An approval for another price does not cover the change.
        var other = Self.approval
        other.value = 149
        let d = try #require(SnapshotComparison.compare(Self.rows, limit: 0.1, approvals: [other]))
        #expect(d.priceChanges[0].standing == .overLimitWithoutApproval(limit: 0.1))
        // Without a limit in the contract, nothing is over it.
        let e = try #require(SnapshotComparison.compare(Self.rows, limit: nil, approvals: []))
        #expect(e.priceChanges.allSatisfy { $0.standing == .withinLimit })
    }

    @Test func oneSnapshotDayComparesNothing() {
        #expect(
            SnapshotComparison.compare(Self.rows.filter { $0.day == S.day("2025-08", 13) }, limit: 0.1, approvals: nil)
                == nil)
    }
}
