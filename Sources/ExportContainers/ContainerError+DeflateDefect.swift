extension ContainerError {
    /// What is invalid in a deflate stream (RFC 1951).
    public enum DeflateDefect: Sendable, Hashable, CaseIterable {
        /// Block type 3, which the format reserves.
        case reservedBlockType
        /// A stored block's length and its one's complement disagree.
        case storedLengthMismatch
        /// More than 286 literal/length or 30 distance codes.
        case tooManySymbols
        /// Code-length symbol 16 (repeat the previous length) with no previous length.
        case repeatWithoutPrevious
        /// A repeated code length runs past the number of symbols.
        case repeatPastSymbols
        /// The end-of-block symbol (256) has no code.
        case missingEndOfBlock
        /// A match reaches back before the first byte decoded.
        case distanceTooFar
        /// A literal/length code the block's table does not define.
        case invalidLiteralLength
        /// A distance code the block's table does not define.
        case invalidDistance
        /// A Huffman code without a single codeword.
        case emptyCode
        /// Code lengths that ask for more codewords than there are (an over-subscribed code).
        case oversubscribedCode
        /// Code lengths that leave codewords unused (an incomplete code).
        case incompleteCode
        /// A code whose decoding table does not fit its space.
        case tableTooLarge
    }
}
