/// The 512-byte header at the start of an OLE2 compound file, checked field by field.
///
/// Only what a reader needs is kept: the sector sizes, where the FAT, mini FAT, directory and
/// DIFAT start, and the first 109 FAT sector numbers. Fields a reader can do without (CLSID,
/// versions beyond the sector size, transaction signature) are not checked, since writers differ
/// there and a stricter reader would refuse files Excel opens.
struct CompoundFileHeader: Sendable {
    /// `D0 CF 11 E0 A1 B1 1A E1`.
    static let signature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
    /// The header's size; in a file of 4,096-byte sectors the rest of the first sector is padding.
    static let size = 512
    /// How many FAT sector numbers the header itself holds.
    static let headerDIFATCount = 109

    /// 512 (version 3) or 4,096 (version 4).
    let sectorSize: Int
    /// 64: the size of a sector of the mini stream.
    let miniSectorSize: Int
    /// True for version 3 files, whose directory entries hold only a 32-bit stream size.
    let sizeIs32Bit: Bool
    let fatSectorCount: Int
    let firstDirectorySector: UInt32
    let firstMiniFATSector: UInt32
    let miniFATSectorCount: Int
    let firstDIFATSector: UInt32
    let difatSectorCount: Int
    /// The FAT sector numbers held in the header (all 109 slots, unused ones included).
    let headerDIFAT: [UInt32]

    init(_ bytes: [UInt8]) throws {
        guard bytes.count >= Self.size else { throw ContainerError.truncated(.compoundFileHeaderShort) }
        guard bytes.starts(with: Self.signature) else { throw ContainerError.corrupt(.notCompoundFile) }
        func u16(_ o: Int) -> Int { Int(bytes[o]) | Int(bytes[o + 1]) << 8 }
        func u32(_ o: Int) -> UInt32 {
            UInt32(bytes[o]) | UInt32(bytes[o + 1]) << 8 | UInt32(bytes[o + 2]) << 16 | UInt32(bytes[o + 3]) << 24
        }
        guard u16(28) == 0xFFFE else { throw ContainerError.corrupt(.byteOrderMark) }
        let sectorShift = u16(30)
        guard sectorShift == 9 || sectorShift == 12 else { throw ContainerError.corrupt(.sectorSize) }
        guard u16(32) == 6 else { throw ContainerError.corrupt(.miniSectorSize) }
        sectorSize = 1 << sectorShift
        miniSectorSize = 64
        // Version 3 goes with 512-byte sectors; the sector size decides, whatever the version says.
        sizeIs32Bit = sectorShift == 9
        fatSectorCount = Int(u32(44))
        firstDirectorySector = u32(48)
        firstMiniFATSector = u32(60)
        miniFATSectorCount = Int(u32(64))
        firstDIFATSector = u32(68)
        difatSectorCount = Int(u32(72))
        headerDIFAT = (0..<Self.headerDIFATCount).map { u32(76 + 4 * $0) }
    }
}
