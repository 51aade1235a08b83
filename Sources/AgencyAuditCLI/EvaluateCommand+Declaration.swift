extension EvaluateCommand {
    /// The options `evaluate` takes, each declared once for the parser and the help.
    enum Option {
        static let work = CommandOption(
            "--work", "DIR",
            help: "where the stores and their reports are written (default \(EvaluateCommand.defaultWork))")
        static let quick = CommandOption(flag: "--quick", help: "the smaller set the test suite uses")
        static let seedOffset = CommandOption(
            "--seed-offset", "N", help: "move every store's seed by N: the same shapes on other data (default 0)")
    }

    /// Where the stores go without `--work`.
    static let defaultWork = ".build-eval"

    static let declaration = CommandDeclaration(
        name: "evaluate", argument: nil,
        abstract: "precision and recall of detection on generated stores with ground truth",
        overview: [
            "Generates the evaluation stores (20, 200 and 2,000 orders a day, three months each, planted fraud and "
                + "hard negatives with ground truth), audits them, and prints precision and recall per rule and "
                + "overall, false alarms per 1,000 legitimate orders, and hard negatives flagged."
        ],
        options: [Option.work, Option.quick, Option.seedOffset],
        epilogue: [])
}
