import AgencyAuditEvaluation
import Foundation

/// `agency-audit evaluate [--work DIR] …`: precision and recall of detection on generated stores.
///
/// The options are declared in `EvaluateCommand+Declaration.swift`, with the help.
struct EvaluateCommand: Subcommand {
    var work: String
    var quick: Bool
    var seedOffset: UInt64

    init(_ args: [String]) throws(UsageError) {
        let list = try ArgumentList(args, options: Self.declaration.options)
        if let extra = list.positionals.first { throw UsageError.unexpectedArgument(extra) }
        work = list.value(of: Option.work) ?? Self.defaultWork
        quick = list.contains(Option.quick)
        let offset = list.value(of: Option.seedOffset) ?? "0"
        guard let value = UInt64(offset) else {
            throw UsageError.invalidValue(option: Option.seedOffset.name, expected: .anyWholeNumber, found: offset)
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
