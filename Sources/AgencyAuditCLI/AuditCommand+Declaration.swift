import AuditRecords
import AuditReport

extension AuditCommand {
    /// The options `audit` takes, each declared once for the parser and the help.
    enum Option {
        static let month = CommandOption(
            "--month", "YYYY-MM", kind: .list,
            help: "audit these months only (one, or several as a comma list: 2025-08,2025-09); default: every month "
                + "under exports/")
        static let out = CommandOption(
            "--out", "DIR",
            help: "where reports go; default: Reports/<store folder name> (never inside exports/ or the store folder "
                + "itself; only the audit's own files in <DIR>/<YYYY-MM>/ are replaced, anything else there is kept)")
        static let revealPII = CommandOption(
            flag: "--reveal-pii", help: "do not mask buyer names, phones and addresses in the reports")
        static let failOn = CommandOption(
            "--fail-on", oneOf: AuditCommand.failOnLevels.map(\.rawValue),
            help: "exit with code 1 when an anomaly of this level or above is found")
        static let asOf = CommandOption(
            "--as-of", "YYYY-MM-DD",
            help: "the day the exports were taken from the back office (default: the export time inside a file, "
                + "else its modification date): figures of days younger than their settling time (refunds 7 days, "
                + "ad attribution 3) are provisional, and an ROI red-line run ending on them is not called")
        static let terminateOn = CommandOption(
            "--terminate-on", "YYYY-MM-DD",
            help: "the day notice of termination is given: the dossier says the earliest day the contract can end "
                + "(termination.noticeDays later) and the last month's base fee for the days served (default: "
                + "contract.json's termination.noticeGivenOn, if any)")
        static let timings = CommandOption(
            flag: "--timings", help: "print how long each stage took (for benchmarks; reports are unaffected)")
        static let lang = CommandOption(
            "--lang", oneOf: Language.allCases.map(\.rawValue),
            help: "the language of the reports and of the lines printed here: zh (Chinese, the default) or en "
                + "(English); figures, and the exports' own text such as titles and file names, are the same in both")
    }

    /// The severities `--fail-on` takes: a low finding is no reason to fail a run.
    static let failOnLevels: [Severity] = [.high, .medium]

    static let declaration = CommandDeclaration(
        name: "audit", argument: "<store-folder>",
        abstract: "monthly audit: target-comparison table, anomalies with evidence, fee and termination terms",
        overview: [
            "Audits a store folder (contract.json + exports/<YYYY-MM>/…: the exports as the back offices hand them "
                + "out — .xlsx, .xls, .zip or .csv, told by their bytes) and writes, for each month, "
                + reportFileList + " into <DIR>/<YYYY-MM>/, and over every month audited "
                + periodFileList + " into <DIR>/ (the contract-period dossier: each month side by side, the "
                + "termination clauses and the verdict: terminate, demand rectification, or continue)."
        ],
        options: [
            Option.month, Option.out, Option.revealPII, Option.failOn, Option.lang, Option.asOf, Option.terminateOn,
            Option.timings,
        ],
        epilogue: [
            "Each month's line starts with its status: 完整 / complete (settled), 暂不结算 / settlement withheld (why "
                + "and what to do follow) or 无法使用 / unusable (nothing to judge the month on).",
            "Exit codes: 0 done, 1 anomalies at --fail-on level, 2 usage error, 3 input error (the store or contract "
                + "cannot be used, an export could not be read, or a month is 无法使用: every month is still audited, "
                + "the file is listed with what to do, and a month whose figures cannot carry a settlement is not "
                + "settled).",
        ])

    /// `report.md, targets.csv, … and audit.json`: the files the renderers write, so a new report
    /// is in the help as soon as it is written.
    static var reportFileList: String { listed(StandardReports.all.map(\.fileName)) }

    /// `period.md and period.json`: the period's files, as `reportFileList`.
    static var periodFileList: String { listed(StandardPeriodReports.all.map(\.fileName)) }

    static func listed(_ names: [String]) -> String {
        names.dropLast().joined(separator: ", ") + (names.count > 1 ? " and " : "") + (names.last ?? "")
    }
}
