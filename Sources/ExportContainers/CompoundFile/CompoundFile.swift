/// An OLE2 compound file (Compound File Binary): a small file system of named streams in sectors.
///
/// A BIFF8 `.xls` keeps its workbook in the `Workbook` stream; an encrypted xlsx is a compound
/// file too, with `EncryptionInfo` and `EncryptedPackage`. Opening reads the header, the FAT
/// (through the DIFAT) and the directory; streams are read on demand. Every number taken from the
/// file is checked against the file's size first, so a hostile file ends with a `ContainerError`
/// after work bounded by its size: no loop runs forever and nothing is allocated by a count the
/// file merely claims.
public struct CompoundFile: Sendable {
    /// Streams smaller than this live in the mini stream, in 64-byte mini sectors. The format
    /// fixes it at 4,096; the header's copy of it is not trusted.
    public static let miniStreamCutoff = 4096
    /// The most directory entries read (an `.xls` has a handful).
    public static let maxDirectoryEntries = 65_536

    private let bytes: any RandomAccessBytes
    private let header: CompoundFileHeader
    private let fat: AllocationTable
    private let entries: [CompoundFileDirectoryEntry]
    /// The streams directly in the root storage, as indices into `entries`, in directory order.
    private let rootStreams: [Int]

    /// Opens the compound file in `bytes`.
    ///
    /// - Throws: `ContainerError.corrupt` when it is not a compound file or its tables contradict
    ///   themselves, `.truncated` when they point past the end of the bytes, `.limitExceeded`
    ///   for a directory larger than `maxDirectoryEntries`.
    public init(_ bytes: any RandomAccessBytes) throws {
        self.bytes = bytes
        header = try CompoundFileHeader(bytes.bytes(at: 0, count: CompoundFileHeader.size))
        let fatSectors = try Self.fatSectorNumbers(header, bytes)
        var next: [UInt32] = []
        next.reserveCapacity(fatSectors.count * header.sectorSize / 4)
        for sector in fatSectors {
            Self.appendWords(of: try Self.sector(sector, header, bytes, what: .sectorPastEnd(.fat)), to: &next)
        }
        fat = AllocationTable(next: next, structure: .fat)

        let perSector = header.sectorSize / CompoundFileDirectoryEntry.size
        let maxSectors = Self.maxDirectoryEntries / perSector
        let directorySectors = try fat.chain(from: header.firstDirectorySector, limit: maxSectors + 1)
        guard directorySectors.count <= maxSectors else {
            throw ContainerError.limitExceeded(.directoryEntries(limit: Self.maxDirectoryEntries))
        }
        var entries: [CompoundFileDirectoryEntry] = []
        for sector in directorySectors {
            let data = try Self.sector(UInt32(sector), header, bytes, what: .sectorPastEnd(.directory))
            for i in 0..<perSector {
                entries.append(
                    CompoundFileDirectoryEntry(
                        data, at: i * CompoundFileDirectoryEntry.size, sizeIs32Bit: header.sizeIs32Bit))
            }
        }
        guard let root = entries.first, root.kind == .root else { throw ContainerError.corrupt(.rootMissing) }
        self.entries = entries
        rootStreams = Self.streams(under: root, in: entries)
    }

    /// The names of the streams in the root storage, in directory order.
    public var streamNames: [String] { rootStreams.map { entries[$0].name } }

    /// True for an encrypted OOXML package (an xlsx saved with a password): its streams are
    /// `EncryptionInfo` and `EncryptedPackage`, not a workbook.
    public var isEncryptedPackage: Bool {
        entryIndex(named: "EncryptionInfo") != nil && entryIndex(named: "EncryptedPackage") != nil
    }

    /// The bytes of the root-storage stream `name` (compared without regard to case, as the
    /// format wants), or nil when there is none.
    ///
    /// - Throws: `ContainerError.truncated` when the stream's sectors or its size run past the end
    ///   of the file, `.corrupt` when its chain loops or is shorter than its size.
    public func stream(named name: String) throws -> [UInt8]? {
        guard let index = entryIndex(named: name) else { return nil }
        let entry = entries[index]
        // A stream is never larger than the file holding it, except in a file cut short.
        guard entry.size <= UInt64(bytes.count) else {
            throw ContainerError.truncated(.streamLargerThanFile(stream: entry.name))
        }
        let size = Int(entry.size)
        if size == 0 { return [] }
        if size < Self.miniStreamCutoff { return try miniStream(entry, size: size) }
        let ss = header.sectorSize
        let chain = try fat.chain(from: entry.startSector, limit: (size + ss - 1) / ss)
        guard chain.count * ss >= size else { throw ContainerError.corrupt(.streamLargerThanChain(stream: entry.name)) }
        var out = [UInt8](repeating: 0, count: size)
        // Consecutive sectors are read in one go: writers lay most streams out in one run.
        var i = 0
        while i < chain.count {
            var j = i + 1
            while j < chain.count, chain[j] == chain[j - 1] + 1 { j += 1 }
            let start = i * ss
            let end = Swift.min(size, j * ss)
            try readExactly(
                at: (chain[i] + 1) * ss, into: &out, start..<end, what: .streamSectorPastEnd(stream: entry.name))
            i = j
        }
        return out
    }

    // MARK: - Opening

    /// The FAT's sector numbers: the header's 109, then those in the DIFAT chain.
    private static func fatSectorNumbers(_ header: CompoundFileHeader, _ bytes: any RandomAccessBytes) throws
        -> [UInt32]
    {
        let count = header.fatSectorCount
        // Every FAT sector is a sector of the file: a larger count is a lie or a file cut short.
        guard count <= sectorCount(header, bytes) else { throw ContainerError.truncated(.fatSectorCountPastFile) }
        var numbers = Array(header.headerDIFAT.prefix(count))
        var difatSector = header.firstDIFATSector
        var seen: Set<UInt32> = []
        let perDIFATSector = header.sectorSize / 4 - 1
        while numbers.count < count {
            guard difatSector <= AllocationTable.maxRegularSector else {
                throw ContainerError.corrupt(.difatChainShort)
            }
            guard seen.insert(difatSector).inserted else { throw ContainerError.corrupt(.chainLoops(.difat)) }
            var words: [UInt32] = []
            appendWords(of: try sector(difatSector, header, bytes, what: .sectorPastEnd(.difat)), to: &words)
            numbers += words.prefix(Swift.min(perDIFATSector, count - numbers.count))
            difatSector = words[perDIFATSector]
        }
        return numbers
    }

    /// The indices of the streams in `root`'s red-black tree of children, in directory order.
    ///
    /// The tree is walked by its sibling links, each entry once, so links that point back up or
    /// past the directory stop nothing and loop nowhere; streams in sub-storages are left out.
    private static func streams(under root: CompoundFileDirectoryEntry, in entries: [CompoundFileDirectoryEntry])
        -> [Int]
    {
        var found: [Int] = []
        var seen = [Bool](repeating: false, count: entries.count)
        seen[0] = true
        var pending = [root.child]
        while let link = pending.popLast() {
            guard link != CompoundFileDirectoryEntry.noEntry, Int(link) < entries.count, !seen[Int(link)] else {
                continue
            }
            let i = Int(link)
            seen[i] = true
            if entries[i].kind == .stream { found.append(i) }
            pending.append(entries[i].leftSibling)
            pending.append(entries[i].rightSibling)
        }
        return found.sorted()
    }

    // MARK: - Reading

    private func entryIndex(named name: String) -> Int? {
        let wanted = name.uppercased()
        return rootStreams.first { entries[$0].name.uppercased() == wanted }
    }

    /// A stream under the cutoff: its mini sectors, found through the mini FAT, in the mini
    /// stream, which is itself the root entry's chain of regular sectors.
    private func miniStream(_ entry: CompoundFileDirectoryEntry, size: Int) throws -> [UInt8] {
        let ss = header.sectorSize
        let ms = header.miniSectorSize
        let miniFATChain = try fat.chain(from: header.firstMiniFATSector, limit: sectorCount)
        var next: [UInt32] = []
        for sector in miniFATChain {
            Self.appendWords(
                of: try Self.sector(UInt32(sector), header, bytes, what: .sectorPastEnd(.miniFAT)), to: &next)
        }
        let miniFAT = AllocationTable(next: next, structure: .miniFAT)
        let miniChain = try miniFAT.chain(from: entry.startSector, limit: (size + ms - 1) / ms)
        guard miniChain.count * ms >= size else {
            throw ContainerError.corrupt(.streamLargerThanMiniChain(stream: entry.name))
        }
        // Only the part of the mini stream up to the last mini sector used is walked. Some writers
        // give the root the mini stream's used size rather than whole mini sectors, so a sector
        // need only start inside it.
        let root = entries[0]
        let last = miniChain.max() ?? 0
        guard UInt64(last * ms) < root.size else { throw ContainerError.corrupt(.miniSectorOutsideMiniStream) }
        let needed = (last + 1) * ms
        let containers = try fat.chain(from: root.startSector, limit: (needed + ss - 1) / ss)
        guard containers.count * ss >= needed else { throw ContainerError.corrupt(.miniStreamLargerThanChain) }
        var out = [UInt8](repeating: 0, count: size)
        for (k, mini) in miniChain.enumerated() {
            let position = mini * ms
            let offset = (containers[position / ss] + 1) * ss + position % ss
            let start = k * ms
            try readExactly(
                at: offset, into: &out, start..<Swift.min(size, start + ms),
                what: .streamSectorPastEnd(stream: entry.name))
        }
        return out
    }

    private var sectorCount: Int { Self.sectorCount(header, bytes) }

    /// Sectors in the file after the header, a partial last one included.
    private static func sectorCount(_ header: CompoundFileHeader, _ bytes: any RandomAccessBytes) -> Int {
        let ss = header.sectorSize
        return (Swift.max(0, bytes.count - ss) + ss - 1) / ss
    }

    /// Sector `number` whole; a last sector the file cuts short is padded with free markers.
    private static func sector(
        _ number: UInt32, _ header: CompoundFileHeader, _ bytes: any RandomAccessBytes,
        what: ContainerError.Truncation
    ) throws -> [UInt8] {
        let ss = header.sectorSize
        guard number <= AllocationTable.maxRegularSector, Int(number) < sectorCount(header, bytes) else {
            throw ContainerError.truncated(what)
        }
        var data = try bytes.bytes(at: (Int(number) + 1) * ss, count: ss)
        if data.count < ss { data += repeatElement(0xFF, count: ss - data.count) }
        return data
    }

    private func readExactly(
        at offset: Int, into out: inout [UInt8], _ range: Range<Int>,
        what: @autoclosure () -> ContainerError.Truncation
    ) throws {
        guard offset >= 0, offset <= bytes.count, range.count <= bytes.count - offset else {
            throw ContainerError.truncated(what())
        }
        var filled = 0
        try out.withUnsafeMutableBytes { buffer in
            while filled < range.count {
                let got = try bytes.read(
                    at: offset + filled,
                    into: UnsafeMutableRawBufferPointer(
                        rebasing: buffer[(range.lowerBound + filled)..<range.upperBound]))
                if got <= 0 { break }
                filled += got
            }
        }
        guard filled == range.count else { throw ContainerError.truncated(what()) }
    }

    /// Appends `data` read as little-endian 32-bit words.
    private static func appendWords(of data: [UInt8], to words: inout [UInt32]) {
        var i = 0
        while i + 3 < data.count {
            words.append(
                UInt32(data[i]) | UInt32(data[i + 1]) << 8 | UInt32(data[i + 2]) << 16 | UInt32(data[i + 3]) << 24)
            i += 4
        }
    }
}
