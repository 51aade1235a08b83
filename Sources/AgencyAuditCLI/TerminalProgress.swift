import AgencyAudit
import AuditReport
import Foundation
import Synchronization

/// The portfolio's progress line on standard error: only on a terminal, and only once the run has
/// taken longer than `quietFor` (a short run, a pipe or a log stays quiet). The line is redrawn
/// in place and cleared at the end.
final class TerminalProgress: Sendable {
    /// A run shorter than this shows nothing.
    static let quietFor: Duration = .seconds(2)

    let language: Language
    let isTerminal: Bool
    private let drawn = Mutex(false)

    init(language: Language, isTerminal: Bool) {
        self.language = language
        self.isTerminal = isTerminal
    }

    /// Whether a run at this point shows its progress.
    static func shows(isTerminal: Bool, elapsed: Duration) -> Bool { isTerminal && elapsed > quietFor }

    func show(_ p: PortfolioAudit.Progress) {
        guard Self.shows(isTerminal: isTerminal, elapsed: p.elapsed) else { return }
        let slowest = p.running.first.map { (store: $0.store, seconds: Int($0.elapsed.components.seconds)) }
        let line = PortfolioWording.progress(done: p.done, total: p.total, slowest: slowest, language)
        drawn.withLock { $0 = true }
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
    }

    /// Clears the line, when one was drawn.
    func finish() {
        guard drawn.withLock({ $0 }) else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
