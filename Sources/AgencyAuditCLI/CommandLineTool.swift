import AgencyAudit
import AgencyAuditSample
import AuditReport
import Foundation

/// The `agency-audit` command: parses arguments, runs a subcommand, maps errors to exit codes.
/// The only place that decides exit codes; no audit logic lives here.
public enum CommandLineTool {
    public static let version = "0.1.0"

    static let help = """
        agency-audit \(version): audit the agency that runs your online store, from the platform's own exports.

        Usage:
          agency-audit audit <store-folder> [--month YYYY-MM] [--out DIR] [--reveal-pii] [--fail-on high|medium]
          agency-audit sample <dir> [--platform taobao|pinduoduo] [--seed N] [--months N] [--orders-per-day N] [--clean] [--utf8-orders]
          agency-audit evaluate [--work DIR] [--quick]
          agency-audit help [command]
          agency-audit --version

        Commands:
          audit    monthly audit: target-comparison table, anomalies with evidence, fee and termination terms
          sample   write a realistic sample store workspace with planted anomalies and expected figures
          evaluate precision and recall of detection on generated stores with ground truth

        Run `agency-audit <command> --help` for a command's options.
        Exit codes: 0 done, 1 anomalies at --fail-on level, 2 usage error, 3 input error.
        """

    /// Runs the tool; returns the process exit code.
    public static func run(
        _ arguments: [String], output: inout some TextOutputStream, errors: inout some TextOutputStream
    ) -> Int32 {
        var args = arguments
        guard let command = args.first else {
            print(help, to: &output)
            return ExitCode.usage.rawValue
        }
        args.removeFirst()
        let wantsHelp = args.contains("--help") || args.contains("-h")
        do {
            switch command {
            case "-h", "--help":
                print(help, to: &output)
                return ExitCode.success.rawValue
            case "help":
                switch args.first {
                case "audit": print(AuditCommand.help, to: &output)
                case "sample": print(SampleCommand.help, to: &output)
                case "evaluate": print(EvaluateCommand.help, to: &output)
                case nil: print(help, to: &output)
                case let other?: throw UsageError.unknownCommand(other)
                }
                return ExitCode.success.rawValue
            case "--version":
                print(version, to: &output)
                return ExitCode.success.rawValue
            case "audit":
                if wantsHelp {
                    print(AuditCommand.help, to: &output)
                    return ExitCode.success.rawValue
                }
                return try AuditCommand(args).run(output: &output).rawValue
            case "sample":
                if wantsHelp {
                    print(SampleCommand.help, to: &output)
                    return ExitCode.success.rawValue
                }
                return try SampleCommand(args).run(output: &output).rawValue
            case "evaluate":
                if wantsHelp {
                    print(EvaluateCommand.help, to: &output)
                    return ExitCode.success.rawValue
                }
                return try EvaluateCommand(args).run(output: &output).rawValue
            default:
                throw UsageError.unknownCommand(command)
            }
        } catch let e as UsageError {
            print(errorLine(e.message), to: &errors)
            return ExitCode.usage.rawValue
        } catch let e as WorkspaceError {
            print(errorLine(e.description), to: &errors)
            return ExitCode.inputError.rawValue
        } catch let e as SampleGeneratorError {
            print(errorLine(e.description), to: &errors)
            return ExitCode.inputError.rawValue
        } catch {
            print(errorLine("\(error)"), to: &errors)
            return ExitCode.inputError.rawValue
        }
    }

    /// `错误：…` — every error the tool reports, in one line on standard error.
    ///
    /// Messages name paths and quote the contract's values, which can hold control characters:
    /// they are shown as escapes, so the message stays one line and cannot drive the terminal.
    static func errorLine(_ message: String) -> String { "错误：" + ControlCharacters.visible(message) }
}

/// Standard output and standard error as text streams.
public struct StandardStream: TextOutputStream {
    let handle: FileHandle
    public static var out: StandardStream { StandardStream(handle: .standardOutput) }
    public static var error: StandardStream { StandardStream(handle: .standardError) }
    public mutating func write(_ string: String) { handle.write(Data(string.utf8)) }
}
