import AuditReport

extension PortfolioCommand {
    /// The options `portfolio` takes, each declared once for the parser and the help.
    enum Option {
        static let out = CommandOption(
            "--out", "DIR",
            help: "where each store's reports (<DIR>/<store>/) and portfolio.csv go; default: Reports (with "
                + "--from-json: the folder read)")
        static let jobs = CommandOption(
            "--jobs", "N",
            help: "stores audited at once, \(PortfolioCommand.jobsRange.lowerBound) to "
                + "\(PortfolioCommand.jobsRange.upperBound); default: the machine's cores")
        static let timeout = CommandOption(
            "--timeout", "SECONDS",
            help:
                "a store still running after this long is stopped and listed, \(PortfolioCommand.timeoutRange.lowerBound) "
                + "to \(PortfolioCommand.timeoutRange.upperBound); default \(PortfolioCommand.defaultTimeout)")
        static let lang = CommandOption(
            "--lang", oneOf: Language.allCases.map(\.rawValue),
            help: "the language of portfolio.csv and of each store's period reports; default zh")
        static let fromJSON = CommandOption(
            "--from-json", "DIR",
            help: "audit nothing: roll up the reports already in DIR (<DIR>/<store>/<YYYY-MM>/audit.json, "
                + "schemaVersion 2, written by `audit` on this or other machines); the stores expected are the "
                + "folders of <stores-folder> when given, else those of DIR")
    }

    /// Stores audited at once: at least one, at most what a machine's process table bears for long runs.
    static let jobsRange = 1...256
    /// Seconds a store may run: a day at most (a month of millions of orders takes seconds).
    static let timeoutRange = 1...86_400
    static let defaultTimeout = 600

    static let declaration = CommandDeclaration(
        name: "portfolio", argument: "<stores-folder>",
        abstract: "many stores at once: each audited in a process of its own, then portfolio.csv over them all",
        overview: [
            "Audits every store folder of <stores-folder> (each with its contract.json and exports/), N at a time, "
                + "each as `agency-audit audit <store> --out <DIR>/<store>` in a process of its own: a store that "
                + "fails, crashes or runs past --timeout is listed and the others finish. Then rolls them up from "
                + "their audit.json files into <DIR>/"
                + PortfolioCommand.portfolioFileList
                + ": one row per store and month (status, attainment, targets met, fee, deduction, findings by "
                + "severity, termination ground, verdict), stores with a termination ground first, then by "
                + "high-severity findings, then by lowest attainment; the stores not audited after them with why.",
            "Progress (stores done, the slowest running) is shown on standard error when it is a terminal and the "
                + "run takes more than two seconds.",
        ],
        options: [Option.out, Option.jobs, Option.timeout, Option.lang, Option.fromJSON],
        epilogue: [
            "Exit codes: 0 done, 2 usage error, 3 a store could not be audited (or a month is 无法使用), or the "
                + "folders cannot be used. Past one machine, run `agency-audit audit` per store under xargs -P, "
                + "GNU parallel, a Kubernetes Indexed Job or a Slurm array and roll up with --from-json (README)."
        ])

    /// `portfolio.csv`: the roll-up's files, so a new one is in the help as soon as it is written.
    static var portfolioFileList: String { AuditCommand.listed(StandardPortfolioReports.all.map(\.fileName)) }
}
