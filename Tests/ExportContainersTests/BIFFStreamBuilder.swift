/// Writes BIFF8 `Workbook` streams record by record for the tests, well-formed or not.
struct BIFFStreamBuilder {
    private(set) var bytes: [UInt8] = []

    var offset: Int { bytes.count }

    mutating func record(_ id: UInt16, _ data: [UInt8]) {
        bytes += Self.u16(id) + Self.u16(UInt16(data.count)) + data
    }

    /// A BIFF8 BOF: `type` 0x0005 for the globals, 0x0010 for a worksheet, 0x0020 for a chart.
    mutating func bof(_ type: UInt16, version: UInt16 = 0x0600) {
        record(
            0x0809, Self.u16(version) + Self.u16(type) + Self.u16(0x0DBB) + Self.u16(0x07CC) + Self.u32(0) + Self.u32(6)
        )
    }

    mutating func eof() { record(0x000A, []) }

    /// A BOUNDSHEET with a zero BOF offset; returns where the offset is, for `patchU32`.
    mutating func boundSheet(_ name: String, hidden: Bool = false, kind: UInt8 = 0) -> Int {
        let at = offset + 4
        record(0x0085, Self.u32(0) + [hidden ? 1 : 0, kind] + Self.string(name, lengthBytes: 1))
        return at
    }

    mutating func patchU32(_ at: Int, _ value: UInt32) {
        bytes.replaceSubrange(at..<(at + 4), with: Self.u32(value))
    }

    // MARK: - Cells

    mutating func labelSST(_ row: Int, _ column: Int, _ index: UInt32, xf: UInt16 = 15) {
        record(0x00FD, Self.cell(row, column, xf) + Self.u32(index))
    }

    mutating func label(_ row: Int, _ column: Int, _ text: String) {
        record(0x0204, Self.cell(row, column, 15) + Self.string(text))
    }

    mutating func number(_ row: Int, _ column: Int, _ value: Double, xf: UInt16 = 15) {
        record(0x0203, Self.cell(row, column, xf) + Self.f64(value))
    }

    mutating func rk(_ row: Int, _ column: Int, _ raw: UInt32, xf: UInt16 = 15) {
        record(0x027E, Self.cell(row, column, xf) + Self.u32(raw))
    }

    mutating func blank(_ row: Int, _ column: Int) { record(0x0201, Self.cell(row, column, 15)) }

    mutating func mulBlank(_ row: Int, _ first: Int, count: Int) {
        var data = Self.u16(UInt16(row)) + Self.u16(UInt16(first))
        for _ in 0..<count { data += Self.u16(15) }
        record(0x00BE, data + Self.u16(UInt16(first + count - 1)))
    }

    mutating func mulRK(_ row: Int, _ first: Int, _ raws: [UInt32]) {
        var data = Self.u16(UInt16(row)) + Self.u16(UInt16(first))
        for raw in raws { data += Self.u16(15) + Self.u32(raw) }
        record(0x00BD, data + Self.u16(UInt16(first + raws.count - 1)))
    }

    mutating func boolErr(_ row: Int, _ column: Int, _ value: UInt8, isError: Bool) {
        record(0x0205, Self.cell(row, column, 15) + [value, isError ? 1 : 0])
    }

    /// A FORMULA with the 8 result bytes given (a double, or a FFFF-marked special result).
    mutating func formula(_ row: Int, _ column: Int, result: [UInt8], xf: UInt16 = 15) {
        // Flags, chain cache, then a one-token formula (tInt 1): the reader ignores them.
        record(
            0x0006, Self.cell(row, column, xf) + result + Self.u16(0) + Self.u32(0) + Self.u16(3) + [0x1E, 0x01, 0x00])
    }

    static func special(_ type: UInt8, _ value: UInt8 = 0) -> [UInt8] { [type, 0, value, 0, 0, 0, 0xFF, 0xFF] }

    // MARK: - Encoding

    static func cell(_ row: Int, _ column: Int, _ xf: UInt16) -> [UInt8] {
        u16(UInt16(row)) + u16(UInt16(column)) + u16(xf)
    }

    /// A BIFF8 unicode string: compressed when every character fits a byte, else UTF-16LE.
    static func string(_ text: String, lengthBytes: Int = 2) -> [UInt8] {
        let units = Array(text.utf16)
        let compressed = units.allSatisfy { $0 < 0x100 }
        var out = lengthBytes == 1 ? [UInt8(units.count)] : u16(UInt16(units.count))
        out.append(compressed ? 0 : 1)
        for u in units { out += compressed ? [UInt8(u)] : u16(u) }
        return out
    }

    static func utf16(_ units: [UInt16]) -> [UInt8] { units.flatMap(u16) }
    static func u16(_ v: UInt16) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8)] }
    static func u32(_ v: UInt32) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: v >> (8 * $0)) } }
    static func f64(_ v: Double) -> [UInt8] { (0..<8).map { UInt8(truncatingIfNeeded: v.bitPattern >> (8 * $0)) } }
}

extension BIFFStreamBuilder {
    /// A whole workbook: globals (XFs with the given format ids, FORMATs, an SST from raw
    /// records, extra records), then each sheet's records between its BOF and EOF.
    static func workbook(
        xfFormats: [UInt16] = [], formats: [(UInt16, String)] = [], sstRecords: [(UInt16, [UInt8])] = [],
        globals: (inout BIFFStreamBuilder) -> Void = { _ in },
        sheets: [(name: String, build: (inout BIFFStreamBuilder) -> Void)]
    ) -> [UInt8] {
        var b = BIFFStreamBuilder()
        b.bof(0x0005)
        globals(&b)
        for (id, code) in formats { b.record(0x041E, u16(id) + string(code)) }
        // 16 default XFs (format 0), then the cell XFs asked for from index 16 on.
        for _ in 0..<16 { b.record(0x00E0, u16(0) + u16(0) + [UInt8](repeating: 0, count: 16)) }
        for id in xfFormats { b.record(0x00E0, u16(0) + u16(id) + [UInt8](repeating: 0, count: 16)) }
        let slots = sheets.map { b.boundSheet($0.name) }
        for (id, data) in sstRecords { b.record(id, data) }
        b.eof()
        for (sheet, slot) in zip(sheets, slots) {
            b.patchU32(slot, UInt32(b.offset))
            b.bof(0x0010)
            sheet.build(&b)
            b.eof()
        }
        return b.bytes
    }

    /// One SST record holding `strings`, all in one record, counts as given.
    static func sst(_ strings: [String], total: UInt32? = nil, unique: UInt32? = nil) -> (UInt16, [UInt8]) {
        (
            0x00FC,
            u32(total ?? UInt32(strings.count)) + u32(unique ?? UInt32(strings.count)) + strings.flatMap { string($0) }
        )
    }
}
