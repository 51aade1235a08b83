/// A table saved as markup under a spreadsheet's name: an HTML page with `<table>`s, or
/// SpreadsheetML 2003 (`<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">`).
///
/// Some back offices "export to Excel" by sending an HTML table named `.xls`; Excel opens it with
/// a warning. Such files are small, so the rows are read once, at opening, and kept.
public struct MarkupWorkbook: WorkbookReader {
    public let sheets: [SheetInfo]
    private let rows: [[StoredRow]]

    private struct StoredRow: Sendable {
        var number: Int
        var position: Int
        var text: [UInt8]
        var ends: [Int]
    }

    /// Reads `utf8`, the file's text already converted to UTF-8.
    public init(utf8: [UInt8]) throws {
        var sheets: [SheetInfo] = []
        var rows: [[StoredRow]] = []
        try utf8.withUnsafeBufferPointer { b in
            let spreadsheetML = Self.isSpreadsheetML(b)
            var builder = SheetRowBuilder()
            var current: [StoredRow]?
            var rowNumber = 0
            var rowPosition = 0
            var inRow = false
            var cellOpen = false
            var inData = !spreadsheetML
            var column = 0
            var skipUntil: StaticString?
            var tableDepth = 0
            var dataType = "String"
            var i = 0
            func endCell() {
                if cellOpen { builder.endCell() }
                cellOpen = false
            }
            func endRow() {
                endCell()
                if inRow, builder.hasText {
                    current?.append(
                        builder.emit(number: rowNumber, position: rowPosition) {
                            StoredRow(
                                number: $0.number, position: $0.position, text: Array($0.text), ends: Array($0.ends))
                        })
                }
                builder.reset()
                inRow = false
            }
            func endSheet() {
                endRow()
                if let c = current { rows.append(c) }
                current = nil
            }
            while i < b.count {
                guard let lt = XMLElementStream.next(UInt8(ascii: "<"), in: b, from: i) else {
                    if cellOpen, inData {
                        builder.appendText { Self.appendText(UnsafeBufferPointer(rebasing: b[i...]), to: &$0) }
                    }
                    break
                }
                if cellOpen, inData, lt > i, skipUntil == nil {
                    builder.appendText { Self.appendText(UnsafeBufferPointer(rebasing: b[i..<lt]), to: &$0) }
                }
                guard let tag = XMLTag.read(b, at: lt) else { break }
                i = tag.end
                if tag.name.isEmpty {
                    if lt + 2 < b.count, b[lt + 1] == UInt8(ascii: "!"),
                        b[lt + 2] == UInt8(ascii: "D") || b[lt + 2] == UInt8(ascii: "d"), spreadsheetML
                    {
                        throw ContainerError.refused(.doctype)
                    }
                    continue
                }
                if let until = skipUntil {
                    if tag.isEnd, tag.nameIsIgnoringCase(until) { skipUntil = nil }
                    continue
                }
                if spreadsheetML {
                    if tag.nameIs("Worksheet") {
                        if tag.isEnd {
                            endSheet()
                            continue
                        }
                        endSheet()
                        sheets.append(SheetInfo(name: tag.attributeString("Name") ?? "Sheet\(sheets.count + 1)"))
                        current = []
                        rowNumber = 0
                    } else if tag.nameIs("Row"), current != nil {
                        if tag.isEnd {
                            endRow()
                            continue
                        }
                        endRow()
                        rowNumber = tag.integerAttribute("Index") ?? rowNumber + 1
                        rowPosition = lt
                        inRow = !tag.isSelfClosing
                        column = 0
                    } else if tag.nameIs("Cell"), inRow {
                        if tag.isEnd {
                            endCell()
                            continue
                        }
                        endCell()
                        if let index = tag.integerAttribute("Index"), index >= 1 { column = index - 1 }
                        builder.beginCell(column: column)
                        cellOpen = true
                        column += 1 + (tag.integerAttribute("MergeAcross") ?? 0)
                        if tag.isSelfClosing { endCell() }
                    } else if tag.nameIs("Visible"), current != nil, !tag.isEnd, !tag.isSelfClosing {
                        // <WorksheetOptions><Visible>SheetHidden</Visible>: a hidden or very hidden sheet.
                        if let close = XMLElementStream.next(UInt8(ascii: "<"), in: b, from: tag.end),
                            Self.isHiddenState(UnsafeBufferPointer(rebasing: b[tag.end..<close]))
                        {
                            sheets[sheets.count - 1].isHidden = true
                        }
                    } else if tag.nameIs("Data") {
                        inData = !tag.isEnd && !tag.isSelfClosing
                        if !tag.isEnd { dataType = tag.attributeString("Type") ?? "String" }
                        if tag.isEnd, cellOpen, dataType == "DateTime" {
                            // 2025-08-01T10:12:45.000: the form the importer reads, `2025-08-01 10:12:45`.
                            let written = builder.openCellText
                            builder.truncateCell(to: 0)
                            for c in written.prefix(19) { builder.append(c == UInt8(ascii: "T") ? 0x20 : c) }
                        }
                    }
                    continue
                }
                // HTML: tags are case-insensitive and cells and rows often left unclosed.
                if tag.nameIsIgnoringCase("script") || tag.nameIsIgnoringCase("style") {
                    if !tag.isEnd, !tag.isSelfClosing {
                        skipUntil = tag.nameIsIgnoringCase("script") ? "script" : "style"
                    }
                    continue
                }
                if tag.nameIsIgnoringCase("table") {
                    if tag.isEnd {
                        tableDepth = max(0, tableDepth - 1)
                        if tableDepth == 0 { endSheet() }
                    } else if !tag.isSelfClosing {
                        if tableDepth == 0 {
                            sheets.append(SheetInfo(name: "表格\(sheets.count + 1)"))
                            current = []
                            rowNumber = 0
                        }
                        tableDepth += 1
                    }
                } else if tag.nameIsIgnoringCase("tr"), current != nil {
                    endRow()
                    if !tag.isEnd {
                        rowNumber += 1
                        rowPosition = lt
                        inRow = true
                        column = 0
                    }
                } else if tag.nameIsIgnoringCase("td") || tag.nameIsIgnoringCase("th"), inRow {
                    endCell()
                    if !tag.isEnd {
                        builder.beginCell(column: column)
                        cellOpen = !tag.isSelfClosing
                        column += max(1, tag.integerAttribute("colspan") ?? 1)
                        if tag.isSelfClosing { builder.endCell() }
                    }
                } else if tag.nameIsIgnoringCase("br"), cellOpen {
                    builder.append(0x0A)
                }
            }
            endSheet()
        }
        self.sheets = sheets
        self.rows = rows
    }

    public func forEachRow(inSheet index: Int, from position: Int?, _ body: (SheetRow) throws -> Bool) throws {
        guard index >= 0, index < rows.count else { return }
        let list = rows[index]
        var k = 0
        if let position { k = list.firstIndex { $0.position >= position } ?? list.count }
        while k < list.count {
            let r = list[k]
            let goOn = try r.text.withUnsafeBufferPointer { t in
                try r.ends.withUnsafeBufferPointer { e in
                    try body(SheetRow(number: r.number, position: r.position, text: t, ends: e))
                }
            }
            if !goOn { return }
            k += 1
        }
    }

    public static func isSpreadsheetML(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let head = String(decoding: UnsafeBufferPointer(rebasing: b[0..<min(b.count, 4096)]), as: UTF8.self)
        return head.contains("urn:schemas-microsoft-com:office:spreadsheet") && head.contains("Workbook")
            && !head.lowercased().contains("<html")
    }

    /// True for the `<Visible>` values of a sheet Excel does not show: `SheetHidden` (unhidden
    /// from the menu) and `SheetVeryHidden` (only from VBA); `SheetVisible` is the default.
    private static func isHiddenState(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var t = text[...]
        while let c = t.first, XMLTag.isSpace(c) { t = t.dropFirst() }
        while let c = t.last, XMLTag.isSpace(c) { t = t.dropLast() }
        return t.elementsEqual("SheetHidden".utf8) || t.elementsEqual("SheetVeryHidden".utf8)
    }

    /// Text between tags: entities decoded (HTML's `&nbsp;` as a space).
    private static func appendText(_ raw: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        let start = out.count
        XMLText.append(raw, spreadsheetEscapes: false, to: &out)
        // &nbsp; is the one HTML entity exports use that XML does not define.
        let nbsp = Array("&nbsp;".utf8)
        if out[start...].contains(UInt8(ascii: "&")) {
            var fixed: [UInt8] = []
            var k = start
            while k < out.count {
                if out[k...].starts(with: nbsp) {
                    fixed.append(0x20)
                    k += nbsp.count
                    continue
                }
                fixed.append(out[k])
                k += 1
            }
            out.replaceSubrange(start..., with: fixed)
        }
    }

}
