extension ContainerError {
    /// How a container's structure contradicts itself, with the entries, streams and sizes involved.
    ///
    /// Zip directory entries are named by `index`, counted from 0 as `ZipEntry.index` is; sheets
    /// likewise.
    public enum Corruption: Sendable, Hashable {
        /// The central directory's entry at `index` has no valid signature or is cut short.
        case zipDirectoryEntryInvalid(index: Int)
        /// The entry's name, extra field or comment runs past the end of the central directory.
        case zipDirectoryEntryPastDirectory(index: Int)
        /// The entry's sizes or offset are in the ZIP64 extra field, which does not hold them.
        case zip64SizesMissing(index: Int)
        /// The entry's local header lies outside the file (or after the central directory).
        case zipEntryOutsideFile(entry: String)
        /// No local header signature where the directory puts the entry.
        case zipEntryHeaderMisplaced(entry: String)
        /// Two entries share bytes (how the worst zip bombs are built).
        case zipEntriesOverlap(String, String)
        /// Inflating gave more than the directory's uncompressed size.
        case zipEntryLargerThanAnnounced(entry: String, announced: Int)
        /// Inflating gave another size than the directory's.
        case zipEntrySizeMismatch(entry: String, produced: Int, announced: Int)
        /// The inflated bytes do not match the entry's CRC-32.
        case zipEntryChecksumMismatch(entry: String)
        /// A stored (uncompressed) entry whose compressed and uncompressed sizes differ.
        case zipStoredSizesDiffer(entry: String)
        /// Fields at their maximum call for ZIP64, but its locator is not before the end record.
        case zip64LocatorMissing
        /// The ZIP64 locator points past the end record.
        case zip64RecordOutsideFile
        /// No ZIP64 record signature where the locator points.
        case zip64RecordInvalid
        /// The ZIP64 record's directory size, offset or count is larger than the file.
        case zip64DirectoryPastFile
        /// The central directory lies (partly) outside the file.
        case zipDirectoryOutsideFile
        /// The deflate stream is invalid.
        case deflate(DeflateDefect)
        /// No compound file signature.
        case notCompoundFile
        /// The header's byte order mark is not 0xFFFE.
        case byteOrderMark
        /// A sector size other than 512 or 4,096 bytes.
        case sectorSize
        /// A mini sector size other than 64 bytes.
        case miniSectorSize
        /// The directory has no root entry first.
        case rootMissing
        /// The DIFAT chain ends before it lists every FAT sector.
        case difatChainShort
        /// A chain in the structure comes back on itself.
        case chainLoops(CompoundFileStructure)
        /// A chain in the structure meets a free sector or a marker before its end.
        case chainBroken(CompoundFileStructure)
        /// A chain's sector is looked up past the end of the structure's table.
        case sectorNumberPastTable(CompoundFileStructure)
        /// The stream's size is larger than its chain of sectors holds.
        case streamLargerThanChain(stream: String)
        /// The stream's size is larger than its chain of mini sectors holds.
        case streamLargerThanMiniChain(stream: String)
        /// A mini sector lies past the end of the mini stream.
        case miniSectorOutsideMiniStream
        /// The mini stream is larger than its chain of sectors holds.
        case miniStreamLargerThanChain
        /// An XML element longer than `limitBytes` without its end tag.
        case xmlElementTooLarge(limitBytes: Int)
        /// The xlsx names a workbook part the zip does not hold.
        case workbookPartMissing(path: String)
        /// A sheet whose relationship id is missing (nil) or not among the workbook's relationships.
        case sheetWithoutPart(sheet: String, relationship: String?)
        /// A sheet whose relationship points to a part the zip does not hold.
        case sheetPartMissing(sheet: String, part: String)
        /// A compound file without a `Workbook` stream (and not BIFF5 or encrypted).
        case workbookStreamMissing
        /// The workbook stream does not start with a BOF record.
        case bofMissing
        /// A sheet asked for by `index` that the workbook does not have.
        case sheetMissing(index: Int)
        /// A row position to read from lies outside the workbook stream.
        case rowPositionOutsideStream
        /// A sheet's BOF offset (from its BOUNDSHEET record) lies outside the workbook stream.
        case sheetStartOutsideStream
        /// A sheet's BOF offset does not point to a BOF record.
        case sheetStartNotBOF
    }
}
