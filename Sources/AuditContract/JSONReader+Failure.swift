extension JSONReader {
    /// Why a text is not JSON the contract can be read from, with where in the file.
    package enum Failure: Error, Sendable, Equatable {
        /// A byte that is no UTF-8 (a file saved as GBK, "ANSI" on a Chinese Windows) on `line`.
        case notUTF8(line: Int, byte: UInt8)
        /// The text ends before its value does (a missing `}` or `]`, a string never closed).
        case unfinished
        /// What starts at this place is not allowed there (a missing comma, a stray character).
        case unexpected(line: Int, column: Int)
        /// An object holds the key at `path` twice; Foundation silently kept the second value.
        case duplicateKey(path: String, firstLine: Int, secondLine: Int)
    }
}
