import Testing

@testable import ExportContainers

@Suite struct SheetRowBuilderTests {
    private func emitted(_ build: (inout SheetRowBuilder) -> Void) -> [String] {
        var b = SheetRowBuilder()
        build(&b)
        return b.emit(number: 1, position: 0) { $0.strings }
    }

    private func add(_ b: inout SheetRowBuilder, _ column: Int, _ text: String) {
        Array(text.utf8).withUnsafeBufferPointer { b.addCell(column: column, $0) }
    }

    @Test func cellsInOrderWithGapsAreDense() {
        #expect(
            emitted {
                add(&$0, 0, "订单编号")
                add(&$0, 2, "x")
                add(&$0, 5, "")
            } == ["订单编号", "", "x", "", "", ""])
    }

    @Test func cellsOutOfOrderOrRepeatedArePlacedLastValueWins() {
        #expect(
            emitted {
                add(&$0, 2, "c")
                add(&$0, 0, "a")
                add(&$0, 2, "C")
            } == ["a", "", "C"])
    }

    @Test func reuseForgetsThePreviousRow() {
        var b = SheetRowBuilder()
        add(&b, 0, "first")
        add(&b, 1, "row")
        _ = b.emit(number: 1, position: 0) { $0.count }
        b.reset()
        add(&b, 1, "second")
        #expect(b.emit(number: 2, position: 9) { ($0.strings, $0.number, $0.position) } == (["", "second"], 2, 9))
    }

    @Test func cellsBeyondXFDAreDropped() {
        #expect(
            emitted {
                add(&$0, 0, "a")
                add(&$0, SheetRowBuilder.maxColumns, "far")
            } == ["a"])
    }
}

@Suite struct CellValueTextTests {
    private func number(_ v: Double) -> String {
        var out: [UInt8] = []
        CellValueText.appendNumber(v, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private func date(_ serial: Double, date1904: Bool = false, dateOnly: Bool = false) -> String? {
        var out: [UInt8] = []
        return CellValueText.appendDate(serial: serial, date1904: date1904, dateOnly: dateOnly, to: &out)
            ? String(decoding: out, as: UTF8.self) : nil
    }

    @Test(arguments: [
        (5652.0, "5652"), (128.5, "128.5"), (-3.25, "-3.25"), (0.0325, "0.0325"), (0, "0"),
        (1_930_679_858_170_647, "1930679858170647"), (3.812004976329210368e18, "3.8120049763292104E+18"),
        (1.2e-7, "0.00000012"),
    ])
    func numbersPrintAsExportsWriteThem(value: Double, text: String) {
        #expect(number(value) == text)
    }

    @Test func dateSerialsInBothEpochs() {
        // 45870 is 2025-08-01 in the 1900 system; the 1904 system counts 1,462 days fewer.
        #expect(date(45870) == "2025-08-01 00:00:00")
        #expect(date(45870.5, dateOnly: true) == "2025-08-01")
        #expect(date(45870 + (10 * 3600 + 12 * 60 + 45) / 86400.0) == "2025-08-01 10:12:45")
        #expect(date(45870 - 1462, date1904: true) == "2025-08-01 00:00:00")
        #expect(date(61) == "1900-03-01 00:00:00")
        #expect(date(-1) == nil)
        #expect(date(.nan) == nil)
    }

    @Test(arguments: [
        (14, DateFormatRule.Shows.date), (22, .dateTime), (0, .number), (10, .number), (45, .dateTime), (57, .date),
    ])
    func builtInFormats(id: Int, shows: DateFormatRule.Shows) {
        #expect(DateFormatRule.builtIn(id) == shows)
    }

    @Test(arguments: [
        ("yyyy-mm-dd hh:mm:ss", DateFormatRule.Shows.dateTime), ("yyyy\"年\"m\"月\"d\"日\"", .date),
        ("0.00%", .number), ("#,##0.00", .number), ("[Red]#,##0", .number), ("[$-804]yyyy/m/d", .date),
        ("[h]:mm:ss", .dateTime), ("General", .number), ("\"day\"0", .number), ("yyyy/m/d;@", .date),
    ])
    func customFormats(code: String, shows: DateFormatRule.Shows) {
        #expect(DateFormatRule.code(code) == shows)
    }

    @Test(arguments: [
        ([0x50, 0x4B, 0x03, 0x04, 0x14], ContainerKind.zip),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], .compoundFile),
        (Array("\u{FEFF}  <!DOCTYPE html><table>".utf8), .markup), (Array(" {\"code\":401}".utf8), .json),
        (Array("[{\"a\":1}]".utf8), .json), (Array("[订单编号],金额".utf8), .text), (Array("订单编号,金额".utf8), .text),
        ([0xFF, 0xFE, 0x3C, 0x00, 0x3F, 0x00], .markup), ([0xFF, 0xFE, 0x62, 0x6, 0x55, 0x53], .text), ([], .text),
    ])
    func containersAreToldByTheirBytes(head: [UInt8], kind: ContainerKind) {
        #expect(ContainerKind.sniff(head) == kind)
    }
}
