import Foundation

/// Imports a large file in two halves at once, one per core.
///
/// The file is cut after the line end nearest its middle. The first half is read as usual; the
/// second half needs three things the first half knows: the header, the encoding, and the line
/// number it starts on. The header and encoding come from the first half as soon as it finds its
/// header. The line number comes from a pass over the first half's raw bytes that only finds
/// record boundaries (about 1 GB/s; exact for UTF-8 and GB18030, whose multi-byte characters
/// never contain `,` `"` CR LF). That same pass proves the cut is a record boundary: if the cut
/// fell inside a quoted field that holds a line break, or the first half has a broken record,
/// the split is abandoned and the file is read start to end instead. Either way the result is
/// the one a start-to-end read gives: same records in the same order, same line numbers, same
/// rejects and counts.
extension ExportImporter {
    /// Files at least this big are split; smaller ones are not worth a second thread.
    public static let splitThreshold = 16 << 20

    public static func read<S: SplittableByteSource>(splitting source: S, file: String, chunkSize: Int = 4 << 20,
                                                                minimumSize: Int = splitThreshold) throws(ImportError) -> ImportedExport? {
        let clock = ContinuousClock()
        let started = clock.now
        let size = source.totalSize
        let sniffLength = CSVReader<S>.sniffLength
        guard size >= max(minimumSize, 2 * sniffLength + 2),
              let sample = try? source.peek(at: 0, count: sniffLength),
              case let encoding = sample.withUnsafeBytes({ TextEncoding.sniff($0).encoding }),
              encoding != .utf16LE, encoding != .utf16BE,
              let cut = try? lineEnd(in: source, after: size / 2, size: size),
              let firstHalf = try? source.part(0..<cut), let counted = try? source.part(0..<cut), let secondHalf = try? source.part(cut..<size)
        else { return try read(source, file: file, chunkSize: chunkSize) }

        let handoff = HeaderHandoff()
        let second = SecondHalf()
        let secondDone = DispatchSemaphore(value: 0)
        let work = Transfer((counted, secondHalf))
        let thread = Thread {
            defer { secondDone.signal() }
            let (counted, secondHalf) = work.value
            guard let firstLine = recordBoundaryLine(afterReading: counted, chunkSize: chunkSize),
                  let known = handoff.wait() else { return }
            do throws(ImportError) {
                second.result = .success(try readPart(secondHalf, file: file, chunkSize: chunkSize, encoding: encoding,
                                                      firstLine: firstLine, known: known))
            } catch {
                second.result = .failure(error)
            }
        }
        thread.stackSize = 8 << 20
        thread.start()

        var first: ImportedExport?
        var firstError: ImportError?
        do {
            first = try readPart(firstHalf, file: file, chunkSize: chunkSize, onHeader: handoff.publish)
        } catch {
            firstError = error
        }
        handoff.publish(nil)  // no header found: release the second thread
        secondDone.wait()

        if let firstError { throw firstError }
        // Taken, not copied, so the order array stays uniquely owned and grows in place.
        guard var output = first.take() else { return nil }
        switch second.result.take() {
        case .success(let part?):
            output.counts = output.counts + part.counts
            output.orders.append(contentsOf: part.orders)
            output.traffic.append(contentsOf: part.traffic)
            output.ads.append(contentsOf: part.ads)
            output.rejects.append(contentsOf: part.rejects)
            output.notes.append(contentsOf: part.notes)
            output.bytes += part.bytes
            output.replacedBytes += part.replacedBytes
            // The halves were read at the same time; the longer one is what the reading cost in wall time.
            output.readAndDecodeTime = max(output.readAndDecodeTime, part.readAndDecodeTime)
            output.parts = 2
        case .failure(let error):
            throw error
        case .success(nil), nil:
            // The cut was not a clean record boundary: read the whole file in one pass.
            return try read(source.part(0..<size), file: file, chunkSize: chunkSize)
        }
        output.importTime = clock.now - started
        addNotes(to: &output)
        return output
    }

    /// The offset just past the first LF at or after `offset`; nil when there is none before the end.
    private static func lineEnd<S: SplittableByteSource>(in source: S, after offset: Int, size: Int) throws -> Int? {
        var at = offset
        while at < size {
            let window = try source.peek(at: at, count: 64 << 10)
            if window.isEmpty { return nil }
            if let i = window.firstIndex(of: UInt8(ascii: "\n")) { return at + i + 1 < size ? at + i + 1 : nil }
            at += window.count
        }
        return nil
    }

    /// The physical line the byte after `source` starts, when `source` ends exactly at the end of
    /// an intact record; nil when its last record is cut or any record is broken.
    private static func recordBoundaryLine<S: ByteSource>(afterReading source: S, chunkSize: Int) -> Int? {
        var reader = CSVReader(source: source, chunkSize: chunkSize, encoding: .utf8, firstLine: 1, decodes: false)
        var nextLine = 1
        var intact = true
        do {
            try reader.forEachRecord { record in
                if record.defect != nil { intact = false }
                nextLine = record.line + record.lineCount
            }
        } catch {
            return nil
        }
        return intact ? nextLine : nil
    }

    /// The first half's header, passed to the thread reading the second half.
    private final class HeaderHandoff: @unchecked Sendable {
        private let lock = NSLock()
        private let ready = DispatchSemaphore(value: 0)
        private var header: KnownHeader?
        private var published = false

        /// Hands over the header (nil: there is none); only the first call counts.
        func publish(_ header: KnownHeader?) {
            lock.lock()
            defer { lock.unlock() }
            guard !published else { return }
            published = true
            self.header = header
            ready.signal()
        }

        func wait() -> KnownHeader? {
            ready.wait()
            ready.signal()
            lock.lock()
            defer { lock.unlock() }
            return header
        }
    }

    /// Written by the second thread before it signals, read after the wait.
    private final class SecondHalf: @unchecked Sendable {
        var result: Result<ImportedExport?, ImportError>?
    }

    /// Moves values into the second thread; each is used by that thread alone.
    private final class Transfer<T>: @unchecked Sendable {
        let value: T
        init(_ value: T) { self.value = value }
    }
}
