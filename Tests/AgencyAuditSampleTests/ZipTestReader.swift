import ExportContainers

/// A zip archive read back the plain way, for the writer tests: end record (ZIP64 too), central
/// directory, local headers. Written apart from the generator's writer on purpose, from the
/// format's description, and strict: anything inconsistent is an error.
struct ZipTestReader {
    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    struct Entry {
        var name: String
        var versionMadeBy: UInt16
        var versionNeeded: UInt16
        var flags: UInt16
        var method: UInt16
        var dosTime: UInt16
        var dosDate: UInt16
        var crc: UInt32
        var compressedSize: Int
        var size: Int
        var headerOffset: Int
        /// The 32-bit fields as written, before any ZIP64 value replaced them.
        var rawCompressedSize: UInt32
        var rawSize: UInt32
        var centralExtra: [UInt8]
        /// The local header's own fields.
        var localVersionNeeded: UInt16
        var localCRC: UInt32
        var localCompressedSize: UInt32
        var localSize: UInt32
        var localExtra: [UInt8]
        /// Where the entry's data starts.
        var dataOffset: Int
    }

    let bytes: [UInt8]
    private(set) var entries: [Entry] = []
    /// The archive ends with a ZIP64 end record and locator before the classic end record.
    private(set) var hasZip64End = false

    init(_ bytes: [UInt8]) throws {
        self.bytes = bytes
        guard bytes.count >= 22 else { throw Malformed(description: "shorter than an end record") }
        // No comment is written, so the end record is the last 22 bytes.
        var end = bytes.count - 22
        guard u32(end) == 0x0605_4B50 else { throw Malformed(description: "no end record at the end") }
        var count = Int(u16(end + 10))
        var directorySize = Int(u32(end + 12))
        var directoryOffset = Int(u32(end + 16))
        if end >= 20, u32(end - 20) == 0x0706_4B50 {
            hasZip64End = true
            let record = Int(u64(end - 20 + 8))
            guard u32(record) == 0x0606_4B50, u64(record + 4) == 44 else {
                throw Malformed(description: "bad ZIP64 end record")
            }
            count = Int(u64(record + 32))
            guard Int(u64(record + 24)) == count else { throw Malformed(description: "ZIP64 entry counts differ") }
            directorySize = Int(u64(record + 40))
            directoryOffset = Int(u64(record + 48))
            guard directoryOffset + directorySize == record else {
                throw Malformed(description: "directory does not end at the ZIP64 record")
            }
            end = record
        } else {
            guard u16(end + 8) == u16(end + 10) else { throw Malformed(description: "entry counts differ") }
        }
        guard directoryOffset + directorySize == end else {
            throw Malformed(description: "directory does not end at the end record")
        }

        var at = directoryOffset
        for _ in 0..<count {
            guard u32(at) == 0x0201_4B50 else { throw Malformed(description: "no central record at \(at)") }
            let nameLength = Int(u16(at + 28))
            let extraLength = Int(u16(at + 30))
            let commentLength = Int(u16(at + 32))
            let extra = Array(bytes[(at + 46 + nameLength)..<(at + 46 + nameLength + extraLength)])
            let rawCompressed = u32(at + 20)
            let rawSize = u32(at + 24)
            let rawOffset = u32(at + 42)
            var size = Int(rawSize)
            var compressed = Int(rawCompressed)
            var offset = Int(rawOffset)
            // ZIP64 values, in order, for the fields that are 0xFFFFFFFF.
            if let zip64 = Self.extraField(0x0001, in: extra) {
                var k = 0
                func next() throws -> Int {
                    guard k + 8 <= zip64.count else { throw Malformed(description: "ZIP64 field too short") }
                    defer { k += 8 }
                    return zip64[k..<k + 8].reversed().reduce(0) { $0 << 8 | Int($1) }
                }
                if rawSize == 0xFFFF_FFFF { size = try next() }
                if rawCompressed == 0xFFFF_FFFF { compressed = try next() }
                if rawOffset == 0xFFFF_FFFF { offset = try next() }
                guard k == zip64.count else {
                    throw Malformed(description: "ZIP64 field holds more than the fields it replaces")
                }
            } else if rawSize == 0xFFFF_FFFF || rawCompressed == 0xFFFF_FFFF || rawOffset == 0xFFFF_FFFF {
                throw Malformed(description: "0xFFFFFFFF without a ZIP64 field")
            }
            guard u32(offset) == 0x0403_4B50 else { throw Malformed(description: "no local header at \(offset)") }
            let localName = Int(u16(offset + 26))
            let localExtra = Int(u16(offset + 28))
            let entry = Entry(
                name: String(decoding: bytes[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self),
                versionMadeBy: u16(at + 4), versionNeeded: u16(at + 6), flags: u16(at + 8), method: u16(at + 10),
                dosTime: u16(at + 12), dosDate: u16(at + 14), crc: u32(at + 16),
                compressedSize: compressed, size: size, headerOffset: offset,
                rawCompressedSize: rawCompressed, rawSize: rawSize, centralExtra: extra,
                localVersionNeeded: u16(offset + 4), localCRC: u32(offset + 14),
                localCompressedSize: u32(offset + 18), localSize: u32(offset + 22),
                localExtra: Array(bytes[(offset + 30 + localName)..<(offset + 30 + localName + localExtra)]),
                dataOffset: offset + 30 + localName + localExtra)
            guard Array(bytes[(offset + 30)..<(offset + 30 + localName)]) == Array(entry.name.utf8) else {
                throw Malformed(description: "local name differs from the central one for \(entry.name)")
            }
            guard entry.dataOffset + compressed <= directoryOffset else {
                throw Malformed(description: "\(entry.name) runs into the directory")
            }
            entries.append(entry)
            at += 46 + nameLength + extraLength + commentLength
        }
        guard at == directoryOffset + directorySize else { throw Malformed(description: "directory size is off") }
    }

    /// The entry's uncompressed bytes, checked against its CRC and size.
    func contents(_ name: String) throws -> [UInt8] {
        guard let entry = entries.first(where: { $0.name == name }) else {
            throw Malformed(description: "no entry \(name)")
        }
        let stored = Array(bytes[entry.dataOffset..<(entry.dataOffset + entry.compressedSize)])
        let data: [UInt8]
        switch entry.method {
        case 0: data = stored
        case 8: data = try Inflater.inflate(stored, limit: 1 << 32)
        default: throw Malformed(description: "method \(entry.method)")
        }
        guard data.count == entry.size else {
            throw Malformed(description: "\(name): \(data.count) bytes, header says \(entry.size)")
        }
        guard Self.referenceCRC(data) == entry.crc else { throw Malformed(description: "\(name): CRC differs") }
        return data
    }

    /// The data of extra field `id` in `extra`.
    static func extraField(_ id: UInt16, in extra: [UInt8]) -> [UInt8]? {
        var k = 0
        while k + 4 <= extra.count {
            let fieldID = UInt16(extra[k]) | UInt16(extra[k + 1]) << 8
            let length = Int(extra[k + 2]) | Int(extra[k + 3]) << 8
            if fieldID == id { return Array(extra[(k + 4)..<min(extra.count, k + 4 + length)]) }
            k += 4 + length
        }
        return nil
    }

    /// CRC-32 bit by bit, straight from the definition (nothing shared with the fast one it checks).
    static func referenceCRC(_ data: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    private func u16(_ at: Int) -> UInt16 { UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8 }
    private func u32(_ at: Int) -> UInt32 { (0..<4).reduce(0) { $0 | UInt32(bytes[at + $1]) << (8 * $1) } }
    private func u64(_ at: Int) -> UInt64 { (0..<8).reduce(0) { $0 | UInt64(bytes[at + $1]) << (8 * $1) } }
}
