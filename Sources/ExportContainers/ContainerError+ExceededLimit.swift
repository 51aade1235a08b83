extension ContainerError {
    /// A bound against hostile files that was passed, with the bound (and what passed it).
    ///
    /// Sizes are in bytes.
    public enum ExceededLimit: Sendable, Hashable {
        /// A zip's directory lists more entries than `limit`.
        case zipEntryCount(count: Int, limit: Int)
        /// An entry inflates past `limit` with no spill directory to hold it.
        case entryInMemory(entry: String, limit: Int)
        /// An entry inflates past `ratio` times its compressed size (beyond the free size): a zip bomb.
        case inflateRatio(entry: String, ratio: Int)
        /// A small xlsx part (workbook, relationships, styles) larger than `limit`.
        case partSize(entry: String, limit: Int)
        /// The entries of one archive together inflate past `limit`.
        case archiveInflated(limit: Int)
        /// A whole deflate stream inflated at once passes `limit`.
        case deflateOutput(limit: Int)
        /// A compound file's directory holds more than `limit` entries.
        case directoryEntries(limit: Int)
        /// An HTML or XML table file larger than `limit`.
        case markupSize(limit: Int)
        /// No temporary file could be created in `directory` to spill a big entry to.
        case spillFileNotCreated(directory: String, SystemFailure)
        /// Writing a spill file failed (a full disk, say).
        case spillFileWrite(SystemFailure)
    }
}
