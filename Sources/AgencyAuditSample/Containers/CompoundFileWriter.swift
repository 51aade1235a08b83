/// Lays out named streams as an OLE2 compound file (version 3, 512-byte sectors), byte for byte
/// the same on every run.
///
/// Streams under 4,096 bytes go to the mini stream, in 64-byte mini sectors, as the format
/// requires; a small `.xls` has its `Workbook` there. (jxl pads `Workbook` to 4,096 bytes and so
/// never uses the mini stream; other writers, LibreOffice among them, do.) Sectors come in this
/// order: regular streams, the mini stream, the mini FAT, the directory, the FAT, the DIFAT. No
/// timestamps and all-zero CLSIDs keep the output reproducible.
enum CompoundFileWriter {
    static let sectorSize = 512
    static let miniSectorSize = 64
    static let miniStreamCutoff = 4096

    private static let endOfChain: UInt32 = 0xFFFF_FFFE
    private static let freeSector: UInt32 = 0xFFFF_FFFF
    private static let fatSector: UInt32 = 0xFFFF_FFFD
    private static let difatSector: UInt32 = 0xFFFF_FFFC
    private static let noEntry: UInt32 = 0xFFFF_FFFF

    /// The compound file holding `streams` in its root storage.
    ///
    /// - Parameter path: the file the bytes are for, named in errors.
    /// - Throws: `SampleGeneratorError.cannotWrite` for a name the format cannot hold (empty,
    ///   over 31 UTF-16 units, a forbidden character, twice the same name) or a stream over 4 GB.
    static func bytes(streams: [(name: String, bytes: [UInt8])], for path: String) throws -> [UInt8] {
        var seen: Set<String> = []
        for s in streams {
            guard !s.name.isEmpty, s.name.utf16.count <= 31 else {
                throw SampleGeneratorError.cannotWrite(
                    path, reason: "stream name \"\(s.name)\" must have 1 to 31 UTF-16 units")
            }
            guard !s.name.contains(where: { "/\\:!".contains($0) }) else {
                throw SampleGeneratorError.cannotWrite(
                    path, reason: "stream name \"\(s.name)\" has a character compound files forbid")
            }
            guard seen.insert(s.name.uppercased()).inserted else {
                throw SampleGeneratorError.cannotWrite(path, reason: "two streams are named \"\(s.name)\"")
            }
            guard s.bytes.count <= Int(UInt32.max) else {
                throw SampleGeneratorError.cannotWrite(path, reason: "stream \"\(s.name)\" is larger than 4 GB")
            }
        }
        var sectors = LittleEndianBuffer()
        var fat: [UInt32] = []

        /// Appends `data` in whole sectors chained in the FAT; returns the first sector.
        func allocate(_ data: [UInt8]) -> UInt32 {
            guard !data.isEmpty else { return endOfChain }
            let first = fat.count
            let count = (data.count + sectorSize - 1) / sectorSize
            sectors.append(contentsOf: data)
            sectors.append(contentsOf: repeatElement(0, count: count * sectorSize - data.count))
            for k in 0..<count { fat.append(k == count - 1 ? endOfChain : UInt32(first + k + 1)) }
            return UInt32(first)
        }

        var starts: [UInt32] = []
        var mini: [UInt8] = []
        var miniFAT: [UInt32] = []
        for s in streams {
            if s.bytes.isEmpty {
                starts.append(endOfChain)
            } else if s.bytes.count < miniStreamCutoff {
                let first = miniFAT.count
                let count = (s.bytes.count + miniSectorSize - 1) / miniSectorSize
                mini += s.bytes
                mini += repeatElement(0, count: count * miniSectorSize - s.bytes.count)
                for k in 0..<count { miniFAT.append(k == count - 1 ? endOfChain : UInt32(first + k + 1)) }
                starts.append(UInt32(first))
            } else {
                starts.append(allocate(s.bytes))
            }
        }
        let miniStreamStart = allocate(mini)
        var miniFATBytes = LittleEndianBuffer()
        for entry in miniFAT { miniFATBytes.u32(entry) }
        while miniFATBytes.count % sectorSize != 0 { miniFATBytes.u32(freeSector) }
        let miniFATStart = allocate(miniFATBytes.bytes)
        let directoryStart = allocate(
            directory(streams, starts: starts, miniStreamStart: miniStreamStart, miniStreamSize: mini.count))

        // The FAT covers every sector, its own and the DIFAT's included.
        let perSector = sectorSize / 4
        var fatCount = 0
        var difatCount = 0
        repeat {
            fatCount += 1
            difatCount = fatCount > 109 ? (fatCount - 109 + perSector - 2) / (perSector - 1) : 0
        } while fatCount * perSector < fat.count + fatCount + difatCount
        let firstFAT = fat.count
        fat += repeatElement(fatSector, count: fatCount)
        let firstDIFAT = fat.count
        fat += repeatElement(difatSector, count: difatCount)
        fat += repeatElement(freeSector, count: fatCount * perSector - fat.count)
        for entry in fat { sectors.u32(entry) }
        let fatSectors = (0..<fatCount).map { UInt32(firstFAT + $0) }
        for k in 0..<difatCount {
            let listed = fatSectors.dropFirst(109 + k * (perSector - 1)).prefix(perSector - 1)
            for n in listed { sectors.u32(n) }
            for _ in listed.count..<(perSector - 1) { sectors.u32(freeSector) }
            sectors.u32(k + 1 < difatCount ? UInt32(firstDIFAT + k + 1) : endOfChain)
        }

        var file = header(
            fatSectors: fatSectors, directoryStart: directoryStart, miniFATStart: miniFATStart,
            miniFATCount: miniFATBytes.count / sectorSize, difatStart: difatCount > 0 ? UInt32(firstDIFAT) : endOfChain,
            difatCount: difatCount)
        file.append(contentsOf: sectors.bytes)
        return file.bytes
    }

    private static func header(
        fatSectors: [UInt32], directoryStart: UInt32, miniFATStart: UInt32, miniFATCount: Int,
        difatStart: UInt32, difatCount: Int
    ) -> LittleEndianBuffer {
        var h = LittleEndianBuffer()
        h.append(contentsOf: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
        h.append(contentsOf: repeatElement(0, count: 16))
        h.u16(0x003E)
        h.u16(3)
        h.u16(0xFFFE)
        h.u16(9)
        h.u16(6)
        h.append(contentsOf: repeatElement(0, count: 6))
        // Version 3 files leave the directory sector count zero.
        h.u32(0)
        h.u32(UInt32(fatSectors.count))
        h.u32(directoryStart)
        h.u32(0)
        h.u32(UInt32(miniStreamCutoff))
        h.u32(miniFATStart)
        h.u32(UInt32(miniFATCount))
        h.u32(difatStart)
        h.u32(UInt32(difatCount))
        for k in 0..<109 { h.u32(k < fatSectors.count ? fatSectors[k] : freeSector) }
        return h
    }

    /// The directory: the root entry, then one entry per stream, padded to whole sectors.
    ///
    /// The root's children form a balanced binary tree ordered as the format orders names
    /// (shorter first, then by upper-cased UTF-16), all black, which every reader accepts.
    private static func directory(
        _ streams: [(name: String, bytes: [UInt8])], starts: [UInt32], miniStreamStart: UInt32,
        miniStreamSize: Int
    ) -> [UInt8] {
        let order = streams.indices.sorted { a, b in
            let x = Array(streams[a].name.uppercased().utf16)
            let y = Array(streams[b].name.uppercased().utf16)
            return x.count != y.count ? x.count < y.count : x.lexicographicallyPrecedes(y)
        }
        var left = [UInt32](repeating: noEntry, count: streams.count)
        var right = [UInt32](repeating: noEntry, count: streams.count)
        /// The entry id of the middle of `order[range]`, its halves hung below it.
        func subtree(_ range: Range<Int>) -> UInt32 {
            guard !range.isEmpty else { return noEntry }
            let middle = range.lowerBound + range.count / 2
            let index = order[middle]
            left[index] = subtree(range.lowerBound..<middle)
            right[index] = subtree((middle + 1)..<range.upperBound)
            return UInt32(index + 1)
        }
        let root = subtree(0..<order.count)

        var d = LittleEndianBuffer()
        entry(
            &d, name: "Root Entry", type: 5, left: noEntry, right: noEntry, child: root, start: miniStreamStart,
            size: miniStreamSize)
        for (i, s) in streams.enumerated() {
            entry(
                &d, name: s.name, type: 2, left: left[i], right: right[i], child: noEntry, start: starts[i],
                size: s.bytes.count)
        }
        while d.count % sectorSize != 0 {
            entry(&d, name: "", type: 0, left: noEntry, right: noEntry, child: noEntry, start: 0, size: 0)
        }
        return d.bytes
    }

    private static func entry(
        _ d: inout LittleEndianBuffer, name: String, type: UInt8, left: UInt32, right: UInt32, child: UInt32,
        start: UInt32, size: Int
    ) {
        let units = Array(name.utf16)
        for u in units { d.u16(u) }
        d.append(contentsOf: repeatElement(0, count: 64 - 2 * units.count))
        d.u16(name.isEmpty ? 0 : UInt16(2 * (units.count + 1)))
        d.u8(type)
        // Black; an unused entry is all zero but for its links.
        d.u8(type == 0 ? 0 : 1)
        d.u32(left)
        d.u32(right)
        d.u32(child)
        // CLSID, state bits, creation and modification times: zero, so the output never changes.
        d.append(contentsOf: repeatElement(0, count: 16 + 4 + 8 + 8))
        d.u32(start)
        d.u32(UInt32(size))
        d.u32(0)
    }
}
