import Dispatch
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One store audited in a process of its own, `<executable> audit <store> --out <reports>`, stopped
/// when it runs past its time limit.
///
/// A process per store, not a thread: a store that crashes the audit, or runs away, is stopped and
/// listed without touching the others, and the command is the same one the scaling recipe runs
/// under xargs, Kubernetes or Slurm. What it prints on standard error goes to the store's
/// `errors.txt` (as the recipe's `2>` does), so the roll-up reads the same files either way.
struct StoreProcess: Sendable {
    let executable: URL
    let store: URL
    let reports: URL
    /// Arguments after `audit <store> --out <reports>` (the report language).
    let arguments: [String]
    let timeout: Duration

    /// How the process ended, as far as the roll-up cannot tell from the files.
    enum Outcome: Sendable, Equatable {
        /// It exited with `code`: what it wrote tells the rest.
        case exited(code: Int32)
        /// Ended by `signal`, not by this run.
        case killed(signal: Int32)
        /// Still running at the time limit: stopped.
        case timedOut
        /// Could not be started (errno `code`, or -1 when the system gave none).
        case couldNotStart(code: Int32)
    }

    /// A stopped process gets this long to end after SIGTERM before it is killed.
    static let graceAfterTerm: Duration = .seconds(2)

    /// Runs the audit; returns once its process has ended. `started` is called with its pid.
    func run(started: (Int32) -> Void = { _ in }) -> Outcome {
        let fm = FileManager.default
        let errorsPath = reports.appendingPathComponent(PortfolioCollection.errorsFileName).path
        guard (try? fm.createDirectory(at: reports, withIntermediateDirectories: true)) != nil,
            fm.createFile(atPath: errorsPath, contents: nil), let errors = FileHandle(forWritingAtPath: errorsPath)
        else { return .couldNotStart(code: errno == 0 ? -1 : errno) }
        defer {
            try? errors.close()
            // An audit that said nothing on standard error leaves no empty file behind.
            if let size = try? fm.attributesOfItem(atPath: errorsPath)[.size] as? Int, size == 0 {
                unlink(errorsPath)
            }
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = ["audit", store.path, "--out", reports.path] + arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        let ended = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in ended.signal() }
        do {
            try process.run()
        } catch {
            let code = (error as NSError).domain == NSPOSIXErrorDomain ? Int32((error as NSError).code) : -1
            return .couldNotStart(code: code)
        }
        let pid = process.processIdentifier
        started(pid)
        if ended.wait(timeout: .now() + Self.dispatchInterval(timeout)) == .timedOut {
            kill(pid, SIGTERM)
            if ended.wait(timeout: .now() + Self.dispatchInterval(Self.graceAfterTerm)) == .timedOut {
                kill(pid, SIGKILL)
                ended.wait()
            }
            return .timedOut
        }
        switch process.terminationReason {
        case .uncaughtSignal: return .killed(signal: process.terminationStatus)
        case .exit: return .exited(code: process.terminationStatus)
        @unknown default: return .exited(code: process.terminationStatus)
        }
    }

    static func dispatchInterval(_ d: Duration) -> DispatchTimeInterval {
        let (seconds, attoseconds) = d.components
        return .nanoseconds(
            Int(min(seconds, Int64(Int.max / 1_000_000_000 - 1))) * 1_000_000_000 + Int(attoseconds / 1_000_000_000))
    }
}
