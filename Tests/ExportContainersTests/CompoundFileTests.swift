import Testing

@testable import ExportContainers

/// A stream of a fixture as `olefile` 0.47 extracted it: its size and FNV-1a hash.
struct FixtureStream: Sendable, CustomTestStringConvertible {
    let file: String
    let stream: String
    let size: Int
    let hash: UInt64

    var testDescription: String {
        "\(file) \(stream.unicodeScalars.map { $0.value < 32 ? "\\\($0.value)" : String($0) }.joined())"
    }
}

@Suite struct CompoundFileTests {
    static let fixtureStreams = [
        FixtureStream(file: "lo-sycm-small.xls", stream: "Workbook", size: 2670, hash: 0xbafa_321d_36ae_8ced),
        FixtureStream(file: "lo-sycm-small.xls", stream: "\u{1}CompObj", size: 73, hash: 0xab1a_ed21_c6a5_8df3),
        FixtureStream(file: "lo-sycm-small.xls", stream: "\u{1}Ole", size: 20, hash: 0xaa07_c70b_e6c3_fd4a),
        FixtureStream(
            file: "lo-sycm-small.xls", stream: "\u{5}SummaryInformation", size: 172, hash: 0xa17f_5892_054a_0e52),
        FixtureStream(
            file: "lo-sycm-small.xls", stream: "\u{5}DocumentSummaryInformation", size: 116, hash: 0xed1c_b6b9_6898_c240
        ),
        FixtureStream(file: "lo-types.xls", stream: "Workbook", size: 3918, hash: 0x9c30_c052_e734_dcf0),
        FixtureStream(file: "lo-big-sst.xls", stream: "Workbook", size: 49749, hash: 0x7e01_544e_dee3_3b17),
        FixtureStream(
            file: "lo-big-sst.xls", stream: "\u{5}SummaryInformation", size: 172, hash: 0xa17f_5892_054a_0e52),
        FixtureStream(file: "jxl-sycm.xls", stream: "Workbook", size: 4096, hash: 0x165f_72de_ff66_59c5),
        FixtureStream(
            file: "jxl-sycm.xls", stream: "\u{5}DocumentSummaryInformation", size: 4096, hash: 0xb93a_0c83_ce3b_6325),
        FixtureStream(file: "jxl-big-sst.xls", stream: "Workbook", size: 48640, hash: 0x2a34_2ebc_6026_cb6d),
        FixtureStream(file: "gnumeric-formulas-1904.xls", stream: "Workbook", size: 2462, hash: 0xd187_38df_fcdd_b650),
    ]

    @Test(arguments: fixtureStreams)
    func streamEqualsWhatOlefileExtracts(_ expected: FixtureStream) throws {
        let file = try CompoundFile(MemoryBytes(FixtureFile.biff(expected.file)))
        let bytes = try #require(try file.stream(named: expected.stream))
        #expect(bytes.count == expected.size)
        #expect(FixtureFile.fnv1a(bytes) == expected.hash)
    }

    @Test func streamNamesAreTheRootStreamsInDirectoryOrder() throws {
        let lo = try CompoundFile(MemoryBytes(FixtureFile.biff("lo-types.xls")))
        #expect(
            lo.streamNames == [
                "Workbook", "\u{1}CompObj", "\u{1}Ole", "\u{5}SummaryInformation", "\u{5}DocumentSummaryInformation",
            ])
        let jxl = try CompoundFile(MemoryBytes(FixtureFile.biff("jxl-sycm.xls")))
        #expect(jxl.streamNames == ["Workbook", "\u{5}DocumentSummaryInformation"])
        #expect(!lo.isEncryptedPackage && !jxl.isEncryptedPackage)
    }

    @Test func namesCompareWithoutCaseAndAMissingStreamIsNil() throws {
        let file = try CompoundFile(MemoryBytes(FixtureFile.biff("lo-sycm-small.xls")))
        #expect(try file.stream(named: "WORKBOOK") == file.stream(named: "Workbook"))
        #expect(try file.stream(named: "Book") == nil)
    }

    // MARK: - Built in code

    private static func pattern(_ count: Int, seed: Int) -> [UInt8] {
        (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ seed &+ $0 >> 8) }
    }

    @Test(arguments: [9, 12])
    func miniRegularAndEmptyStreamsReadBack(sectorShift: Int) throws {
        let streams = [
            ("Workbook", Self.pattern(5000, seed: 1)), ("Small", Self.pattern(100, seed: 2)),
            ("Edge", Self.pattern(4095, seed: 3)), ("Empty", []), ("Exact", Self.pattern(4096, seed: 4)),
        ]
        let built = CompoundFileBuilder(sectorShift: sectorShift, streams: streams).build()
        let file = try CompoundFile(built.memory)
        #expect(file.streamNames == streams.map(\.0))
        for (name, bytes) in streams { #expect(try file.stream(named: name) == bytes) }
    }

    @Test func fatSectorsListedInADIFATSectorAreFollowed() throws {
        // 14,000 free sectors push the directory and the stream past what the header's 109 FAT
        // sectors cover (109 × 128 sectors), so both are found only through the DIFAT sector.
        var builder = CompoundFileBuilder(streams: [("Workbook", Self.pattern(6000, seed: 5))])
        builder.paddingSectors = 14_000
        let built = builder.build()
        #expect(built.fatSectors.count > 109)
        #expect(built.difatSectors.count == 1)
        #expect(built.directorySectors[0] >= 109 * 128)
        let file = try CompoundFile(built.memory)
        #expect(try file.stream(named: "Workbook") == Self.pattern(6000, seed: 5))
    }

    @Test func sizeHighBitsInAVersion3FileAreIgnored() throws {
        var built = CompoundFileBuilder(streams: [("Workbook", Self.pattern(5000, seed: 6))]).build()
        built.setU32(0xFFFF_FFFF, at: built.entryOffset(1, 124))
        #expect(try CompoundFile(built.memory).stream(named: "Workbook") == Self.pattern(5000, seed: 6))
    }

    @Test func aRootSizeShortOfWholeMiniSectorsStillReads() throws {
        var built = CompoundFileBuilder(streams: [
            ("A", Self.pattern(100, seed: 13)), ("B", Self.pattern(70, seed: 14)),
        ]).build()
        // Four mini sectors (256 bytes) in use; the root claims only the 240 bytes written.
        built.setU32(240, at: built.entryOffset(0, 120))
        let file = try CompoundFile(built.memory)
        #expect(try file.stream(named: "B") == Self.pattern(70, seed: 14))
        // A mini sector that starts past the root's size is outside the mini stream.
        built.setU32(192, at: built.entryOffset(0, 120))
        #expect(throws: ContainerError.corrupt(.miniSectorOutsideMiniStream)) {
            try CompoundFile(built.memory).stream(named: "B")
        }
    }

    // MARK: - Hostile files

    private static func regular() -> CompoundFileBuilder.Built {
        CompoundFileBuilder(streams: [("Workbook", pattern(8 * 512, seed: 7)), ("Small", pattern(300, seed: 8))])
            .build()
    }

    @Test func notACompoundFileOrAShortHeader() {
        #expect(throws: ContainerError.corrupt(.notCompoundFile)) {
            try CompoundFile(MemoryBytes([UInt8](repeating: 0x41, count: 600)))
        }
        #expect(throws: ContainerError.truncated(.compoundFileHeaderShort)) {
            try CompoundFile(MemoryBytes(Array(Self.regular().bytes.prefix(100))))
        }
    }

    @Test(arguments: [
        (28, UInt16(0xFEFF), ContainerError.Corruption.byteOrderMark), (30, 10, .sectorSize), (32, 7, .miniSectorSize),
    ])
    func headerFieldsAreChecked(offset: Int, value: UInt16, reason: ContainerError.Corruption) {
        var built = Self.regular()
        built.setU16(value, at: offset)
        #expect(throws: ContainerError.corrupt(reason)) { try CompoundFile(built.memory) }
    }

    @Test func aFATChainThatLoopsIsCaught() throws {
        var built = Self.regular()
        let start = try #require(built.entries["Workbook"]).start
        // Sector 4 of 8 goes back to sector 2: the size alone would stop the walk after 8 reads.
        built.setFAT(start + 3, to: UInt32(start + 1))
        let file = try CompoundFile(built.memory)
        #expect(throws: ContainerError.corrupt(.chainLoops(.fat))) { try file.stream(named: "Workbook") }
    }

    @Test func aDirectoryChainThatLoopsIsCaught() {
        var built = Self.regular()
        built.setFAT(built.directorySectors[0], to: UInt32(built.directorySectors[0]))
        #expect(throws: ContainerError.corrupt(.chainLoops(.fat))) { try CompoundFile(built.memory) }
    }

    @Test func aMiniFATChainThatLoopsIsCaught() throws {
        var built = Self.regular()
        let start = try #require(built.entries["Small"]).start
        built.setMiniFAT(start + 2, to: UInt32(start))
        let file = try CompoundFile(built.memory)
        #expect(throws: ContainerError.corrupt(.chainLoops(.miniFAT))) { try file.stream(named: "Small") }
    }

    @Test func aSectorPastTheEndIsTruncationOrCorruption() throws {
        var built = Self.regular()
        let start = try #require(built.entries["Workbook"]).start
        // The last of the stream's 8 sectors is past the end of the file (within the FAT's reach).
        built.setFAT(start + 6, to: 100)
        var file = try CompoundFile(built.memory)
        #expect(throws: ContainerError.truncated(.streamSectorPastEnd(stream: "Workbook"))) {
            try file.stream(named: "Workbook")
        }
        // A sector in the middle past the FAT's reach: its successor cannot be known.
        built.setFAT(start + 5, to: 5000)
        file = try CompoundFile(built.memory)
        #expect(throws: ContainerError.corrupt(.sectorNumberPastTable(.fat))) { try file.stream(named: "Workbook") }
    }

    @Test func aFileCutShortIsTruncation() throws {
        let built = Self.regular()
        // The FAT and directory come last: cutting any sector off loses them.
        #expect(throws: ContainerError.truncated(.sectorPastEnd(.fat))) {
            try CompoundFile(MemoryBytes(Array(built.bytes.prefix(built.offset(ofSector: 1)))))
        }
        #expect(throws: ContainerError.self) { try CompoundFile(MemoryBytes(Array(built.bytes.dropLast(512)))) }
    }

    @Test func aStreamSizeThatLiesIsRefused() throws {
        var built = Self.regular()
        built.setU32(10_000_000, at: built.entryOffset(1, 120))
        var file = try CompoundFile(built.memory)
        #expect(throws: ContainerError.truncated(.streamLargerThanFile(stream: "Workbook"))) {
            try file.stream(named: "Workbook")
        }
        // Within the file's size but past the stream's 8 sectors: the chain ends first.
        built.setU32(UInt32(built.bytes.count - 1), at: built.entryOffset(1, 120))
        file = try CompoundFile(built.memory)
        #expect(throws: ContainerError.corrupt(.streamLargerThanChain(stream: "Workbook"))) {
            try file.stream(named: "Workbook")
        }
    }

    @Test func aFATSectorCountThatLiesIsRefused() {
        var built = Self.regular()
        built.setU32(1_000_000, at: 44)
        #expect(throws: ContainerError.truncated(.fatSectorCountPastFile)) { try CompoundFile(built.memory) }
        built = Self.regular()
        built.setU32(9999, at: 76)
        #expect(throws: ContainerError.truncated(.sectorPastEnd(.fat))) { try CompoundFile(built.memory) }
    }

    @Test func aDIFATChainThatLoopsIsCaught() {
        var builder = CompoundFileBuilder(streams: [("Workbook", Self.pattern(600, seed: 9))])
        builder.paddingSectors = 300
        var built = builder.build()
        // 240 FAT sectors: 109 in the header, 127 in the first DIFAT sector, which then names itself.
        built.setU32(240, at: 44)
        built.setU32(1, at: 72)
        built.setU32(0, at: 68)
        for k in 0..<127 { built.setU32(UInt32(k), at: built.offset(ofSector: 0) + 4 * k) }
        built.setU32(0, at: built.offset(ofSector: 0) + 4 * 127)
        #expect(throws: ContainerError.corrupt(.chainLoops(.difat))) { try CompoundFile(built.memory) }
    }

    @Test func aDirectoryTooLargeIsRefused() {
        // 4,096-byte sectors hold 32 entries each: 2,048 sectors are the 65,536-entry limit.
        var builder = CompoundFileBuilder(sectorShift: 12, streams: [("Workbook", Self.pattern(100, seed: 10))])
        builder.paddingSectors = 2100
        var built = builder.build()
        for s in 0..<2100 { built.setFAT(s, to: UInt32(s + 1)) }
        built.setU32(0, at: 48)
        #expect(throws: ContainerError.limitExceeded(.directoryEntries(limit: 65536))) {
            try CompoundFile(built.memory)
        }
    }

    @Test func anEncryptedPackageIsRecognised() throws {
        let built = CompoundFileBuilder(streams: [
            ("EncryptionInfo", Self.pattern(200, seed: 11)),
            ("EncryptedPackage", Self.pattern(5000, seed: 12)),
        ]).build()
        let file = try CompoundFile(built.memory)
        #expect(file.isEncryptedPackage)
        #expect(throws: ContainerError.encrypted) { try BIFF8Workbook(file) }
    }
}
