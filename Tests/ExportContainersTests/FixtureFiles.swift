import ExportContainers

/// Fixture files beside the tests, found through `#filePath` (not bundled as resources).
enum FixtureFiles {
    static let root: String = {
        let file = #filePath
        return String(file[..<file.lastIndex(of: "/")!]) + "/Fixtures"
    }()

    static func bytes(_ relative: String) throws -> [UInt8] {
        let path = root + "/" + relative
        guard let f = fopen(path, "rb") else { throw FixtureMissing(path: path) }
        defer { fclose(f) }
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = fread(&chunk, 1, chunk.count, f)
            if n <= 0 { break }
            out.append(contentsOf: chunk[0..<n])
        }
        return out
    }

    struct FixtureMissing: Error { let path: String }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Every row of every sheet as text, `(sheet name, row number, cells)`.
func allRows(_ workbook: some WorkbookReader) throws -> [(String, Int, [String])] {
    var rows: [(String, Int, [String])] = []
    for (i, sheet) in workbook.sheets.enumerated() {
        try workbook.forEachRow(inSheet: i, from: nil) { row in
            rows.append((sheet.name, row.number, row.strings))
            return true
        }
    }
    return rows
}
