/// The shared-strings table of an xlsx package (`xl/sharedStrings.xml`): every item's text, end
/// to end in one buffer.
///
/// A file re-saved in Excel or WPS keeps all its text here (a month of orders: millions of
/// addresses), so the items are not `String`s: one byte buffer and the end of each item.
public struct SharedStrings: Sendable {
    private var text: [UInt8] = []
    private var ends: [Int] = []

    public init() {}

    public var count: Int { ends.count }

    /// Calls `body` with item `index`'s UTF-8 text; nil past the last item (a lying index).
    public func withItem<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R? {
        guard index >= 0, index < ends.count else { return nil }
        let start = index == 0 ? 0 : ends[index - 1]
        return try text.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[start..<ends[index]])) }
    }

    /// Reads the table from its part, streaming: `<si>` items whose text is in `<t>` directly or
    /// in rich-text runs `<r><t>`; phonetic runs `<rPh>` are not part of the text.
    public init(part: any RandomAccessBytes) throws {
        var text: [UInt8] = []
        var ends: [Int] = []
        try XMLElementStream(bytes: part, range: 0..<part.count).forEach(element: "si", stopAt: "sst") { b, start, _ in
            guard let item = XMLTag.read(b, at: start) else { return nil }
            if item.isSelfClosing {
                ends.append(text.count)
                return item.end
            }
            let mark = text.count
            guard let end = InlineText.append(b, from: item.end, closing: "si", to: &text) else {
                text.removeLast(text.count - mark)
                return nil
            }
            ends.append(text.count)
            return end
        }
        self.text = text
        self.ends = ends
    }
}

/// The text of a string item (`<si>` or a cell's `<is>`): the `<t>` elements in it, rich-text runs
/// included, phonetic runs (`<rPh>`) left out.
enum InlineText {
    /// Appends the text from `from` up to `</closing>`; returns the index past that end tag, or
    /// nil when the buffer ends first.
    static func append(_ b: UnsafeBufferPointer<UInt8>, from: Int, closing: StaticString, to out: inout [UInt8]) -> Int?
    {
        var i = from
        var phoneticDepth = 0
        while true {
            guard let lt = XMLElementStream.next(UInt8(ascii: "<"), in: b, from: i), let tag = XMLTag.read(b, at: lt)
            else { return nil }
            i = tag.end
            if tag.isEnd {
                if tag.nameIs(closing) { return i }
                if tag.nameIs("rPh") { phoneticDepth = max(0, phoneticDepth - 1) }
                continue
            }
            if tag.nameIs("rPh"), !tag.isSelfClosing {
                phoneticDepth += 1
                continue
            }
            if tag.nameIs("t"), !tag.isSelfClosing {
                guard let close = XMLElementStream.next(UInt8(ascii: "<"), in: b, from: i) else { return nil }
                if phoneticDepth == 0 {
                    XMLText.append(UnsafeBufferPointer(rebasing: b[i..<close]), spreadsheetEscapes: true, to: &out)
                }
                i = close
            }
        }
    }
}
