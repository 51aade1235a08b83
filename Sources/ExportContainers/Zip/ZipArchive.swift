/// A zip archive's directory, checked against the file, and its entries' bytes.
///
/// Reads the end-of-central-directory record (with ZIP64), walks the central directory and checks
/// every entry's local header before anything is inflated: a directory pointing outside the file,
/// entries that overlap (one way to build a zip bomb) or a local header that is not there make
/// the whole archive unreadable, with the reason. Sizes come from the central directory (flag
/// bit 3 leaves them zero in the local header).
public struct ZipArchive: Sendable {
    public let bytes: any RandomAccessBytes
    public let entries: [ZipEntry]
    let limits: ZipLimits

    public init(_ bytes: any RandomAccessBytes, limits: ZipLimits = ZipLimits()) throws {
        self.bytes = bytes
        self.limits = limits
        let directory = try Self.findDirectory(bytes)
        guard directory.count <= limits.maxEntries else {
            throw ContainerError.limitExceeded(.zipEntryCount(count: directory.count, limit: limits.maxEntries))
        }
        let raw = try bytes.exactBytes(at: directory.offset, count: directory.size, what: .zipDirectoryPastEnd)
        var entries: [ZipEntry] = []
        var p = 0
        for index in 0..<directory.count {
            guard p + 46 <= raw.count, raw.u32(p) == 0x0201_4B50 else {
                throw ContainerError.corrupt(.zipDirectoryEntryInvalid(index: index))
            }
            let flags = raw.u16(p + 8)
            let method = raw.u16(p + 10)
            let crc = raw.u32(p + 16)
            var compressed = Int(raw.u32(p + 20))
            var uncompressed = Int(raw.u32(p + 24))
            let nameLength = Int(raw.u16(p + 28))
            let extraLength = Int(raw.u16(p + 30))
            let commentLength = Int(raw.u16(p + 32))
            var localOffset = Int(raw.u32(p + 42))
            let nameStart = p + 46
            let extraStart = nameStart + nameLength
            let next = extraStart + extraLength + commentLength
            guard next <= raw.count else { throw ContainerError.corrupt(.zipDirectoryEntryPastDirectory(index: index)) }
            // ZIP64: fields at their maximum are in the 0x0001 extra field, in this order.
            if compressed == 0xFFFF_FFFF || uncompressed == 0xFFFF_FFFF || localOffset == 0xFFFF_FFFF {
                var e = extraStart
                while e + 4 <= extraStart + extraLength {
                    let id = raw.u16(e)
                    let size = Int(raw.u16(e + 2))
                    if id == 0x0001 {
                        var f = e + 4
                        let end = min(e + 4 + size, extraStart + extraLength)
                        func take() -> Int? {
                            guard f + 8 <= end else { return nil }
                            defer { f += 8 }
                            let v = raw.u64(f)
                            return v > UInt64(Int.max / 2) ? nil : Int(v)
                        }
                        if uncompressed == 0xFFFF_FFFF { uncompressed = take() ?? -1 }
                        if compressed == 0xFFFF_FFFF { compressed = take() ?? -1 }
                        if localOffset == 0xFFFF_FFFF { localOffset = take() ?? -1 }
                        break
                    }
                    e += 4 + size
                }
                guard compressed >= 0, uncompressed >= 0, localOffset >= 0 else {
                    throw ContainerError.corrupt(.zip64SizesMissing(index: index))
                }
            }
            let nameBytes = Array(raw[nameStart..<extraStart])
            entries.append(
                ZipEntry(
                    index: index, nameBytes: nameBytes, nameIsUTF8: flags & 0x0800 != 0, method: method, flags: flags,
                    crc32: crc, compressedSize: compressed, uncompressedSize: uncompressed,
                    localHeaderOffset: localOffset, dataOffset: 0))
            p = next
        }
        // Each entry's local header must be where the directory says, and the data inside the file.
        for i in entries.indices {
            let e = entries[i]
            guard e.localHeaderOffset <= directory.offset, e.localHeaderOffset + 30 <= bytes.count else {
                throw ContainerError.corrupt(.zipEntryOutsideFile(entry: e.name))
            }
            let header = try bytes.exactBytes(at: e.localHeaderOffset, count: 30, what: .zipEntryHeader(entry: e.name))
            guard header.u32(0) == 0x0403_4B50 else {
                throw ContainerError.corrupt(.zipEntryHeaderMisplaced(entry: e.name))
            }
            let dataOffset = e.localHeaderOffset + 30 + Int(header.u16(26)) + Int(header.u16(28))
            guard e.compressedSize <= bytes.count, dataOffset + e.compressedSize <= bytes.count else {
                throw ContainerError.truncated(.zipEntryDataPastEnd(entry: e.name))
            }
            entries[i].dataOffset = dataOffset
        }
        // Entries must not share bytes: overlapping entries are how the worst zip bombs are built.
        let byOffset = entries.sorted { $0.localHeaderOffset < $1.localHeaderOffset }
        for (a, b) in zip(byOffset, byOffset.dropFirst()) where a.dataOffset + a.compressedSize > b.localHeaderOffset {
            throw ContainerError.corrupt(.zipEntriesOverlap(a.name, b.name))
        }
        self.entries = entries
    }

    /// The entry named `name` exactly (xlsx part names such as `xl/workbook.xml`).
    public func entry(named name: String) -> ZipEntry? {
        let target = name.hasPrefix("/") ? String(name.dropFirst()) : name
        return entries.first { $0.name == target } ?? entries.first { $0.name.lowercased() == target.lowercased() }
    }

    /// The entry's bytes without copying when it is stored; inflated to memory (or past
    /// `ZipLimits.memoryLimit`, to a spill file in `spillDirectory`) when deflated.
    public func contents(of entry: ZipEntry, budget: inout InflateBudget, spillDirectory: String?) throws
        -> any RandomAccessBytes
    {
        try checkReadable(entry)
        if entry.method == 0 { return ByteRange(bytes, entry.dataOffset..<(entry.dataOffset + entry.compressedSize)) }
        var memory: [UInt8] = []
        var spill: SpillFile.Writer?
        let memoryLimit = limits.memoryLimit
        // The directory's size decides up front (a size that lies fails the inflate anyway), so
        // a big entry never passes through a growing array on its way to the spill file.
        if entry.uncompressedSize > memoryLimit, let directory = spillDirectory {
            spill = try SpillFile.Writer(directory: directory)
        } else {
            memory.reserveCapacity(min(entry.uncompressedSize, memoryLimit))
        }
        try inflate(entry, budget: &budget) { piece in
            if let spill { return try spill.append(piece) }
            if memory.count + piece.count <= memoryLimit {
                memory.append(contentsOf: piece.bindMemory(to: UInt8.self))
                return
            }
            guard let directory = spillDirectory else {
                throw ContainerError.limitExceeded(.entryInMemory(entry: entry.name, limit: memoryLimit))
            }
            let file = try SpillFile.Writer(directory: directory)
            try memory.withUnsafeBytes { try file.append($0) }
            memory = []
            try file.append(piece)
            spill = file
        }
        if let spill { return try spill.finish() }
        return MemoryBytes(memory)
    }

    /// Streams the entry's bytes to `sink` in pieces: stored bytes as they are, deflated ones
    /// inflated, within the limits (size announced by the directory, ratio, the archive's budget)
    /// and checked against the entry's CRC.
    public func inflate(
        _ entry: ZipEntry, budget: inout InflateBudget, into sink: (UnsafeRawBufferPointer) throws -> Void
    ) throws {
        try checkReadable(entry)
        var crc = CRC32()
        var produced = 0
        let piece = 256 << 10
        var input = [UInt8](repeating: 0, count: min(piece, max(1, entry.compressedSize)))
        var inflater = Inflater()
        var read = 0
        let ratioFloor = limits.freeInflatedSize
        let maxRatio = limits.maxRatio
        let compressedSize = entry.compressedSize
        let announced = entry.uncompressedSize
        func take(_ out: UnsafeRawBufferPointer) throws {
            produced += out.count
            if produced > ratioFloor, produced / max(1, compressedSize) >= maxRatio {
                throw ContainerError.limitExceeded(.inflateRatio(entry: entry.name, ratio: maxRatio))
            }
            if produced > announced {
                throw ContainerError.corrupt(.zipEntryLargerThanAnnounced(entry: entry.name, announced: announced))
            }
            try budget.spend(out.count)
            crc.update(out)
            try sink(out)
        }
        while read < compressedSize {
            let n = min(input.count, compressedSize - read)
            let got = try input.withUnsafeMutableBytes {
                try bytes.read(at: entry.dataOffset + read, into: UnsafeMutableRawBufferPointer(rebasing: $0[0..<n]))
            }
            guard got > 0 else { throw ContainerError.truncated(.zipEntryDataCut(entry: entry.name)) }
            read += got
            let isFinal = read == compressedSize
            if entry.method == 0 {
                try input.withUnsafeBytes { try take(UnsafeRawBufferPointer(rebasing: $0[0..<got])) }
            } else {
                _ = try input.withUnsafeBytes {
                    try inflater.inflate(UnsafeRawBufferPointer(rebasing: $0[0..<got]), isFinal: isFinal, into: take)
                }
                if inflater.isFinished { break }
            }
        }
        if entry.method == 8, !inflater.isFinished {
            _ = try inflater.inflate(UnsafeRawBufferPointer(start: nil, count: 0), isFinal: true, into: take)
        }
        guard produced == announced else {
            throw ContainerError.corrupt(
                .zipEntrySizeMismatch(entry: entry.name, produced: produced, announced: announced))
        }
        guard crc.value == entry.crc32 else {
            throw ContainerError.corrupt(.zipEntryChecksumMismatch(entry: entry.name))
        }
    }

    /// The whole entry in memory, for the small parts of an xlsx (workbook, relationships, styles).
    public func data(of entry: ZipEntry, budget: inout InflateBudget, limit: Int = 64 << 20) throws -> [UInt8] {
        guard entry.uncompressedSize <= limit else {
            throw ContainerError.limitExceeded(.partSize(entry: entry.name, limit: limit))
        }
        var out: [UInt8] = []
        out.reserveCapacity(entry.uncompressedSize)
        try inflate(entry, budget: &budget) { out.append(contentsOf: $0.bindMemory(to: UInt8.self)) }
        return out
    }

    private func checkReadable(_ entry: ZipEntry) throws {
        if entry.isEncrypted { throw ContainerError.encrypted }
        guard entry.method == 0 || entry.method == 8 else {
            throw ContainerError.unsupported(.compressionMethod(entry: entry.name, method: entry.method))
        }
        if entry.method == 0, entry.compressedSize != entry.uncompressedSize {
            throw ContainerError.corrupt(.zipStoredSizesDiffer(entry: entry.name))
        }
    }

    private struct Directory {
        var offset: Int
        var size: Int
        var count: Int
    }

    /// Finds the end-of-central-directory record in the last 65,557 bytes (22 plus the longest
    /// comment), and the ZIP64 record it points to when its fields are at their maximum.
    private static func findDirectory(_ bytes: any RandomAccessBytes) throws -> Directory {
        let size = bytes.count
        guard size >= 22 else { throw ContainerError.truncated(.zipTooShort) }
        let tailStart = max(0, size - 65_557)
        let tail = try bytes.bytes(at: tailStart, count: size - tailStart)
        var at = tail.count - 22
        while at >= 0 {
            if tail.u32(at) == 0x0605_4B50, at + 22 + Int(tail.u16(at + 20)) <= tail.count { break }
            at -= 1
        }
        guard at >= 0 else { throw ContainerError.truncated(.zipDirectoryNotFound) }
        if tail.u16(at + 4) != 0 || tail.u16(at + 6) != 0 { throw ContainerError.unsupported(.multiVolumeZip) }
        var count = Int(tail.u16(at + 10))
        var cdSize = Int(tail.u32(at + 12))
        var cdOffset = Int(tail.u32(at + 16))
        let eocd = tailStart + at
        if count == 0xFFFF || cdSize == 0xFFFF_FFFF || cdOffset == 0xFFFF_FFFF {
            let locatorAt = at - 20
            guard locatorAt >= 0, tail.u32(locatorAt) == 0x0706_4B50 else {
                throw ContainerError.corrupt(.zip64LocatorMissing)
            }
            let recordOffset = tail.u64(locatorAt + 8)
            guard recordOffset < UInt64(eocd) else { throw ContainerError.corrupt(.zip64RecordOutsideFile) }
            let record = try bytes.exactBytes(at: Int(recordOffset), count: 56, what: .zip64RecordPastEnd)
            guard record.u32(0) == 0x0606_4B50 else { throw ContainerError.corrupt(.zip64RecordInvalid) }
            let c = record.u64(32)
            let s = record.u64(40)
            let o = record.u64(48)
            guard c <= UInt64(Int32.max), s <= UInt64(size), o <= UInt64(size) else {
                throw ContainerError.corrupt(.zip64DirectoryPastFile)
            }
            (count, cdSize, cdOffset) = (Int(c), Int(s), Int(o))
        }
        guard cdOffset <= eocd, cdSize <= eocd - cdOffset else {
            throw ContainerError.corrupt(.zipDirectoryOutsideFile)
        }
        return Directory(offset: cdOffset, size: cdSize, count: count)
    }
}

/// One file in a zip archive, as the central directory lists it.
public struct ZipEntry: Sendable, Hashable {
    public let index: Int
    /// The name's bytes: UTF-8 when `nameIsUTF8`, else often GBK (archives made on Chinese Windows).
    public let nameBytes: [UInt8]
    public let nameIsUTF8: Bool
    public let method: UInt16
    public let flags: UInt16
    public let crc32: UInt32
    public let compressedSize: Int
    public let uncompressedSize: Int
    public let localHeaderOffset: Int
    /// Where the entry's (compressed) data starts in the archive.
    public internal(set) var dataOffset: Int

    /// The name read as UTF-8 (bytes that are not are replaced); see `nameBytes` for other encodings.
    public var name: String { String(decoding: nameBytes, as: UTF8.self) }
    /// Flag bit 0 (traditional encryption) or method 99 (AES).
    public var isEncrypted: Bool { flags & 1 != 0 || method == 99 }
    public var isDirectory: Bool { nameBytes.last == UInt8(ascii: "/") }
}

extension Array where Element == UInt8 {
    func u16(_ i: Int) -> UInt16 { UInt16(self[i]) | UInt16(self[i + 1]) << 8 }
    func u32(_ i: Int) -> UInt32 { UInt32(u16(i)) | UInt32(u16(i + 2)) << 16 }
    func u64(_ i: Int) -> UInt64 { UInt64(u32(i)) | UInt64(u32(i + 4)) << 32 }
}
