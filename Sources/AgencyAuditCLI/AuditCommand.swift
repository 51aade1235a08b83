import AgencyAudit
import AuditRecords
import AuditReport
import Foundation
import MonthlyAudit

/// `agency-audit audit <store-folder> [--month …] …`: audits a store folder and writes its reports.
///
/// The options are declared in `AuditCommand+Declaration.swift`, with the help.
struct AuditCommand: Subcommand {
    var store: String
    var months: [YearMonth]?
    var out: String?
    var revealPII: Bool
    var failOn: Severity?
    var showTimings: Bool
    var language: Language
    /// `--as-of`: the day the exports were taken.
    var asOf: CalendarDay?
    /// `--terminate-on`: the day notice of termination is given.
    var terminateOn: CalendarDay?

    init(_ args: [String]) throws(UsageError) {
        let list = try ArgumentList(args, options: Self.declaration.options)
        guard let store = list.positionals.first else { throw UsageError.missingArgument(.storeFolder) }
        guard list.positionals.count == 1 else { throw UsageError.unexpectedArgument(list.positionals[1]) }
        self.store = store
        if let m = list.value(of: Option.month) {
            var parsed: [YearMonth] = []
            for part in m.split(separator: ",") {
                guard let ym = YearMonth(String(part)) else {
                    throw UsageError.invalidValue(
                        option: Option.month.name, expected: .month(list: true), found: String(part))
                }
                parsed.append(ym)
            }
            guard !parsed.isEmpty else {
                throw UsageError.invalidValue(option: Option.month.name, expected: .month(list: true), found: m)
            }
            months = parsed.sorted()
        }
        out = list.value(of: Option.out)
        revealPII = list.contains(Option.revealPII)
        language = try Self.language(list.value(of: Option.lang))
        showTimings = list.contains(Option.timings)
        if let d = list.value(of: Option.terminateOn) {
            guard let day = CalendarDay(iso: d) else {
                throw UsageError.invalidValue(option: Option.terminateOn.name, expected: .day, found: d)
            }
            terminateOn = day
        }
        if let f = list.value(of: Option.failOn) {
            guard let s = Severity(rawValue: f), Self.failOnLevels.contains(s) else {
                throw UsageError.invalidValue(option: Option.failOn.name, expected: .severityLevel, found: f)
            }
            failOn = s
        }
        if let a = list.value(of: Option.asOf) {
            let parts = a.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
                parts.allSatisfy({ $0.allSatisfy(\.isASCII) }), let y = Int(parts[0]), let m = Int(parts[1]),
                let d = Int(parts[2]), let day = CalendarDay(year: y, month: m, day: d)
            else {
                throw UsageError.invalidValue(option: Option.asOf.name, expected: .day, found: a)
            }
            asOf = day
        }
    }

    func run(output: inout some TextOutputStream) throws(WorkspaceError) -> ExitCode {
        let storeURL = URL(fileURLWithPath: store)
        var workspace = try StoreWorkspace(root: storeURL)
        workspace.asOf = asOf
        let outURL = URL(fileURLWithPath: out ?? "Reports/\(workspace.name)")
        let audit = WorkspaceAudit(
            workspace: workspace, outputRoot: outURL,
            options: ReportOptions(masker: PIIMasker(reveal: revealPII), language: language), terminateOn: terminateOn)
        let run = try audit.runPeriod(months: months)
        let results = run.months
        var worst: Severity?
        for run in results {
            let r = run.result
            let status = MonthStatusWording.name(r.status, in: language)
            print(MonthSummaryWording.line(month: r.month, r.summary, in: language), to: &output)
            // Reasons and file names come from the exports, and a file name can hold anything (an
            // ESC sequence would drive the terminal): control characters are shown as escapes.
            if r.status != .complete {
                for reason in MonthStatusWording.reasons(r, in: language) {
                    print(ConsoleWording.statusReason(status, reason, in: language), to: &output)
                }
            }
            print(ConsoleWording.reportLine(relative(run.folder), in: language), to: &output)
            if !run.otherFiles.isEmpty {
                print(ConsoleWording.otherFiles(run.otherFiles, in: language), to: &output)
            }
            for f in r.ignoredFiles where f.isUnusable {
                print(
                    ConsoleWording.unusableFile(IgnoredFileWording.reason(f, in: language), in: language), to: &output)
            }
            for p in r.claimProblems {
                print(
                    ConsoleWording.claimProblem(ClaimWording.problem(p, language: language), in: language), to: &output)
            }
            if let day = r.settling.rerunOn {
                print(
                    ConsoleWording.unsettled(rerunOn: day, held: r.settling.heldFindings.count, in: language),
                    to: &output)
            }
            if showTimings { print(Self.timingLine(run.timings, in: language), to: &output) }
            if let top = r.anomalies.map(\.severity).max() { worst = max(worst ?? top, top) }
        }
        if let file = run.periodFiles.first {
            print(PeriodWording.consoleLine(run.dossier, path: relative(file), language), to: &output)
        }
        // An export that could not be used leaves figures missing, and a month with nothing to judge
        // it on is no audit: either outweighs any finding.
        if results.contains(where: {
            $0.result.ignoredFiles.contains(where: \.isUnusable) || $0.result.status == .unusable
        }) {
            return .inputError
        }
        if let failOn, let worst, worst >= failOn { return .findings }
        return .success
    }

    /// The report language `--lang` names (Chinese without it).
    static func language(_ value: String?) throws(UsageError) -> Language {
        guard let value else { return .chinese }
        guard let language = Language(rawValue: value) else {
            throw UsageError.invalidValue(option: Option.lang.name, expected: .language, found: value)
        }
        return language
    }

    /// `用时：read+decode 0.120s (850 MB/s) · tokenise+type … · 共 1.234s，…` / `time: … · total 1.234s, …`.
    static func timingLine(_ t: StageTimings, in language: Language) -> String {
        func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }
        let mb = Double(t.inputBytes) / 1_000_000
        let parts = t.stages.map { name, d in
            let s = seconds(d)
            let rate = s > 0 && name != "report" ? " (\(DisplayNumber.fixed(mb / s, decimals: 0)) MB/s)" : ""
            return "\(name) \(DisplayNumber.fixed(s, decimals: 3))s\(rate)"
        }
        let formats = t.importByFormat.sorted { $0.key < $1.key }.map {
            "\($0.key) \(DisplayNumber.fixed(seconds($0.value), decimals: 3))s"
        }
        let total = DisplayNumber.fixed(seconds(t.total), decimals: 3)
        let megabytes = DisplayNumber.fixed(mb, decimals: 1)
        switch language {
        case .chinese:
            return "         用时：" + parts.joined(separator: " · ")
                + " · 共 \(total)s，\(megabytes) MB，\(t.rows) 行"
                + (formats.isEmpty ? "" : "（读取：" + formats.joined(separator: " · ") + "）")
        case .english:
            return "         time: " + parts.joined(separator: " · ")
                + " · total \(total)s, \(megabytes) MB, \(t.rows) rows"
                + (formats.isEmpty ? "" : " (reading: " + formats.joined(separator: " · ") + ")")
        }
    }

    private func relative(_ url: URL) -> String {
        let cwd = FileManager.default.currentDirectoryPath + "/"
        return url.path.hasPrefix(cwd) ? String(url.path.dropFirst(cwd.count)) : url.path
    }
}
