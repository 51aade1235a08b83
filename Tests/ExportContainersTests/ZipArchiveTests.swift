import Testing

@testable import ExportContainers

@Suite struct ZipArchiveTests {
    private func archive(_ name: String, limits: ZipLimits = ZipLimits()) throws -> ZipArchive {
        try ZipArchive(MemoryBytes(FixtureFiles.bytes("XLSX/" + name)), limits: limits)
    }

    @Test func storedEntriesAreReadInPlace() throws {
        let zip = try archive("inline-stored.xlsx")
        #expect(
            zip.entries.map(\.name) == [
                "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                "xl/styles.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml",
            ])
        var budget = InflateBudget()
        let sheet = try zip.contents(
            of: zip.entry(named: "xl/worksheets/sheet2.xml")!, budget: &budget, spillDirectory: nil)
        #expect(sheet is ByteRange)
        let text = String(decoding: try sheet.bytes(at: 0, count: sheet.count), as: UTF8.self)
        #expect(text.hasSuffix("<t>hidden</t></is></c></row></sheetData></worksheet>"))
    }

    @Test func anEncryptedEntryIsNamedNotGuessedAt() throws {
        let zip = try archive("encrypted.zip")
        #expect(zip.entries.count == 1)
        #expect(zip.entries[0].isEncrypted)
        #expect(zip.entries[0].name == "订单明细_20250801.xlsx")
        var budget = InflateBudget()
        #expect(throws: ContainerError.encrypted) {
            try zip.contents(of: zip.entries[0], budget: &budget, spillDirectory: nil)
        }
    }

    @Test func anArchiveCutInHalfIsTruncated() throws {
        let whole = try FixtureFiles.bytes("XLSX/inline-stored.xlsx")
        #expect(throws: ContainerError.truncated(.zipDirectoryNotFound)) {
            try ZipArchive(MemoryBytes(Array(whole[0..<(whole.count / 2)])))
        }
    }

    @Test func aDirectoryPointingOutsideTheFileIsRefused() throws {
        var bytes = try FixtureFiles.bytes("XLSX/inline-stored.xlsx")
        // The end record's last fields: directory size at -10, offset at -6 (no comment).
        let at = bytes.count - 6
        bytes[at] = 0xFF
        bytes[at + 1] = 0xFF
        bytes[at + 2] = 0xFF
        bytes[at + 3] = 0x7F
        #expect(throws: ContainerError.corrupt(.zipDirectoryOutsideFile)) { try ZipArchive(MemoryBytes(bytes)) }
    }

    @Test func anEntryWhoseLocalHeaderIsElsewhereIsRefused() throws {
        var bytes = try FixtureFiles.bytes("XLSX/nested.zip")
        let directoryStart = Int(UInt32(bytes[bytes.count - 6]) | UInt32(bytes[bytes.count - 5]) << 8)
        // The entry's local header offset (at +42 in its directory record) moved by one byte.
        bytes[directoryStart + 42] = 1
        #expect(throws: ContainerError.self) { try ZipArchive(MemoryBytes(bytes)) }
    }

    @Test func overlappingEntriesAreRefused() throws {
        // Two directory records pointing at the same local header: the overlap bombs are built so.
        let single = try FixtureFiles.bytes("XLSX/nested.zip")
        let n = single.count
        let size = Int(UInt32(single[n - 10]) | UInt32(single[n - 9]) << 8)
        let offset = Int(UInt32(single[n - 6]) | UInt32(single[n - 5]) << 8)
        let record = Array(single[offset..<(offset + size)])
        var end = Array(single[(offset + size)...])
        end[8] = 2
        end[10] = 2  // two entries
        end[12] = UInt8((2 * size) & 0xFF)
        end[13] = UInt8((2 * size) >> 8)
        let bytes = Array(single[0..<offset]) + record + record + end
        #expect(throws: ContainerError.self) { try ZipArchive(MemoryBytes(bytes)) }
        do {
            _ = try ZipArchive(MemoryBytes(bytes))
        } catch let error as ContainerError {
            guard case .corrupt(.zipEntriesOverlap) = error else {
                Issue.record("\(error)")
                return
            }
        }
    }

    @Test func aBombStopsAtItsRatioAndTheArchiveStopsAtItsBudget() throws {
        var limits = ZipLimits()
        limits.freeInflatedSize = 64 << 10
        limits.maxRatio = 100
        let zip = try archive("bomb.zip", limits: limits)
        var budget = InflateBudget(limits: limits)
        #expect(throws: ContainerError.limitExceeded(.inflateRatio(entry: "zeros.csv", ratio: 100))) {
            try zip.contents(of: zip.entries[0], budget: &budget, spillDirectory: nil)
        }
        // The same entry under a generous ratio but a small total.
        var total = ZipLimits()
        total.maxArchiveInflated = 1 << 20
        let again = try archive("bomb.zip", limits: total)
        var small = InflateBudget(limits: total)
        #expect(throws: ContainerError.limitExceeded(.archiveInflated(limit: 1 << 20))) {
            try again.contents(of: again.entries[0], budget: &small, spillDirectory: nil)
        }
    }

    @Test func aBigEntryGoesToASpillFileThatReadsBack() throws {
        var limits = ZipLimits()
        limits.memoryLimit = 1 << 20
        let zip = try archive("bomb.zip", limits: limits)
        var budget = InflateBudget(limits: limits)
        let bytes = try zip.contents(of: zip.entries[0], budget: &budget, spillDirectory: "/tmp")
        #expect(bytes is SpillFile)
        #expect(bytes.count == 4 << 20)
        #expect(try bytes.bytes(at: (4 << 20) - 3, count: 10) == [0, 0, 0])
        #expect(budget.inflated == 4 << 20)
    }

    @Test func aCorruptedByteFailsTheChecksum() throws {
        var bytes = try FixtureFiles.bytes("XLSX/shared-deflated.xlsx")
        let zip = try ZipArchive(MemoryBytes(bytes))
        let entry = zip.entry(named: "xl/sharedStrings.xml")!
        // Flip one bit in the deflated data of the entry: either the stream breaks or the CRC does.
        bytes[entry.dataOffset + entry.compressedSize / 2] ^= 0x10
        let damaged = try ZipArchive(MemoryBytes(bytes))
        var budget = InflateBudget()
        #expect(throws: ContainerError.self) {
            try damaged.data(of: damaged.entry(named: "xl/sharedStrings.xml")!, budget: &budget)
        }
    }
}
