/// A compound file's FAT or mini FAT: for each sector, the next sector of its chain.
///
/// Chains are walked with a bit per sector, so a chain that comes back on itself is caught at its
/// first repeat instead of read forever (or read twice, when a stream's size would stop the walk
/// before it loops).
struct AllocationTable: Sendable {
    /// Ends a chain.
    static let endOfChain: UInt32 = 0xFFFF_FFFE
    /// A sector no chain uses.
    static let freeSector: UInt32 = 0xFFFF_FFFF
    /// The largest number of a real sector; those above are markers.
    static let maxRegularSector: UInt32 = 0xFFFF_FFFA

    /// Each sector's successor, as stored.
    let next: [UInt32]
    /// The FAT or the mini FAT, as errors name it.
    let structure: CompoundFileStructure

    /// The sectors of the chain that starts at `start`, at most `limit` of them.
    ///
    /// Stops at the end-of-chain marker or at `limit`; the caller checks whether that is enough
    /// for what it reads. Throws `corrupt` for a loop, a free sector or a marker in the middle of
    /// the chain, or a successor looked up past the table's end.
    func chain(from start: UInt32, limit: Int) throws -> [Int] {
        var sectors: [Int] = []
        guard limit > 0, start != Self.endOfChain else { return sectors }
        var seen = [UInt64](repeating: 0, count: next.count / 64 + 1)
        var sector = start
        while true {
            guard sector <= Self.maxRegularSector else { throw ContainerError.corrupt(.chainBroken(structure)) }
            let s = Int(sector)
            // The last sector a read needs may lie past the table: its successor is never looked up.
            if s < next.count {
                guard seen[s >> 6] & (1 << (s & 63)) == 0 else { throw ContainerError.corrupt(.chainLoops(structure)) }
                seen[s >> 6] |= 1 << (s & 63)
            }
            sectors.append(s)
            if sectors.count == limit { return sectors }
            guard s < next.count else { throw ContainerError.corrupt(.sectorNumberPastTable(structure)) }
            sector = next[s]
            if sector == Self.endOfChain { return sectors }
        }
    }
}
