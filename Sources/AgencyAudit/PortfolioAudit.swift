import AuditReport
import Dispatch
import ExportContainers
import Foundation
import PeriodAudit
import Synchronization

/// Audits every store folder of a folder, `jobs` at a time, each in a process of its own, then
/// rolls them up from the reports they wrote: the job behind `agency-audit portfolio`.
///
/// The roll-up is `PortfolioCollection`'s, the same code `--from-json` runs over reports collected
/// from other machines; what only this run knows (a store stopped at its time limit, killed by a
/// signal, or never started) replaces what its folder would say.
public struct PortfolioAudit: Sendable {
    /// The folder of store folders.
    public var stores: URL
    /// Where each store's reports (`<out>/<store>/`) and the roll-up go.
    public var outputRoot: URL
    /// The `agency-audit` executable each store is audited by.
    public var executable: URL
    /// Stores audited at once.
    public var jobs: Int
    /// A store still running after this long is stopped and listed.
    public var timeout: Duration
    public var options: ReportOptions

    public init(
        stores: URL, outputRoot: URL, executable: URL, jobs: Int, timeout: Duration,
        options: ReportOptions = ReportOptions()
    ) {
        self.stores = stores
        self.outputRoot = outputRoot.standardizedFileURL
        self.executable = executable
        self.jobs = max(1, jobs)
        self.timeout = timeout
        self.options = options
    }

    /// Where the run is, for a progress line: stores done of all, and the ones running with how
    /// long each has run, longest first.
    public struct Progress: Sendable {
        public var done: Int
        public var total: Int
        public var running: [(store: String, elapsed: Duration)]
        /// Since the run started.
        public var elapsed: Duration
    }

    /// The roll-up, and the files written beside the store folders.
    public struct Run: Sendable {
        public var portfolio: Portfolio
        public var files: [URL]
    }

    /// How often `progress` is called while stores run.
    public static let progressInterval: Duration = .milliseconds(250)

    /// Audits every store and writes the roll-up; `progress` is called from another thread every
    /// `progressInterval` while stores run.
    public func run(progress: @escaping @Sendable (Progress) -> Void = { _ in }) throws(PortfolioError) -> Run {
        let names = try PortfolioCollection.storeFolders(in: stores)
        guard !names.isEmpty else { throw .noStoreFolders(stores.path) }
        try Self.checkOutput(outputRoot, stores: stores)
        LeftoverFolders.clean(
            outputRoot, reportNames: [], rootReportNames: StandardPortfolioReports.all.map(\.fileName))
        let outcomes = audit(names, progress: progress)
        var portfolio = PortfolioCollection.collect(reports: outputRoot, expected: names)
        portfolio = portfolio.replacing(
            outcomes.compactMap { name, outcome in
                Self.failure(outcome, timeout: timeout).map { Portfolio.Failure(folder: name, reason: $0) }
            })
        return Run(portfolio: portfolio, files: try Self.write(portfolio, to: outputRoot, options: options))
    }

    /// Writes the roll-up's files (`StandardPortfolioReports`) into `folder`, each whole or not at all.
    public static func write(_ portfolio: Portfolio, to folder: URL, options: ReportOptions) throws(PortfolioError)
        -> [URL]
    {
        let files = StandardPortfolioReports.all.map {
            (name: $0.fileName, bytes: $0.render(portfolio, options: options))
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(path: folder.path, reason: SystemFailure(error))
        }
        do {
            return try ReportWriter(outputRoot: folder).writeRootFiles(files)
        } catch {
            guard case .cannotWrite(let path, let reason) = error else { throw .outputIsAFile(folder.path) }
            throw .cannotWrite(path: path, reason: reason)
        }
    }

    /// Refuses a report folder that is a file, or that is the folder of stores or lies inside it
    /// (it would be taken for a store the next time); folders compared by what they are on disk.
    static func checkOutput(_ output: URL, stores: URL) throws(PortfolioError) {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: output.path, isDirectory: &isDir), !isDir.boolValue {
            throw .outputIsAFile(output.path)
        }
        guard let storesID = FileIdentity(path: stores.path) else { return }
        if FileIdentity.chain(of: output.path).contains(storesID) { throw .outputInsideStores(output.path) }
    }

    /// What an ended process says beyond its files: nil when its files tell it all.
    static func failure(_ outcome: StoreProcess.Outcome, timeout: Duration) -> Portfolio.Failure.Reason? {
        switch outcome {
        // 0 done, 1 findings, 2 usage, 3 input error: the audit's own exits, told by its files and errors.txt.
        case .exited(let code) where (0...3).contains(code): return nil
        case .exited(let code): return .exited(code: code)
        case .killed(let signal): return .killed(signal: signal)
        case .timedOut: return .timedOut(seconds: Int(timeout.components.seconds))
        case .couldNotStart(let code): return .couldNotStart(code: code)
        }
    }

    /// Runs the stores `jobs` at a time on threads of their own, each waiting on its process.
    func audit(_ names: [String], progress: @escaping @Sendable (Progress) -> Void) -> [String: StoreProcess.Outcome] {
        let clock = ContinuousClock()
        let start = clock.now
        let state = RunState(total: names.count)
        let group = DispatchGroup()
        let language = options.language
        for _ in 0..<min(jobs, names.count) {
            group.enter()
            let thread = Thread { [self] in
                while let i = state.next() {
                    let name = names[i]
                    state.started(name, at: clock.now)
                    let process = StoreProcess(
                        executable: executable, store: stores.appendingPathComponent(name),
                        reports: outputRoot.appendingPathComponent(name), arguments: ["--lang", language.rawValue],
                        timeout: timeout)
                    state.finished(name, process.run())
                }
                group.leave()
            }
            thread.start()
        }
        while group.wait(timeout: .now() + StoreProcess.dispatchInterval(Self.progressInterval)) == .timedOut {
            progress(state.progress(now: clock.now, since: start))
        }
        return state.outcomes
    }
}

/// The run's shared state: the next store to start, those running since when, and how each ended.
private final class RunState: Sendable {
    private struct Fields {
        var next = 0
        var running: [String: ContinuousClock.Instant] = [:]
        var outcomes: [String: StoreProcess.Outcome] = [:]
    }
    private let fields = Mutex(Fields())
    let total: Int

    init(total: Int) { self.total = total }

    func next() -> Int? {
        fields.withLock { f in
            guard f.next < total else { return nil }
            defer { f.next += 1 }
            return f.next
        }
    }

    func started(_ name: String, at instant: ContinuousClock.Instant) { fields.withLock { $0.running[name] = instant } }

    func finished(_ name: String, _ outcome: StoreProcess.Outcome) {
        fields.withLock {
            $0.running[name] = nil
            $0.outcomes[name] = outcome
        }
    }

    var outcomes: [String: StoreProcess.Outcome] { fields.withLock { $0.outcomes } }

    func progress(now: ContinuousClock.Instant, since start: ContinuousClock.Instant) -> PortfolioAudit.Progress {
        fields.withLock { f in
            let running = f.running.map { (store: $0.key, elapsed: now - $0.value) }
                .sorted { $0.elapsed != $1.elapsed ? $0.elapsed > $1.elapsed : $0.store < $1.store }
            return PortfolioAudit.Progress(
                done: f.outcomes.count, total: total, running: running, elapsed: now - start)
        }
    }
}
