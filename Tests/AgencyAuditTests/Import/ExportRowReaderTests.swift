import Testing

@testable import AgencyAudit
@testable import AuditImport
@testable import AuditRecords

/// Orders are kept as compact records and read back in full from their export when a finding
/// names them: the order read back must be the row that was imported, in every encoding, in both
/// halves of a split file, and its keys must be the ones the import computed from the row's bytes.
@Suite struct ExportRowReaderTests {
    static func bytes(_ text: String, encoding: String) -> [UInt8] {
        switch encoding {
        case "gb18030": return Fixtures.gb18030(text)
        case "utf-16le":
            return [0xFF, 0xFE]
                + text.utf16.flatMap { [UInt8(truncatingIfNeeded: $0), UInt8(truncatingIfNeeded: $0 >> 8)] }
        default: return Fixtures.utf8(text, bom: encoding == "utf-8-bom")
        }
    }

    @Test(arguments: ["utf-8", "utf-8-bom", "gb18030", "utf-16le"], [false, true])
    func everyOrderReadBackIsTheImportedRow(encoding: String, split: Bool) throws {
        let text = SplitImportTests.orderReport(rows: 1500, lineEnd: "\r\n")
        let source = MemoryByteSource(Self.bytes(text, encoding: encoding), maxChunk: 4096)
        let imported = try #require(
            split
                ? try ExportImporter.read(
                    splitting: source, file: "exports/2025-09/订单.csv", chunkSize: 8192, minimumSize: 0)
                : try ExportImporter.read(source, file: "exports/2025-09/订单.csv", chunkSize: 8192))
        #expect(imported.parts == (split && encoding != "utf-16le" ? 2 : 1))
        let records = imported.orderRecords
        let orders = imported.orders
        #expect(records.count == imported.counts.accepted)
        #expect(records.count > 1400)
        for (record, order) in zip(records, orders) {
            // Same keys, amounts, times, flags and place: the same row, parsed the same way.
            #expect(OrderRecord(order, position: record.position) == record, "\(order.location)")
        }
        // The text itself, for a row in each half and one with a quoted note that spans lines.
        let rows = SplitImportTests.rows(of: text)
        for k in [0, 7, 700, 1499] {
            let order = try #require(orders.first { $0.id == "38120049763\(String(format: "%08d", k))" })
            #expect(order.buyer == "tb_\(880000 + k)")
            #expect(order.address == "浙江省 杭州市 西湖区 文三路\(k % 300)号\(k % 9)幢(310012)")
            #expect(order.phone == "139\(String(format: "%08d", k))")
            #expect(order.location.line == rows[k])
        }
    }

    /// The memory figures in README depend on it: a month of 3 million orders is 384 MB of records.
    @Test func aRecordIsAHundredAndTwentyEightBytes() {
        #expect(MemoryLayout<OrderRecord>.stride == 128)
    }

    /// The records of a month read back in any order and any subset give the same orders.
    @Test func anySubsetInAnyOrderReadsBackTheSameOrders() throws {
        let text = SplitImportTests.orderReport(rows: 600)
        let imported = try #require(
            try ExportImporter.read(MemoryByteSource(Fixtures.gb18030(text)), file: "a.csv", chunkSize: 4096))
        let all = imported.orders
        let details = try #require(imported.orderDetails)
        let picked = [599, 3, 300, 3, 0, 450].filter { $0 < imported.orderRecords.count }
        let again = details.orders(picked.map { imported.orderRecords[$0] })
        #expect(again.map { $0?.id } == picked.map { all[$0].id })
        #expect(again.map { $0?.address } == picked.map { all[$0].address })
    }
}
