import AuditRecords
import Foundation

/// Imports a large file in two halves at once, one per core.
///
/// The file is cut after a line end near its middle. The first half is read as usual;
/// the second needs the header and the encoding, which the first half hands over as soon as it
/// has found its header, and starts numbering its lines from 1. When both are done, the first
/// half tells whether the cut was a record boundary (its last record ended cleanly at the cut,
/// not inside a quoted field holding a line break) and on which line the second half began; the
/// second half's line numbers are shifted by that. If the cut was not a boundary, the file is
/// read start to end instead. Either way the result is the one a start-to-end read gives: same
/// records in the same order, same line numbers, same rejects and counts. (Cutting after a line
/// end is safe in UTF-8 and GB18030: their multi-byte characters never contain 0x0A or 0x0D.)
extension ExportImporter {
    /// Files at least this big are split; smaller ones are not worth a second thread.
    public static let splitThreshold = 16 << 20

    /// Reads `source` like `read(_:file:chunkSize:)`, in two halves at once when it is at least
    /// `minimumSize` bytes and UTF-8 or GB18030.
    public static func read<S: SplittableByteSource>(
        splitting source: S, file: String, chunkSize: Int = 1 << 20,
        minimumSize: Int = splitThreshold
    ) throws(ImportError) -> ImportedExport? {
        if let found = try readCommaSeparated(
            splitting: source, file: file, chunkSize: chunkSize, minimumSize: minimumSize)
        {
            return found
        }
        // No header with commas between cells: tab-separated text (often saved as .xls) is read again with tabs.
        let sample = (try? source.peek(at: 0, count: CSVReader<S>.sniffLength)) ?? []
        guard sample.withUnsafeBufferPointer({ CSVReader<S>.hasTabSeparatedLines($0) }) else { return nil }
        return try read(
            source.part(0..<source.totalSize), file: file, chunkSize: chunkSize, delimiter: UInt8(ascii: "\t"))
    }

    private static func readCommaSeparated<S: SplittableByteSource>(
        splitting source: S, file: String, chunkSize: Int,
        minimumSize: Int
    ) throws(ImportError) -> ImportedExport? {
        let clock = ContinuousClock()
        let started = clock.now
        let size = source.totalSize
        let sniffLength = CSVReader<S>.sniffLength
        guard size >= max(minimumSize, 2 * sniffLength + 2),
            let sample = try? source.peek(at: 0, count: sniffLength),
            case let encoding = sample.withUnsafeBytes({ TextEncoding.sniff($0).encoding }),
            encoding != .utf16LE, encoding != .utf16BE,
            // The first half gets a little less: the merge after both is on its thread.
            let cut = try? lineEnd(in: source, after: size / 1000 * 495, size: size),
            let firstHalf = try? source.part(0..<cut), let secondHalf = try? source.part(cut..<size)
        else { return try read(source, file: file, chunkSize: chunkSize) }

        // The second half's source is used by that thread alone, from here on.
        nonisolated(unsafe) let work = secondHalf
        let firstEnd = PartEnd()
        let halves = try HalvesImport.read(
            first: { publish throws(ImportError) in
                try readPart(firstHalf, file: file, chunkSize: chunkSize, onHeader: publish, end: firstEnd)
            },
            second: { known throws(ImportError) in
                try readPart(work, file: file, chunkSize: chunkSize, encoding: encoding, known: known)
            })
        guard var output = halves.first else { return nil }
        guard var part = halves.second, !firstEnd.lastRecordBroken else {
            // The cut was not a clean record boundary: read the whole file in one pass.
            return try read(source.part(0..<size), file: file, chunkSize: chunkSize)
        }
        if let first = output.orderDetails as? ExportRowReader, let second = part.orderDetails as? ExportRowReader {
            output.orderDetails = first.joined(
                with: second, secondStartsAt: cut, text: firstEnd.textLength, opener: ExportOpener(source))
        }
        part.orderDetails = nil
        // The halves were read at the same time; the longer one is what the reading cost in wall time.
        let readAndDecode = max(output.readAndDecodeTime, part.readAndDecodeTime)
        // The second half numbered its lines from 1 and its text positions from 0.
        output.absorb(part, lineShift: firstEnd.nextLine - 1, positionShift: UInt64(firstEnd.textLength))
        output.readAndDecodeTime = readAndDecode
        output.parts = 2
        output.importTime = clock.now - started
        addNotes(to: &output)
        return output
    }

    /// Where to cut: just past a line end at or after `offset` (a line feed, or a lone CR in an
    /// old Mac file), preferring one whose next line starts like most lines around it (`="` before
    /// a Taobao order id, say). A line break inside a quoted buyer note rarely does, so the cut
    /// seldom lands inside a record and the whole-file fallback is seldom needed. Nil when there
    /// is no line end before the end.
    private static func lineEnd<S: SplittableByteSource>(in source: S, after offset: Int, size: Int) throws -> Int? {
        let window = try source.peek(at: offset, count: min(256 << 10, size - offset))
        let lf = UInt8(ascii: "\n")
        let cr = UInt8(ascii: "\r")
        // Line starts in the window that have two bytes to look at, and the most common first two bytes.
        // (The CR of a CRLF is no line end of its own: a cut there would split the pair.)
        let starts = window.indices.filter { k in
            k + 2 < window.count && (window[k] == lf || window[k] == cr && window[k + 1] != lf)
        }.map { $0 + 1 }
        var counts: [UInt16: Int] = [:]
        for st in starts.prefix(64) { counts[UInt16(window[st]) << 8 | UInt16(window[st + 1]), default: 0] += 1 }
        if let (common, _) = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }),
            let st = starts.first(where: { UInt16(window[$0]) << 8 | UInt16(window[$0 + 1]) == common })
        {
            return offset + st
        }
        if let st = starts.first { return offset + st }
        return nil
    }
}
