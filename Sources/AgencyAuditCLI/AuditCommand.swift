import AgencyAudit
import AuditRecords
import AuditReport
import Foundation
import MonthlyAudit

/// `agency-audit audit <store> [--month YYYY-MM] [--out DIR] [--reveal-pii] [--fail-on high|medium]`.
struct AuditCommand {
    var store: String
    var months: [YearMonth]?
    var out: String?
    var revealPII: Bool
    var failOn: Severity?
    var showTimings: Bool

    static let help = """
        Usage: agency-audit audit <store-folder> [--month YYYY-MM] [--out DIR] [--reveal-pii] [--fail-on high|medium] [--timings]

        Audits a store folder (contract.json + exports/<YYYY-MM>/…: the exports as the back offices hand
        them out — .xlsx, .xls, .zip or .csv, told by their bytes) and writes, for each month,
        report.md, targets.csv, anomalies.csv, rejects.csv and audit.json into <DIR>/<YYYY-MM>/.

        Options:
          --month YYYY-MM     audit this month only (repeatable as a comma list: 2025-08,2025-09);
                              default: every month under exports/
          --out DIR           where reports go; default: Reports/<store folder name> (never inside
                              exports/ or the store folder itself; only the audit's own files in
                              <DIR>/<YYYY-MM>/ are replaced, anything else there is kept)
          --reveal-pii        do not mask buyer names, phones and addresses in the reports
          --fail-on LEVEL     exit with code 1 when an anomaly of LEVEL (high or medium) or above is found
          --timings           print how long each stage took (for benchmarks; reports are unaffected)
          -h, --help          show this help

        Each month's line starts with its status: 完整 (settled), 暂不结算 (withheld: why and what to do
        follow) or 无法使用 (nothing to judge the month on).

        Exit codes: 0 done, 1 anomalies at --fail-on level, 2 usage error, 3 input error (the store
        or contract cannot be used, an export could not be read, or a month is 无法使用: every month
        is still audited, the file is listed with what to do, and a month whose figures cannot carry
        a settlement is not settled).
        """

    init(_ args: [String]) throws(UsageError) {
        let list = try ArgumentList(
            args, valued: ["--month", "--out", "--fail-on"], switches: ["--reveal-pii", "--timings"])
        guard let store = list.positionals.first else { throw UsageError.missingArgument(.storeFolder) }
        guard list.positionals.count == 1 else { throw UsageError.unexpectedArgument(list.positionals[1]) }
        self.store = store
        if let m = list.options["--month"] {
            var parsed: [YearMonth] = []
            for part in m.split(separator: ",") {
                guard let ym = YearMonth(String(part)) else {
                    throw UsageError.invalidValue(option: "--month", expected: .month(list: true), found: String(part))
                }
                parsed.append(ym)
            }
            guard !parsed.isEmpty else {
                throw UsageError.invalidValue(option: "--month", expected: .month(list: true), found: m)
            }
            months = parsed.sorted()
        }
        out = list.options["--out"]
        revealPII = list.flags.contains("--reveal-pii")
        showTimings = list.flags.contains("--timings")
        if let f = list.options["--fail-on"] {
            guard let s = Severity(rawValue: f), s != .low else {
                throw UsageError.invalidValue(option: "--fail-on", expected: .severityLevel, found: f)
            }
            failOn = s
        }
    }

    func run(output: inout some TextOutputStream) throws(WorkspaceError) -> ExitCode {
        let storeURL = URL(fileURLWithPath: store)
        let workspace = try StoreWorkspace(root: storeURL)
        let outURL = URL(fileURLWithPath: out ?? "Reports/\(workspace.name)")
        let audit = WorkspaceAudit(workspace: workspace, outputRoot: outURL, masker: PIIMasker(reveal: revealPII))
        let results = try audit.run(months: months)
        var worst: Severity?
        for run in results {
            let r = run.result
            let status = MonthStatusWording.name(r.status)
            print(MonthSummaryWording.line(month: r.month, r.summary), to: &output)
            // Reasons and file names come from the exports, and a file name can hold anything (an
            // ESC sequence would drive the terminal): control characters are shown as escapes.
            if r.status != .complete {
                for reason in MonthStatusWording.reasons(r) {
                    print("         \(status)：\(ControlCharacters.visible(reason))", to: &output)
                }
            }
            print("         报告：\(ControlCharacters.visible(relative(run.folder)))/report.md", to: &output)
            if !run.otherFiles.isEmpty {
                print(
                    "         报告文件夹里另有 \(run.otherFiles.count) 个文件，保持不变："
                        + ControlCharacters.visible(run.otherFiles.joined(separator: "、")), to: &output)
            }
            for f in r.ignoredFiles where f.isUnusable {
                print("         文件无法使用：\(ControlCharacters.visible(IgnoredFileWording.reason(f)))", to: &output)
            }
            if showTimings { print(Self.timingLine(run.timings), to: &output) }
            if let top = r.anomalies.map(\.severity).max() { worst = max(worst ?? top, top) }
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

    /// `timings  read+decode 0.120s (850 MB/s) · tokenise+type … · total 1.234s`.
    static func timingLine(_ t: StageTimings) -> String {
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
        return "         用时：" + parts.joined(separator: " · ")
            + " · 共 \(DisplayNumber.fixed(seconds(t.total), decimals: 3))s，\(DisplayNumber.fixed(mb, decimals: 1)) MB，\(t.rows) 行"
            + (formats.isEmpty ? "" : "（读取：" + formats.joined(separator: " · ") + "）")
    }

    private func relative(_ url: URL) -> String {
        let cwd = FileManager.default.currentDirectoryPath + "/"
        return url.path.hasPrefix(cwd) ? String(url.path.dropFirst(cwd.count)) : url.path
    }
}
