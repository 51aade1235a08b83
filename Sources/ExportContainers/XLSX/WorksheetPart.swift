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
    func forEachRow(from position: Int?, to end: Int?, _ body: (SheetRow) throws -> Bool) throws {
        var builder = SheetRowBuilder()
        var lastNumber = 0
        let start = position ?? 0
        let stop = min(end ?? bytes.count, bytes.count)
        guard start < stop else { return }
        try XMLElementStream(bytes: bytes, range: start..<stop).forEach(element: "row", stopAt: "sheetData") { b, at, offset in
            guard let rowTag = XMLTag.read(b, at: at) else { return nil }
            let number = rowTag.integerAttribute("r") ?? lastNumber + 1
            if rowTag.isSelfClosing {
                lastNumber = number
                return rowTag.end
            }
            builder.reset()
            var i = rowTag.end
            while true {
                guard let lt = XMLElementStream.next(UInt8(ascii: "<"), in: b, from: i), let tag = XMLTag.read(b, at: lt) else { return nil }
                if tag.isEnd {
                    i = tag.end
                    guard tag.nameIs("row") else { continue }
                    lastNumber = number
                    // A row without any text (only styled blanks) is not handed on, like an absent one.
                    if builder.text.isEmpty { return i }
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
        var type = CellType.number
        if let t = tag.attribute("t") {
            switch t.count {
            case 1: type = t[0] == UInt8(ascii: "s") ? .shared : t[0] == UInt8(ascii: "b") ? .boolean : t[0] == UInt8(ascii: "e") ? .error
                : t[0] == UInt8(ascii: "d") ? .isoDate : .number
            case 3: type = .formulaText
            case 9: type = .inline
            default: type = .number
            }
        }
        builder.beginCell(column: column)
        if tag.isSelfClosing {
            builder.endCell()
            return tag.end
        }
        var i = tag.end
        var value: Range<Int>?
        while true {
            guard let lt = XMLElementStream.next(UInt8(ascii: "<"), in: b, from: i), let child = XMLTag.read(b, at: lt) else { return nil }
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
                guard let end = builder.appendText({ InlineText.append(b, from: i, closing: "is", to: &$0) }) else { return nil }
                i = end
            } else if child.nameIs("f") {
                // The formula itself is not the cell's value; its cached result is in <v>.
                guard let close = XMLElementStream.next(UInt8(ascii: "<"), in: b, from: i) else { return nil }
                i = close
            }
        }
        if let value {
            let raw = UnsafeBufferPointer(rebasing: b[value])
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
                let style = tag.integerAttribute("s") ?? 0
                let shows = style < styles.count ? styles[style] : .number
                if shows != .number, let serial = Self.double(raw),
                   builder.appendText({ CellValueText.appendDate(serial: serial, date1904: date1904, dateOnly: shows == .date, to: &$0) }) {
                    break
                }
                if raw.contains(where: { $0 == UInt8(ascii: "E") || $0 == UInt8(ascii: "e") }), let v = Self.double(raw) {
                    // POI writes large doubles as Java does (1.930679858170647E15): printed plainly when exact.
                    builder.appendText { CellValueText.appendNumber(v, to: &$0) }
                } else {
                    builder.append(raw)
                }
            }
        }
        builder.endCell()
        return i
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

private extension String {
    var trimmingSpaces: Substring {
        var s = self[...]
        while let c = s.first, c == " " || c == "\t" || c == "\n" || c == "\r" { s = s.dropFirst() }
        while let c = s.last, c == " " || c == "\t" || c == "\n" || c == "\r" { s = s.dropLast() }
        return s
    }
}
