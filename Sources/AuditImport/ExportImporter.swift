import Foundation

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
    /// - Parameter delimiter: the field separator (a comma when nil; a tab for tab-separated text).
    /// - Parameter maxRecordBytes: a row longer than this is rejected unread (10 MiB for files).
    public static func read<S: SplittableByteSource>(
        _ source: S, file: String, chunkSize: Int = 1 << 20,
        delimiter: UInt8? = nil, maxRecordBytes: Int = CSVReader<S>.defaultMaxRecordBytes
    ) throws(ImportError) -> ImportedExport? {
        let clock = ContinuousClock()
        let started = clock.now
        guard
            var output = try readPart(
                source, file: file, chunkSize: chunkSize, delimiter: delimiter, maxRecordBytes: maxRecordBytes)
        else {
            return nil
        }
        output.importTime = clock.now - started
        addNotes(to: &output)
        return output
    }

    /// Reads `source`, a whole file or a part of one. A part after the first is given the file's
    /// encoding, the line number it starts on and the header; the first part reports the header
    /// through `onHeader` as soon as it is found.
    static func readPart<S: SplittableByteSource>(
        _ source: S, file: String, chunkSize: Int, encoding: TextEncoding? = nil,
        delimiter: UInt8? = nil, firstLine: Int = 1, maxRecordBytes: Int = CSVReader<S>.defaultMaxRecordBytes,
        known: KnownHeader? = nil, onHeader: (KnownHeader) -> Void = { _ in },
        end: PartEnd? = nil
    ) throws(ImportError) -> ImportedExport? {
        let size = source.sizeHint ?? 0
        let opener = ExportOpener(source)
        var reader = CSVReader(
            source: source, chunkSize: chunkSize, maxRecordBytes: maxRecordBytes, encoding: encoding,
            delimiter: delimiter, firstLine: firstLine)
        var intake = ExportRecordIntake(file: file, known: known, dataSize: size)
        var nextLine = firstLine
        var lastRecordBroken = false

        do {
            try reader.forEachRecord { record in
                nextLine = record.line + record.lineCount
                lastRecordBroken = record.defect != nil
                guard try intake.take(record, onHeader: onHeader) else { throw StopReading() }
            }
        } catch let error as ImportError {
            throw .inFile(file, error)
        } catch is StopReading {
            // Fall through: no header in the first lines.
        } catch {
            throw .unreadable(file: file, cause: error)
        }
        end?.nextLine = nextLine
        end?.lastRecordBroken = lastRecordBroken
        end?.textLength = reader.decodedLength
        let header = intake.header
        guard let header, var output = intake.finish() else {
            if intake.recordsSeen == 0 { throw .emptyFile(file: file) }
            return nil
        }
        output.encoding = reader.encoding
        if reader.delimiter == UInt8(ascii: "\t") {
            output.notes.append(.tabSeparated(fileExtension: (file as NSString).pathExtension))
        }
        output.bytes = reader.bytesRead
        output.readAndDecodeTime = reader.readAndDecodeTime
        output.replacedBytes = reader.replacedByteCount
        if output.kind == .orders {
            output.orderDetails = ExportRowReader(
                header: header, encoding: reader.encoding, delimiter: reader.delimiter, textStart: reader.bomLength,
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

    /// Notes about the file as a whole, added once all of it is read.
    static func addNotes(to output: inout ImportedExport) {
        if output.replacedBytes > 0 {
            output.notes.append(.replacedBytes(count: output.replacedBytes, encoding: output.encoding))
        }
        if output.counts.read == 0 { output.notes.append(.headerOnly) }
    }

    private struct StopReading: Error {}
}
