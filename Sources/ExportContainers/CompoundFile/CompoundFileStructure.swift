/// A structure of an OLE2 compound file kept in sectors of its own, as errors name it.
public enum CompoundFileStructure: Sendable, Hashable, CaseIterable {
    /// The file allocation table: each sector's successor.
    case fat
    /// The mini FAT: each 64-byte mini sector's successor in the mini stream.
    case miniFAT
    /// The sectors that list the FAT sectors beyond the header's 109.
    case difat
    /// The directory of storages and streams.
    case directory
}
