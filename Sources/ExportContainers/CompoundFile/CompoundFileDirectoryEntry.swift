/// One 128-byte entry of a compound file's directory: a storage, a stream or the root.
struct CompoundFileDirectoryEntry: Sendable {
    /// What an entry holds.
    enum Kind: UInt8, Sendable {
        case unused = 0
        case storage = 1
        case stream = 2
        case root = 5
    }

    /// Marks a missing sibling or child.
    static let noEntry: UInt32 = 0xFFFF_FFFF
    static let size = 128

    let name: String
    let kind: Kind
    let leftSibling: UInt32
    let rightSibling: UInt32
    let child: UInt32
    let startSector: UInt32
    /// The stream's size in bytes (for the root: the mini stream's).
    let size: UInt64

    /// Reads the entry at `offset` in `bytes` (which holds at least 128 bytes from there).
    ///
    /// - Parameter sizeIs32Bit: version 3 files may leave garbage in the size's high half,
    ///   so only the low 32 bits count there.
    init(_ bytes: [UInt8], at offset: Int, sizeIs32Bit: Bool) {
        func u16(_ o: Int) -> Int { Int(bytes[offset + o]) | Int(bytes[offset + o + 1]) << 8 }
        func u32(_ o: Int) -> UInt32 {
            let p = offset + o
            return UInt32(bytes[p]) | UInt32(bytes[p + 1]) << 8 | UInt32(bytes[p + 2]) << 16 | UInt32(bytes[p + 3])
                << 24
        }
        // The name length counts bytes with the terminating zero; a wrong one is read up to the first zero.
        let declared = u16(64) / 2 - 1
        var units: [UInt16] = []
        for i in 0..<32 {
            let unit = UInt16(u16(2 * i))
            if unit == 0 || (declared >= 0 && i >= declared) { break }
            units.append(unit)
        }
        name = String(decoding: units, as: UTF16.self)
        kind = Kind(rawValue: bytes[offset + 66]) ?? .unused
        leftSibling = u32(68)
        rightSibling = u32(72)
        child = u32(76)
        startSector = u32(116)
        let low = UInt64(u32(120))
        let high = UInt64(u32(124))
        size = sizeIs32Bit ? low : low | high << 32
    }
}
