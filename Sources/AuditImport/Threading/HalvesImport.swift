import Foundation
import Synchronization

/// Reads one export in two halves at once, one per core: the one place that runs the second
/// thread, hands it the header and waits for it.
///
/// The first half is read on the calling thread and publishes the header as soon as it finds
/// it; the second half waits for it on a thread of its own (it cannot tell data from titles
/// without it). When the first half finds no header, the second is never read. Both callers (a
/// CSV cut after a line end, an xlsx sheet cut at a row) then join the halves with
/// `ImportedExport.absorb(_:lineShift:positionShift:)`, so nothing the second half read is left out.
enum HalvesImport {
    struct Halves {
        var first: ImportedExport?
        /// Nil when the first half found no header (or the second half no rows worth an export).
        var second: ImportedExport?
    }

    /// - Parameters:
    ///   - readFirst: reads the first half on this thread, calling its argument with the header once found.
    ///   - readSecond: reads the second half, given the header; runs on another thread.
    static func read(
        first readFirst: (_ publishHeader: (KnownHeader) -> Void) throws(ImportError) -> ImportedExport?,
        second readSecond: @escaping @Sendable (KnownHeader) throws(ImportError) -> ImportedExport?
    ) throws(ImportError) -> Halves {
        let handoff = HeaderHandoff()
        let second = ThreadResult<Result<ImportedExport?, ImportError>>()
        let secondDone = DispatchSemaphore(value: 0)
        let thread = Thread {
            defer { secondDone.signal() }
            guard let known = handoff.wait() else { return }
            do throws(ImportError) {
                second.set(.success(try readSecond(known)))
            } catch {
                second.set(.failure(error))
            }
        }
        thread.stackSize = 8 << 20
        thread.start()

        var first: ImportedExport?
        var firstError: ImportError?
        do throws(ImportError) {
            first = try readFirst { handoff.publish($0) }
        } catch {
            firstError = error
        }
        handoff.publish(nil)  // no header found: release the second thread
        secondDone.wait()

        if let firstError { throw firstError }
        let secondResult = second.take()
        if case .failure(let error) = secondResult { throw error }
        guard case .success(let part?) = secondResult else { return Halves(first: first.take(), second: nil) }
        // Taken, not copied, so the order chunks stay uniquely owned and change in place.
        return Halves(first: first.take(), second: part)
    }

    /// The first half's header, passed to the thread reading the second half.
    final class HeaderHandoff: Sendable {
        private let ready = DispatchSemaphore(value: 0)
        /// The header, once published (nil inside: there is none).
        private let header = Mutex<KnownHeader??>(nil)

        /// Hands over the header (nil: there is none); only the first call counts.
        func publish(_ known: KnownHeader?) {
            let first = header.withLock { slot in
                guard slot == nil else { return false }
                slot = .some(known)
                return true
            }
            if first { ready.signal() }
        }

        func wait() -> KnownHeader? {
            ready.wait()
            ready.signal()
            return header.withLock { $0 ?? nil }
        }
    }
}
