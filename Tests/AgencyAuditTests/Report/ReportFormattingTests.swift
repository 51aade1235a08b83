import Foundation
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

    /// A line break, NUL or ESC from the data is shown as an escape, so every row stays one line.
    @Test(arguments: [
        ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("=1+2", "'=1+2"),
        ("two\nlines", #"two\nlines"#), ("a\r\nb", #"a\r\nb"#), ("nul\0", #"nul\0"#),
        ("\u{1B}[2J清屏", #"\u{1B}[2J清屏"#), ("a\u{2028}b", #"a\u{2028}b"#), ("引号\"\n", #""引号""\n""#),
        ("<script>alert(1)</script>", "<script>alert(1)</script>"),
    ])
    func csvEscaping(field: String, escaped: String) {
        #expect(CSVTable.escape(field) == escaped)
    }

    /// A cell of several lines (suspicious-orders.csv's indicators) keeps the breaks between its
    /// lines and shows those inside one.
    @Test func aCellOfLinesKeepsItsOwnLineBreaksOnly() {
        #expect(CSVTable.escape(lines: ["第一条", "第二条\n续"]) == "\"第一条\n第二条\\n续\"")
        #expect(CSVTable.escape(lines: ["=1", "x"]) == "\"'=1\nx\"")
        #expect(CSVTable.escape(lines: []) == "")
        var table = CSVTable(header: ["a", "b"])
        table.append(lines: [["x\ny"], ["1", "2"]])
        #expect(String(decoding: table.bytes, as: UTF8.self) == "\u{FEFF}a,b\r\nx\\ny,\"1\n2\"\r\n")
    }

    /// JSON requires every control character below U+0020 escaped; U+2028 and U+2029 are escaped
    /// too, for JavaScript that reads them as line ends. The text comes back as it was.
    @Test(arguments: [
        ("\0", #""\u0000""#), ("\u{1B}[2J", #""\u001b[2J""#), ("\u{1F}", #""\u001f""#), ("a\nb\r\t", #""a\nb\r\t""#),
        ("\u{2028}\u{2029}", #""\u2028\u2029""#), ("</script>", #""</script>""#), ("\u{7F}", "\"\u{7F}\""),
    ])
    func jsonStringsEscapeControlCharacters(text: String, quoted: String) throws {
        #expect(JSONValue.quote(text) == quoted)
        let parsed = try JSONSerialization.jsonObject(with: Data(quoted.utf8), options: .fragmentsAllowed) as? String
        #expect(parsed == text)
    }

    @Test func everyControlCharacterInAJSONStringIsEscaped() throws {
        let all = String(
            String.UnicodeScalarView((0..<0x20).compactMap(Unicode.Scalar.init) + ["\u{2028}", "\u{2029}"]))
        let quoted = JSONValue.quote(all)
        #expect(quoted.unicodeScalars.allSatisfy { (0x20..<0x7F).contains($0.value) }, "\(quoted)")
        let parsed = try JSONSerialization.jsonObject(with: Data(quoted.utf8), options: .fragmentsAllowed) as? String
        #expect(parsed == all)
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
        ("\tcmd", #"'\tcmd"#), ("\r=1", #"'\r=1"#), ("-12.5", "-12.5"), ("-20.0%", "-20.0%"),
        ("-¥1,200.00", "\"-¥1,200.00\""),
        ("-", "'-"), ("-abc", "'-abc"), ("普通文本", "普通文本"), ("12", "12"),
    ])
    func formulaStartsAreNeutralised(cell: String, written: String) {
        #expect(CSVTable.escape(cell) == written)
    }
}
