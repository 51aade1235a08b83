/// The workbook's shared string table (SST), decoded to UTF-8 once and laid end to end.
///
/// LABELSST cells refer to it by index. The table's own counts are not trusted: strings are read
/// while the SST record and its CONTINUE records last, so a count of 2^31 over two strings costs
/// two strings.
struct BIFF8SharedStrings: Sendable {
    private var text: [UInt8] = []
    private var ends: [Int] = []

    /// No strings (a workbook without an SST).
    init() {}

    /// Reads the SST whose record data is `data` in `stream`, with the CONTINUE records after it.
    init(_ stream: UnsafeBufferPointer<UInt8>, data: Range<Int>) {
        var cursor = BIFFRecordCursor(stream, data: data, followsContinues: true)
        // cstTotal (references in the workbook) and cstUnique: neither bounds anything here.
        guard cursor.skip(8) else { return }
        while cursor.hasBytes {
            let complete = cursor.appendUnicodeString(lengthBytes: 2, to: &text)
            ends.append(text.count)
            if !complete { break }
        }
    }

    var count: Int { ends.count }

    /// Calls `body` with string `index`'s UTF-8 bytes, or with no bytes when the index is out of range.
    func withString<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        guard index >= 0, index < ends.count else { return try body(UnsafeBufferPointer(start: nil, count: 0)) }
        let start = index == 0 ? 0 : ends[index - 1]
        return try text.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[start..<ends[index]])) }
    }
}
