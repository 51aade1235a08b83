/// A BIFF8 workbook (Excel 97–2003 `.xls`), read sheet by sheet into rows of text.
///
/// Opening reads the workbook globals: the sheet list (worksheets only; chart and macro sheets
/// are left out), the shared strings, the cell formats that show dates, and the 1900/1904 date
/// system. Rows are read on demand from the sheet's records (see `forEachRow`). The whole
/// `Workbook` stream is held in memory; every offset and length taken from it is checked, so a
/// hostile stream ends early instead of crashing or looping.
public struct BIFF8Workbook: WorkbookReader {
    public let sheets: [SheetInfo]
    /// True when the workbook counts dates from 1904-01-01 (DATEMODE), as old Mac files do.
    public let isDate1904: Bool

    /// The `Workbook` stream.
    let stream: [UInt8]
    /// Where each sheet's BOF record is in `stream`, as its BOUNDSHEET record says.
    let sheetOffsets: [Int]
    let sharedStrings: BIFF8SharedStrings
    let cellFormats: BIFF8CellFormats

    /// Reads the workbook in `compoundFile`'s `Workbook` stream.
    ///
    /// - Throws: `ContainerError.unsupported` for an Excel 95 (BIFF5) file, whose stream is
    ///   `Book`; `.encrypted` for a password-protected file (an encrypted xlsx, or a FILEPASS
    ///   record); `.corrupt` when there is no workbook; what `init(workbookStream:)` throws.
    public init(_ compoundFile: CompoundFile) throws {
        guard let stream = try compoundFile.stream(named: "Workbook") else {
            if compoundFile.isEncryptedPackage { throw ContainerError.encrypted }
            if compoundFile.streamNames.contains(where: { $0.uppercased() == "BOOK" }) { throw Self.biff5 }
            throw ContainerError.corrupt(.workbookStreamMissing)
        }
        try self.init(workbookStream: stream)
    }

    /// Reads the workbook globals of a `Workbook` stream.
    ///
    /// - Throws: `ContainerError.corrupt` when the stream does not start with a BOF record,
    ///   `.unsupported` when that BOF is an older BIFF's, `.encrypted` on a FILEPASS record.
    public init(workbookStream: [UInt8]) throws {
        stream = workbookStream
        var sheets: [SheetInfo] = []
        var sheetOffsets: [Int] = []
        var date1904 = false
        var sharedStrings = BIFF8SharedStrings()
        var xfFormatIDs: [UInt16] = []
        var formatCodes: [UInt16: String] = [:]
        try workbookStream.withUnsafeBufferPointer { s in
            guard s.count >= 8 else { throw ContainerError.corrupt(.bofMissing) }
            let firstID = s.u16(0)
            if BIFFRecordID.oldBOFs.contains(firstID) { throw ContainerError.unsupported(.biff2to4) }
            guard firstID == BIFFRecordID.bof else { throw ContainerError.corrupt(.bofMissing) }
            // BIFF5 (Excel 95) writes version 0x0500 in the BOF's first field, BIFF8 0x0600.
            if s.u16(4) == 0x0500 { throw Self.biff5 }
            var p = 4 + Int(s.u16(2))
            while p + 4 <= s.count {
                let id = s.u16(p)
                let length = Int(s.u16(p + 2))
                let data = (p + 4)..<(p + 4 + length)
                guard data.upperBound <= s.count else { break }
                p = data.upperBound
                switch id {
                case BIFFRecordID.eof:
                    return
                case BIFFRecordID.filePass:
                    throw ContainerError.encrypted
                case BIFFRecordID.boundSheet where length >= 8:
                    // 0 = worksheet (or dialog sheet); 1 macro sheet, 2 chart, 6 VBA module.
                    guard s[data.lowerBound + 5] == 0 else { continue }
                    var name: [UInt8] = []
                    var cursor = BIFFRecordCursor(
                        s, data: (data.lowerBound + 6)..<data.upperBound, followsContinues: false)
                    _ = cursor.appendUnicodeString(lengthBytes: 1, to: &name)
                    sheets.append(
                        SheetInfo(
                            name: String(decoding: name, as: UTF8.self), isHidden: s[data.lowerBound + 4] & 0x03 != 0))
                    sheetOffsets.append(Int(s.u32(data.lowerBound)))
                case BIFFRecordID.dateMode where length >= 2:
                    date1904 = s.u16(data.lowerBound) == 1
                case BIFFRecordID.sst:
                    sharedStrings = BIFF8SharedStrings(s, data: data)
                case BIFFRecordID.format where length >= 2:
                    var code: [UInt8] = []
                    var cursor = BIFFRecordCursor(
                        s, data: (data.lowerBound + 2)..<data.upperBound, followsContinues: false)
                    _ = cursor.appendUnicodeString(lengthBytes: 2, to: &code)
                    formatCodes[s.u16(data.lowerBound)] = String(decoding: code, as: UTF8.self)
                case BIFFRecordID.xf where length >= 4:
                    xfFormatIDs.append(s.u16(data.lowerBound + 2))
                default:
                    continue
                }
            }
        }
        self.sheets = sheets
        self.sheetOffsets = sheetOffsets
        isDate1904 = date1904
        self.sharedStrings = sharedStrings
        cellFormats = BIFF8CellFormats(xfFormatIDs: xfFormatIDs, formatCodes: formatCodes)
    }

    private static let biff5 = ContainerError.unsupported(.biff5)
}
