/// Streams CSV records out of a byte source: decodes to UTF-8 in chunks, then splits records on bytes.
///
/// Works on `UInt8` buffers with a byte state machine (a factor of ~100 faster than splitting
/// `String`s), reads 1 MiB at a time and carries only the partial last record forward, so memory
/// stays bounded by the chunk size and the longest record, not the file size. Quoted fields may
/// hold commas, doubled quotes and newlines (RFC 4180); CRLF, LF and lone CR all end a record,
/// and inside quotes each is part of the field and counted as a line of the file, so line numbers
/// are an editor's in old Mac files too.
public struct CSVReader<Source: ByteSource> {
    public private(set) var encoding: TextEncoding = .utf8
    /// The field separator: a comma, or a tab in tab-separated text (often saved as `.xls`).
    public private(set) var delimiter: UInt8 = UInt8(ascii: ",")
    /// Bytes that could not be decoded and were replaced by U+FFFD.
    public private(set) var replacedByteCount = 0
    /// A record longer than this is skipped up to the next line end and reported as one rejected
    /// row, instead of exhausting memory (a quote that never closes would swallow the whole file).
    public let maxRecordBytes: Int
    /// The limit files are read with: far above any real row, low enough that a quote that never
    /// closes cannot take the memory. Tests pass a smaller one to cross it in a fraction of the time.
    public static var defaultMaxRecordBytes: Int { 10 << 20 }

    private var source: Source
    private let chunkSize: Int
    /// Set when the encoding is already known (the second part of a file split in two): no sniffing, no BOM.
    private let knownEncoding: TextEncoding?
    private let firstLine: Int
    /// Decoded bytes dropped before the first record (a re-read that starts at a decoding checkpoint).
    private let skipBytes: Int

    /// Length of the byte-order mark skipped at the start (0 when the encoding was given).
    public private(set) var bomLength = 0
    /// Decoded (UTF-8) bytes produced so far: after the whole source, the length of its text.
    public private(set) var decodedLength = 0
    /// For a converted encoding (GB18030, UTF-16): places, at most 64 KiB of input apart, where
    /// conversion can start again, so one row can be read back without converting the file from
    /// its start. Empty for UTF-8, whose text positions are the file positions.
    public private(set) var checkpoints: [DecodeCheckpoint] = []

    /// - Parameters:
    ///   - encoding: the encoding when already known; nil to sniff it from the first 64 KiB.
    ///   - firstLine: the physical line number of the source's first byte (1 for a whole file).
    ///   - skipBytes: decoded bytes to drop before tokenising (they belong to earlier records).
    ///   - delimiter: the field separator; a comma when nil.
    public init(
        source: Source, chunkSize: Int = 1 << 20, maxRecordBytes: Int = defaultMaxRecordBytes,
        encoding: TextEncoding? = nil, delimiter: UInt8? = nil, firstLine: Int = 1, skipBytes: Int = 0
    ) {
        self.source = source
        // A file smaller than a chunk needs no bigger buffer than itself.
        self.chunkSize = max(16, min(chunkSize, (source.sizeHint ?? chunkSize) + 1))
        self.maxRecordBytes = maxRecordBytes
        self.knownEncoding = encoding
        if let delimiter { self.delimiter = delimiter }
        self.firstLine = firstLine
        self.skipBytes = skipBytes
        if let encoding { self.encoding = encoding }
    }

    /// Time spent reading bytes and converting them to UTF-8 (the rest of a read is tokenising and the caller's work).
    public private(set) var readAndDecodeTime: Duration = .zero
    public private(set) var bytesRead = 0

    /// The encoding is told from this many leading bytes (or the whole file if shorter), whatever the chunk size.
    static var sniffLength: Int { 64 << 10 }

    /// Calls `body` for each record in order. The record is only valid during the call.
    public mutating func forEachRecord(_ body: (CSVRecord) throws -> Void) throws {
        let sniffLength = min(Self.sniffLength, max(16, (source.sizeHint ?? Self.sniffLength) + 1))
        var raw = [UInt8](repeating: 0, count: max(chunkSize, sniffLength))
        var text = ByteBuffer(capacity: chunkSize * 2)
        var transcoder: Transcoder?
        var fallback: Transcoder?
        var pendingRaw: [UInt8] = []  // an incomplete multibyte character carried to the next chunk
        var state = TokenizerState(line: firstLine)
        defer { state.fields.deallocate() }
        var sniffed = false
        var eof = false
        // Position in the decoded text of `text`'s first byte; raw input bytes converted so far.
        var textStart = 0
        var rawConverted = 0
        var toSkip = skipBytes
        if let known = knownEncoding {
            sniffed = true
            if known.iconvName != nil {
                transcoder = try Transcoder(from: known)
            } else {
                fallback = try Transcoder(from: .gb18030)
            }
        }

        let clock = ContinuousClock()
        while !eof {
            let started = clock.now
            var n = 0
            // Before the encoding is known, fill at least the sniff sample.
            let want = sniffed ? chunkSize : sniffLength
            repeat {
                let got = try raw.withUnsafeMutableBytes {
                    try source.read(into: UnsafeMutableRawBufferPointer(rebasing: $0[n..<want]))
                }
                if got == 0 { eof = true }
                n += got
            } while !eof && n < want && !sniffed
            try raw.withUnsafeBytes { rawBytes in
                var chunk = UnsafeRawBufferPointer(rebasing: rawBytes[0..<n])
                if !sniffed {
                    sniffed = true
                    let (enc, bom) = TextEncoding.sniff(chunk)
                    encoding = enc
                    bomLength = bom
                    rawConverted = bom
                    chunk = UnsafeRawBufferPointer(rebasing: chunk[bom...])
                    if enc.iconvName != nil {
                        transcoder = try Transcoder(from: enc)
                    } else {
                        fallback = try Transcoder(from: .gb18030)
                    }
                }
                if let t = transcoder {
                    if checkpoints.isEmpty { checkpoints.append(DecodeCheckpoint(raw: rawConverted, decoded: 0)) }
                    if pendingRaw.isEmpty {
                        let used = convert(
                            chunk, with: t, isFinal: eof, into: &text, textStart: textStart, converted: &rawConverted)
                        pendingRaw = Array(chunk[used...])
                    } else {
                        pendingRaw.append(contentsOf: chunk)
                        let used = pendingRaw.withUnsafeBytes {
                            convert(
                                $0, with: t, isFinal: eof, into: &text, textStart: textStart, converted: &rawConverted)
                        }
                        pendingRaw.removeFirst(used)
                    }
                    replacedByteCount = t.replacedByteCount
                } else {
                    text.append(chunk)
                }
            }
            decodedLength = textStart + text.count
            if toSkip > 0 {
                let drop = min(toSkip, text.count)
                text.removeFirst(drop)
                textStart += drop
                toSkip -= drop
            }
            bytesRead += n
            readAndDecodeTime += clock.now - started
            // A UTF-8 chunk without a single bad byte (the usual case) skips the per-field GBK check;
            // in one with bad bytes, only the records that hold one get it.
            let badOffsets =
                fallback == nil
                ? []
                : text.storage.withUnsafeBufferPointer {
                    UTF8Validation.invalidOffsets(UnsafeBufferPointer(rebasing: $0[0..<text.count]))
                }
            let chunkHasBadBytes = !badOffsets.isEmpty
            let consumed = try text.storage.withUnsafeBufferPointer { all in
                try Self.tokenize(
                    UnsafeBufferPointer(rebasing: all[0..<text.count]), isFinal: eof, delimiter: delimiter,
                    maxRecordBytes: maxRecordBytes,
                    fallback: chunkHasBadBytes ? fallback.map(Unmanaged.passUnretained) : nil,
                    badOffsets: badOffsets, textStart: textStart, state: &state, body)
            }
            replacedByteCount += state.badBytes
            state.badBytes = 0
            text.removeFirst(consumed)
            textStart += consumed
        }
    }

    /// Converts `input` in pieces of at most 64 KiB, leaving a checkpoint after each.
    /// - Returns: the input bytes consumed (fewer than all: an incomplete character at the end).
    private mutating func convert(
        _ input: UnsafeRawBufferPointer, with t: Transcoder, isFinal: Bool, into text: inout ByteBuffer,
        textStart: Int, converted: inout Int
    ) -> Int {
        let piece = 64 << 10
        var position = 0
        while position < input.count {
            let end = min(position + piece, input.count)
            let used = t.convert(
                UnsafeRawBufferPointer(rebasing: input[position..<end]), isFinal: isFinal && end == input.count,
                into: &text)
            position += used
            converted += used
            if used > 0 { checkpoints.append(DecodeCheckpoint(raw: converted, decoded: textStart + text.count)) }
            // A character cut at the piece's end is offered again with the next piece; at the input's end, kept for the next chunk.
            if used == 0 || end == input.count && position < end { break }
        }
        return position
    }

    /// Splits complete records out of `bytes`; returns how many bytes they used.
    /// - Parameter badOffsets: where `bytes` is not valid UTF-8 (ascending); a record gets the
    ///   `fallback` decoder only when it holds one of them.
    private static func tokenize(
        _ bytes: UnsafeBufferPointer<UInt8>, isFinal: Bool, delimiter comma: UInt8, maxRecordBytes: Int,
        fallback: Unmanaged<Transcoder>?,
        badOffsets: [Int], textStart: Int, state: inout TokenizerState,
        _ body: (CSVRecord) throws -> Void
    ) throws -> Int {
        var badCursor = 0
        /// The fallback decoder for a record spanning `range`, if any of its bytes is bad; its bad
        /// bytes are counted. Only records handed on count: the bytes of a row too long to hold
        /// are dropped unread, and a chunk read mid-row ends in a character cut in two, whose
        /// halves are no bad bytes.
        func decoder(for range: Range<Int>) -> Unmanaged<Transcoder>? {
            guard let fallback else { return nil }
            while badCursor < badOffsets.count, badOffsets[badCursor] < range.lowerBound { badCursor += 1 }
            var end = badCursor
            while end < badOffsets.count, badOffsets[end] < range.upperBound { end += 1 }
            state.badBytes += end - badCursor
            return end > badCursor ? fallback : nil
        }
        let quote = UInt8(ascii: "\"")
        let lf = UInt8(ascii: "\n")
        let cr = UInt8(ascii: "\r")
        let n = bytes.count
        var recordStart = 0
        /// Reports the over-long row that started on `state.line`, cut where its first line ends
        /// (at `end`), as one rejected row.
        func emitTooLong(endingAt end: Int) throws {
            state.fields.removeAll()
            state.fields.append(CSVField(start: end, end: end, quoted: false, irregular: false))
            let defect = RecordDefect.tooLong(limitBytes: maxRecordBytes)
            try state.fields.withUnsafeBufferPointer { fields in
                try body(
                    CSVRecord(
                        buffer: bytes, fields: fields, line: state.line, lineCount: 1, defect: defect,
                        fallback: fallback,
                        offset: textStart + recordStart))
            }
            state.line += 1
            state.discarding = false
        }
        /// Where the physical line holding `start` ends, past its LF, CRLF or lone CR (old Mac
        /// files end lines with CR alone); nil when the text ends first. A CR that is the last
        /// byte cannot tell yet whether an LF follows, unless the text is final.
        func lineEnd(from start: Int) -> Int? {
            var i = start
            while i < n {
                if bytes[i] == lf { return i + 1 }
                if bytes[i] == cr {
                    if i + 1 < n { return bytes[i + 1] == lf ? i + 2 : i + 1 }
                    return isFinal ? n : nil
                }
                i += 1
            }
            return nil
        }
        /// How much of a line with no end in sight can be dropped: all but a last CR, whose LF may follow.
        func droppable() -> Int { n > 0 && bytes[n - 1] == cr ? n - 1 : n }
        while recordStart < n || (isFinal && state.discarding) {
            if state.discarding {
                // The rest of an over-long line: drop it up to its end, report it, go on.
                guard let end = lineEnd(from: recordStart) else {
                    if !isFinal { return max(recordStart, droppable()) }
                    try emitTooLong(endingAt: n)
                    recordStart = n
                    continue
                }
                try emitTooLong(endingAt: end)
                recordStart = end
                continue
            }
            state.fields.removeAll()
            var i = recordStart
            var newlines = 0
            var complete = false
            var recordEnd = n
            var unterminated = false
            fieldLoop: while true {
                let fieldStart = i
                if i < n && bytes[i] == quote {
                    // Quoted field: find the closing quote, skipping doubled quotes and counting newlines.
                    var irregular = false
                    i += 1
                    var closed = false
                    while i < n {
                        let c = bytes[i]
                        if c == quote {
                            if i + 1 < n && bytes[i + 1] == quote {
                                irregular = true
                                i += 2
                                continue
                            }
                            if i + 1 >= n && !isFinal { break }  // cannot tell yet whether it is doubled
                            closed = true
                            i += 1
                            break
                        }
                        // A line break inside quotes is part of the field but still a line of
                        // the file: LF, CRLF (counted at its CR) and a lone CR count once each.
                        if c == cr || c == lf && bytes[i - 1] != cr { newlines += 1 }
                        i += 1
                    }
                    if !closed {
                        if !isFinal { break fieldLoop }
                        unterminated = true
                        state.fields.append(CSVField(start: fieldStart, end: n, quoted: true, irregular: true))
                        recordEnd = n
                        complete = true
                        break fieldLoop
                    }
                    // Text after the closing quote (`"ab"c`) is kept, as Excel does.
                    while i < n, bytes[i] != comma, bytes[i] != lf, bytes[i] != cr {
                        irregular = true
                        i += 1
                    }
                    state.fields.append(CSVField(start: fieldStart, end: i, quoted: true, irregular: irregular))
                } else {
                    i = Self.delimiter(comma, in: bytes, from: i)
                    state.fields.append(CSVField(start: fieldStart, end: i, quoted: false, irregular: false))
                }
                if i >= n {
                    if isFinal {
                        recordEnd = n
                        complete = true
                    }
                    break fieldLoop
                }
                let c = bytes[i]
                if c == comma {
                    i += 1
                    continue fieldLoop
                }
                if c == lf {
                    newlines += 1
                    recordEnd = i + 1
                    complete = true
                    break fieldLoop
                }
                // CR: CRLF or a lone CR ends the record.
                if i + 1 < n {
                    recordEnd = bytes[i + 1] == lf ? i + 2 : i + 1
                    newlines += 1
                    complete = true
                } else if isFinal {
                    recordEnd = i + 1
                    newlines += 1
                    complete = true
                }
                break fieldLoop
            }
            if !complete {
                if n - recordStart > maxRecordBytes {
                    // Too long to hold (a quote that never closes swallows everything after it):
                    // cut the row at the end of its first physical line and go on from there.
                    if let end = lineEnd(from: recordStart) {
                        try emitTooLong(endingAt: end)
                        recordStart = end
                        continue
                    }
                    state.discarding = true
                    return max(recordStart, droppable())
                }
                return recordStart
            }
            let lines = max(newlines, 1)
            let defect: RecordDefect? = unterminated ? .unterminatedQuote : nil
            try state.fields.withUnsafeBufferPointer { fields in
                try body(
                    CSVRecord(
                        buffer: bytes, fields: fields, line: state.line, lineCount: lines, defect: defect,
                        fallback: decoder(for: recordStart..<recordEnd), offset: textStart + recordStart))
            }
            state.line += newlines
            if unterminated { state.line += 1 }
            recordStart = recordEnd
        }
        return recordStart
    }
}

extension CSVReader {
    /// The first `delimiter`, CR or LF at or after `start` (or the end): eight bytes at a time, since
    /// addresses and titles run to dozens of bytes. A byte equal to the target turns its lane to
    /// zero after the XOR; the classic "has a zero byte" test marks the lowest such lane exactly.
    @inline(__always)
    static func delimiter(_ delimiter: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let n = bytes.count
        var i = start
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs: UInt64 = 0x8080_8080_8080_8080
            while i + 8 <= n {
                let w = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                let a = w ^ (ones &* UInt64(delimiter))
                let b = w ^ (ones &* 0x0A)
                let c = w ^ (ones &* 0x0D)
                let hit = ((a &- ones) & ~a | (b &- ones) & ~b | (c &- ones) & ~c) & highs
                if hit != 0 { return i + hit.trailingZeroBitCount / 8 }
                i += 8
            }
        }
        while i < n {
            let c = bytes[i]
            if c == delimiter || c == 0x0A || c == 0x0D { return i }
            i += 1
        }
        return n
    }
}

extension CSVReader {
    /// True when some of the first lines have tabs outside quotes: text that may be tab-separated
    /// (often saved as `.xls`), worth a second reading with tabs when commas find no header.
    static func hasTabSeparatedLines(_ sample: UnsafeBufferPointer<UInt8>) -> Bool {
        var quoted = false
        var lines = 0
        for b in sample {
            switch b {
            case UInt8(ascii: "\""): quoted.toggle()
            case UInt8(ascii: "\t") where !quoted: return true
            case UInt8(ascii: "\n") where !quoted:
                lines += 1
                if lines == 40 { return false }
            default: break
            }
        }
        return false
    }
}

/// A place in a converted file where decoding can start afresh: `raw` bytes into the source
/// (a character boundary) correspond to `decoded` bytes into its UTF-8 text.
public struct DecodeCheckpoint: Sendable, Hashable {
    public var raw: Int
    public var decoded: Int
}

/// What the tokenizer carries between chunks.
struct TokenizerState {
    var line = 1
    var fields = CSVFieldList()
    /// Dropping the rest of a line longer than the limit.
    var discarding = false
    /// Bytes that are not UTF-8 in the records handed on since the count was last taken.
    var badBytes = 0
}
