import AuditReport

/// One of the tool's commands: its declaration, its parser and its run.
///
/// `CommandLineTool` finds a command by its declared name, prints its help from its declaration,
/// and runs it; the parser takes its options from the same declaration. A parsed command is a
/// value, so tests can tell what an option changed.
protocol Subcommand: Sendable, Equatable {
    /// The command's name, argument, options and help prose.
    static var declaration: CommandDeclaration { get }
    /// Parses the arguments after the command's name.
    init(_ arguments: [String]) throws(UsageError)
    /// Runs the command, printing to `output`; the exit code when it finishes.
    func run(output: inout some TextOutputStream) throws -> ExitCode
    /// The language the command's own lines and errors are printed in once it is parsed.
    var language: Language { get }
}

extension Subcommand {
    /// Chinese, for a command without `--lang`.
    var language: Language { .chinese }
}
