import Testing

@testable import AgencyAudit
@testable import AuditImport
@testable import AuditRecords
@testable import AuditReport

@Suite struct CellParsingTests {
    @Test(arguments: [
        ("128.00", Int64(12800)), ("¥1,234.56", 123456), ("￥86.2", 8620), ("0元", 0), ("1,234", 123400), (" 12 ", 1200),
        ("-5.5", -550), ("12.345", 1235), ("1，000.00", 100000), ("¥1,234.00", 123400), ("1,234,567.89", 123_456_789),
        ("-1,234.50", -123450), ("12,345元", 1_234_500), ("0.50", 50),
    ])
    func money(text: String, cents: Int64) {
        #expect(Fixtures.withCell(text) { NumberCell.money($0) } == .value(Money(cents: cents)))
    }

    @Test(arguments: ["12..50", "abc", "1.2.3", "12元5", "%5", "¥", "99999999999999999", "-99999999999999999"])
    func invalidMoneySaysWhatWasExpected(text: String) {
        guard case .invalid(let why) = Fixtures.withCell(text, { NumberCell.money($0) }) else {
            Issue.record("\(text) should be invalid")
            return
        }
        #expect([.notMoney, .moneyTooLarge].contains(why))
        #expect(RejectedRowWording.expected(why, in: .chinese).contains("应为金额"))
    }

    @Test(arguments: ["", "-", "--", "—", "nan", "NULL", "N/A", "  "])
    func placeholdersAreNull(text: String) {
        #expect(Fixtures.withCell(text) { NumberCell.money($0) } == .null)
    }

    @Test(arguments: [("3.25%", 0.0325), ("0.0325", 0.0325), ("1:2.5", 2.5), ("100%", 1.0)])
    func rates(text: String, value: Double) {
        guard case .value(let v) = Fixtures.withCell(text, { NumberCell.rate($0) }) else {
            Issue.record("\(text)")
            return
        }
        #expect(abs(v - value) < 1e-12)
    }

    /// A comma is a thousands separator only in its place (groups of three left of the point, the
    /// first of one to three digits); anywhere else the cell is refused, never read as another
    /// number (`12,34` was 1234, `0,50` 50, `1,2345.00` 12345).
    @Test(arguments: [
        "12,34", "0,50", "1,2345.00", "1234,567", ",123", "1,,234", "1,234,", "1,23,456", "12，34", "¥0,5", "1,234,56",
        "12,34元",
    ])
    func aCommaOutOfPlaceIsRefusedNotReadAsAnotherNumber(text: String) {
        let refused = CellParse<Int>.invalid(.misplacedComma)
        #expect(Fixtures.withCell(text) { NumberCell.money($0) } == .invalid(.misplacedComma))
        #expect(Fixtures.withCell(text) { NumberCell.integer($0) } == refused)
        #expect(Fixtures.withCell(text) { NumberCell.rate($0) } == .invalid(.misplacedComma))
    }

    /// An ROI written `1:2,5` (a decimal comma) is refused like an amount.
    @Test func aRatioWithADecimalCommaIsRefused() {
        #expect(Fixtures.withCell("1:2,5") { NumberCell.rate($0) } == .invalid(.misplacedComma))
        #expect(Fixtures.withCell("1:2.5") { NumberCell.rate($0) } == .value(2.5))
    }

    @Test(arguments: [
        ("1,234", 1234), ("12.0", 12), ("0", 0), ("5,652", 5652), ("1,234,567", 1_234_567), ("1，234", 1234),
    ])
    func integers(text: String, value: Int) {
        #expect(Fixtures.withCell(text) { NumberCell.integer($0) } == .value(value))
    }

    @Test func fractionalCountIsInvalid() {
        #expect(Fixtures.withCell("12.5") { NumberCell.integer($0) } == .invalid(.notInteger))
        #expect(Fixtures.withCell("99999999999999999") { NumberCell.integer($0) } == .invalid(.integerTooLarge))
    }

    @Test(arguments: [
        ("2025-08-01", "2025-08-01 00:00:00"), ("2025/8/1", "2025-08-01 00:00:00"),
        ("2025-08-01 10:00:00", "2025-08-01 10:00:00"),
        ("2025/8/3 10:12", "2025-08-03 10:12:00"), ("20250801", "2025-08-01 00:00:00"),
        ("2025年8月1日 09:05:07", "2025-08-01 09:05:07"),
        ("45870.5", "2025-08-01 12:00:00"), ("2025-08-01T10:00:00", "2025-08-01 10:00:00"),
        ("2024-02-29", "2024-02-29 00:00:00"),
    ])
    func dates(text: String, expected: String) {
        guard case .value(let t) = Fixtures.withCell(text, { DateCell.time($0) }) else {
            Issue.record("\(text) did not parse")
            return
        }
        #expect(t.description == expected)
    }

    @Test(arguments: ["2025-02-30", "2025-13-01", "2025-08-01 25:00", "yesterday", "2025-8"])
    func impossibleDatesAreInvalid(text: String) {
        guard case .invalid = Fixtures.withCell(text, { DateCell.time($0) }) else {
            Issue.record("\(text) should be invalid")
            return
        }
    }

    @Test(arguments: [
        ("=\"3812004976329210623\"", "3812004976329210623"), ("'13812345678", "13812345678"),
        ("\t12345", "12345"), ("\u{00A0}收货地址 ", "收货地址"), ("\u{3000}张三\u{3000}", "张三"),
    ])
    func excelTextTricksAreUndone(text: String, expected: String) {
        #expect(Fixtures.withCell(text) { CellText.string($0) } == expected)
    }

    @Test func weekdayAndMonthArithmetic() {
        let d = CalendarDay(year: 2025, month: 9, day: 1)!
        #expect(d.weekday == 0)  // a Monday
        #expect(YearMonth(year: 2024, month: 2).dayCount == 29)
        #expect(YearMonth("2025-09")!.previous == YearMonth(year: 2025, month: 8))
        #expect(CalendarDay(ordinal: d.ordinal).description == "2025-09-01")
    }
}
