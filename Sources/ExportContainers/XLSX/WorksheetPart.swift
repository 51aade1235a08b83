/// One worksheet of an xlsx package (`xl/worksheets/sheetN.xml`), read row by row as it streams.
///
/// Platform writers (Apache POI, which 千牛 and EasyExcel use) write text as inline strings and
/// every row and cell with its `r` reference; files re-saved in Excel or WPS use the shared
/// strings. Both are read, and cells or rows without `r` take the next position. `<dimension>` is
/// never trusted (POI writes `A1` on a sheet of any size). Cell types: `s`, `inlineStr`, `str`,
/// `n` (dates through the cell's style), `b`, `e`, `d`.
struct WorksheetPart: Sendable {
    let bytes: any RandomAccessBytes
    let sharedStrings: SharedStrings
    /// What each cell style (`s`, an index into `cellXfs`) shows of a number.
    let styles: [DateFormatRule.Shows]
    let date1904: Bool

    /// Calls `body` with each row that has text, from the row at `position` (or the start) up to
    /// `end` (or the part's end); `body` returns false to stop.
    /// - Parameter chunkSize: bytes read at a time (tests and the fuzzer use small ones).
    func forEachRow(from position: Int?, to end: Int?, chunkSize: Int? = nil, _ body: (SheetRow) throws -> Bool) throws
    {
        var builder = SheetRowBuilder()
        var lastNumber = 0
        let start = position ?? 0
        let stop = min(end ?? bytes.count, bytes.count)
        guard start < stop else { return }
        // A row read back alone needs a small read, not a megabyte.
        var stream = XMLElementStream(bytes: bytes, range: start..<stop)
        if position != nil, end == nil { stream.chunkSize = 64 << 10 }
        if let chunkSize { stream.chunkSize = chunkSize }
        try stream.forEach(element: "row", stopAt: "sheetData") { b, at, offset in
            switch fastRow(b, at: at, lastNumber: lastNumber, into: &builder) {
            case .incomplete: return nil
            case .row(let end, let number):
                lastNumber = number
                if !builder.hasText { return end }
                return try builder.emit(number: number, position: offset + at, body) ? end : -1
            case .emptyRow(let end, let number):
                lastNumber = number
                return end
            case .unusual: break
            }
            guard let rowTag = XMLTag.read(b, at: at) else { return nil }
            let number = rowTag.integerAttribute("r") ?? lastNumber + 1
            if rowTag.isSelfClosing {
                lastNumber = number
                return rowTag.end
            }
            builder.reset()
            var i = rowTag.end
            while true {
                guard let lt = XMLElementStream.next(UInt8(ascii: "<"), in: b, from: i),
                    let tag = XMLTag.read(b, at: lt)
                else { return nil }
                if tag.isEnd {
                    i = tag.end
                    guard tag.nameIs("row") else { continue }
                    lastNumber = number
                    // A row without any text (only styled blanks) is not handed on, like an absent one.
                    if !builder.hasText { return i }
                    return try builder.emit(number: number, position: offset + at, body) ? i : -1
                }
                if tag.nameIs("c") {
                    guard let next = cell(b, tag, into: &builder) else { return nil }
                    i = next
                } else {
                    i = tag.end
                }
            }
        }
    }

    private enum CellType { case number, shared, inline, formulaText, boolean, error, isoDate }

    /// Reads one `<c>` into the builder; returns the index past it, or nil when the buffer ends inside it.
    @inline(__always)
    private func cell(_ b: UnsafeBufferPointer<UInt8>, _ tag: XMLTag, into builder: inout SheetRowBuilder) -> Int? {
        let column = tag.attribute("r").flatMap(Self.column(of:)) ?? builder.nextColumn
        let type = tag.attribute("t").map(Self.cellType) ?? .number
        builder.beginCell(column: column)
        if tag.isSelfClosing {
            builder.endCell()
            return tag.end
        }
        var i = tag.end
        var value: Range<Int>?
        while true {
            guard let lt = XMLElementStream.next(UInt8(ascii: "<"), in: b, from: i), let child = XMLTag.read(b, at: lt)
            else { return nil }
            i = child.end
            if child.isEnd {
                if child.nameIs("c") { break }
                continue
            }
            if child.isSelfClosing { continue }
            if child.nameIs("v") {
                guard let close = XMLElementStream.next(UInt8(ascii: "<"), in: b, from: i) else { return nil }
                value = i..<close
                i = close
            } else if child.nameIs("is") {
                guard let end = builder.appendText({ InlineText.append(b, from: i, closing: "is", to: &$0) }) else {
                    return nil
                }
                i = end
            } else if child.nameIs("f") {
                // The formula itself is not the cell's value; its cached result is in <v>.
                guard let close = XMLElementStream.next(UInt8(ascii: "<"), in: b, from: i) else { return nil }
                i = close
            }
        }
        if let value {
            appendValue(
                UnsafeBufferPointer(rebasing: b[value]), type: type, style: tag.integerAttribute("s") ?? 0,
                into: &builder)
        }
        builder.endCell()
        return i
    }

    /// A cell's `<v>` as text, by the cell's type (and for a number, whether its style shows a date).
    @inline(__always)
    private func appendValue(
        _ raw: UnsafeBufferPointer<UInt8>, type: CellType, style: Int, into builder: inout SheetRowBuilder
    ) {
        switch type {
        case .inline: break
        case .shared:
            if let index = Self.integer(raw) { _ = sharedStrings.withItem(index) { builder.append($0) } }
        case .formulaText: builder.appendText { XMLText.append(raw, spreadsheetEscapes: true, to: &$0) }
        case .error: builder.appendText { XMLText.append(raw, spreadsheetEscapes: false, to: &$0) }
        case .boolean: builder.appendText { CellValueText.appendBoolean(raw.first == UInt8(ascii: "1"), to: &$0) }
        case .isoDate:
            // 2025-08-01T10:12:45(.000)(Z): the form the importer reads, `2025-08-01 10:12:45`.
            var k = 0
            while k < raw.count, k < 19 {
                builder.append(raw[k] == UInt8(ascii: "T") ? UInt8(ascii: " ") : raw[k])
                k += 1
            }
        case .number:
            let shows = style < styles.count ? styles[style] : .number
            if shows != .number, let serial = Self.double(raw),
                builder.appendText({
                    CellValueText.appendDate(serial: serial, date1904: date1904, dateOnly: shows == .date, to: &$0)
                })
            {
                return
            }
            if raw.contains(where: { $0 == UInt8(ascii: "E") || $0 == UInt8(ascii: "e") }), let v = Self.double(raw) {
                // POI writes large doubles as Java does (1.930679858170647E15): printed plainly when exact.
                builder.appendText { CellValueText.appendNumber(v, to: &$0) }
            } else {
                builder.append(raw)
            }
        }
    }

    private enum FastRow {
        /// The row was read to `end`.
        case row(end: Int, number: Int)
        /// `<row …/>`: nothing in it.
        case emptyRow(end: Int, number: Int)
        /// The buffer ends inside the row.
        case incomplete
        /// Something the fast path does not take (rich text, formulas, comments): read it generally.
        case unusual
    }

    /// Reads the row at `at` as platform writers write it — `<c r=… t=…><is><t>…</t></is></c>` and
    /// `<c r=… s=…><v>…</v></c>` one after another — in one pass over the bytes; anything else
    /// is left to the general reader (`.unusual`), which reads the same row again from its start.
    @inline(__always)
    private func fastRow(_ b: UnsafeBufferPointer<UInt8>, at: Int, lastNumber: Int, into builder: inout SheetRowBuilder)
        -> FastRow
    {
        let n = b.count
        // <row …> (a prefixed <x:row> goes the general way)
        guard ByteSearch.matches(b, at: at, "<row") else { return .unusual }
        var i = at + 4
        var number = -1
        guard let rowEnd = Self.attributes(b, from: &i) else { return .incomplete }
        if let r = rowEnd.r { number = Self.integer(UnsafeBufferPointer(rebasing: b[r])) ?? -1 }
        if number < 0 { number = lastNumber + 1 }
        if rowEnd.selfClosing { return .emptyRow(end: i, number: number) }
        builder.reset()
        while true {
            guard i < n else { return .incomplete }
            if b[i] != UInt8(ascii: "<") {
                guard let lt = ByteSearch.first(UInt8(ascii: "<"), in: b, from: i) else { return .incomplete }
                // Only white space may stand between cells.
                for k in i..<lt where !XMLTag.isSpace(b[k]) { return .unusual }
                i = lt
            }
            guard i + 6 <= n else { return .incomplete }
            if b[i + 1] == UInt8(ascii: "/") {
                guard ByteSearch.matches(b, at: i, "</row>") else { return .unusual }
                builder.endCell()
                return .row(end: i + 6, number: number)
            }
            guard b[i + 1] == UInt8(ascii: "c"),
                b[i + 2] == 0x20 || b[i + 2] == UInt8(ascii: ">") || b[i + 2] == UInt8(ascii: "/")
            else { return .unusual }
            // <c r="B2" t="inlineStr" s="3">
            i += 2
            var column = -1
            var type = CellType.number
            var style = 0
            var selfClosing = false
            if let tag = Self.plainCellTag(b, from: &i) {
                (column, type, style) = (tag.column, tag.type, tag.style)
            } else {
                guard let cellTag = Self.attributes(b, from: &i) else { return .incomplete }
                column = cellTag.r.flatMap { Self.column(of: UnsafeBufferPointer(rebasing: b[$0])) } ?? -1
                type = cellTag.t.map { Self.cellType(UnsafeBufferPointer(rebasing: b[$0])) } ?? .number
                style = cellTag.s.flatMap { Self.integer(UnsafeBufferPointer(rebasing: b[$0])) } ?? 0
                selfClosing = cellTag.selfClosing
            }
            builder.beginCell(column: column >= 0 ? column : builder.nextColumn)
            if selfClosing {
                builder.endCell()
                continue
            }
            // Enough bytes to tell the three shapes apart (the longest prefix looked at is six).
            guard i + 6 <= n else { return .incomplete }
            if ByteSearch.matches(b, at: i, "<is><t") {
                // <is><t> or <is><t xml:space="preserve">, then text, then </t></is></c>.
                i += 6
                guard i < n else { return .incomplete }
                if b[i] != UInt8(ascii: ">") {
                    guard b[i] == 0x20 else { return .unusual }
                    guard let gt = ByteSearch.first(UInt8(ascii: ">"), in: b, from: i) else { return .incomplete }
                    i = gt
                }
                i += 1
                guard let (lt, escapes) = ByteSearch.textEnd(in: b, from: i) else { return .incomplete }
                guard lt + 13 <= n else { return .incomplete }
                guard ByteSearch.matches(b, at: lt, "</t></is></c>") else { return .unusual }
                if escapes {
                    builder.appendText {
                        XMLText.append(UnsafeBufferPointer(rebasing: b[i..<lt]), spreadsheetEscapes: true, to: &$0)
                    }
                } else {
                    builder.append(UnsafeBufferPointer(rebasing: b[i..<lt]))
                }
                builder.endCell()
                i = lt + 13
            } else if ByteSearch.matches(b, at: i, "<v>") {
                i += 3
                guard let lt = ByteSearch.first(UInt8(ascii: "<"), in: b, from: i) else { return .incomplete }
                guard lt + 8 <= n else { return .incomplete }
                guard ByteSearch.matches(b, at: lt, "</v></c>"), type != .inline else { return .unusual }
                appendValue(UnsafeBufferPointer(rebasing: b[i..<lt]), type: type, style: style, into: &builder)
                builder.endCell()
                i = lt + 8
            } else if ByteSearch.matches(b, at: i, "</c>") {
                builder.endCell()
                i += 4
            } else {
                return .unusual
            }
        }
    }

    /// A cell tag as writers write it — ` r="B2"`, then ` t="…"` and ` s="3"` in any order, then
    /// `>` — read byte by byte without a general attribute loop (it is the hottest tag of a sheet).
    /// Leaves `i` past the `>`; nil, with `i` untouched, for anything else (a self-closing cell,
    /// other attributes, spaces around `=`, the buffer's end), which the general reader takes.
    @inline(__always)
    private static func plainCellTag(_ b: UnsafeBufferPointer<UInt8>, from i: inout Int) -> (
        column: Int, type: CellType, style: Int
    )? {
        let n = b.count
        var k = i
        var column = -1
        var type = CellType.number
        var style = 0
        while k + 4 < n, b[k] == 0x20, b[k + 2] == UInt8(ascii: "="), b[k + 3] == UInt8(ascii: "\"") {
            let name = b[k + 1]
            var v = k + 4
            switch name {
            case UInt8(ascii: "r"):
                // Letters, then the row's digits.
                var c = 0
                var letters = 0
                while v < n, b[v] >= UInt8(ascii: "A"), b[v] <= UInt8(ascii: "Z") {
                    c = c * 26 + Int(b[v] - UInt8(ascii: "A")) + 1
                    letters += 1
                    v += 1
                }
                guard letters > 0, letters <= 3 else { return nil }
                // The row's digits are not needed (the row tag has the number): on to the quote.
                guard let quote = ByteSearch.first(UInt8(ascii: "\""), in: b, from: v), quote - v <= 7 else {
                    return nil
                }
                v = quote
                column = c - 1
            case UInt8(ascii: "s"):
                var value = 0
                var digits = 0
                while v < n, b[v] >= UInt8(ascii: "0"), b[v] <= UInt8(ascii: "9"), digits < 9 {
                    value = value * 10 + Int(b[v] - UInt8(ascii: "0"))
                    digits += 1
                    v += 1
                }
                guard digits > 0 else { return nil }
                style = value
            case UInt8(ascii: "t"):
                if ByteSearch.matches(b, at: v, "inlineStr\"") {
                    type = .inline
                    v += 9
                } else {
                    let start = v
                    while v < n, b[v] != UInt8(ascii: "\""), v - start < 10 { v += 1 }
                    type = cellType(UnsafeBufferPointer(rebasing: b[start..<v]))
                }
            default:
                return nil
            }
            guard v < n, b[v] == UInt8(ascii: "\"") else { return nil }
            k = v + 1
        }
        guard k < n, b[k] == UInt8(ascii: ">") else { return nil }
        i = k + 1
        return (column, type, style)
    }

    /// The one-letter attributes cells and rows have (`r`, `t`, `s`: the value ranges) and whether
    /// the tag closes itself.
    private struct OneLetterAttributes {
        var r: Range<Int>?
        var t: Range<Int>?
        var s: Range<Int>?
        var selfClosing = false
    }

    /// Reads a start tag's attributes from `i` (after the name) to its `>`, keeping the values of
    /// `r`, `t` and `s` (others are passed over); leaves `i` past the tag. Nil when the buffer
    /// ends first.
    @inline(__always)
    private static func attributes(_ b: UnsafeBufferPointer<UInt8>, from i: inout Int) -> OneLetterAttributes? {
        let n = b.count
        var found = OneLetterAttributes()
        while true {
            while i < n, XMLTag.isSpace(b[i]) { i += 1 }
            guard i < n else { return nil }
            let c = b[i]
            if c == UInt8(ascii: ">") {
                i += 1
                return found
            }
            if c == UInt8(ascii: "/") {
                guard i + 1 < n else { return nil }
                i += 2
                found.selfClosing = true
                return found
            }
            // The usual `r="…"`: one letter, `=`, a quote.
            let nameStart = i
            if i + 2 < n, b[i + 1] == UInt8(ascii: "=") {
                i += 1
            } else {
                while i < n, b[i] != UInt8(ascii: "="), !XMLTag.isSpace(b[i]), b[i] != UInt8(ascii: ">") { i += 1 }
            }
            let nameEnd = i
            while i < n, XMLTag.isSpace(b[i]) { i += 1 }
            guard i + 1 < n else { return nil }
            guard b[i] == UInt8(ascii: "=") else {
                i += 1
                continue
            }
            i += 1
            while i < n, XMLTag.isSpace(b[i]) { i += 1 }
            guard i < n else { return nil }
            let quote = b[i]
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
                i += 1
                continue
            }
            var close = i + 1
            while close < n, b[close] != quote { close += 1 }
            guard close < n else { return nil }
            if nameEnd - nameStart == 1 {
                switch b[nameStart] {
                case UInt8(ascii: "r"): found.r = (i + 1)..<close
                case UInt8(ascii: "t"): found.t = (i + 1)..<close
                case UInt8(ascii: "s"): found.s = (i + 1)..<close
                default: break
                }
            }
            i = close + 1
        }
    }

    private static func cellType(_ t: UnsafeBufferPointer<UInt8>) -> CellType {
        switch t.count {
        case 1:
            switch t[0] {
            case UInt8(ascii: "s"): return .shared
            case UInt8(ascii: "b"): return .boolean
            case UInt8(ascii: "e"): return .error
            case UInt8(ascii: "d"): return .isoDate
            default: return .number
            }
        case 3: return .formulaText
        case 9: return .inline
        default: return .number
        }
    }

    /// `AB12` → 27 (0-based column of the letters); nil without letters or past XFD.
    static func column(of reference: UnsafeBufferPointer<UInt8>) -> Int? {
        var column = 0
        var letters = 0
        for c in reference {
            let upper = c & ~0x20
            guard upper >= UInt8(ascii: "A"), upper <= UInt8(ascii: "Z") else { break }
            column = column * 26 + Int(upper - UInt8(ascii: "A")) + 1
            letters += 1
            if letters > 3 { return nil }
        }
        return letters == 0 ? nil : column - 1
    }

    static func integer(_ raw: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !raw.isEmpty, raw.count <= 12 else { return nil }
        var v = 0
        for d in raw {
            guard d >= 0x30, d <= 0x39 else { return nil }
            v = v * 10 + Int(d - 0x30)
        }
        return v
    }

    static func double(_ raw: UnsafeBufferPointer<UInt8>) -> Double? {
        Double(String(decoding: raw, as: UTF8.self).trimmingSpaces)
    }
}

extension String {
    fileprivate var trimmingSpaces: Substring {
        var s = self[...]
        while let c = s.first, c == " " || c == "\t" || c == "\n" || c == "\r" { s = s.dropFirst() }
        while let c = s.last, c == " " || c == "\t" || c == "\n" || c == "\r" { s = s.dropLast() }
        return s
    }
}
