/// Reads a large XML part in chunks and hands on each complete element of one name: the rows of a
/// worksheet, the items of the shared strings. Never holds the part whole.
///
/// Between those elements only tags are looked at (to stop at the container's end tag and to
/// refuse a DOCTYPE); text there is skipped. An element cut by a chunk's end is handed on again,
/// whole, once the next chunk is in.
struct XMLElementStream {
    let bytes: any RandomAccessBytes
    /// Where to read in `bytes`.
    let range: Range<Int>
    var chunkSize = 1 << 20
    /// An element longer than this is refused (a row never closed would otherwise fill memory).
    var maxElementSize = 64 << 20

    /// Calls `parse` with the buffer and the index of each `<element` start tag; `parse` returns
    /// the index just past the element's end, or nil when the buffer ends inside it (it is then
    /// called again with more bytes). Stops at `</stopAt>`, at the end of the range, or when
    /// `parse` returns a negative value.
    /// - Parameter onStart: told the absolute offset of the buffer's first byte before each parse.
    func forEach(
        element: StaticString, stopAt: StaticString,
        _ parse: (UnsafeBufferPointer<UInt8>, Int, _ bufferOffset: Int) throws -> Int?
    ) throws {
        var buffer = [UInt8](repeating: 0, count: min(chunkSize, max(range.count, 16)))
        var filled = 0
        var base = range.lowerBound  // absolute offset of buffer[0]
        var readTo = range.lowerBound
        var i = 0
        var finished = false
        func refill() throws {
            // Keep the unfinished part; make room (growing only for an element bigger than the buffer).
            if i > 0 {
                buffer.withUnsafeMutableBytes { b in
                    if filled > i { (b.baseAddress!).copyMemory(from: b.baseAddress! + i, byteCount: filled - i) }
                }
                filled -= i
                base += i
                i = 0
            }
            if filled == buffer.count {
                guard buffer.count < maxElementSize else {
                    throw ContainerError.corrupt(.xmlElementTooLarge(limitBytes: maxElementSize))
                }
                buffer.append(
                    contentsOf: [UInt8](repeating: 0, count: min(buffer.count, maxElementSize - buffer.count)))
            }
            let want = min(buffer.count - filled, range.upperBound - readTo)
            if want > 0 {
                let got = try buffer.withUnsafeMutableBytes {
                    try bytes.read(
                        at: readTo, into: UnsafeMutableRawBufferPointer(rebasing: $0[filled..<(filled + want)]))
                }
                guard got > 0 else { throw ContainerError.truncated(.xmlPartShort) }
                filled += got
                readTo += got
            }
            finished = readTo >= range.upperBound
        }
        try refill()
        while true {
            let outcome: Int? = try buffer.withUnsafeBufferPointer { whole -> Int? in
                let b = UnsafeBufferPointer(rebasing: whole[0..<filled])
                while i < filled {
                    // The next tag.
                    guard let lt = Self.next(UInt8(ascii: "<"), in: b, from: i) else {
                        i = filled
                        return nil
                    }
                    i = lt
                    guard let tag = XMLTag.read(b, at: i) else { return nil }
                    if tag.name.isEmpty {
                        // `<!DOCTYPE`: entities could be declared there; no DOCTYPE is ever read.
                        if i + 2 < filled, b[i + 1] == UInt8(ascii: "!"),
                            b[i + 2] == UInt8(ascii: "D") || b[i + 2] == UInt8(ascii: "d")
                        {
                            throw ContainerError.refused(.doctype)
                        }
                        i = tag.end
                        continue
                    }
                    if tag.isEnd {
                        if tag.nameIs(stopAt) { return -1 }
                        i = tag.end
                        continue
                    }
                    if tag.nameIs(element) {
                        guard let end = try parse(b, i, base) else { return nil }
                        if end < 0 { return -1 }
                        i = end
                        continue
                    }
                    i = tag.end
                }
                return nil
            }
            if outcome == -1 { return }
            if finished {
                if i < filled, buffer[i..<filled].contains(UInt8(ascii: "<")) {
                    throw ContainerError.truncated(.xmlEndsInElement)
                }
                return
            }
            try refill()
        }
    }

    /// The index of the next `byte` at or after `from`.
    @inline(__always)
    static func next(_ byte: UInt8, in b: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        ByteSearch.first(byte, in: b, from: from)
    }
}
