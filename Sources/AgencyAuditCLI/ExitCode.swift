/// The exit codes the CLI documents in README and `--help`.
public enum ExitCode: Int32, Sendable {
    case success = 0
    /// `--fail-on` was given and the audit found anomalies of that severity.
    case findings = 1
    /// Bad command line: unknown flag, missing value.
    case usage = 2
    /// The input cannot be audited: unreadable file, missing column, bad contract.
    case inputError = 3
}
