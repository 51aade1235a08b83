import AgencyAudit
import AuditReport
import Foundation
import PeriodAudit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `agency-audit portfolio <stores-folder> [--out DIR] [--jobs N] [--timeout SECONDS] [--lang zh|en]
/// [--from-json DIR]`: audits many stores, each in a process of its own, and rolls them up.
///
/// The options are declared in `PortfolioCommand+Declaration.swift`, with the help.
struct PortfolioCommand: Subcommand {
    var stores: String?
    var out: String?
    var jobs: Int?
    var timeout: Int
    var language: Language
    var fromJSON: String?
    /// The executable each store is audited by; this process's own when nil (tests, which run
    /// the command inside the test runner, name the built `agency-audit`).
    var executable: URL?

    init(_ args: [String]) throws(UsageError) {
        let list = try ArgumentList(args, options: Self.declaration.options)
        guard list.positionals.count <= 1 else { throw UsageError.unexpectedArgument(list.positionals[1]) }
        stores = list.positionals.first
        fromJSON = list.value(of: Option.fromJSON)
        guard stores != nil || fromJSON != nil else { throw UsageError.missingArgument(.storesFolder) }
        out = list.value(of: Option.out)
        if let n = list.value(of: Option.jobs) {
            guard let v = Int(n), Self.jobsRange.contains(v) else {
                throw UsageError.invalidValue(
                    option: Option.jobs.name, expected: .wholeNumber(in: Self.jobsRange), found: n)
            }
            jobs = v
        }
        timeout = Self.defaultTimeout
        if let n = list.value(of: Option.timeout) {
            guard let v = Int(n), Self.timeoutRange.contains(v) else {
                throw UsageError.invalidValue(
                    option: Option.timeout.name, expected: .wholeNumber(in: Self.timeoutRange), found: n)
            }
            timeout = v
        }
        // Reading reports audits nothing: a limit on audits would be silently ignored.
        if fromJSON != nil {
            for option in [Option.jobs, Option.timeout] where list.value(of: option) != nil {
                throw UsageError.conflict(.auditOnlyOption(option.name, with: Option.fromJSON.name))
            }
        }
        language = try AuditCommand.language(list.value(of: Option.lang))
    }

    func run(output: inout some TextOutputStream) throws(PortfolioError) -> ExitCode {
        let options = ReportOptions(language: language)
        let portfolio: Portfolio
        let files: [URL]
        if let fromJSON {
            let reports = URL(fileURLWithPath: fromJSON)
            portfolio = try PortfolioCollection.rollUp(reports: reports, stores: stores.map(URL.init(fileURLWithPath:)))
            files = try PortfolioAudit.write(portfolio, to: URL(fileURLWithPath: out ?? fromJSON), options: options)
        } else {
            let audit = PortfolioAudit(
                stores: URL(fileURLWithPath: stores ?? "."), outputRoot: URL(fileURLWithPath: out ?? "Reports"),
                executable: executable ?? Self.currentExecutable(),
                jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, timeout: .seconds(timeout),
                options: options)
            let progress = TerminalProgress(language: language, isTerminal: isatty(STDERR_FILENO) == 1)
            let run = try audit.run { progress.show($0) }
            progress.finish()
            (portfolio, files) = (run.portfolio, run.files)
        }
        for line in PortfolioConsoleWording.lines(portfolio, files: files.map(\.path), language) {
            print(line, to: &output)
        }
        return portfolio.hasFailures ? .inputError : .success
    }

    /// This process's executable: `/proc/self/exe` on Linux, else what Foundation says.
    static func currentExecutable() -> URL {
        let proc = URL(fileURLWithPath: "/proc/self/exe")
        if FileManager.default.fileExists(atPath: proc.path) { return proc.resolvingSymlinksInPath() }
        return Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
    }
}
