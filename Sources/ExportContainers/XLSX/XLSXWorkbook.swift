/// An xlsx package opened from its zip: the sheets the workbook lists, found through its
/// relationships (never a hard-coded `sheet1.xml`), with the shared strings, the cell styles that
/// make numbers dates, and the 1900 or 1904 date system.
///
/// Worksheets stored without compression (千牛's export) are read in place; deflated ones are
/// inflated once, to memory or a spill file, so that rows can be read again later by position.
public final class XLSXWorkbook: WorkbookReader {
    public let sheets: [SheetInfo]
    let parts: [WorksheetPart]

    /// True when the archive holds a workbook (an xlsx), not other exports or another Office document.
    public static func isWorkbook(_ archive: ZipArchive) -> Bool {
        archive.entry(named: "[Content_Types].xml") != nil
            && archive.entries.contains { $0.name.lowercased().hasSuffix("workbook.xml") }
            || archive.entry(named: "xl/workbook.xml") != nil
    }

    public init(archive: ZipArchive, budget: inout InflateBudget, spillDirectory: String?) throws {
        let workbookPath = try Self.workbookPath(archive, &budget)
        guard let workbookEntry = archive.entry(named: workbookPath) else {
            throw ContainerError.corrupt(.workbookPartMissing(path: workbookPath))
        }
        let folder = workbookPath.split(separator: "/").dropLast().joined(separator: "/")
        let relsPath =
            (folder.isEmpty ? "" : folder + "/") + "_rels/"
            + (workbookPath.split(separator: "/").last.map(String.init) ?? "workbook.xml") + ".rels"
        var relationships: [String: (type: String, target: String)] = [:]
        if let relsEntry = archive.entry(named: relsPath) {
            try Self.forEachTag(in: archive.data(of: relsEntry, budget: &budget)) { tag in
                guard !tag.isEnd, tag.nameIs("Relationship"), let id = tag.attributeString("Id"),
                    let target = tag.attributeString("Target")
                else { return }
                if tag.attributeString("TargetMode") == "External" { return }
                relationships[id] = (tag.attributeString("Type") ?? "", Self.resolve(target, from: folder))
            }
        }
        // The workbook: its sheets in tab order, and the date system.
        var listed: [(info: SheetInfo, relationship: String?)] = []
        var date1904 = false
        try Self.forEachTag(in: archive.data(of: workbookEntry, budget: &budget)) { tag in
            guard !tag.isEnd else { return }
            if tag.nameIs("workbookPr"), let v = tag.attributeString("date1904") {
                date1904 = v == "1" || v.lowercased() == "true"
            }
            if tag.nameIs("sheet") {
                let state = tag.attributeString("state") ?? "visible"
                listed.append(
                    (
                        SheetInfo(
                            name: tag.attributeString("name") ?? "Sheet\(listed.count + 1)",
                            isHidden: state != "visible"),
                        tag.attributeString("id")
                    ))
            }
        }
        func part(ofType suffix: String, fallback: String) -> ZipEntry? {
            if let target = relationships.values.first(where: { $0.type.hasSuffix(suffix) })?.target {
                return archive.entry(named: target)
            }
            return archive.entry(named: (folder.isEmpty ? "" : folder + "/") + fallback)
        }
        let shared =
            try part(ofType: "/sharedStrings", fallback: "sharedStrings.xml").map {
                try SharedStrings(part: archive.contents(of: $0, budget: &budget, spillDirectory: spillDirectory))
            } ?? SharedStrings()
        let styles =
            try part(ofType: "/styles", fallback: "styles.xml").map {
                try Self.cellStyles(archive.data(of: $0, budget: &budget))
            } ?? []

        var sheets: [SheetInfo] = []
        var parts: [WorksheetPart] = []
        for (info, relationship) in listed {
            let target: String
            if let relationship, let rel = relationships[relationship] {
                // Chart sheets and dialog sheets hold no cells.
                guard rel.type.isEmpty || rel.type.hasSuffix("/worksheet") else { continue }
                target = rel.target
            } else {
                throw ContainerError.corrupt(.sheetWithoutPart(sheet: info.name, relationship: relationship))
            }
            guard let entry = archive.entry(named: target) else {
                throw ContainerError.corrupt(.sheetPartMissing(sheet: info.name, part: target))
            }
            let bytes = try archive.contents(of: entry, budget: &budget, spillDirectory: spillDirectory)
            sheets.append(info)
            parts.append(WorksheetPart(bytes: bytes, sharedStrings: shared, styles: styles, date1904: date1904))
        }
        self.sheets = sheets
        self.parts = parts
    }

    public func forEachRow(inSheet index: Int, from position: Int?, _ body: (SheetRow) throws -> Bool) throws {
        try parts[index].forEachRow(from: position, to: nil, body)
    }

    /// Rows from `position` up to (not including) a row starting at `end`: one half of a sheet
    /// read on two cores.
    public func forEachRow(inSheet index: Int, from position: Int, to end: Int, _ body: (SheetRow) throws -> Bool)
        throws
    {
        try parts[index].forEachRow(from: position, to: end, body)
    }

    /// The size of sheet `index`'s XML.
    public func partSize(ofSheet index: Int) -> Int { parts[index].bytes.count }

    /// A place to cut sheet `index` in two: the start of a row with an `r` reference at or after
    /// `offset` (so the second half knows its row numbers), within 1 MiB; nil if there is none.
    public func rowStart(inSheet index: Int, atOrAfter offset: Int) throws -> Int? {
        let bytes = parts[index].bytes
        let window = try bytes.bytes(at: offset, count: 1 << 20)
        return window.withUnsafeBufferPointer { b -> Int? in
            var i = 0
            while let lt = XMLElementStream.next(UInt8(ascii: "<"), in: b, from: i) {
                guard let tag = XMLTag.read(b, at: lt) else { return nil }
                if !tag.isEnd, tag.nameIs("row") {
                    return tag.integerAttribute("r") == nil ? nil : offset + lt
                }
                if tag.isEnd, tag.nameIs("sheetData") { return nil }
                i = tag.end
            }
            return nil
        }
    }

    /// Where the workbook part is: `_rels/.rels` says (an officeDocument relationship), usually `xl/workbook.xml`.
    private static func workbookPath(_ archive: ZipArchive, _ budget: inout InflateBudget) throws -> String {
        if let rels = archive.entry(named: "_rels/.rels") {
            var found: String?
            try forEachTag(in: archive.data(of: rels, budget: &budget)) { tag in
                guard found == nil, !tag.isEnd, tag.nameIs("Relationship"), let type = tag.attributeString("Type"),
                    type.hasSuffix("/officeDocument"), let target = tag.attributeString("Target")
                else { return }
                found = resolve(target, from: "")
            }
            if let found, archive.entry(named: found) != nil { return found }
        }
        return "xl/workbook.xml"
    }

    /// A relationship target made a part name: relative to `folder` unless it starts with `/`; `..` resolved.
    static func resolve(_ target: String, from folder: String) -> String {
        var segments: [Substring] = target.hasPrefix("/") ? [] : folder.split(separator: "/")
        for s in target.split(separator: "/") {
            if s == "." || s.isEmpty { continue }
            if s == ".." {
                if !segments.isEmpty { segments.removeLast() }
                continue
            }
            segments.append(s)
        }
        return segments.joined(separator: "/")
    }

    /// What each entry of `cellXfs` shows of a number: built-in format ids and the file's own `numFmt` codes.
    static func cellStyles(_ data: [UInt8]) throws -> [DateFormatRule.Shows] {
        var custom: [Int: DateFormatRule.Shows] = [:]
        var result: [DateFormatRule.Shows] = []
        var inCellXfs = false
        try forEachTag(in: data) { tag in
            if tag.nameIs("cellXfs") {
                inCellXfs = !tag.isEnd && !tag.isSelfClosing
                return
            }
            guard !tag.isEnd else { return }
            if tag.nameIs("numFmt"), let id = tag.integerAttribute("numFmtId") {
                custom[id] = DateFormatRule.code(tag.attributeString("formatCode") ?? "")
            } else if inCellXfs, tag.nameIs("xf") {
                let id = tag.integerAttribute("numFmtId") ?? 0
                result.append(custom[id] ?? DateFormatRule.builtIn(id))
            }
        }
        return result
    }

    /// Every tag of a small part, refusing a DOCTYPE.
    static func forEachTag(in data: [UInt8], _ body: (XMLTag) throws -> Void) throws {
        try data.withUnsafeBufferPointer { b in
            try XMLTag.forEach(in: b) { tag, _ in
                if tag.name.isEmpty, tag.start + 2 < b.count, b[tag.start + 1] == UInt8(ascii: "!"),
                    b[tag.start + 2] == UInt8(ascii: "D") || b[tag.start + 2] == UInt8(ascii: "d")
                {
                    throw ContainerError.refused(.doctype)
                }
                try body(tag)
            }
        }
    }
}
