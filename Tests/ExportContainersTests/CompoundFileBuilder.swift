import ExportContainers

/// Lays out small compound files in memory for the tests, so each can then be broken on purpose.
///
/// Sectors are allocated in this order: free padding, regular streams, the mini stream, the mini
/// FAT, the directory, the FAT, the DIFAT. Streams under 4,096 bytes go to the mini stream. The
/// directory's tree is a chain of right siblings, which readers accept.
struct CompoundFileBuilder {
    var sectorShift = 9
    var streams: [(name: String, bytes: [UInt8])] = []
    /// Unused sectors before everything else, to push the rest to high sector numbers.
    var paddingSectors = 0
    /// Extra FAT sectors beyond those needed (all free entries), to exercise the DIFAT.
    var extraFATSectors = 0

    struct Built {
        var bytes: [UInt8]
        let sectorSize: Int
        let fatSectors: [Int]
        let miniFATSectors: [Int]
        let directorySectors: [Int]
        let difatSectors: [Int]
        /// Each stream's directory entry and first (regular or mini) sector.
        let entries: [String: (index: Int, start: Int)]

        var memory: MemoryBytes { MemoryBytes(bytes) }

        func offset(ofSector n: Int) -> Int { (n + 1) * sectorSize }

        mutating func setU32(_ value: UInt32, at offset: Int) {
            for k in 0..<4 { bytes[offset + k] = UInt8(truncatingIfNeeded: value >> (8 * k)) }
        }

        mutating func setU16(_ value: UInt16, at offset: Int) {
            bytes[offset] = UInt8(truncatingIfNeeded: value)
            bytes[offset + 1] = UInt8(truncatingIfNeeded: value >> 8)
        }

        /// Sets FAT entry `sector` (the successor of that sector).
        mutating func setFAT(_ sector: Int, to value: UInt32) {
            let perSector = sectorSize / 4
            setU32(value, at: offset(ofSector: fatSectors[sector / perSector]) + 4 * (sector % perSector))
        }

        mutating func setMiniFAT(_ sector: Int, to value: UInt32) {
            let perSector = sectorSize / 4
            setU32(value, at: offset(ofSector: miniFATSectors[sector / perSector]) + 4 * (sector % perSector))
        }

        /// The offset of directory entry `index`'s byte `field`.
        func entryOffset(_ index: Int, _ field: Int) -> Int {
            let perSector = sectorSize / 128
            return offset(ofSector: directorySectors[index / perSector]) + 128 * (index % perSector) + field
        }
    }

    static let endOfChain: UInt32 = 0xFFFF_FFFE
    static let free: UInt32 = 0xFFFF_FFFF

    func build() -> Built {
        let ss = 1 << sectorShift
        var sectors: [[UInt8]] = Array(repeating: [UInt8](repeating: 0, count: ss), count: paddingSectors)
        var fat = [UInt32](repeating: Self.free, count: paddingSectors)

        func allocate(_ data: [UInt8], marker: UInt32? = nil) -> [Int] {
            let count = (data.count + ss - 1) / ss
            let first = sectors.count
            for k in 0..<count {
                var sector = Array(data[(k * ss)..<Swift.min(data.count, (k + 1) * ss)])
                sector += [UInt8](repeating: 0, count: ss - sector.count)
                sectors.append(sector)
                fat.append(marker ?? (k == count - 1 ? Self.endOfChain : UInt32(first + k + 1)))
            }
            return Array(first..<(first + count))
        }

        var entries: [String: (index: Int, start: Int)] = [:]
        var entryStarts: [(name: String, start: UInt32, size: Int)] = []
        var mini: [UInt8] = []
        var miniFAT: [UInt32] = []
        for (i, stream) in streams.enumerated() {
            if stream.bytes.isEmpty {
                entryStarts.append((stream.name, Self.endOfChain, 0))
            } else if stream.bytes.count < 4096 {
                let first = miniFAT.count
                let count = (stream.bytes.count + 63) / 64
                mini += stream.bytes + [UInt8](repeating: 0, count: count * 64 - stream.bytes.count)
                for k in 0..<count { miniFAT.append(k == count - 1 ? Self.endOfChain : UInt32(first + k + 1)) }
                entryStarts.append((stream.name, UInt32(first), stream.bytes.count))
                entries[stream.name] = (i + 1, first)
            } else {
                let chain = allocate(stream.bytes)
                entryStarts.append((stream.name, UInt32(chain[0]), stream.bytes.count))
                entries[stream.name] = (i + 1, chain[0])
            }
        }
        let miniSectors = mini.isEmpty ? [] : allocate(mini)
        var miniFATBytes: [UInt8] = []
        for v in miniFAT { miniFATBytes += Self.u32(v) }
        let padded = (miniFATBytes.count + ss - 1) / ss * ss
        miniFATBytes += (0..<((padded - miniFATBytes.count) / 4)).flatMap { _ in Self.u32(Self.free) }
        let miniFATSectors = miniFATBytes.isEmpty ? [] : allocate(miniFATBytes)

        var directory = Self.entry(
            name: "Root Entry", kind: 5, child: streams.isEmpty ? Self.free : 1, right: Self.free,
            start: miniSectors.first.map(UInt32.init) ?? Self.endOfChain, size: mini.count)
        for (i, e) in entryStarts.enumerated() {
            directory += Self.entry(
                name: e.name, kind: 2, child: Self.free, right: i + 1 < entryStarts.count ? UInt32(i + 2) : Self.free,
                start: e.start, size: e.size)
        }
        while directory.count % ss != 0 {
            directory += Self.entry(name: "", kind: 0, child: Self.free, right: Self.free, start: 0, size: 0)
        }
        let directorySectors = allocate(directory)

        // FAT sectors cover every sector, themselves and the DIFAT's included.
        let perSector = ss / 4
        var fatCount = 1
        var difatCount = 0
        while true {
            difatCount = fatCount > 109 ? (fatCount - 109 + perSector - 2) / (perSector - 1) : 0
            if fatCount * perSector >= sectors.count + fatCount + difatCount, fatCount >= 1 + extraFATSectors { break }
            fatCount += 1
        }
        let fatSectors = Array(sectors.count..<(sectors.count + fatCount))
        for _ in fatSectors {
            sectors.append([])
            fat.append(0xFFFF_FFFD)
        }
        let difatSectors = Array(sectors.count..<(sectors.count + difatCount))
        for _ in difatSectors {
            sectors.append([])
            fat.append(0xFFFF_FFFC)
        }
        fat += [UInt32](repeating: Self.free, count: fatCount * perSector - fat.count)
        for (k, n) in fatSectors.enumerated() {
            sectors[n] = fat[(k * perSector)..<((k + 1) * perSector)].flatMap(Self.u32)
        }
        var rest = Array(fatSectors.dropFirst(109))
        for (k, n) in difatSectors.enumerated() {
            var words = Array(rest.prefix(perSector - 1)).map(UInt32.init)
            rest.removeFirst(words.count)
            words += [UInt32](repeating: Self.free, count: perSector - 1 - words.count)
            words.append(k + 1 < difatSectors.count ? UInt32(difatSectors[k + 1]) : Self.endOfChain)
            sectors[n] = words.flatMap(Self.u32)
        }

        var header = [UInt8](repeating: 0, count: ss)
        header.replaceSubrange(0..<8, with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
        func put(_ bytes: [UInt8], _ at: Int) { header.replaceSubrange(at..<(at + bytes.count), with: bytes) }
        put(Self.u16(0x003E), 24)
        put(Self.u16(sectorShift == 9 ? 3 : 4), 26)
        put(Self.u16(0xFFFE), 28)
        put(Self.u16(UInt16(sectorShift)), 30)
        put(Self.u16(6), 32)
        put(Self.u32(sectorShift == 12 ? UInt32(directorySectors.count) : 0), 40)
        put(Self.u32(UInt32(fatCount)), 44)
        put(Self.u32(UInt32(directorySectors[0])), 48)
        put(Self.u32(4096), 56)
        put(Self.u32(miniFATSectors.first.map(UInt32.init) ?? Self.endOfChain), 60)
        put(Self.u32(UInt32(miniFATSectors.count)), 64)
        put(Self.u32(difatSectors.first.map(UInt32.init) ?? Self.endOfChain), 68)
        put(Self.u32(UInt32(difatCount)), 72)
        for k in 0..<109 { put(Self.u32(k < fatCount ? UInt32(fatSectors[k]) : Self.free), 76 + 4 * k) }

        var bytes = header
        bytes.reserveCapacity(ss * (sectors.count + 1))
        for sector in sectors { bytes.append(contentsOf: sector) }
        return Built(
            bytes: bytes, sectorSize: ss, fatSectors: fatSectors, miniFATSectors: miniFATSectors,
            directorySectors: directorySectors, difatSectors: difatSectors, entries: entries)
    }

    static func entry(name: String, kind: UInt8, child: UInt32, right: UInt32, start: UInt32, size: Int) -> [UInt8] {
        var e = [UInt8](repeating: 0, count: 128)
        let units = Array(name.utf16.prefix(31))
        for (k, u) in units.enumerated() {
            e[2 * k] = UInt8(u & 0xFF)
            e[2 * k + 1] = UInt8(u >> 8)
        }
        let nameLength = name.isEmpty ? 0 : 2 * (units.count + 1)
        e.replaceSubrange(64..<66, with: u16(UInt16(nameLength)))
        e[66] = kind
        e[67] = 1
        e.replaceSubrange(68..<72, with: u32(free))
        e.replaceSubrange(72..<76, with: u32(right))
        e.replaceSubrange(76..<80, with: u32(child))
        e.replaceSubrange(116..<120, with: u32(start))
        e.replaceSubrange(120..<128, with: u32(UInt32(size)) + u32(0))
        return e
    }

    static func u16(_ v: UInt16) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8)] }
    static func u32(_ v: UInt32) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: v >> (8 * $0)) } }
}
