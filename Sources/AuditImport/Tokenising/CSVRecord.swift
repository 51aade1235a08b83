/// One CSV record (a row, possibly spanning several physical lines), borrowed from the reader's buffer.
///
/// Valid only inside the closure it is passed to; copy out what you keep.
public struct CSVRecord {
    let buffer: UnsafeBufferPointer<UInt8>
    let fields: UnsafeBufferPointer<CSVField>
    /// Physical line (1-based) where the record starts.
    public let line: Int
    /// Physical lines the record covers (more than 1 when a quoted field holds a newline).
    public let lineCount: Int
    /// Set when the record is broken beyond repair, e.g. a quote never closed before the end of the file.
    public let defect: RecordDefect?

    public var count: Int { fields.count }

    /// Decodes a field of a UTF-8 file that is not valid UTF-8 (a row pasted in from a GBK file).
    /// (Unretained: the reader keeps it alive while records exist, and a retain per row costs.)
    let fallback: Unmanaged<Transcoder>?

    /// Where the record starts in the reader's decoded (UTF-8) text: with the file's encoding, how
    /// to find the row again.
    public let offset: Int

    /// The record is a spreadsheet row (a sheet leaves trailing empty cells out, so a short row
    /// is not a damaged one).
    var isSheetRow = false

    /// Calls `body` with the field's UTF-8 bytes: quotes removed, doubled quotes undone, and in a
    /// UTF-8 file a field that is not valid UTF-8 read as GB18030 (files do get mixed).
    public func withField<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        guard let fallback else { return try withRawField(index, body) }
        return try withRawField(index) { bytes in
            // Mostly valid UTF-8 with a damaged byte stays UTF-8 (repaired later); mostly invalid is GBK.
            guard bytes.contains(where: { $0 >= 0x80 }) else { return try body(bytes) }
            let (valid, invalid) = UTF8Validation.census(bytes)
            guard invalid > valid else { return try body(bytes) }
            var converted = ByteBuffer(capacity: bytes.count * 2 + 8)
            _ = fallback.takeUnretainedValue().convert(UnsafeRawBufferPointer(bytes), isFinal: true, into: &converted)
            return try converted.storage.withUnsafeBufferPointer {
                try body(UnsafeBufferPointer(rebasing: $0[0..<converted.count]))
            }
        }
    }

    private func withRawField<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        guard index < fields.count else { return try body(UnsafeBufferPointer(start: nil, count: 0)) }
        let f = fields[index]
        if !f.quoted {
            return try body(UnsafeBufferPointer(rebasing: buffer[f.start..<f.end]))
        }
        if !f.irregular {
            let s = f.start + 1
            let e = max(s, f.end - 1)
            return try body(UnsafeBufferPointer(rebasing: buffer[s..<e]))
        }
        var out: [UInt8] = []
        out.reserveCapacity(f.end - f.start)
        var i = f.start + 1
        var open = true
        while i < f.end {
            let c = buffer[i]
            if open && c == UInt8(ascii: "\"") {
                if i + 1 < f.end && buffer[i + 1] == UInt8(ascii: "\"") {
                    out.append(c)
                    i += 2
                    continue
                }
                open = false
                i += 1
                continue
            }
            out.append(c)
            i += 1
        }
        return try out.withUnsafeBufferPointer(body)
    }

    /// The field as text (invalid UTF-8 repaired to U+FFFD).
    public func string(_ index: Int) -> String {
        withField(index) { String(decoding: $0, as: UTF8.self) }
    }

    /// True when every field is empty or whitespace.
    public var isBlank: Bool {
        for i in 0..<fields.count where !withField(i, { CellText.isBlank($0) }) { return false }
        return true
    }

    /// All fields as text.
    public var strings: [String] { (0..<count).map(string) }
}
