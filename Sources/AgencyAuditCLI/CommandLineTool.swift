import AgencyAudit
import AgencyAuditSample
import AuditReport
import Foundation

/// The `agency-audit` command: parses arguments, runs a subcommand, maps errors to exit codes.
/// The only place that decides exit codes; no audit logic lives here.
public enum CommandLineTool {
    public static let version = "0.1.0"

    /// The executable's name, as the usage lines show it.
    static let name = "agency-audit"

    /// The commands, in the order the top-level help lists them.
    static let subcommands: [any Subcommand.Type] = [
        AuditCommand.self, PortfolioCommand.self, InitCommand.self, SampleCommand.self, EvaluateCommand.self,
    ]

    /// The command declared as `name`, if any.
    static func subcommand(named name: String) -> (any Subcommand.Type)? {
        subcommands.first { $0.declaration.name == name }
    }

    /// The top-level help: every command's usage line, generated from its declaration, and what it does.
    static let help: String = {
        let declarations = subcommands.map { $0.declaration }
        let usage = declarations.map(\.usage) + ["\(name) help [command] | --help | --version"]
        return """
            \(name) \(version): audit the agency that runs your online store, from the platform's own exports.

            Usage:
            \(usage.map { "  " + $0 }.joined(separator: "\n"))

            Commands:
            \(HelpLayout.list(declarations.map { (label: $0.name, help: $0.abstract) }))

            Run `\(name) <command> --help` for a command's options.
            Exit codes: 0 done, 1 anomalies at --fail-on level, 2 usage error, 3 input error (portfolio: a store not audited).
            """
    }()

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
                guard let name = args.first else {
                    print(help, to: &output)
                    return ExitCode.success.rawValue
                }
                guard let subcommand = subcommand(named: name) else { throw UsageError.unknownCommand(name) }
                print(subcommand.declaration.help, to: &output)
                return ExitCode.success.rawValue
            case "--version":
                print(version, to: &output)
                return ExitCode.success.rawValue
            default:
                guard let subcommand = subcommand(named: command) else { throw UsageError.unknownCommand(command) }
                if wantsHelp {
                    print(subcommand.declaration.help, to: &output)
                    return ExitCode.success.rawValue
                }
                let parsed = try subcommand.init(args)
                do {
                    return try parsed.run(output: &output).rawValue
                } catch let e as WorkspaceError {
                    // Parsed, the command knows the language it was asked to speak.
                    print(errorLine(ConsoleWording.error(e, in: parsed.language), in: parsed.language), to: &errors)
                    return ExitCode.inputError.rawValue
                } catch let e as PortfolioError {
                    print(
                        errorLine(PortfolioConsoleWording.error(e, in: parsed.language), in: parsed.language),
                        to: &errors)
                    return ExitCode.inputError.rawValue
                }
            }
        } catch let e as UsageError {
            print(errorLine(e.message), to: &errors)
            return ExitCode.usage.rawValue
        } catch let e as SampleGeneratorError {
            print(errorLine(e.description), to: &errors)
            return ExitCode.inputError.rawValue
        } catch {
            print(errorLine("\(error)"), to: &errors)
            return ExitCode.inputError.rawValue
        }
    }

    /// `错误：…` (`error: …` under `--lang en`) — every error the tool reports, in one line on
    /// standard error. Usage errors are found before the language is, so they are Chinese.
    ///
    /// Messages name paths and quote the contract's values, which can hold control characters:
    /// they are shown as escapes, so the message stays one line and cannot drive the terminal.
    static func errorLine(_ message: String, in language: Language = .chinese) -> String {
        language.pick(chinese: "错误：", english: "error: ") + ControlCharacters.visible(message)
    }
}

/// Standard output and standard error as text streams.
public struct StandardStream: TextOutputStream {
    let handle: FileHandle
    public static var out: StandardStream { StandardStream(handle: .standardOutput) }
    public static var error: StandardStream { StandardStream(handle: .standardError) }
    public mutating func write(_ string: String) { handle.write(Data(string.utf8)) }
}
