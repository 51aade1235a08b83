extension ContainerError {
    /// A valid structure this reader does not handle.
    public enum UnsupportedFormat: Sendable, Hashable {
        /// An entry compressed with a method other than stored (0) or deflate (8).
        case compressionMethod(entry: String, method: UInt16)
        /// One part of a zip split over several files.
        case multiVolumeZip
        /// An Excel 2, 3 or 4 workbook (BIFF2–4).
        case biff2to4
        /// An Excel 95 workbook (BIFF5).
        case biff5
    }
}
