import Foundation
import Testing

@testable import AuditImport
@testable import AuditMeasure
@testable import AuditRecords

/// 商品ID as spreadsheets leave it: `612345678902.0` after a number column is re-saved is the same
/// item, and `6.12346E+11` has lost digits and is never a key (the row is kept and the loss counted).
@Suite struct ItemIDCellTests {
    static let csv =
        "订单编号,买家实际支付金额,订单状态,订单付款时间,商品ID\n"
        + "1,10.00,交易成功,2025-09-05 10:00:00,612345678902\n"
        + "2,10.00,交易成功,2025-09-05 11:00:00,612345678902.0\n"
        + "3,10.00,交易成功,2025-09-05 12:00:00,6.12346E+11\n"
        + "4,10.00,交易成功,2025-09-05 13:00:00,6.12346e+11\n"
        + "5,10.00,交易成功,2025-09-05 14:00:00,SKU-7.0\n"

    @Test func aTrailingPointZeroIsTheSameItemAndScientificNotationIsNoKey() throws {
        let imported = try #require(try Fixtures.importExport(Fixtures.utf8(Self.csv), file: "exports/2025-09/o.csv"))
        let records = imported.orderRecords
        #expect(imported.counts.accepted == 5)
        #expect(records[0].itemIDKey == 612_345_678_902)
        #expect(records[1].itemIDKey == records[0].itemIDKey)
        // Two different items could both read 6.12346E+11: no key, counted.
        #expect(records[2].itemIDKey == 0 && records[3].itemIDKey == 0)
        #expect(imported.lostItemIDs == 2)
        // Text ids keep their text (a `.0` inside a code is part of it).
        #expect(records[4].itemIDKey != 0 && records[4].itemIDKey != records[0].itemIDKey)
        // The month says so, once per file.
        let month = MonthAssembler.assemble(month: YearMonth(year: 2025, month: 9), inputs: [imported])
        #expect(month.inputs[0].notes.contains(.itemIDsLost(count: 2)))
    }

    @Test func scientificNotationIsToldFromIDsThatMerelyContainAnE() {
        func sci(_ s: String) -> Bool { Array(s.utf8).withUnsafeBufferPointer { OrderKeys.isScientific($0) } }
        #expect(sci("6.12346E+11") && sci("6E11") && sci("1.2e-3"))
        #expect(!sci("E123") && !sci("SKU-E1") && !sci("612345678902") && !sci("6.1E") && !sci("ABCE+11"))
    }
}
