import Testing

@testable import AuditContract

/// The strict JSON reader contract.json is read with: RFC 8259, every value's place kept, a key
/// written twice refused with both lines.
@Suite struct JSONReaderTests {
    static func read(_ text: String) throws(JSONReader.Failure) -> JSONNode { try JSONReader.read(Array(text.utf8)) }

    @Test func valuesKeepTheLineAndColumnTheyStartAt() throws {
        let root = try Self.read("{\n  \"店\": {\"a\": [1, true],\n\t\"b\": null}\r\n ,\"c\": \"x\"\r,\"d\": 2}")
        #expect(root.line == 1 && root.column == 1)
        let shop = try #require(root["店"])
        // Columns count characters, so 店 (three bytes) is one column.
        #expect(shop.line == 2 && shop.column == 8)
        #expect(shop["a"]?.elements?.map { [$0.line, $0.column] } == [[2, 15], [2, 18]])
        #expect(shop["b"].map { [$0.line, $0.column] } == [3, 7])
        #expect(root["c"].map { [$0.line, $0.column] } == [4, 8])
        // A lone CR ends a line too (old Mac files).
        #expect(root["d"].map { [$0.line, $0.column] } == [5, 7])
        #expect(root.members?.map(\.keyLine) == [2, 4, 5])
    }

    @Test(arguments: [
        (#"{"s": "a\"b\\c\/d\n\t\u5E97\uD83D\uDE00"}"#, JSONNode.Value.string("a\"b\\c/d\n\t店😀")),
        (#"{"s": -0.5e+2}"#, .number(-50, written: "-0.5e+2")),
        (#"{"s": 0}"#, .number(0, written: "0")),
        (#"{"s": 1E3}"#, .number(1000, written: "1E3")),
        // Too large for a Double: kept as written, so the contract can say so with the text.
        (#"{"s": 1e309}"#, .number(.infinity, written: "1e309")),
        (#"{"s": false}"#, .bool(false)),
        (#"{"s": null}"#, .null),
    ])
    func valuesAreReadAsRFC8259Writes(text: String, value: JSONNode.Value) throws {
        #expect(try Self.read(text)["s"]?.value == value)
    }

    /// A key written twice is refused with its path and both lines, whatever its depth, even when
    /// one of the two is written with an escape.
    @Test(arguments: [
        (
            "{\"fees\": {\"monthlyBase\": 5000,\n  \"monthlyBase\": 1}}",
            JSONReader.Failure.duplicateKey(path: "fees.monthlyBase", firstLine: 1, secondLine: 2)
        ),
        (
            "{\"stages\": [{}, {\"targets\":\n{\"orders\": 1,\n\n\"orders\": 2}}]}",
            .duplicateKey(path: "stages[1].targets.orders", firstLine: 2, secondLine: 4)
        ),
        ("{\"a\": 1, \"\\u0061\": 2}", .duplicateKey(path: "a", firstLine: 1, secondLine: 1)),
    ])
    func aKeyWrittenTwiceNamesItsPathAndBothLines(text: String, failure: JSONReader.Failure) {
        #expect(throws: failure) { try Self.read(text) }
    }

    /// Where the text stops being JSON, as line and column; or that it ended too early.
    @Test(arguments: [
        ("", JSONReader.Failure.unfinished),
        ("{\"a\": ", .unfinished),
        ("{\"a\": \"open", .unfinished),
        ("{\"a\": [1, 2", .unfinished),
        ("{\"a\": 1,}", .unexpected(line: 1, column: 9)),
        ("{\"a\": 1}\n}", .unexpected(line: 2, column: 1)),
        ("{\n  \"店铺\": 01}", .unexpected(line: 2, column: 10)),
        ("{\"a\": tru}", .unexpected(line: 1, column: 10)),
        ("{\"a\": .5}", .unexpected(line: 1, column: 7)),
        ("{\"a\": 1.}", .unexpected(line: 1, column: 9)),
        ("{'a': 1}", .unexpected(line: 1, column: 2)),
        ("{\"a\": \"two\nlines\"}", .unexpected(line: 1, column: 11)),
        ("{\"a\": \"\\x\"}", .unexpected(line: 1, column: 8)),
        ("{\"a\": \"\\uD83D\"}", .unexpected(line: 1, column: 8)),
        ("{\"a\": 1}\r\r{", .unexpected(line: 3, column: 1)),
        ("{\"a\" 1}", .unexpected(line: 1, column: 6)),
    ])
    func brokenTextNamesWhereItStops(text: String, failure: JSONReader.Failure) {
        #expect(throws: failure) { try Self.read(text) }
    }

    /// Nesting deep enough to exhaust the stack is refused instead.
    @Test func deepNestingIsRefusedNotACrash() {
        let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONReader.Failure.unexpected(line: 1, column: JSONReader.maxDepth + 1)) {
            try Self.read(text)
        }
    }

    /// UTF-8 with or without BOM and UTF-16 (with a BOM, or told by its zero bytes) are read; text
    /// in another encoding is refused with the line of its first byte that is no UTF-8.
    @Test(arguments: [
        ([0xEF, 0xBB, 0xBF] + Array("{\"店\": 1}".utf8), "店"),
        ([0xFF, 0xFE] + JSONReaderTests.utf16("{\"店\": 1}", bigEndian: false), "店"),
        ([0xFE, 0xFF] + JSONReaderTests.utf16("{\"店\": 1}", bigEndian: true), "店"),
        (JSONReaderTests.utf16("{\"店\": 1}", bigEndian: false), "店"),
        (JSONReaderTests.utf16("{\"店\": 1}", bigEndian: true), "店"),
    ])
    func unicodeEncodingsAreRead(bytes: [UInt8], key: String) throws {
        #expect(try JSONReader.read(bytes).members?.map(\.key) == [key])
    }

    @Test(arguments: [
        // GBK 店 (B5 EA) on the second line. (Not every GBK character: 示, CA BE, happens to be valid UTF-8.)
        (
            Array("{\n\"a\": \"".utf8) + [0xB5, 0xEA] + Array("\"}".utf8),
            JSONReader.Failure.notUTF8(line: 2, byte: 0xB5)
        ),
        // Latin-1 é after two CRLF line ends.
        (Array("{\r\n\r\n\"a\": \"".utf8) + [0xE9, 0x22, 0x7D], .notUTF8(line: 3, byte: 0xE9)),
        // A BOM does not excuse the rest.
        ([0xEF, 0xBB, 0xBF, 0x7B, 0xFF, 0x7D], .notUTF8(line: 1, byte: 0xFF)),
    ])
    func textInAnotherEncodingNamesTheLineOfItsFirstBadByte(bytes: [UInt8], failure: JSONReader.Failure) {
        #expect(throws: failure) { try JSONReader.read(bytes) }
    }

    static func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        text.utf16.flatMap { u in
            bigEndian ? [UInt8(u >> 8), UInt8(u & 0xFF)] : [UInt8(u & 0xFF), UInt8(u >> 8)]
        }
    }
}
