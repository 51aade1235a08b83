extension ContainerError {
    /// What ends before the end its container announces, with the name of the entry or stream.
    public enum Truncation: Sendable, Hashable {
        /// A spilled entry's temporary file could not be read back.
        case spillFileRead
        /// Shorter than the 22-byte record every zip ends with.
        case zipTooShort
        /// No end-of-central-directory record in the file's last 64 KiB: a download cut short.
        case zipDirectoryNotFound
        /// The central directory runs past the end of the file.
        case zipDirectoryPastEnd
        /// The ZIP64 end-of-central-directory record runs past the end of the file.
        case zip64RecordPastEnd
        /// The local header of the entry named runs past the end of the file.
        case zipEntryHeader(entry: String)
        /// The entry's data, as long as the directory says, runs past the end of the file.
        case zipEntryDataPastEnd(entry: String)
        /// Reading the entry's data gave nothing before its announced end.
        case zipEntryDataCut(entry: String)
        /// The deflate stream stops before its final block ends.
        case deflateEndsEarly
        /// Fewer than the compound file header's 512 bytes.
        case compoundFileHeaderShort
        /// The header counts more FAT sectors than the file has sectors.
        case fatSectorCountPastFile
        /// A sector of the structure lies past the end of the file.
        case sectorPastEnd(CompoundFileStructure)
        /// A stream's directory entry gives it a size larger than the whole file.
        case streamLargerThanFile(stream: String)
        /// A sector of the named stream lies past the end of the file.
        case streamSectorPastEnd(stream: String)
        /// An XML part ends before the size the zip directory gives it.
        case xmlPartShort
        /// An XML part ends inside an element.
        case xmlEndsInElement
        /// An XML part ends inside a tag.
        case xmlEndsInTag
    }
}
