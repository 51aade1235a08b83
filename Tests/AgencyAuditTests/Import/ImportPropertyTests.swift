import Testing

@testable import AgencyAudit
@testable import AuditImport
@testable import AuditReport

/// Properties that must hold for any input, checked on seeded random tables.
@Suite struct ImportPropertyTests {
    static let alphabet: [String] = [
        "a", "Z", "0", "9", ",", "\"", "\n", "\r\n", " ", "张", "¥", "=", "'", "-", "\t", "店",
    ]

    static func randomCell(_ rng: inout TestRandom) -> String {
        let length = Int.random(in: 0...8, using: &rng)
        return (0..<length).map { _ in alphabet.randomElement(using: &rng)! }.joined()
    }

    static func startsAFormula(_ cell: String) -> Bool {
        guard let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return false }
        let number = cell.range(of: #"^-[0-9.,%¥]*[0-9][0-9.,%¥]*$"#, options: .regularExpression) != nil
        return !number
    }

    /// The alphabet's control characters as the writer shows them.
    static func shown(_ cell: String) -> String {
        cell.unicodeScalars.map { ["\n": #"\n"#, "\r": #"\r"#, "\t": #"\t"#][$0] ?? String($0) }.joined()
    }

    @Test(arguments: 1...25)
    func tablesWrittenByTheReportWriterReadBackIdentical(seed: UInt64) throws {
        var rng = TestRandom(seed: seed)
        let width = Int.random(in: 1...6, using: &rng)
        let header = (0..<width).map { "列\($0)" }
        var table = CSVTable(header: header)
        var expected = [header]
        for _ in 0..<Int.random(in: 1...30, using: &rng) {
            let row = (0..<width).map { _ in Self.randomCell(&rng) }
            table.append(row)
            // The writer's two documented changes: a cell starting as OWASP lists (= + - @ tab CR)
            // gets a ' so Excel shows text, unless it is a plain negative number; and its line
            // breaks and tabs are shown as \n, \r, \t.
            expected.append(row.map { (Self.startsAFormula($0) ? "'" : "") + Self.shown($0) })
        }
        for chunk in [7, 1 << 20] {
            let rows = try Fixtures.records(table.bytes, chunk: chunk)
            // A one-column row holding an empty string is written as an empty line, which reads as one empty field.
            #expect(rows == expected, "seed \(seed), chunk \(chunk)")
        }
    }

    @Test(arguments: 1...25)
    func everyRandomRowIsAccountedForExactly(seed: UInt64) throws {
        var rng = TestRandom(seed: seed)
        var text = "订单编号,买家实际支付金额,订单状态,订单付款时间\r\n"
        var want = RowCounts()
        for i in 0..<Int.random(in: 0...60, using: &rng) {
            switch Int.random(in: 0...9, using: &rng) {
            case 0:
                text += "=\"\(i)\",12..5,交易成功,2025-09-01\r\n"
                want.rejected += 1
            case 1:
                text += ",,,\r\n"
                want.skippedBlank += 1
            case 2:
                text += "合计,100,,\r\n"
                want.skippedSummary += 1
            case 3:
                text += "=\"\(i)\",1,交易成功\r\n"
                want.rejected += 1
            case 4:
                text += "=\"\(i)\",\"1,000.00\",交易成功,\"2025-09-0\(Int.random(in: 1...9, using: &rng)) 10:00\"\r\n"
                want.accepted += 1
            case 5:
                text += "订单编号,买家实际支付金额,订单状态,订单付款时间\r\n"
                want.skippedRepeatedHeader += 1
            default:
                text +=
                    "=\"\(i)\",¥\(Int.random(in: 0...9999, using: &rng)).50,交易成功,2025/9/\(Int.random(in: 1...30, using: &rng))\r\n"
                want.accepted += 1
            }
        }
        for chunk in [5, 1 << 20] {
            let imported = try #require(try Fixtures.importExport(Fixtures.gb18030(text), chunk: chunk))
            #expect(imported.counts == want, "seed \(seed)")
            #expect(
                imported.counts.read == imported.counts.accepted + imported.counts.rejected + imported.counts.skipped)
            #expect(imported.orders.count == want.accepted)
            #expect(imported.rejects.count == want.rejected)
        }
    }
}
