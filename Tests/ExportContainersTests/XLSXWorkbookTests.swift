import Testing

@testable import ExportContainers

@Suite struct XLSXWorkbookTests {
    private func workbook(_ name: String) throws -> XLSXWorkbook {
        let zip = try ZipArchive(MemoryBytes(FixtureFiles.bytes("XLSX/" + name)))
        var budget = InflateBudget()
        return try XLSXWorkbook(archive: zip, budget: &budget, spillDirectory: nil)
    }

    @Test func aPOIStyleSheetReadsEveryCellType() throws {
        let book = try workbook("inline-stored.xlsx")
        #expect(book.sheets == [SheetInfo(name: "订单数据"), SheetInfo(name: "说明", isHidden: true)])
        let rows = try allRows(book)
        #expect(rows.map(\.0) == ["订单数据", "订单数据", "订单数据", "订单数据", "订单数据", "说明"])
        #expect(rows.map(\.1) == [1, 2, 3, 4, 6, 1])
        #expect(rows[0].2 == ["订单编号", "买家实付金额", "订单付款时间", "备注"])
        // 45870.4255208333 with a date-time style: 2025-08-01 10:12:45; `_x000D_` is a carriage return.
        #expect(rows[1].2 == ["1930679858170647", "128.00", "2025-08-01 10:12:45", " A & B <1> \rx "])
        #expect(rows[2].2 == ["3812004976329210623", "", "2025-08-02 09:05:00", "富文本"])
        #expect(rows[3].2 == ["TRUE", "#N/A", "订单编号x", "7"])
        #expect(rows[4].2 == ["", "5652"])
        #expect(rows[5].2 == ["hidden"])
    }

    @Test func aResavedSheetReadsSharedStrings1904DatesAndPrefixedElements() throws {
        let book = try workbook("shared-deflated.xlsx")
        let rows = try allRows(book)
        #expect(
            rows.map(\.2) == [
                ["计划名字", "花费", "总成交金额"],
                ["Line1\r\nLine2 \"q\"", "2025-08-01 12:00:00", ""],
                ["", "0.0325", "-12.5"],
            ])
    }

    @Test func aRowIsReadAgainFromItsPosition() throws {
        let book = try workbook("inline-stored.xlsx")
        var positions: [(Int, [String])] = []
        try book.forEachRow(inSheet: 0, from: nil) {
            positions.append(($0.position, $0.strings))
            return true
        }
        for (position, cells) in positions {
            var again: [String] = []
            try book.forEachRow(inSheet: 0, from: position) {
                again = $0.strings
                return false
            }
            #expect(again == cells)
        }
    }

    @Test func aDoctypeIsRefused() throws {
        #expect(throws: ContainerError.refused(.doctype)) { try workbook("doctype.xlsx") }
    }

    @Test func aRelationshipToAMissingSheetIsNamed() throws {
        #expect(throws: ContainerError.corrupt(.sheetPartMissing(sheet: "S", part: "xl/worksheets/sheet9.xml"))) {
            try workbook("missing-sheet.xlsx")
        }
    }

    @Test(arguments: [
        ("A1", 0), ("Z9", 25), ("AA10", 26), ("XFD1048576", 16_383), ("ab3", 27), ("12", nil), ("ABCD1", nil),
    ])
    func columnLetters(reference: String, column: Int?) {
        #expect(Array(reference.utf8).withUnsafeBufferPointer { WorksheetPart.column(of: $0) } == column)
    }

    @Test func relationshipTargetsResolveLikePaths() {
        #expect(XLSXWorkbook.resolve("worksheets/sheet1.xml", from: "xl") == "xl/worksheets/sheet1.xml")
        #expect(XLSXWorkbook.resolve("/xl/worksheets/sheet2.xml", from: "xl") == "xl/worksheets/sheet2.xml")
        #expect(XLSXWorkbook.resolve("../xl/./a.xml", from: "xl/sub") == "xl/xl/a.xml")
    }
}

@Suite struct XMLTagTests {
    /// Found by the SheetXML fuzzer: an end tag without a name, `</>`, made an empty range run backwards.
    @Test func anEndTagWithoutANameIsReadNotCrashedOn() {
        let tag = Array("</>c>".utf8).withUnsafeBufferPointer { b in
            XMLTag.read(b, at: 0).map { ($0.isEnd, $0.name.count, $0.end) }
        }
        #expect(tag.map { [$0.0 ? 1 : 0, $0.1, $0.2] } == [1, 0, 3])
    }
}
