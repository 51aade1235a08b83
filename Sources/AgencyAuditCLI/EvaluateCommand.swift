import AgencyAuditEvaluation
import Foundation

/// `agency-audit evaluate [--work DIR] [--quick]`: precision and recall of detection on generated stores.
struct EvaluateCommand {
    var work: String
    var quick: Bool
    var seedOffset: UInt64

    static let help = """
        Usage: agency-audit evaluate [--work DIR] [--quick] [--seed-offset N]

        Generates the evaluation stores (20, 200 and 2,000 orders a day, three months each, planted
        fraud and hard negatives with ground truth), audits them, and prints precision and recall per
        rule and overall, false alarms per 1,000 legitimate orders, and hard negatives flagged.

        Options:
          --work DIR   where the stores and their reports are written (default .build-eval)
          --quick      the smaller set the test suite uses
          --seed-offset N  move every store's seed by N: the same shapes on other data
          -h, --help   show this help
        """

    init(_ args: [String]) throws(UsageError) {
        let list = try ArgumentList(args, valued: ["--work", "--seed-offset"], switches: ["--quick"])
        if let extra = list.positionals.first { throw UsageError.unexpectedArgument(extra) }
        work = list.options["--work"] ?? ".build-eval"
        quick = list.flags.contains("--quick")
        let offset = list.options["--seed-offset"] ?? "0"
        guard let value = UInt64(offset) else {
            throw UsageError.invalidValue(option: "--seed-offset", expected: .anyWholeNumber, found: offset)
        }
        seedOffset = value
    }

    func run(output: inout some TextOutputStream) throws -> ExitCode {
        let set = (quick ? EvaluationSet.quick : .standard).reseeded(by: seedOffset)
        let report = try Evaluator.run(set, workDirectory: URL(fileURLWithPath: work))
        print(report.table(), to: &output)
        return .success
    }
}
