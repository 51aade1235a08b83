import Testing

@testable import AgencyAudit
@testable import AuditRecords
@testable import AuditReport

@Suite struct ReportFormattingTests {
    @Test func jsonKeepsKeyOrderAndFixedNumbers() {
        let doc = JSONValue.object([
            ("b", .int(1)), ("a", .number(0.1 + 0.2, decimals: 6)), ("s", .string("引号\"\n")), ("n", .null),
            ("list", .array([.number(2.50, decimals: 2), .bool(true)])),
        ])
        #expect(
            doc.rendered()
                == "{\n  \"b\": 1,\n  \"a\": 0.3,\n  \"s\": \"引号\\\"\\n\",\n  \"n\": null,\n  \"list\": [2.5, true]\n}")
    }

    @Test func oneLineObjectsStayOnOneLineInsideAnIndentedDocument() {
        let fact = JSONValue.oneLineObject([
            ("name", .string("timeRange")),
            ("value", .object([("from", .string("a")), ("to", .array([.int(1), .object([])]))])),
        ])
        let doc = JSONValue.object([("facts", .array([fact, .oneLineObject([])]))])
        #expect(
            doc.rendered()
                == "{\n  \"facts\": [\n    {\"name\": \"timeRange\", \"value\": {\"from\": \"a\", \"to\": [1, {}]}},\n    {}\n  ]\n}"
        )
    }

    @Test(arguments: [
        ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("=1+2", "'=1+2"),
        ("two\nlines", "\"two\nlines\""),
    ])
    func csvEscaping(field: String, escaped: String) {
        #expect(CSVTable.escape(field) == escaped)
    }

    @Test func displayNumbers() {
        #expect(DisplayNumber.money(Money(cents: 123_456_789)) == "¥1,234,567.89")
        #expect(DisplayNumber.money(Money(cents: -5)) == "¥-0.05")
        #expect(DisplayNumber.percent(0.03254, decimals: 2) == "3.25%")
        #expect(DisplayNumber.roi(3.1) == "1:3.10")
        #expect(DisplayNumber.signedPercent(-0.151) == "-15.1%")
        #expect(DisplayNumber.fixed(2.5, decimals: 0) == "3")
    }
}

/// Cells Excel would run as formulas get a leading `'` (OWASP's list); numbers stay numbers.
@Suite struct CSVFormulaEscapeTests {
    @Test(arguments: [
        ("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""), ("+86 138", "'+86 138"), ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"), ("\r=1", "\"'\r=1\""), ("-12.5", "-12.5"), ("-20.0%", "-20.0%"),
        ("-¥1,200.00", "\"-¥1,200.00\""),
        ("-", "'-"), ("-abc", "'-abc"), ("普通文本", "普通文本"), ("12", "12"),
    ])
    func formulaStartsAreNeutralised(cell: String, written: String) {
        #expect(CSVTable.escape(cell) == written)
    }
}
