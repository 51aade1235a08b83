import ExportContainers
import Foundation

/// Reads the exports in a workbook: every sheet whose header is recognised, sheets with the same
/// header joined into one export (a month over 1,048,576 rows spans sheets), each row accounted
/// for as in a CSV.
///
/// One exception: of 生意参谋 店铺来源's two traffic sheets, `全店流量来源` and `分载体流量来源`,
/// only the first counts — the second breaks the same visitors down by carrier and would count
/// them twice. Its rows are listed as breakdown rows.
///
/// A hidden or very hidden sheet is never read as data: platforms do not hide sheets, so one is
/// someone's edit, and 60 orders in a hidden sheet would otherwise meet a target the visible
/// ones miss. Each hidden sheet with text is listed as not read, with what it holds.
enum WorkbookImporter {
    /// A sheet at least this big (an xlsx stored in place) is read in two halves at once.
    static let splitThreshold = ExportImporter.splitThreshold

    /// - Parameters:
    ///   - file: the workbook's name in the reports.
    ///   - container: `xlsx`, `xls`, `html` or `xml`, shown where a CSV shows its encoding.
    ///   - fileSize: the workbook file's size, counted as the first export's input bytes.
    static func read(
        _ workbook: any WorkbookReader, file: String, container: String, fileSize: Int = 0,
        splitThreshold: Int = splitThreshold
    ) -> FileImportResult {
        let clock = ContinuousClock()
        var result = FileImportResult()
        var perSheet: [(sheet: Int, export: ImportedExport, header: HeaderMatch)] = []
        var unrecognised: [String] = []
        var hidden: [IgnoredFile] = []
        let fileName = String(file.split(separator: "/").last ?? Substring(file))
        for (index, info) in workbook.sheets.enumerated() {
            let started = clock.now
            let locationFile = "\(file)[\(info.name)]"
            if info.isHidden {
                if let skipped = hiddenSheet(workbook, index: index, file: file, fileName: fileName) {
                    hidden.append(skipped)
                }
                continue
            }
            do throws(ImportError) {
                guard
                    let (export, header) = try readSheet(
                        workbook, index: index, file: file, locationFile: locationFile,
                        fileName: fileName, splitThreshold: splitThreshold)
                else {
                    if try sheetHasText(workbook, index) { unrecognised.append(info.name) }
                    continue
                }
                var e = export
                e.sheets = [info.name]
                e.container = container
                e.importTime = clock.now - started
                perSheet.append((index, e, header))
            } catch {
                result.ignored.append(.unusable(locationFile, error))
            }
        }
        // Sheets with the same header are one export; the first traffic sheet is the only traffic one.
        var joined: [(export: ImportedExport, header: HeaderMatch)] = []
        for (_, export, header) in perSheet.sorted(by: {
            (Self.trafficRank($0.export), $0.sheet) < (Self.trafficRank($1.export), $1.sheet)
        }) {
            if export.kind == .traffic, let first = joined.firstIndex(where: { $0.export.kind == .traffic }) {
                var counted = export.counts
                counted.skippedBreakdown += counted.accepted + counted.rejected
                counted.accepted = 0
                counted.rejected = 0
                joined[first].export.counts = joined[first].export.counts + counted
                joined[first].export.notes.append(
                    .breakdownSheet(
                        sheet: export.sheets.joined(), of: joined[first].export.sheets[0], rows: counted.read))
                continue
            }
            if let same = joined.firstIndex(where: {
                $0.export.kind == export.kind && $0.export.headerNames == export.headerNames
            }) {
                joined[same].export.absorb(export)
                continue
            }
            joined.append((export, header))
        }
        joined.sort { perSheetOrder($0.export, perSheet) < perSheetOrder($1.export, perSheet) }
        for (k, var item) in joined.enumerated() {
            // A second, different export in the same workbook is named by its sheet.
            if k > 0 { item.export.file = "\(file)[\(item.export.sheets[0])]" } else { item.export.bytes = fileSize }
            if item.export.kind == .orders {
                item.export.orderDetails = WorkbookRowReader(workbook: workbook, header: item.header)
            }
            if !unrecognised.isEmpty, k == 0 {
                item.export.notes.append(.sheetsNotRecognised(unrecognised))
            }
            ExportImporter.addNotes(to: &item.export)
            result.exports.append(item.export)
        }
        // Hidden sheets say why nothing was read when they are all there is.
        if joined.isEmpty, result.ignored.isEmpty, hidden.isEmpty || !unrecognised.isEmpty {
            let empty: IgnoredFile.NoHeader = container == "html" ? .noTable : .noSheet
            result.ignored.append(
                .noHeader(
                    file: file, workbook.sheets.isEmpty ? empty : .sheets(rows: ExportImporter.headerSearchLimit)))
        }
        result.ignored += hidden
        return result
    }

    /// A hidden sheet as a sheet not read (`file.xlsx[补单]`), saying what it holds: its rows
    /// go through the header search and the row checks only to be counted for the merchant
    /// (`订单报表，60 行`), never into the audit. Nil for a sheet without text.
    private static func hiddenSheet(_ workbook: any WorkbookReader, index: Int, file: String, fileName: String)
        -> IgnoredFile?
    {
        let locationFile = "\(file)[\(workbook.sheets[index].name)]"
        var intake = ExportRecordIntake(
            file: file, locationFile: locationFile, fileName: fileName, dataSize: sheetSize(workbook, index))
        if (try? readRows(workbook, index: index, range: nil, into: &intake)) != nil, let export = intake.finish() {
            return IgnoredFile(
                file: locationFile, reason: .hiddenSheet(kind: export.kind, rows: export.counts.read), kind: export.kind
            )
        }
        guard (try? sheetHasText(workbook, index)) == true else { return nil }
        return IgnoredFile(file: locationFile, reason: .hiddenSheet(kind: nil, rows: 0))
    }

    /// Where an export's first sheet is in the workbook (joined exports keep their first sheet's place).
    private static func perSheetOrder(
        _ e: ImportedExport, _ all: [(sheet: Int, export: ImportedExport, header: HeaderMatch)]
    ) -> Int {
        all.first { $0.export.sheets.first == e.sheets.first }?.sheet ?? .max
    }

    /// Puts the whole-store traffic sheet (全店…) before any other traffic sheet; all else keeps its order.
    private static func trafficRank(_ e: ImportedExport) -> Int {
        e.kind == .traffic && !(e.sheets.first ?? "").contains("全店") ? 1 : 0
    }

    /// True when the sheet has a cell with text in its first rows (an empty Sheet2 is not worth a note).
    private static func sheetHasText(_ workbook: any WorkbookReader, _ index: Int) throws(ImportError) -> Bool {
        var found = false
        do {
            try workbook.forEachRow(inSheet: index, from: nil) { row in
                found = (0..<row.count).contains { i in row.withCell(i) { !CellText.isBlank($0) } }
                return !found
            }
        } catch {
            return false
        }
        return found
    }

    /// One sheet's rows through the header search and the row checks: in two halves at once when
    /// it is a big xlsx sheet. Nil when no header is recognised.
    private static func readSheet(
        _ workbook: any WorkbookReader, index: Int, file: String, locationFile: String, fileName: String,
        splitThreshold: Int
    ) throws(ImportError) -> (ImportedExport, HeaderMatch)? {
        if let xlsx = workbook as? XLSXWorkbook, xlsx.partSize(ofSheet: index) >= splitThreshold,
            let cut = try? xlsx.rowStart(inSheet: index, atOrAfter: xlsx.partSize(ofSheet: index) / 1000 * 495)
        {
            return try readSheetInHalves(
                xlsx, index: index, cut: cut, file: file, locationFile: locationFile, fileName: fileName)
        }
        var intake = ExportRecordIntake(
            file: file, locationFile: locationFile, fileName: fileName, dataSize: sheetSize(workbook, index))
        try readRows(workbook, index: index, range: nil, into: &intake)
        guard let header = intake.header, let export = intake.finish() else { return nil }
        return (export, header)
    }

    private static func sheetSize(_ workbook: any WorkbookReader, _ index: Int) -> Int {
        (workbook as? XLSXWorkbook)?.partSize(ofSheet: index) ?? 0
    }

    /// Feeds rows of sheet `index` (from the start, or within `range`) to `intake`.
    private static func readRows(
        _ workbook: any WorkbookReader, index: Int, range: Range<Int>?, into intake: inout ExportRecordIntake,
        onHeader: (KnownHeader) -> Void = { _ in }
    ) throws(ImportError) {
        var converter = SheetRecords()
        defer { converter.deallocate() }
        var failure: ImportError?
        let body: (SheetRow) -> Bool = { row in
            converter.withRecord(row, sheet: index) { record in
                do throws(ImportError) {
                    return try intake.take(record, onHeader: onHeader)
                } catch {
                    failure = error
                    return false
                }
            }
        }
        do {
            if let range, let xlsx = workbook as? XLSXWorkbook {
                try xlsx.forEachRow(inSheet: index, from: range.lowerBound, to: range.upperBound, body)
            } else {
                try workbook.forEachRow(inSheet: index, from: nil, body)
            }
        } catch let error as ContainerError {
            throw ImportError.container(file: intake.locationFile, error)
        } catch {
            throw ImportError.unreadable(file: intake.locationFile, cause: error)
        }
        if let failure { throw failure }
        intake.replacedBytes += converter.replacedBytes
    }

    /// A big sheet read on two cores: the first half finds the header and hands it over; the
    /// second half's rows carry their own numbers and positions (the cut is at a row with `r`).
    private static func readSheetInHalves(
        _ xlsx: XLSXWorkbook, index: Int, cut: Int, file: String, locationFile: String,
        fileName: String
    ) throws(ImportError) -> (ImportedExport, HeaderMatch)? {
        let size = xlsx.partSize(ofSheet: index)
        var intake = ExportRecordIntake(file: file, locationFile: locationFile, fileName: fileName, dataSize: cut)
        let halves = try HalvesImport.read(
            first: { publish throws(ImportError) in
                try readRows(xlsx, index: index, range: 0..<cut, into: &intake, onHeader: publish)
                return intake.header == nil ? nil : intake.finish()
            },
            second: { known throws(ImportError) in
                var intake = ExportRecordIntake(
                    file: file, locationFile: locationFile, fileName: fileName, known: known, dataSize: size - cut)
                try readRows(xlsx, index: index, range: cut..<size, into: &intake)
                return intake.finish()
            })
        guard let header = intake.header, var output = halves.first else { return nil }
        if let part = halves.second {
            // Rows carry their own numbers and positions in the sheet: nothing to shift.
            output.absorb(part)
            output.parts = 2
        }
        return (output, header)
    }
}

/// What became of one file of the exports folder (or an entry inside an archive): the exports
/// read from it, and what could not be read, with the reason.
public struct FileImportResult: Sendable {
    public var exports: [ImportedExport] = []
    public var ignored: [IgnoredFile] = []

    public init() {}

    mutating func append(_ other: FileImportResult) {
        exports += other.exports
        ignored += other.ignored
    }
}
