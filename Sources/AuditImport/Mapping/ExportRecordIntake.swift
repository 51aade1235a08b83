import AuditRecords

/// Takes an export's records in order, whatever they were read from (a CSV file, a sheet of a
/// workbook): searches the first ones for the header row, then accounts for every row below it —
/// accepted, rejected with a reason, or skipped (blank, 合计/汇总 summary, repeated header).
///
/// A value kept in a local variable of the reading loop and changed in place: the header,
/// mapper and growing output are not copied for every row and (unlike properties of an object)
/// need no run-time exclusivity check per row.
struct ExportRecordIntake {
    /// Records searched for the header row.
    static var headerSearchLimit: Int { ExportImporter.headerSearchLimit }

    private let file: String
    let locationFile: String
    private let fileName: String
    private let dataSize: Int
    private var sink: RowSink?
    /// The header is known (kept apart from `sink`: comparing an optional that holds the growing
    /// export with nil, once per row, copied it).
    private var hasSink = false
    /// The header once found.
    private(set) var header: HeaderMatch?
    private var titleLines: [String] = []
    /// Bytes of the rows that were no valid text and were replaced (sheets), added to the export.
    var replacedBytes = 0
    /// Records seen so far, title lines and blank lines included.
    private(set) var recordsSeen = 0

    /// - Parameters:
    ///   - file: the export's name in the reports (relative to the store folder).
    ///   - locationFile: the name rows are located by (`file[sheet]` for a sheet); `file` when nil.
    ///   - known: the header, when another part of the same export found it already.
    ///   - dataSize: about how many bytes of rows follow (room for the orders is reserved from it).
    init(file: String, locationFile: String? = nil, fileName: String? = nil, known: KnownHeader? = nil, dataSize: Int) {
        self.file = file
        self.locationFile = locationFile ?? file
        self.fileName = fileName ?? String(file.split(separator: "/").last ?? Substring(file))
        self.dataSize = dataSize
        sink = known.map { RowSink(file: file, locationFile: locationFile ?? file, header: $0, dataSize: dataSize) }
        hasSink = known != nil
        header = known?.match
    }

    /// Takes one record. Returns false when reading can stop: no header in the first records.
    /// - Throws: `ImportError` when the header is a known export's but lacks a required column
    ///   or the export has no date to go by.
    mutating func take(_ record: CSVRecord, onHeader: (KnownHeader) -> Void = { _ in }) throws(ImportError) -> Bool {
        recordsSeen += 1
        if hasSink {
            sink!.take(record)
            return true
        }
        if recordsSeen > Self.headerSearchLimit { return false }
        if record.isBlank { return true }
        let names = (0..<record.count).map { i in record.withField(i) { CellText.headerName($0) } }
        if let m = try HeaderMatch.match(names, line: record.line, file: locationFile) {
            let fileDay =
                m.schema.kind == .productSnapshot
                ? SnapshotDate.day(fileName: fileName)
                : FileDate.singleDay(fileName: fileName, titleLines: titleLines, kind: m.schema.kind)
            if m.index(.date) == nil, m.schema.kind.needsDate, fileDay == nil {
                throw ImportError.undatedFile(file: locationFile, kind: m.schema.kind)
            }
            var found = KnownHeader(
                match: m, fileDay: fileDay,
                fileExportTime: m.schema.kind == .shopOverview ? OverviewDate.exportTime(fileName: fileName) : nil)
            if m.schema.kind == .customerService { found.filePeriodEnd = FileDate.periodEnd(fileName: fileName) }
            sink = RowSink(file: file, locationFile: locationFile, header: found, dataSize: dataSize)
            hasSink = true
            header = m
            onHeader(found)
        } else {
            titleLines.append(names.filter { !$0.isEmpty }.joined(separator: " "))
        }
        return true
    }

    /// The export read, moved out; nil when no header was found.
    mutating func finish() -> ImportedExport? {
        hasSink = false
        guard let finished = sink.take() else { return nil }
        var output = finished.output
        output.replacedBytes += replacedBytes
        return output
    }
}

/// The header row of a file and what follows from it, handed from the first part of a split
/// file to the second.
struct KnownHeader: Sendable {
    let match: HeaderMatch
    let fileDay: CalendarDay?
    /// The export time the file's name gives, for the kinds whose names carry one.
    var fileExportTime: LocalTime? = nil
    /// The last day of the period a customer-service export's name gives (`…_20250801_20250831_全部.xlsx`).
    var filePeriodEnd: CalendarDay? = nil
}

/// Where the rows below a recognised header go.
struct RowSink {
    let fileStart: RowLocation
    let header: HeaderMatch
    var mapper: any RowMapper
    var output: ImportedExport

    init(file: String, locationFile: String, header known: KnownHeader, dataSize: Int) {
        fileStart = RowLocation(file: locationFile, line: 0)
        header = known.match
        switch known.match.schema.kind {
        case .orders: mapper = OrderRowMapper()
        case .lineItems: mapper = LineItemRowMapper()
        case .traffic: mapper = TrafficRowMapper(fileDay: known.fileDay)
        case .ads: mapper = AdRowMapper(fileDay: known.fileDay)
        case .refunds: mapper = RefundRowMapper()
        case .shopOverview: mapper = ShopOverviewRowMapper(fileExportTime: known.fileExportTime)
        case .refundRequests: mapper = RefundRequestRowMapper()
        case .customerService: mapper = CustomerServiceRowMapper(filePeriodEnd: known.filePeriodEnd)
        case .activityItems: mapper = ActivityItemRowMapper()
        case .itemDays: mapper = ItemDayRowMapper()
        case .productSnapshot: mapper = ProductSnapshotRowMapper(fileDay: known.fileDay)
        }
        output = ImportedExport(
            file: file, kind: known.match.schema.kind, platform: known.match.platform,
            encoding: .utf8, headerLine: known.match.line)
        output.headerNames = known.match.headerNames
        // Room for the rows at once (at most one per 128 bytes; pages never written are never
        // touched), instead of copying a growing list again and again.
        if known.match.schema.kind == .orders { output.orderChunks = OrderRecordChunks(expected: dataSize / 128 + 16) }
    }

    mutating func take(_ record: CSVRecord) {
        var location = fileStart
        location.line = record.line
        Self.classify(record, header: header, mapper: &mapper, location: location, into: &output)
    }

    /// 合计, 总计, 汇总 (UTF-8), compared as bytes: this runs on every row.
    private static let summaryLabels: [[UInt8]] = ["合计", "总计", "汇总"].map { Array($0.utf8) }

    static func isSummaryLabel(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
        cell.count == 6 && summaryLabels.contains { $0.elementsEqual(cell) }
    }

    private static func classify(
        _ record: CSVRecord, header: HeaderMatch, mapper: inout any RowMapper,
        location: RowLocation, into output: inout ImportedExport
    ) {
        func reject(_ column: RejectedColumn?, _ reason: RejectReason) {
            output.counts.rejected += 1
            output.rejects.append(
                RejectedRow(
                    location: location, column: column, reason: reason, fields: record.strings,
                    personalFields: header.personalColumns,
                    // A sheet's cells carry their columns: only a row of text can be shifted.
                    headerWidth: record.isSheetRow ? nil : header.headerNames.count))
        }
        if let defect = record.defect {
            switch defect {
            case .tooLong(let limit): return reject(nil, .tooLong(limitBytes: limit))
            case .unterminatedQuote: return reject(nil, .unterminatedQuote)
            }
        }
        if record.isBlank {
            output.counts.skippedBlank += 1
            return
        }
        if record.withField(0, { isSummaryLabel(CellText.trimmed($0)) }) {
            output.counts.skippedSummary += 1
            return
        }
        if NoteRow.isNote(record, header: header) {
            output.counts.skippedSummary += 1
            return
        }
        let width = header.headerNames.count
        if record.count != width {
            let extraIsEmpty =
                record.count > width
                && (width..<record.count).allSatisfy { i in record.withField(i) { CellText.isBlank($0) } }
            // A sheet leaves trailing empty cells out: a short row is a row with empty last cells.
            if !extraIsEmpty && !(record.isSheetRow && record.count < width) {
                return reject(nil, .fieldCount(found: record.count, header: width, lines: record.lineCount))
            }
        }
        if record.count >= width,
            record.withField(
                0, { $0.elementsEqual(header.firstName) || CellText.trimmed($0).elementsEqual(header.firstName) }),
            (0..<width).allSatisfy({ i in record.withField(i) { CellText.headerName($0) } == header.headerNames[i] })
        {
            output.counts.skippedRepeatedHeader += 1
            return
        }
        do {
            switch try mapper.map(FieldReader(record: record, header: header), location: location, into: &output) {
            case .accepted: output.counts.accepted += 1
            case .summary: output.counts.skippedSummary += 1
            case .breakdown: output.counts.skippedBreakdown += 1
            }
        } catch {
            reject(error.column, error.reason)
        }
    }
}
