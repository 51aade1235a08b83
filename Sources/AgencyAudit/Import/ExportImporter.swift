/// Reads one export file into typed records, accounting for every row.
///
/// Finds the header row below any title lines, recognises the kind of export and its platform
/// from the header, then maps each data row: accepted, rejected with a reason, or skipped
/// (blank, 合计/汇总 summary, repeated header). Streams: the file is never held whole in memory.
public enum ExportImporter {
    /// Header rows are searched for in this many leading records.
    public static let headerSearchLimit = 30

    /// Reads `source`; `file` is the path shown in messages (relative to the store folder).
    ///
    /// - Returns: nil when the file is not an export the audit knows (no header row recognised).
    /// - Throws: `ImportError` when the file is recognised but cannot be read as a whole.
    /// - Parameter chunkSize: bytes read at a time (1 MiB for files: small enough that checking and
    ///   splitting a chunk find it still in cache; small for tests and fuzzing).
    public static func read<S: SplittableByteSource>(_ source: S, file: String, chunkSize: Int = 1 << 20) throws(ImportError) -> ImportedExport? {
        let clock = ContinuousClock()
        let started = clock.now
        guard var output = try readPart(source, file: file, chunkSize: chunkSize) else { return nil }
        output.importTime = clock.now - started
        addNotes(to: &output)
        return output
    }

    /// The header row of a file and what follows from it, handed from the first part of a split
    /// file to the second.
    struct KnownHeader: Sendable {
        let match: HeaderMatch
        let fileDay: CalendarDay?
    }

    /// Reads `source`, a whole file or a part of one. A part after the first is given the file's
    /// encoding, the line number it starts on and the header; the first part reports the header
    /// through `onHeader` as soon as it is found.
    static func readPart<S: SplittableByteSource>(_ source: S, file: String, chunkSize: Int, encoding: TextEncoding? = nil, firstLine: Int = 1,
                                        known: KnownHeader? = nil, onHeader: (KnownHeader) -> Void = { _ in },
                                        end: PartEnd? = nil) throws(ImportError) -> ImportedExport? {
        let size = source.sizeHint ?? 0
        let opener = ExportOpener(source)
        var reader = CSVReader(source: source, chunkSize: chunkSize, encoding: encoding, firstLine: firstLine)
        var sink = known.map { RowSink(file: file, header: $0, dataSize: size) }
        var titleLines: [String] = []
        var recordsSeen = 0
        var nextLine = firstLine, lastRecordBroken = false
        let fileName = String(file.split(separator: "/").last ?? Substring(file))

        do {
            try reader.forEachRecord { record in
                recordsSeen += 1
                nextLine = record.line + record.lineCount
                lastRecordBroken = record.defect != nil
                if sink != nil { return sink!.take(record) }
                if recordsSeen > headerSearchLimit { throw StopReading() }
                if record.isBlank { return }
                let names = (0..<record.count).map { i in record.withField(i) { CellText.headerName($0) } }
                if let m = try HeaderMatch.match(names, line: record.line, file: file) {
                    let fileDay = FileDate.singleDay(fileName: fileName, titleLines: titleLines, kind: m.schema.kind)
                    if m.index(.date) == nil, m.schema.kind != .orders, fileDay == nil {
                        throw ImportError.undatedFile(file: file, kind: m.schema.kind)
                    }
                    let found = KnownHeader(match: m, fileDay: fileDay)
                    sink = RowSink(file: file, header: found, dataSize: size)
                    onHeader(found)
                } else {
                    titleLines.append(names.filter { !$0.isEmpty }.joined(separator: " "))
                }
            }
        } catch let error as ImportError {
            throw .inFile(file, error)
        } catch is StopReading {
            // Fall through: no header in the first lines.
        } catch {
            throw .unreadable(file: file, reason: "\(error)")
        }
        end?.nextLine = nextLine
        end?.lastRecordBroken = lastRecordBroken
        end?.textLength = reader.decodedLength
        guard let finished = sink else {
            if recordsSeen == 0 { throw .emptyFile(file: file) }
            return nil
        }
        sink = nil
        var output = finished.output
        output.encoding = reader.encoding
        output.bytes = reader.bytesRead
        output.readAndDecodeTime = reader.readAndDecodeTime
        output.replacedBytes = reader.replacedByteCount
        if output.kind == .orders {
            output.orderDetails = ExportRowReader(header: finished.header, encoding: reader.encoding, textStart: reader.bomLength,
                                                  checkpoints: reader.checkpoints, opener: opener)
        }
        return output
    }

    /// How a part of a file ended: the line after its last record, and whether that record was cut.
    final class PartEnd {
        var nextLine = 1
        var lastRecordBroken = false
        /// Length of the part's decoded text: where the next part's text positions start.
        var textLength = 0
    }

    /// Where the rows below a recognised header go. A value in a local variable of the reading
    /// loop, changed in place: the header, mapper and growing output are not copied for every row,
    /// and (unlike properties of an object) need no run-time exclusivity check per row.
    private struct RowSink {
        let fileStart: RowLocation
        let header: HeaderMatch
        var mapper: any RowMapper
        var output: ImportedExport

        init(file: String, header known: KnownHeader, dataSize: Int) {
            fileStart = RowLocation(file: file, line: 0)
            header = known.match
            switch known.match.schema.kind {
            case .orders: mapper = OrderRowMapper()
            case .traffic: mapper = TrafficRowMapper(fileDay: known.fileDay)
            case .ads: mapper = AdRowMapper(fileDay: known.fileDay)
            }
            output = ImportedExport(file: file, kind: known.match.schema.kind, platform: known.match.platform,
                                    encoding: .utf8, headerLine: known.match.line)
            // Room for the rows at once (at most one per 128 bytes; pages never written are never
            // touched), instead of copying a growing list again and again.
            if known.match.schema.kind == .orders { output.orderChunks = OrderRecordChunks(expected: dataSize / 128 + 16) }
        }

        mutating func take(_ record: CSVRecord) {
            classify(record, header: header, mapper: &mapper, fileStart: fileStart, into: &output)
        }
    }

    /// Notes about the file as a whole, added once all of it is read.
    static func addNotes(to output: inout ImportedExport) {
        if output.replacedBytes > 0 {
            output.notes.append(output.encoding == .utf8 || output.encoding == .utf8BOM
                ? "有 \(output.replacedBytes) 个字节不是有效的 UTF-8（文件混用了编码），这些字段已按 GBK 解读，无法解读的字符替换为 �"
                : "有 \(output.replacedBytes) 个字节不是有效的 \(output.encoding.rawValue) 字符，已替换为 �（文件可能混用了编码）")
        }
        if output.counts.read == 0 { output.notes.append("只有表头，没有数据行") }
    }

    private struct StopReading: Error {}

    /// 合计, 总计, 汇总 (UTF-8), compared as bytes: this runs on every row.
    private static let summaryLabels: [[UInt8]] = ["合计", "总计", "汇总"].map { Array($0.utf8) }

    static func isSummaryLabel(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
        cell.count == 6 && summaryLabels.contains { $0.elementsEqual(cell) }
    }

    /// - Parameter fileStart: a location in the file (its line is replaced by the record's).
    private static func classify(_ record: CSVRecord, header: HeaderMatch, mapper: inout any RowMapper,
                                 fileStart: RowLocation, into output: inout ImportedExport) {
        var location = fileStart
        location.line = record.line
        func reject(_ column: String?, _ reason: String) {
            output.counts.rejected += 1
            output.rejects.append(RejectedRow(location: location, column: column, reason: reason, fields: record.strings,
                                              personalFields: header.personalColumns))
        }
        if let defect = record.defect { return reject(nil, defect) }
        if record.isBlank { output.counts.skippedBlank += 1; return }
        if record.withField(0, { isSummaryLabel(CellText.trimmed($0)) }) { output.counts.skippedSummary += 1; return }
        let width = header.headerNames.count
        if record.count != width {
            let extraIsEmpty = record.count > width && (width..<record.count).allSatisfy { i in record.withField(i) { CellText.isBlank($0) } }
            if !extraIsEmpty {
                if record.lineCount > 1 {
                    return reject(nil, "本行有 \(record.count) 列，表头有 \(width) 列；它跨了 \(record.lineCount) 行，可能是引号没有闭合")
                }
                return reject(nil, "本行有 \(record.count) 列，表头有 \(width) 列（可能有未加引号的逗号，或行被截断）")
            }
        }
        if record.count >= width, record.withField(0, { $0.elementsEqual(header.firstName) || CellText.trimmed($0).elementsEqual(header.firstName) }),
           (0..<width).allSatisfy({ i in record.withField(i) { CellText.headerName($0) } == header.headerNames[i] }) {
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
